"""Test case implementation: TestCase, FunctionTestCase, the skip decorators and the
assertion context managers."""

import collections
import re
import sys
import time
import warnings

from . import result as _result_module
from .util import (safe_repr, strclass, _common_shorten_repr, _count_diff_all_purpose,
                   _count_diff_hashable, _ndiff, _pformat)

# Frames of this module are hidden from reported tracebacks.
__unittest = True

_subtest_msg_sentinel = object()

# Appended in place of a diff longer than maxDiff.
DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'

# The exceptions that mean "no length" and "cannot index" in the sequence checks.
_LEN_ERRORS = (TypeError, NotImplementedError)
_INDEX_ERRORS = (TypeError, IndexError, NotImplementedError)

# assertEqual's comparison per exact type, installed by TestCase.__init__.
_TYPE_ASSERTS = (
    (dict, 'assertDictEqual'),
    (list, 'assertListEqual'),
    (tuple, 'assertTupleEqual'),
    (set, 'assertSetEqual'),
    (frozenset, 'assertSetEqual'),
    (str, 'assertMultiLineEqual'),
)


def _neq_text(a, b):
    # "A != B" with both reprs shortened around their common prefix.
    return ' != '.join(_common_shorten_repr(a, b))


class SkipTest(Exception):
    """Raised (usually through TestCase.skipTest or a skip decorator) to skip a test."""


class _ShouldStop(Exception):
    # Stops the current test quietly (failfast inside a subtest, or an expected
    # failure already recorded).
    pass


class _UnexpectedSuccess(Exception):
    # Reported as a failure by results that have no addUnexpectedSuccess.
    pass


# ---------------------------------------------------------------------------------
# Running one part of a test (setUp, the test method, tearDown, a cleanup, a subtest)
# ---------------------------------------------------------------------------------

class _Outcome(object):
    """What happened so far while running one test."""

    def __init__(self, result=None):
        self.result = result
        self.success = True
        # Whether the result can record subtests separately.
        self.can_subtest = hasattr(result, 'addSubTest')
        # Set while the test method runs under @expectedFailure; the exception it
        # then raised is kept in expected_exc.
        self.expect_fail = False
        self.expected_exc = None

    def testPartExecutor(self, test_case, subTest=False):
        """Context manager running one part of a test and recording its outcome."""
        return _PartExecutor(self, test_case, subTest)

    # The names CPython's outcome objects use for the same state, for code that
    # inspects a running test's _outcome.
    @property
    def result_supports_subtests(self):
        return self.can_subtest

    @property
    def expecting_failure(self):
        return self.expect_fail

    @expecting_failure.setter
    def expecting_failure(self, value):
        self.expect_fail = value

    @property
    def expectedFailure(self):
        return self.expected_exc

    @expectedFailure.setter
    def expectedFailure(self, value):
        self.expected_exc = value


class _PartExecutor(object):
    # The exception raised by the part (if any) is reported to the result and
    # swallowed, except KeyboardInterrupt which stops the run.

    def __init__(self, outcome, test_case, subTest):
        self.outcome = outcome
        self.test_case = test_case
        self.subTest = subTest

    def __enter__(self):
        self.old_success = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.outcome
        test_case = self.test_case
        try:
            if exc_type is None:
                if self.subTest and outcome.success:
                    outcome.result.addSubTest(test_case.test_case, test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _addSkip(outcome.result, test_case, str(exc_value))
            elif issubclass(exc_type, _ShouldStop):
                pass
            else:
                exc_info = (exc_type, exc_value, tb)
                if outcome.expect_fail:
                    outcome.expected_exc = exc_info
                else:
                    outcome.success = False
                    if self.subTest:
                        outcome.result.addSubTest(test_case.test_case, test_case,
                                                  exc_info)
                    else:
                        _addError(outcome.result, test_case, exc_info)
                exc_info = None
            return True
        finally:
            outcome.success = outcome.success and self.old_success


def _addSkip(result, test_case, reason):
    report = getattr(result, 'addSkip', None)
    if report is None:
        # An old-style result: count the test as a success, with a warning.
        note = "TestResult has no addSkip method, skips not reported"
        warnings.warn(note, RuntimeWarning, 2)
        result.addSuccess(test_case)
    else:
        report(test_case, reason)


def _addError(result, test, exc_info):
    # Assertion failures (the test's failureException) are failures, anything
    # else an error.
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            result.addFailure(test, exc_info)
        else:
            result.addError(test, exc_info)


# ---------------------------------------------------------------------------------
# Skipping and expected failures
# ---------------------------------------------------------------------------------

def _id(obj):
    return obj


def _enter_context(cm, addcleanup):
    # Enter cm as a with statement would (special methods looked up on the type)
    # and register its __exit__ as a cleanup.
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        "not support the context manager protocol") from None
    value = enter(cm)
    addcleanup(exit, cm, None, None, None)
    return value


_module_cleanups = []


def _pop_calls(stack):
    # Yield the registered (function, args, kwargs) entries newest first, each
    # removed before it is handed out.
    while stack:
        yield stack.pop()


def addModuleCleanup(function, /, *args, **kwargs):
    """Register function(*args, **kwargs) to run after the module's tests,
    even when setUpModule fails.
    """
    entry = (function, args, kwargs)
    _module_cleanups.append(entry)


def enterModuleContext(cm):
    """Enter a context manager for the whole module; its exit is a module cleanup."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, last registered first; raise the first error."""
    errors = []
    for func, args, kwargs in _pop_calls(_module_cleanups):
        try:
            func(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    # Every cleanup has run; report the first failure.
    if errors:
        raise errors[0]


def skip(reason):
    """Decorator: always skip the test or class, for the given reason."""
    def decorator(test_item):
        if not isinstance(test_item, type):
            import functools

            @functools.wraps(test_item)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            test_item = skip_wrapper
        test_item.__unittest_skip__, test_item.__unittest_skip_why__ = True, reason
        return test_item
    import types
    if isinstance(reason, types.FunctionType):
        # Used as @skip without arguments.
        test_item = reason
        reason = ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    """Decorator: skip the test or class when condition is true."""
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    """Decorator: skip the test or class when condition is false."""
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    """Decorator: the test is expected to fail; passing is reported as unexpected."""
    setattr(test_item, '__unittest_expecting_failure__', True)
    return test_item


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


# ---------------------------------------------------------------------------------
# assertRaises / assertWarns context managers
# ---------------------------------------------------------------------------------

class _CaseBoundContext:

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, text):
        case = self.test_case
        raise case.failureException(case._formatMessage(self.msg, text))


class _ExpectationContext(_CaseBoundContext):

    def __init__(self, expected, test_case, expected_regex=None, method_name=None):
        super().__init__(test_case)
        self.expected = expected
        self.obj_name = self.msg = None
        if expected_regex is None:
            self.expected_regex = None
        else:
            self.expected_regex = re.compile(expected_regex)

    def handle(self, name, args, kwargs):
        """Used as a context manager when args is empty (returns self; the only
        keyword allowed is msg); otherwise call args[0](*args[1:], **kwargs)
        inside the context."""
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._kind_text))
        if not args:
            self.msg = kwargs.pop('msg', None)
            for bad in kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (bad,))
            return self
        callable_obj, *args = args
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)

    def _expected_name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)


class _RaisesContext(_ExpectationContext):
    """Context manager behind assertRaises and assertRaisesRegex."""

    _base_type = BaseException
    _kind_text = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            what = self._expected_name()
            if self.obj_name:
                self._raiseFailure(f"{what} not raised by {self.obj_name}")
            self._raiseFailure(f"{what} not raised")
        import traceback
        traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            # Any other exception propagates.
            return False
        # Keep the exception, without its traceback, for the test to inspect.
        exc_value.with_traceback(None)
        self.exception = exc_value
        pattern = self.expected_regex
        if pattern is not None:
            text = str(exc_value)
            if not pattern.search(text):
                self._raiseFailure(f'"{pattern.pattern}" does not match "{text}"')
        return True

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _WarnsContext(_ExpectationContext):
    """Context manager behind assertWarns and assertWarnsRegex."""

    _base_type = Warning
    _kind_text = 'a warning type or tuple of warning types'

    def __enter__(self):
        # Warnings already shown once must be shown again.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        catcher = warnings.catch_warnings(record=True)
        self._catcher = catcher
        self.warnings = catcher.__enter__()
        warnings.simplefilter('always', category=self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            # An exception propagates unchanged.
            return
        what = self._expected_name()
        pattern = self.expected_regex
        wrong_text = None
        for record in self.warnings:
            message = record.message
            if not isinstance(message, self.expected):
                continue
            if pattern is not None and not pattern.search(str(message)):
                if wrong_text is None:
                    wrong_text = message
                continue
            # Keep the warning for the test to inspect.
            self.warning = message
            self.filename, self.lineno = record.filename, record.lineno
            return
        if wrong_text is not None:
            self._raiseFailure(f'"{pattern.pattern}" does not match "{wrong_text}"')
        if self.obj_name:
            self._raiseFailure(f"{what} not triggered by {self.obj_name}")
        self._raiseFailure(f"{what} not triggered")


class _NotWarnsContext(_WarnsContext):
    """Context manager behind _assertNotWarns: fails when a warning of the
    given category is issued in the block."""

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return
        for record in self.warnings:
            if isinstance(record.message, self.expected):
                self._raiseFailure(f"{self._expected_name()} triggered")


class _ParamsChain(collections.ChainMap):
    # Subtest parameters: the innermost subtest's first, then its parents'.
    def __iter__(self):
        seen = set()
        for mapping in self.maps:
            for k in mapping:
                if k not in seen:
                    seen.add(k)
                    yield k


class _SubTestContext(object):
    # The context manager returned by TestCase.subTest.

    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.msg = msg
        self.params = params
        self.active = False

    def __enter__(self):
        case = self.test_case
        outcome = case._outcome
        if outcome is None or not outcome.can_subtest:
            # Not run by a result that knows subtests: a plain block.
            return None
        self.active = True
        self.parent = case._subtest
        if self.parent is None:
            params_map = _ParamsChain(self.params)
        else:
            params_map = self.parent.params.new_child(self.params)
        case._subtest = _SubTest(case, self.msg, params_map)
        self.executor = outcome.testPartExecutor(case._subtest, subTest=True)
        self.executor.__enter__()
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if not self.active:
            return False
        case = self.test_case
        try:
            suppressed = self.executor.__exit__(exc_type, exc_value, tb)
            if not suppressed:
                return False
            outcome = case._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expected_exc:
                # An expected failure was recorded: stop the test here.
                raise _ShouldStop
            return True
        finally:
            case._subtest = self.parent


# ---------------------------------------------------------------------------------
# TestCase
# ---------------------------------------------------------------------------------

class TestCase(object):
    """One test: an instance runs one test method of its class.

    Subclasses define test methods (named test* to be found by the loader) and
    optionally the fixtures setUp/tearDown and setUpClass/tearDownClass.
    Class attributes: failureException (the exception assertions raise: its
    instances are failures, anything else is an error), longMessage (append an
    explicit msg to the standard message instead of replacing it) and maxDiff
    (longest diff shown in a failure message; None for no limit).
    """

    failureException = AssertionError

    longMessage = True

    maxDiff = 80 * 8

    # Strings longer than this are compared without a diff.
    _diffThreshold = 2 ** 16

    # Class fixture state (each subclass gets its own, see __init_subclass__).
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, **kwargs):
        # Per-class state used by TestSuite for setUpClass and class cleanups.
        super().__init_subclass__(**kwargs)
        cls._classSetupFailed = False
        cls._class_cleanups = []

    def __init__(self, methodName='runTest'):
        """Prepare to run the test method methodName; ValueError if there is none."""
        self._testMethodName = methodName
        self._outcome = None
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                # runTest may be missing: such an instance is only used for its
                # assert methods.
                raise ValueError("no such test method in %s: %s" %
                                 (self.__class__, methodName))
            doc = 'No test'
        else:
            doc = method.__doc__
        self._testMethodDoc = doc
        self._cleanups = []
        self._subtest = None

        # Type-specific equality assertions used by assertEqual when both
        # arguments have exactly that type.
        self._type_equality_funcs = {}
        for typ, name in _TYPE_ASSERTS:
            self.addTypeEqualityFunc(typ, name)

    def addTypeEqualityFunc(self, typeobj, function):
        """Make assertEqual call function(first, second, msg=None) when both
        arguments are exactly of type typeobj.  function may be a method name.
        """
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Register function(*args, **kwargs) to run after tearDown (last registered
        first), even when setUp fails.
        """
        entry = (function, args, kwargs)
        self._cleanups.append(entry)

    def enterContext(self, cm):
        """Enter a context manager, register its exit as a cleanup, and return what
        its __enter__ returned.
        """
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Register function(*args, **kwargs) to run after tearDownClass, even when
        setUpClass fails.
        """
        entry = (function, args, kwargs)
        cls._class_cleanups.append(entry)

    @classmethod
    def enterClassContext(cls, cm):
        """Enter a context manager for the whole class; its exit is a class cleanup."""
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        """Prepare the fixture; called before each test method."""
        pass

    def tearDown(self):
        """Dismantle the fixture; called after each test method whose setUp succeeded."""
        pass

    @classmethod
    def setUpClass(cls):
        """Prepare the class fixture; called once before the class's tests."""

    @classmethod
    def tearDownClass(cls):
        """Dismantle the class fixture; called once after the class's tests."""

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return _result_module.TestResult()

    def shortDescription(self):
        """First line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """Context manager running its block as a subtest identified by msg and
        params: a failure inside is reported and the test goes on after the block.
        """
        return _SubTestContext(self, msg, params)

    # Results without the newer report methods get a warning and the nearest
    # older report instead.

    def _addExpectedFailure(self, result, exc_info):
        try:
            report = result.addExpectedFailure
        except AttributeError:
            note = "TestResult has no addExpectedFailure method, reporting as passes"
            warnings.warn(note, RuntimeWarning)
            result.addSuccess(self)
            return
        report(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        try:
            report = result.addUnexpectedSuccess
        except AttributeError:
            note = "TestResult has no addUnexpectedSuccess method, reporting as failure"
            warnings.warn(note, RuntimeWarning)
            # The failure needs an exception with a traceback.
            try:
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess:
                result.addFailure(self, sys.exc_info())
            return
        report(self)

    def _addDuration(self, result, elapsed):
        try:
            report = result.addDuration
        except AttributeError:
            warnings.warn("TestResult has no " "addDuration method", RuntimeWarning)
            return
        report(self, elapsed)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            note = ('It is deprecated to return a value that is not None '
                    f'from a test case ({method})')
            warnings.warn(note, DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, testMethod):
        # The reason given by a skip decorator on the class or the method, or None
        # when neither is skipped.
        cls = self.__class__
        if not any(getattr(obj, '__unittest_skip__', False) for obj in (cls, testMethod)):
            return None
        why = getattr(cls, '__unittest_skip_why__', '')
        return why or getattr(testMethod, '__unittest_skip_why__', '')

    def run(self, result=None):
        if result is None:
            # Standalone run: the default result, with its run hooks.
            result = self.defaultTestResult()
            begin_run = getattr(result, 'startTestRun', None)
            end_run = getattr(result, 'stopTestRun', None)
            if begin_run is not None:
                begin_run()
        else:
            end_run = None

        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            skip_why = self._skip_reason(method)
            if skip_why is not None:
                _addSkip(result, self, skip_why)
                return result

            expect_fail = any(getattr(obj, '__unittest_expecting_failure__', False)
                              for obj in (self, method))
            outcome = _Outcome(result)
            started = time.perf_counter()
            try:
                self._outcome = outcome
                part = outcome.testPartExecutor

                with part(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expect_fail = expect_fail
                    with part(self):
                        self._callTestMethod(method)
                    outcome.expect_fail = False
                    with part(self):
                        self._callTearDown()
                self.doCleanups()
                self._addDuration(result, time.perf_counter() - started)

                if not outcome.success:
                    pass
                elif not expect_fail:
                    result.addSuccess(self)
                elif outcome.expected_exc:
                    self._addExpectedFailure(result, outcome.expected_exc)
                else:
                    self._addUnexpectedSuccess(result)
                return result
            finally:
                # Drop references to frames (exception tracebacks) and the outcome.
                outcome.expected_exc = None
                outcome = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if end_run is not None:
                end_run()

    def doCleanups(self):
        """Run the registered cleanups, last first.  Called after tearDown."""
        outcome = self._outcome or _Outcome()
        for func, args, kwargs in _pop_calls(self._cleanups):
            with outcome.testPartExecutor(self):
                self._callCleanup(func, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups, last first, keeping their exceptions in
        cls.tearDown_exceptions.  Called after tearDownClass.
        """
        errors = cls.tearDown_exceptions = []
        for func, args, kwargs in _pop_calls(cls._class_cleanups):
            try:
                func(*args, **kwargs)
            except Exception:
                errors.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test with no result: exceptions propagate to the caller."""
        method = getattr(self, self._testMethodName)
        skip_why = self._skip_reason(method)
        if skip_why is not None:
            raise SkipTest(skip_why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        for func, args, kwargs in _pop_calls(self._cleanups):
            self._callCleanup(func, *args, **kwargs)

    def skipTest(self, reason):
        """Skip this test, for the given reason."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail now, with msg as the message."""
        raise self.failureException(msg)

    def _failStd(self, msg, text):
        # Fail with the standard message text, combined with msg as
        # _formatMessage says.
        raise self.failureException(self._formatMessage(msg, text))

    def assertFalse(self, expr, msg=None):
        """Fail unless expr is false."""
        if expr:
            self._failStd(msg, f"{safe_repr(expr)} is not false")

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            self._failStd(msg, f"{safe_repr(expr)} is not true")

    def _formatMessage(self, msg, standardMsg):
        """The failure message: with longMessage, the standard message followed by
        " : msg" when msg is given; without it, msg alone if given.
        """
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless calling args[0](*args[1:], **kwargs) raises expected_exception
        (a class or tuple of classes).  Without a callable, return a context manager
        checking its block instead; it keeps the exception as .exception and accepts
        msg as the only keyword.  Other exceptions pass through.
        """
        checker = _RaisesContext(expected_exception, self)
        return checker.handle('assertRaises', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless calling args[0](*args[1:], **kwargs) issues expected_warning
        (a class or tuple of classes).  Without a callable, return a context manager
        checking its block instead; it keeps the first matching warning as .warning,
        with .filename and .lineno.
        """
        checker = _WarnsContext(expected_warning, self)
        return checker.handle('assertWarns', args, kwargs)

    def _assertNotWarns(self, expected_warning, *args, **kwargs):
        """Fail if expected_warning is issued (the reverse of assertWarns)."""
        checker = _NotWarnsContext(expected_warning, self)
        return checker.handle('_assertNotWarns', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """Context manager failing unless its block logs at least one message of
        level (default INFO) or above on logger (a Logger or a name; default the
        root logger) or its children.  It returns a watcher whose .records are
        the LogRecords and .output their "LEVEL:name:message" texts.
        """
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """Context manager failing if its block logs any message of level (default
        INFO) or above on logger or its children.
        """
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        """The comparison assertEqual uses: the one registered for the type when
        both arguments have exactly that type, else _baseAssertEqual.
        """
        # Only when both have exactly the registered type (not a subclass, whose
        # equality may differ).
        kind = type(first)
        if kind == type(second):
            func = self._type_equality_funcs.get(kind)
            if isinstance(func, str):
                return getattr(self, func)
            if func is not None:
                return func
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        """assertEqual for types without a specific comparison."""
        if not first == second:
            self._failStd(msg, _neq_text(first, second))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second."""
        compare = self._getAssertEqualityFunc(first, second)
        compare(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail unless first != second."""
        if not first != second:
            self._failStd(msg, f'{safe_repr(first)} == {safe_repr(second)}')

    def assertAlmostEqual(self, first, second, places=None, msg=None,
                          delta=None):
        """Fail unless first and second are equal, or their difference rounds to 0
        at the given number of decimal places (default 7), or is at most delta.
        """
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")

        diff = abs(first - second)
        if delta is None:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            tolerance = '%r places' % (places,)
        else:
            if diff <= delta:
                return
            tolerance = safe_repr(delta) + ' delta'
        self._failStd(msg, '%s != %s within %s (%s difference)'
                      % (safe_repr(first), safe_repr(second), tolerance, safe_repr(diff)))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                             delta=None):
        """Fail if first and second are equal, or their difference rounds to 0 at
        the given number of decimal places (default 7), or is at most delta.
        """
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        both = '%s == %s' % (safe_repr(first), safe_repr(second))
        if delta is None:
            places = 7 if places is None else places
            if not (first == second) and round(diff, places) != 0:
                return
            text = '%s within %r places' % (both, places)
        else:
            if not (first == second) and diff > delta:
                return
            text = '%s within %s delta (%s difference)' % (
                both, safe_repr(delta), safe_repr(diff))
        self._failStd(msg, text)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless two sequences (indexable, with a length) are equal, reporting
        the first difference.  With seq_type, both must be instances of it.
        """
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (seq_type_name, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (seq_type_name, safe_repr(seq2)))
        else:
            seq_type_name = "sequence"

        text = None
        sizes = []
        for which, seq in (('First', seq1), ('Second', seq2)):
            try:
                sizes.append(len(seq))
            except _LEN_ERRORS:
                text = '%s %s has no length.    Non-sequence?' % (which, seq_type_name)
                break

        if text is None:
            if seq1 == seq2:
                return
            len1, len2 = sizes
            where = self._first_difference(seq1, seq2, len1, len2, seq_type_name)
            if where is None:
                # Equal items, different types, no seq_type: equal enough.
                return
            text = '%ss differ: %s\n%s' % (seq_type_name.capitalize(),
                                           _neq_text(seq1, seq2), where)
            if len1 != len2:
                if len1 > len2:
                    args = ('First', seq1, len1, len2)
                else:
                    args = ('Second', seq2, len2, len1)
                text += self._extra_elements(*args, seq_type_name)
        lines1 = _pformat(seq1).splitlines()
        lines2 = _pformat(seq2).splitlines()
        diff = '\n' + '\n'.join(_ndiff(lines1, lines2))
        self._failStd(msg, self._truncateMessage(text, diff))

    def _first_difference(self, seq1, seq2, len1, len2, seq_type_name):
        # Describe the first index where the sequences differ; '' when the common
        # part is equal but the lengths differ; None when they are equal item by
        # item with the same length (only possible between different types).
        for i in range(min(len1, len2)):
            pair = []
            for which, seq in (('first', seq1), ('second', seq2)):
                try:
                    pair.append(seq[i])
                except _INDEX_ERRORS:
                    return '\nUnable to index element %d of %s %s\n' % (
                        i, which, seq_type_name)
            if pair[0] != pair[1]:
                return '\nFirst differing element %d:\n%s\n%s\n' % (
                    i, *_common_shorten_repr(*pair))
        if len1 == len2 and type(seq1) != type(seq2):
            return None
        return ''

    def _extra_elements(self, which, longer, long_len, short_len, seq_type_name):
        # The note on the elements that only the longer sequence has.
        text = '\n%s %s contains %d additional elements.\n' % (
            which, seq_type_name, long_len - short_len)
        try:
            text += 'First extra element %d:\n%s\n' % (short_len,
                                                        safe_repr(longer[short_len]))
        except _INDEX_ERRORS:
            text += 'Unable to index element %d of %s %s\n' % (
                short_len, which.lower(), seq_type_name)
        return text

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        self.assertSequenceEqual(list1, list2, msg=msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg=msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless two sets (anything with a difference method) are equal,
        listing the items found in only one of them.
        """
        only1 = self._setDifference(set1, set2, 'first')
        only2 = self._setDifference(set2, set1, 'second')
        if not (only1 or only2):
            return

        lines = []
        for items, this, other in ((only1, 'first', 'second'),
                                   (only2, 'second', 'first')):
            if items:
                lines.append(f'Items in the {this} set but not the {other}:')
                lines.extend(map(repr, items))
        self._failStd(msg, '\n'.join(lines))

    def _setDifference(self, a, b, which):
        # a.difference(b), turning a failure into a test failure.
        try:
            return a.difference(b)
        except TypeError as exc:
            self.fail(f'invalid type when attempting set difference: {exc}')
        except AttributeError as exc:
            self.fail(f'{which} argument does not support set difference: {exc}')

    def assertIn(self, member, container, msg=None):
        """Fail unless member in container."""
        if member not in container:
            self._failStd(msg, f'{safe_repr(member)} not found in {safe_repr(container)}')

    def assertNotIn(self, member, container, msg=None):
        """Fail if member in container."""
        if member in container:
            self._failStd(msg, '%s unexpectedly found in %s'
                          % (safe_repr(member), safe_repr(container)))

    def assertIs(self, expr1, expr2, msg=None):
        """Fail unless expr1 is expr2."""
        if expr1 is not expr2:
            self._failStd(msg, f'{safe_repr(expr1)} is not {safe_repr(expr2)}')

    def assertIsNot(self, expr1, expr2, msg=None):
        """Fail if expr1 is expr2."""
        if expr1 is expr2:
            self._failStd(msg, 'unexpectedly identical: ' + safe_repr(expr1))

    def assertDictEqual(self, d1, d2, msg=None):
        """Fail unless two dicts are equal, with a diff of their pretty-printed forms."""
        for which, arg in (('First', d1), ('Second', d2)):
            self.assertIsInstance(arg, dict, which + ' argument is not a dictionary')
        if d1 != d2:
            lines1 = _pformat(d1).splitlines()
            lines2 = _pformat(d2).splitlines()
            diff = '\n' + '\n'.join(_ndiff(lines1, lines2))
            self._failStd(msg, self._truncateMessage(_neq_text(d1, d2), diff))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless first and second have the same elements, each the same number
        of times, in any order.
        """
        items1 = list(first)
        items2 = list(second)
        try:
            counts1 = collections.Counter(items1)
            counts2 = collections.Counter(items2)
        except TypeError:
            # Unhashable elements.
            mismatches = _count_diff_all_purpose(items1, items2)
        else:
            if counts1 == counts2:
                return
            mismatches = _count_diff_hashable(items1, items2)

        if mismatches:
            body = '\n'.join('First has %d, Second has %d:  %r' % entry
                             for entry in mismatches)
            text = self._truncateMessage('Element counts were not equal:\n', body)
            self._failStd(msg, text)

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless two strings are equal, with a line diff in the message."""
        for which, arg in (('First', first), ('Second', second)):
            self.assertIsInstance(arg, str, which + ' argument is not a string')
        if first == second:
            return

        # Very long strings are compared without a diff.
        limit = self._diffThreshold
        if len(first) > limit or len(second) > limit:
            self._baseAssertEqual(first, second, msg=msg)

        # Make both end with a newline (unless empty) so that a difference in
        # the final newline shows in the diff.
        a, b = first, second
        if a and b:
            if not (a.endswith('\n') and b.endswith('\n')):
                a += '\n'
                b += '\n'
        elif b and not b.endswith('\n'):
            b += '\n'
        elif a and not a.endswith('\n'):
            a += '\n'

        diff = '\n' + ''.join(_ndiff(a.splitlines(True), b.splitlines(True)))
        self._failStd(msg, self._truncateMessage(_neq_text(first, second), diff))

    def assertLess(self, a, b, msg=None):
        """Fail unless a < b."""
        if not a < b:
            self._failStd(msg, f'{safe_repr(a)} not less than {safe_repr(b)}')

    def assertLessEqual(self, a, b, msg=None):
        """Fail unless a <= b."""
        if not a <= b:
            self._failStd(msg, f'{safe_repr(a)} not less than or equal to {safe_repr(b)}')

    def assertGreater(self, a, b, msg=None):
        """Fail unless a > b."""
        if not a > b:
            self._failStd(msg, f'{safe_repr(a)} not greater than {safe_repr(b)}')

    def assertGreaterEqual(self, a, b, msg=None):
        """Fail unless a >= b."""
        if not a >= b:
            self._failStd(msg, f'{safe_repr(a)} not greater than or equal to {safe_repr(b)}')

    def assertIsNone(self, obj, msg=None):
        """Fail unless obj is None."""
        if obj is not None:
            self._failStd(msg, safe_repr(obj) + ' is not None')

    def assertIsNotNone(self, obj, msg=None):
        """Fail if obj is None."""
        if obj is None:
            self._failStd(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        """Fail unless isinstance(obj, cls)."""
        if not isinstance(obj, cls):
            self._failStd(msg, f'{safe_repr(obj)} is not an instance of {cls!r}')

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Fail if isinstance(obj, cls)."""
        if isinstance(obj, cls):
            self._failStd(msg, f'{safe_repr(obj)} is an instance of {cls!r}')

    def assertRaisesRegex(self, expected_exception, expected_regex,
                          *args, **kwargs):
        """assertRaises that also requires str(exception) to match expected_regex
        (re.search).
        """
        context = _RaisesContext(expected_exception, self, expected_regex,
                                       'TestCase.assertRaisesRegex')
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex,
                         *args, **kwargs):
        """assertWarns that also requires the warning message to match
        expected_regex (re.search).
        """
        context = _WarnsContext(expected_warning, self, expected_regex,
                                      'TestCase.assertWarnsRegex')
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless re.search(expected_regex, text) matches."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._failStd(msg, "Regex didn't match: %r not found in %r"
                          % (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if re.search(unexpected_regex, text) matches."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self._failStd(msg, 'Regex matched: %r matches %r in %r'
                          % (found.group(0), unexpected_regex.pattern, text))


# The names CPython gives these helpers, for code that imports them.
_BaseTestCaseContext = _CaseBoundContext
_AssertRaisesBaseContext = _ExpectationContext
_AssertRaisesContext = _RaisesContext
_AssertWarnsContext = _WarnsContext
_AssertNotWarnsContext = _NotWarnsContext
_OrderedChainMap = _ParamsChain


class FunctionTestCase(TestCase):
    """A TestCase that runs a plain function, with optional setUp and tearDown
    functions and a description.
    """

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._setUpFunc == other._setUpFunc and
                self._tearDownFunc == other._tearDownFunc and
                self._testFunc == other._testFunc and
                self._description == other._description)

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc,
                     self._testFunc, self._description))

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _SubTest(TestCase):
    # One subtest of a running test: reported to results in place of the test.

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        pieces = []
        if self._message is not _subtest_msg_sentinel:
            pieces.append(f"[{self._message}]")
        if self.params:
            shown = ', '.join(f"{key}={value!r}" for key, value in self.params.items())
            pieces.append(f"({shown})")
        return " ".join(pieces) or '(<subtest>)'

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        """First line of the test method's docstring, or None."""
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"
