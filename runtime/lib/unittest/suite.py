"""TestSuite: a composite of tests, running class and module fixtures around them."""

import sys

from . import case
from . import util

# Frames of this module are hidden from reported tracebacks.
__unittest = True


def _do_nothing():
    pass


def _maybe_call(obj, name):
    # Call obj.<name>() when obj has such an attribute.
    getattr(obj, name, _do_nothing)()


class _FixtureOutput(object):
    # Around a class or module fixture: buffer its output as a test's would be
    # (when the result buffers output at all).

    def __init__(self, result):
        self.result = result

    def __enter__(self):
        _maybe_call(self.result, '_setupStdout')
        return self

    def __exit__(self, exc_type, exc_value, tb):
        _maybe_call(self.result, '_restoreStdout')
        return False


class BaseTestSuite(object):
    """A collection of tests (test cases or other suites) run in order, with no
    class or module fixtures."""

    # Drop each test once it has run, so that its resources can be freed.
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (util.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        # Forget the test at index, still counting its test cases.
        try:
            test = self._tests[index]
        except TypeError:
            # A subclass replaced _tests with something not indexable.
            return
        count = getattr(test, 'countTestCases', None)
        if count is not None:
            self._removed_tests += count()
        self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without a result: exceptions propagate."""
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A collection of tests run in order.  At the top level it also runs
    setUpModule/tearDownModule and setUpClass/tearDownClass (with the class and
    module cleanups) when the module or class of the tests changes."""

    def run(self, result, debug=False):
        # The outermost suite of a run owns the final class and module teardown.
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True

        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                # Moving to a test of another class or module: finish the old
                # fixtures, start the new ones.
                cls = test.__class__
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = cls
                if (getattr(cls, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)

        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        """Run the tests without a result: exceptions propagate."""
        self.run(_DebugResult(), True)

    # -- reporting fixture errors -------------------------------------------------

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent,
                                           info=None):
        # An exception outside any test is reported against a stand-in named
        # "method_name (parent)": as a skip for SkipTest, otherwise as an error
        # (with info, or else the exception being handled).
        self._addClassOrModuleLevelException(result, exc, f'{method_name} ({parent})',
                                             info)

    def _addClassOrModuleLevelException(self, result, exception, errorName, info=None):
        stand_in = _ErrorHolder(errorName)
        report_skip = getattr(result, 'addSkip', None)
        if report_skip is not None and isinstance(exception, case.SkipTest):
            report_skip(stand_in, str(exception))
        else:
            result.addError(stand_in, info or sys.exc_info())

    def _callFixture(self, result, fixture, method_name, parent):
        # Call a fixture function, reporting what it raises (under debug() the
        # exception propagates instead).  True when it succeeded.
        try:
            fixture()
        except Exception as exc:
            if isinstance(result, _DebugResult):
                raise
            self._createClassOrModuleLevelException(result, exc, method_name, parent)
            return False
        return True

    # -- class fixtures -----------------------------------------------------------

    def _handleClassSetUp(self, test, result):
        cls = test.__class__
        if cls == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed or getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            # The "test" may be a function, whose class is a builtin type.
            pass

        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        cleanups = getattr(cls, 'doClassCleanups', None)
        with _FixtureOutput(result):
            name = util.strclass(cls)
            if self._callFixture(result, set_up, 'setUpClass', name):
                return
            try:
                cls._classSetupFailed = True
            except TypeError:
                pass
            # The class cleanups still run, and their errors are reported too.
            if cleanups is not None:
                cleanups()
                for info in cls.tearDown_exceptions:
                    self._createClassOrModuleLevelException(
                        result, info[1], 'setUpClass', name, info=info)

    def _tearDownPreviousClass(self, test, result):
        # Run tearDownClass and the class cleanups of the class the previous test
        # belonged to, unless test is of the same class.
        prev = getattr(result, '_previousTestClass', None)
        if prev is None or test.__class__ == prev:
            return
        if (getattr(prev, '_classSetupFailed', False)
                or getattr(result, '_moduleSetUpFailed', False)
                or getattr(prev, '__unittest_skip__', False)):
            return
        tear_down = getattr(prev, 'tearDownClass', None)
        cleanups = getattr(prev, 'doClassCleanups', None)
        if tear_down is None and cleanups is None:
            return

        name = util.strclass(prev)
        with _FixtureOutput(result):
            if tear_down is not None:
                self._callFixture(result, tear_down, 'tearDownClass', name)
            if cleanups is not None:
                cleanups()
                for info in prev.tearDown_exceptions:
                    if isinstance(result, _DebugResult):
                        raise info[1]
                    self._createClassOrModuleLevelException(
                        result, info[1], 'tearDownClass', name, info=info)

    # -- module fixtures ----------------------------------------------------------

    def _get_previous_module(self, result):
        prev = getattr(result, '_previousTestClass', None)
        return None if prev is None else prev.__module__

    def _handleModuleFixture(self, test, result):
        name = test.__class__.__module__
        if name == self._get_previous_module(result):
            return
        self._handleModuleTearDown(result)

        result._moduleSetUpFailed = False
        if name not in sys.modules:
            return
        set_up = getattr(sys.modules[name], 'setUpModule', None)
        if set_up is None:
            return
        with _FixtureOutput(result):
            if not self._callFixture(result, set_up, 'setUpModule', name):
                result._moduleSetUpFailed = True
                # The module cleanups still run; their error is reported too.
                try:
                    case.doModuleCleanups()
                except Exception as exc:
                    self._createClassOrModuleLevelException(result, exc, 'setUpModule',
                                                            name)

    def _handleModuleTearDown(self, result):
        name = self._get_previous_module(result)
        if name is None or result._moduleSetUpFailed:
            return
        if name not in sys.modules:
            return
        module = sys.modules[name]

        with _FixtureOutput(result):
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                self._callFixture(result, tear_down, 'tearDownModule', name)
            self._callFixture(result, case.doModuleCleanups, 'tearDownModule', name)


class _ErrorHolder(object):
    """Stands for a test in reports of errors outside any test (setUpClass,
    setUpModule and their teardowns); its description names the fixture."""

    # Not a TestCase: an exception reported against it is never a "failure".
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        # Nothing to run: the error has already been reported.
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _isnotsuite(test):
    # Suites are iterable, test cases are not.
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugResult(object):
    # The result of TestSuite.debug(): only the state the fixtures need.
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
