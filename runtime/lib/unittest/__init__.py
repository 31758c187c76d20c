"""Weft's unittest: a unit testing framework compatible with CPython 3.13's.

Tests are methods of TestCase subclasses:

    import unittest

    class IntegerArithmeticTestCase(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 2, 3)

    if __name__ == '__main__':
        unittest.main()

Written for Weft in pure Python, following CPython 3.13's documented behaviour and
output.  Not implemented (each raises NotImplementedError naming it): test
discovery (TestLoader.discover, python -m unittest without test names),
TestCase.assertLogs/assertNoLogs (no logging module), tracebacks with locals
(tb_locals, --locals) and IsolatedAsyncioTestCase (no asyncio).  The regular
expression assertions (assertRegex, assertRaisesRegex, ...) need the re module
and raise NotImplementedError without it.  Without difflib and pprint, the
diffs in failure messages of assertEqual on strings, sequences and dicts are
simplified (a plain line diff of the reprs, without '?' hint lines); the first
line of those messages is always CPython's.  unittest.mock is a package here
(runtime/lib/unittest/mock/) with the same public API.
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

# Frames of this package are hidden from reported tracebacks.
__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler


def __getattr__(name):
    # CPython provides IsolatedAsyncioTestCase lazily (it imports asyncio).
    if name == 'IsolatedAsyncioTestCase':
        raise NotImplementedError('unittest.IsolatedAsyncioTestCase is not '
                                  'implemented (Weft has no asyncio)')
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
