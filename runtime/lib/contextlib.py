"""Utilities for with-statement contexts."""

import sys
from abc import ABC, abstractmethod
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]

_GenericAlias = type(list[int])


class _Probe:
    def method(self):
        pass


# The type of bound methods; calling it binds any callable to an object.
_MethodType = type(_Probe().method)
del _Probe


def _defines_all(C, names):
    # Structural check used by the ABCs' __subclasshook__: every name must be found
    # in the class's MRO, and not be set to None (which opts out).
    mro = C.__mro__
    for name in names:
        for base in mro:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(ABC):
    """Base for context managers: __enter__ returns self; subclasses supply
    __exit__.  Any class with both methods counts as a subclass."""

    __class_getitem__ = classmethod(_GenericAlias)

    __slots__ = ()

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_all(C, ("__enter__", "__exit__"))
        return NotImplemented


class AbstractAsyncContextManager(ABC):
    """Base for asynchronous context managers: __aenter__ returns self;
    subclasses supply __aexit__.  Any class with both methods counts as a
    subclass."""

    __class_getitem__ = classmethod(_GenericAlias)

    __slots__ = ()

    async def __aenter__(self):
        return self

    @abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines_all(C, ("__aenter__", "__aexit__"))
        return NotImplemented


class ContextDecorator(object):
    """Mixin letting a context manager decorate a function: every call of the
    function runs inside the context (a fresh one, from _recreate_cm)."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    """Mixin letting an asynchronous context manager decorate a coroutine
    function: every call awaits the function inside the context."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    # What @contextmanager and @asynccontextmanager share: the generator is made
    # at once; the function and its arguments are kept so that a decorator use can
    # build a fresh manager for every call (they are dropped on entry).

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """What a @contextmanager function returns: drives one generator through the
    with statement (the code before its yield on entry, the rest on exit)."""

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            # An instance is needed to recognise it when the generator lets it through.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator finished: the exception is handled, unless it is the
            # StopIteration of the block itself coming back.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # PEP 479 turned a StopIteration thrown in into RuntimeError: report the
            # original one as not handled rather than raise the wrapper.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            # The block's own exception coming back means "not handled": __exit__
            # returns False instead of raising it; anything else is a new error.
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """What an @asynccontextmanager function returns: drives one asynchronous
    generator through the async with statement."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # An asynchronous generator wraps both StopIteration and
            # StopAsyncIteration raised inside it in RuntimeError.
            if (isinstance(value, (StopIteration, StopAsyncIteration))
                    and exc.__cause__ is value):
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """@contextmanager decorator: a generator function becomes a context manager
    factory.  The code before the generator's single yield runs on entry (the
    yielded value is the with target), the code after it on exit; an exception
    from the block is raised at the yield."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator: an asynchronous generator function becomes
    an asynchronous context manager factory, for async with; it works like
    @contextmanager."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Call thing.close() when the block ends, however it ends; the with
    statement's target is thing itself."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Await thing.aclose() when the async with block ends, however it ends (an
    asynchronous generator, typically); the target is thing itself."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    # Replaces sys.<_stream> for the block.  Reentrant: the replaced streams are
    # kept on a stack.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        name = self._stream
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Send what is written to sys.stdout inside the block to another file."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send what is written to sys.stderr inside the block to another file."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the given exception types (and their subclasses) raised in the
    block; execution goes on after the with statement.  From an exception group,
    the matching leaves are dropped and the rest is raised again."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            rest = excinst.split(self._exceptions)[1]
            if rest is None:
                return True
            raise rest
        return False


def _relink_context(new_exc, old_exc, outer):
    # A callback's exception got the exception handled around the with statement as the
    # end of its context chain; point that end at the exception it replaced instead. A
    # chain that ends in None, or already reaches old_exc, is left alone.
    link = new_exc
    while True:
        ctx = link.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is outer:
            break
        link = ctx
    link.__context__ = old_exc


class _BaseExitStack:
    # The registration side shared by ExitStack and AsyncExitStack.  Each entry of
    # _exit_callbacks is (is_sync, callback taking the three exc_info values).

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return _MethodType(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move the registered callbacks to a new stack and return it."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        """Register a context manager's __exit__, or a callable with its
        signature (which may swallow the exception by returning true)."""
        kind = type(exit)
        try:
            method = kind.__exit__
        except AttributeError:
            # Not a context manager: the object is the callback.
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, method)
        return exit

    def enter_context(self, cm):
        """Enter cm, register its exit, and return what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            leave = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            "not support the context manager protocol") from None
        value = enter(cm)
        self._push_cm_exit(cm, leave)
        return value

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; it cannot swallow
        exceptions."""
        wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))  # LIFO: popped on exit


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A with statement for any number of context managers and callbacks, chosen
    at run time: on exit they are unwound last-in first-out, each seeing the
    exception left by the ones before it."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        exc = exc_details[1]
        had_exc = exc is not None
        outer = sys.exception()  # what the code around the with statement is handling
        swallowed = False
        must_raise = False
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                if exc is None:
                    details = (None, None, None)
                else:
                    details = (type(exc), exc, exc.__traceback__)
                if callback(*details):
                    # The exception so far is handled.
                    swallowed = True
                    must_raise = False
                    exc = None
            except BaseException as new_exc:
                _relink_context(new_exc, exc, outer)
                must_raise = True
                exc = new_exc
        if must_raise:
            # Raising sets __context__ again; put back the chain built above.
            kept_context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = kept_context
                raise
        return had_exc and swallowed

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: it also takes asynchronous context managers and
    coroutine callbacks, awaited on exit in last-in first-out order together with
    the synchronous ones."""

    @staticmethod
    def _create_async_exit_wrapper(cm, cm_exit):
        return _MethodType(cm_exit, cm)

    @staticmethod
    def _create_async_cb_wrapper(callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        return _exit_wrapper

    async def enter_async_context(self, cm):
        """Await cm.__aenter__(), register its __aexit__, and return what
        __aenter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            leave = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            "not support the asynchronous context manager protocol"
                            ) from None
        value = await enter(cm)
        self._push_async_cm_exit(cm, leave)
        return value

    def push_async_exit(self, exit):
        """Register an asynchronous context manager's __aexit__, or a coroutine
        function with its signature (which may swallow the exception)."""
        kind = type(exit)
        try:
            method = kind.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register `await callback(*args, **kwds)` to run on exit; it cannot
        swallow exceptions."""
        wrapper = self._create_async_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper, False)
        return callback

    async def aclose(self):
        """Unwind the stack now."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_async_exit_wrapper(cm, cm_exit), False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        exc = exc_details[1]
        had_exc = exc is not None
        outer = sys.exception()
        swallowed = False
        must_raise = False
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                if exc is None:
                    details = (None, None, None)
                else:
                    details = (type(exc), exc, exc.__traceback__)
                if is_sync:
                    handled = callback(*details)
                else:
                    handled = await callback(*details)
                if handled:
                    swallowed = True
                    must_raise = False
                    exc = None
            except BaseException as new_exc:
                _relink_context(new_exc, exc, outer)
                must_raise = True
                exc = new_exc
        if must_raise:
            # Raising sets __context__ again; put back the chain built above.
            kept_context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = kept_context
                raise
        return had_exc and swallowed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing, for with and async with alike; the
    target is enter_result.  Stands in where a real context manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Run the block in another working directory, then go back.  The working
    directory belongs to the whole process: not safe with other threads."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())
