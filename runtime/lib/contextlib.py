"""Utilities for with-statement contexts."""

import sys
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "AbstractAsyncContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]


class AbstractContextManager:
    """Base for context managers: __enter__ returns self, __exit__ does nothing."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    __class_getitem__ = classmethod(type(list[int]))


class AbstractAsyncContextManager:
    """Base for asynchronous context managers: __aenter__ returns self,
    __aexit__ does nothing."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    __class_getitem__ = classmethod(type(list[int]))


class ContextDecorator:
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


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """What a @contextmanager function returns: drives one generator through the
    with statement (the code before its yield on entry, the rest on exit)."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # Kept to build a fresh instance when used as a decorator; dropped on entry.
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

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
            else:
                try:
                    raise RuntimeError("generator didn't stop")
                finally:
                    self.gen.close()
        else:
            if value is None:
                value = typ()
            try:
                self.gen.throw(value)
            except StopIteration as exc:
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    exc.__traceback__ = traceback
                    return False
                if isinstance(value, StopIteration) and exc.__cause__ is value:
                    value.__traceback__ = traceback
                    return False
                raise
            except BaseException as exc:
                if exc is not value:
                    raise
                exc.__traceback__ = traceback
                return False
            try:
                raise RuntimeError("generator didn't stop after throw()")
            finally:
                self.gen.close()


def contextmanager(func):
    """@contextmanager decorator: a generator function becomes a context manager factory."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
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


class _StreamSwap(AbstractContextManager):
    # Replaces sys.<_stream> for the block.  Reentrant: the replaced streams are
    # kept on a stack.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._saved.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_StreamSwap):
    """Send what is written to sys.stdout inside the block to another file."""
    _stream = "stdout"


class redirect_stderr(_StreamSwap):
    """Send what is written to sys.stderr inside the block to another file."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the given exception types (and their subclasses) raised in the
    block; execution goes on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return
        if issubclass(exctype, self._exceptions):
            return True
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


class ExitStack(AbstractContextManager):
    """A with statement for any number of context managers and callbacks, chosen
    at run time: on exit they are unwound last-in first-out, each seeing the
    exception left by the ones before it."""

    def __init__(self):
        # (is_sync, callback taking the three exc_info values) pairs.
        self._exit_callbacks = []

    def pop_all(self):
        """Move the registered callbacks to a new stack and return it."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        """Register a context manager's __exit__, or a callable with its signature."""
        kind = type(exit)
        try:
            method = kind.__exit__
        except AttributeError:
            # Not a context manager: the object is the callback.
            callback = exit
        else:
            callback = method.__get__(exit, kind)
        self._exit_callbacks.append((True, callback))
        return exit

    def enter_context(self, cm):
        """Enter cm, register its exit, and return what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            leave = cls.__exit__
        except AttributeError:
            name = f"{cls.__module__}.{cls.__qualname__}"
            raise TypeError(f"'{name}' object does not support the context "
                            "manager protocol") from None
        value = enter(cm)
        self._exit_callbacks.append((True, leave.__get__(cm, cls)))
        return value

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        had_exc = exc_details[0] is not None
        outer = sys.exception()  # what the code around the with statement is handling
        swallowed = False
        must_raise = False
        while self._exit_callbacks:
            _, callback = self._exit_callbacks.pop()
            try:
                if callback(*exc_details):
                    # The exception so far is handled.
                    swallowed = True
                    must_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _relink_context(new_exc, exc_details[1], outer)
                must_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if must_raise:
            # Raising sets __context__ again; put back the chain built above.
            exc = exc_details[1]
            kept_context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = kept_context
                raise
        return had_exc and swallowed


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; the with target is enter_result.
    Stands in where a real context manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
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
