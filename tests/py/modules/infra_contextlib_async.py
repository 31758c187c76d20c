# contextlib: asynccontextmanager, AsyncExitStack, aclosing, nullcontext with async with,
# the abstract base classes, AsyncContextDecorator, chdir, suppress with exception groups.
import asyncio
import contextlib
import os
import sys
from contextlib import (asynccontextmanager, AsyncExitStack, aclosing, nullcontext,
                        AbstractContextManager, AbstractAsyncContextManager,
                        AsyncContextDecorator, ExitStack)

print(sorted(contextlib.__all__))
log = []


@asynccontextmanager
async def tag(name):
    """Tag docstring."""
    log.append(f'<{name}>')
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f'handled {e}')
    finally:
        log.append(f'</{name}>')


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def twice():
    yield 1
    yield 2


@asynccontextmanager
async def ignore_throw():
    try:
        yield
    except Exception:
        yield 'again'


@asynccontextmanager
async def reraise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e


@asynccontextmanager
async def passthrough():
    yield


@asynccontextmanager
async def swallow_all():
    try:
        yield
    except BaseException:
        pass


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log.append(f'enter {self.name}')
        return self.name

    async def __aexit__(self, et, ev, tb):
        log.append(f'exit {self.name} {et.__name__ if et else None}')
        return False


class SyncRes:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append(f'sync enter {self.name}')
        return self.name

    def __exit__(self, *exc):
        log.append(f'sync exit {self.name}')


async def agen_numbers():
    try:
        for i in range(10):
            yield i
    finally:
        log.append('agen closed')


def show(label, exc):
    print(label, type(exc).__name__, exc,
          type(exc.__context__).__name__ if exc.__context__ else None,
          type(exc.__cause__).__name__ if exc.__cause__ else None)


async def main():
    async with tag('a') as t:
        log.append(t)
    async with tag('b'):
        raise KeyError('k')
    try:
        async with tag('c'):
            raise ValueError('v')
    except ValueError as e:
        log.append(f'outer {e}')
    print(log)
    log.clear()
    cm = tag('d')
    print(type(cm).__name__, cm.__doc__, tag.__name__, tag.__doc__)
    print(isinstance(cm, AbstractAsyncContextManager), isinstance(cm, AsyncContextDecorator))
    for factory in (no_yield, twice, ignore_throw):
        try:
            async with factory():
                if factory is ignore_throw:
                    raise ValueError('x')
        except RuntimeError as e:
            show(factory.__name__, e)
    # The exception passing through is the very same object.
    err = ValueError('same')
    try:
        async with passthrough():
            raise err
    except ValueError as e:
        print('identity', e is err)
    try:
        async with reraise_other():
            raise ValueError('orig')
    except TypeError as e:
        show('reraise', e)
    # StopAsyncIteration and StopIteration raised in the block are not swallowed.
    for exc_type in (StopAsyncIteration, StopIteration):
        stop = exc_type('stop')
        try:
            async with passthrough():
                raise stop
        except exc_type as e:
            print(exc_type.__name__, 'propagated', e is stop)
        except RuntimeError as e:
            print('wrapped', e)
    async with swallow_all():
        raise StopAsyncIteration('eaten')
    print('swallowed StopAsyncIteration')
    try:
        async with passthrough():
            raise KeyboardInterrupt('kb')
    except KeyboardInterrupt as e:
        print('KeyboardInterrupt', e)

    # As a decorator: a fresh manager for every call.
    @tag('deco')
    async def decorated(x):
        log.append(f'body {x}')
        return x * 2

    print(await decorated(1), await decorated(2), log)
    log.clear()

    # aclosing
    async with aclosing(agen_numbers()) as g:
        async for v in g:
            if v == 2:
                break
    print('aclosing', v, log)
    log.clear()

    # nullcontext with async with
    async with nullcontext(42) as v, nullcontext() as n:
        print('nullcontext', v, n)

    # AsyncExitStack
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(Resource('r1')))
        print(stack.enter_context(SyncRes('s1')))
        stack.callback(log.append, 'sync callback')

        async def acb(x, y=0):
            log.append(f'async callback {x} {y}')
        print(stack.push_async_callback(acb, 1, y=2) is acb)

        async def aexit(et, ev, tb):
            log.append(f'push_async_exit sees {et}')
        print(stack.push_async_exit(aexit) is aexit)
        r2 = Resource('r2')
        print(stack.push_async_exit(r2) is r2)
    print(log)
    log.clear()

    # Swallowing by an async exit callback.
    async def swallow(et, ev, tb):
        log.append(f'swallow {et.__name__}')
        return True
    async with AsyncExitStack() as stack:
        stack.push_async_exit(swallow)
        raise ValueError('gone')
    print('after swallow', log)
    log.clear()

    # Exception chaining as nested async with statements would give.
    async def raiser(exc):
        async def cb(et, ev, tb):
            raise exc
        return cb
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_exit(await raiser(IndexError('inner')))
            stack.push_async_exit(await raiser(KeyError('middle')))
            raise ValueError('body')
    except IndexError as e:
        chain = []
        while e is not None:
            chain.append(f'{type(e).__name__}({e})')
            e = e.__context__
        print('chain', chain)
    # Outer exception being handled does not end up in the middle of the chain.
    try:
        try:
            raise ZeroDivisionError('outer')
        except ZeroDivisionError:
            async with AsyncExitStack() as stack:
                stack.push_async_exit(await raiser(KeyError('k2')))
                stack.callback(lambda: 1 / 0)
    except KeyError as e:
        chain = []
        while e is not None:
            chain.append(type(e).__name__)
            e = e.__context__
        print('chain2', chain)

    # pop_all and aclose
    async with AsyncExitStack() as stack:
        stack.push_async_callback(acb, 'moved')
        moved = stack.pop_all()
    print('popped', log)
    await moved.aclose()
    print('aclose', log)
    log.clear()

    # An exception in the body unwinds what was entered.
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Resource('r3'))
            stack.enter_context(SyncRes('s3'))
            raise LookupError('fail')
    except LookupError as e:
        print('LookupError', e, log)
    log.clear()

    # Errors
    for bad in (object(), SyncRes('x')):
        try:
            await AsyncExitStack().enter_async_context(bad)
        except TypeError as e:
            print('TypeError', e)
    try:
        ExitStack().enter_context(Resource('x'))
    except TypeError as e:
        print('TypeError', e)
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(acb)
    except TypeError as e:
        print('TypeError', type(e).__name__)


asyncio.run(main())

# The abstract base classes
class WithBoth:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class AsyncBoth:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        pass


class OptOut(WithBoth):
    __exit__ = None


print(issubclass(WithBoth, AbstractContextManager), issubclass(AsyncBoth, AbstractContextManager))
print(issubclass(AsyncBoth, AbstractAsyncContextManager), issubclass(WithBoth, AbstractAsyncContextManager))
print(issubclass(OptOut, AbstractContextManager), isinstance(nullcontext(), AbstractAsyncContextManager))
print(isinstance(ExitStack(), AbstractContextManager), isinstance(AsyncExitStack(), AbstractAsyncContextManager))
print(AbstractContextManager[int], AbstractAsyncContextManager[str])


class NoExit(AbstractContextManager):
    pass


class NoAexit(AbstractAsyncContextManager):
    pass


for cls in (NoExit, NoAexit):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)


class AExitOnly(AbstractAsyncContextManager):
    async def __aexit__(self, *a):
        return None


async def use_default():
    x = AExitOnly()
    async with x as y:
        print('default __aenter__', y is x)
asyncio.run(use_default())


class Timer(AsyncContextDecorator):
    async def __aenter__(self):
        print('timer start')
        return self

    async def __aexit__(self, *exc):
        print('timer stop', exc[0])
        return False


@Timer()
async def timed(x):
    return x + 1
print(asyncio.run(timed(1)))

# suppress with exception groups
from contextlib import suppress
with suppress(ValueError):
    raise ExceptionGroup('g', [ValueError(1), ValueError(2)])
print('group suppressed')
try:
    with suppress(ValueError):
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print('rest', repr(e))

# chdir
start = os.getcwd()
with contextlib.chdir('/'):
    print('in root', os.getcwd())
    with contextlib.chdir('/tmp') as r:
        print('nested', os.path.realpath(os.getcwd()) == os.path.realpath('/tmp'), r)
    print('back', os.getcwd())
print('restored', os.getcwd() == start)
