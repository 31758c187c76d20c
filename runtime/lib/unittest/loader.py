"""TestLoader: builds test suites from test case classes, modules and names."""

import functools
import sys
import traceback
import types

from . import case, suite, util
from .util import three_way_cmp as _three_way_cmp

# Frames of this module are hidden from reported tracebacks.
__unittest = True


class _FailedTest(case.TestCase):
    # A test standing for a name that could not be loaded: running it raises the
    # exception met while loading.
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_import_test(name, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = 'Failed to call load_tests:\n' + traceback.format_exc()
    return _make_failed_test(name, exception, suiteClass, message)


def _make_failed_test(methodname, exception, suiteClass, message):
    # The suite holding the stand-in test, and the message for loader.errors.
    stand_in = _FailedTest(methodname, exception)
    return suiteClass((stand_in,)), message


def _is_loadable_case_class(obj):
    # A TestCase subclass other than the two base classes.
    return (isinstance(obj, type) and issubclass(obj, case.TestCase) and
            obj not in (case.TestCase, case.FunctionTestCase))


class TestLoader(object):
    """Makes TestSuites from TestCase classes, modules and dotted names."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super(TestLoader, self).__init__()
        # Messages of the names that failed to load.
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one instance of testCaseClass per test method."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            # The base classes themselves have no tests.
            names = []
        else:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the tests of every TestCase class in module, or what the
        module's load_tests(loader, tests, pattern) function returns."""
        found = []
        for attr in dir(module):
            candidate = getattr(module, attr)
            if _is_loadable_case_class(candidate):
                found.append(self.loadTestsFromTestCase(candidate))

        hook = getattr(module, 'load_tests', None)
        tests = self.suiteClass(found)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as exc:
            failed, note = _make_failed_load_tests(module.__name__, exc,
                                                   self.suiteClass)
            self.errors.append(note)
            return failed

    def loadTestsFromName(self, name, module=None):
        """The tests named by a dotted name: a module, a TestCase class, a test
        method, a TestSuite, or a callable returning a test or suite.  Without
        module, the name starts with a module to import; with it, the name is
        looked up in module."""
        parts = name.split('.')
        failed = note = None
        if module is None:
            # Import the longest importable prefix of the name.
            prefix = list(parts)
            while prefix:
                try:
                    module = __import__('.'.join(prefix))
                    break
                except ImportError:
                    dropped = prefix.pop()
                    # Keep the error for the report if nothing else works.
                    failed, note = _make_failed_import_test(dropped, self.suiteClass)
                    if not prefix:
                        self.errors.append(note)
                        return failed
            del parts[0]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and failed is not None:
                    # In a package a missing attribute may be a submodule that
                    # failed to import: report the import error.
                    self.errors.append(note)
                    return failed
                text = 'Failed to access attribute:\n' + traceback.format_exc()
                failed, note = _make_failed_test(part, e, self.suiteClass, text)
                self.errors.append(note)
                return failed

        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        elif _is_loadable_case_class(obj):
            return self.loadTestsFromTestCase(obj)
        elif (isinstance(obj, types.FunctionType) and isinstance(parent, type) and
              issubclass(parent, case.TestCase)):
            name = parts[-1]
            inst = parent(name)
            # A static method is not a test method: it goes on to be called below.
            if not isinstance(getattr(inst, name), types.FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            elif isinstance(test, case.TestCase):
                return self.suiteClass([test])
            else:
                raise TypeError("calling %s returned %s, not a test" % (obj, test))
        else:
            raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites loadTestsFromName makes for each name."""
        return self.suiteClass([self.loadTestsFromName(name, module)
                                for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of testCaseClass: callables whose
        names start with testMethodPrefix and match testNamePatterns if set."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns
        owner = f'{testCaseClass.__module__}.{testCaseClass.__qualname__}'

        def wanted(attr):
            if not (attr.startswith(prefix) and callable(getattr(testCaseClass, attr))):
                return False
            if patterns is None:
                return True
            full = owner + '.' + attr
            return any(util._fnmatchcase(full, p) for p in patterns)

        names = [attr for attr in dir(testCaseClass) if wanted(attr)]
        compare = self.sortTestMethodsUsing
        if compare:
            names.sort(key=functools.cmp_to_key(compare))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Test discovery (finding test modules in directories) is not available."""
        raise NotImplementedError('unittest: TestLoader.discover (test discovery) '
                                  'is not implemented')


defaultTestLoader = TestLoader()
