"""Warning helpers for Weft's regression tests."""

import contextlib
import functools
import importlib
import re
import sys
import warnings


def import_deprecated(name):
    """Import module *name* with DeprecationWarning silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', category=DeprecationWarning)
        return importlib.import_module(name)


def check_syntax_warning(testcase, statement, errtext='', *, lineno=1,
                         offset=None):
    """Check that compiling *statement* warns exactly once with a
    SyntaxWarning, and raises SyntaxError when that warning is an error."""
    from test.support import check_syntax_error
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always', SyntaxWarning)
        compile(statement, '<testcase>', 'exec')
    testcase.assertEqual(len(caught), 1, caught)
    warning = caught[0]
    testcase.assertTrue(issubclass(warning.category, SyntaxWarning),
                        warning.category)
    if errtext:
        testcase.assertRegex(str(warning.message), errtext)
    testcase.assertEqual(warning.filename, '<testcase>')
    testcase.assertIsNotNone(warning.lineno)
    if lineno is not None:
        testcase.assertEqual(warning.lineno, lineno)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('error', SyntaxWarning)
        check_syntax_error(testcase, statement, errtext, lineno=lineno,
                           offset=offset)
    testcase.assertEqual(caught, [])


def ignore_warnings(*, category):
    """Decorator running a test method with warnings of *category* ignored."""
    def decorator(test):
        @functools.wraps(test)
        def wrapper(self, *args, **kwargs):
            with warnings.catch_warnings():
                warnings.simplefilter('ignore', category=category)
                return test(self, *args, **kwargs)
        return wrapper
    return decorator


_DETAIL_NAMES = ("message", "category", "filename", "lineno", "file",
                 "line", "source")


class WarningsRecorder(object):
    """The object check_warnings() gives the block.

    Attribute access reads the last recorded warning (None for the standard
    fields when nothing was recorded since the last reset()); ``.warnings``
    lists the warnings recorded since the last reset().
    """

    def __init__(self, warnings_list):
        self._warnings = warnings_list
        self._last = 0

    def __getattr__(self, attr):
        if len(self._warnings) > self._last:
            return getattr(self._warnings[-1], attr)
        details = getattr(warnings.WarningMessage, '_WARNING_DETAILS',
                          _DETAIL_NAMES)
        if attr in details:
            return None
        raise AttributeError("%r has no attribute %r" % (self, attr))

    @property
    def warnings(self):
        return self._warnings[self._last:]

    def reset(self):
        self._last = len(self._warnings)


@contextlib.contextmanager
def check_warnings(*filters, **kwargs):
    """Record the warnings of the block and check them against *filters*.

    Each filter is a pair (message regexp, warning category).  A recorded
    warning matching no filter fails the check, and so does a filter that
    matched nothing unless quiet=True.  Without filters every warning is
    accepted and quiet defaults to True.
    """
    quiet = kwargs.get('quiet')
    if not filters:
        filters = (("", Warning),)
        if quiet is None:
            quiet = True
    # The caller's registry would hide warnings already issued once.
    try:
        caller = sys._getframe(2)
    except (AttributeError, ValueError):
        caller = None
    if caller is not None:
        registry = caller.f_globals.get('__warningregistry__')
        if registry:
            registry.clear()
    caller = None
    with warnings.catch_warnings(record=True) as recorded:
        # Looked up in sys.modules: a test may have swapped the module.
        sys.modules['warnings'].simplefilter("always")
        yield WarningsRecorder(recorded)
    unexpected = list(recorded)
    unmatched = []
    for pattern, category in filters:
        matched = False
        for entry in unexpected[:]:
            message = entry.message
            if (re.match(pattern, str(message), re.I)
                    and issubclass(message.__class__, category)):
                matched = True
                unexpected.remove(entry)
        if not matched and not quiet:
            unmatched.append((pattern, category.__name__))
    if unexpected:
        raise AssertionError("unhandled warning %s" % unexpected[0])
    if unmatched:
        raise AssertionError("filter (%r, %s) did not catch any warning"
                             % unmatched[0])


@contextlib.contextmanager
def check_no_warnings(testcase, message='', category=Warning,
                      force_gc=False):
    """Check that the block emits no warning of *category* (with those
    warnings enabled)."""
    from test.support import gc_collect
    with warnings.catch_warnings(record=True) as recorded:
        warnings.filterwarnings('always', message=message, category=category)
        yield
        if force_gc:
            gc_collect()
    testcase.assertEqual(recorded, [])


@contextlib.contextmanager
def check_no_resource_warning(testcase):
    """Check that the block emits no ResourceWarning; delete the objects
    concerned inside the block."""
    with check_no_warnings(testcase, category=ResourceWarning, force_gc=True):
        yield


@contextlib.contextmanager
def save_restore_warnings_filters():
    """Restore warnings.filters after the block."""
    saved = warnings.filters[:]
    try:
        yield
    finally:
        warnings.filters[:] = saved
        mutated = getattr(warnings, '_filters_mutated', None)
        if mutated is not None:
            mutated()


def _warn_about_deprecation():
    warnings.warn("test.support self-test deprecation warning",
                  DeprecationWarning, stacklevel=0)
