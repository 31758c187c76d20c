"""IsolatedAsyncioTestCase: a TestCase whose test methods, fixtures and cleanups
may be coroutine functions, each test running in its own asyncio event loop."""

import asyncio
import contextvars
import inspect
import warnings

from .case import TestCase

# Unlike the rest of the package, this module has no __unittest marker: as in
# CPython, its frames stay in the tracebacks of reported errors.


class IsolatedAsyncioTestCase(TestCase):
    """Each test gets a fresh asyncio.Runner (debug mode on, loop made by
    loop_factory when set).  setUp, then asyncSetUp, run before the test;
    asyncTearDown, then tearDown, after it; cleanups may be coroutine functions
    (addAsyncCleanup).  Everything a test runs shares one contextvars context.
    """

    loop_factory = None

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Register a cleanup that may be a coroutine function (it is awaited in
        the test's loop).  Same order rules as addCleanup."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter an asynchronous context manager, register its __aexit__ as an
        async cleanup and return what __aenter__ returned."""
        kind = type(cm)
        try:
            aenter = kind.__aenter__
            aexit = kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            "not support the asynchronous context manager protocol"
                            ) from None
        value = await aenter(cm)
        self.addAsyncCleanup(aexit, cm, None, None, None)
        return value

    def _callSetUp(self):
        # Make the loop exist (and be current) before the synchronous setUp, so
        # that it can use asyncio.get_event_loop().
        self._asyncioRunner.get_loop()
        context = self._asyncioTestContext
        context.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            warnings.warn('It is deprecated to return a value that is not None '
                          f'from a test case ({method})', DeprecationWarning,
                          stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        context = self._asyncioTestContext
        context.run(self.tearDown)

    def _callCleanup(self, func, /, *args, **kwargs):
        self._callMaybeAsync(func, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        runner = self._asyncioRunner
        assert runner is not None, 'asyncio runner is not initialized'
        assert inspect.iscoroutinefunction(func), f'{func!r} is not an async function'
        return runner.run(func(*args, **kwargs), context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        runner = self._asyncioRunner
        assert runner is not None, 'asyncio runner is not initialized'
        if inspect.iscoroutinefunction(func):
            return runner.run(func(*args, **kwargs),
                              context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _setupAsyncioRunner(self):
        assert self._asyncioRunner is None, 'asyncio runner is already initialized'
        self._asyncioRunner = asyncio.Runner(debug=True,
                                             loop_factory=self.loop_factory)

    def _tearDownAsyncioRunner(self):
        self._asyncioRunner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    def __del__(self):
        if self._asyncioRunner is not None:
            self._tearDownAsyncioRunner()
