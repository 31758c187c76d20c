# asyncio introspection and odds and ends: task stacks, reprs with wait_for, Runner
# options, coroutine checks, handles, exceptions.
import asyncio
import contextvars
import functools
import sys


async def inner():
    await asyncio.sleep(0.01)


async def failing():
    raise KeyError('k')


async def stacks():
    t = asyncio.create_task(inner())
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in t.get_stack()], [f.f_lineno for f in t.get_stack()])
    t.print_stack(file=sys.stdout)
    print(repr(t))
    await t
    print(t.get_stack())
    t.print_stack(file=sys.stdout)
    t2 = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in t2.get_stack()])
    t2.print_stack(file=sys.stdout)
    print(t2.get_stack(limit=0))
    print(repr(t2.exception()))
    # A task waiting on a task shows the awaited task in its repr.
    t3 = asyncio.create_task(inner(), name='awaited')

    async def waiter():
        await t3

    t4 = asyncio.create_task(waiter(), name='waiter')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(repr(t4))
    t4.cancel()
    await asyncio.sleep(0)
    print(repr(t4))
    await asyncio.gather(t4, return_exceptions=True)
    print(repr(t4))
    print(repr(t3))
    g = asyncio.gather(inner())
    print(type(g).__name__, repr(g).split(' cb=')[0])
    await g


var = contextvars.ContextVar('var', default='none')


async def show_var():
    return var.get()


def runners():
    with asyncio.Runner(debug=True) as r:
        loop = r.get_loop()
        print(loop.get_debug(), r.run(show_var()))
        ctx = contextvars.copy_context()
        ctx.run(var.set, 'custom context')
        print(r.run(show_var(), context=ctx))
    print(loop.is_closed())
    made = []

    def factory():
        loop = asyncio.new_event_loop()
        made.append(loop)
        return loop

    print(asyncio.run(show_var(), loop_factory=factory), len(made), made[0].is_closed())
    r = asyncio.Runner()
    r.close()  # never used: closing does nothing, the runner still works
    print('after early close:', r.run(show_var()))
    r.close()
    coro = show_var()
    try:
        r.run(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    coro.close()
    with asyncio.Runner(loop_factory=factory) as r:
        print(r.get_loop() is made[-1])
    print(asyncio.run(show_var(), debug=False))

    async def leaves_tasks():
        async def forever():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print('left-over task cancelled at shutdown')
                raise
        asyncio.create_task(forever())
        await asyncio.sleep(0)
        return 'main finished'

    print(asyncio.run(leaves_tasks()))


def coroutine_checks():
    async def coro_fn():
        pass

    def plain():
        pass

    class K:
        async def method(self):
            pass

    c = coro_fn()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain), asyncio.iscoroutine(None))
    c.close()
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain),
          asyncio.iscoroutinefunction(K().method), asyncio.iscoroutinefunction(K.method),
          asyncio.iscoroutinefunction(functools.partial(coro_fn)),
          asyncio.iscoroutinefunction(42))

    def gen():
        yield

    g = gen()
    print(asyncio.iscoroutine(g))


def handles_and_errors():
    loop = asyncio.new_event_loop()
    ctx = contextvars.copy_context()
    h = loop.call_soon(print, context=ctx)
    print(h.get_context() is ctx, h.cancelled())
    t1 = loop.call_at(100, print)
    t2 = loop.call_at(100, print)
    t3 = loop.call_at(200, print)
    print(t1 == t2, t1 < t3, t3 > t1, t1 <= t2, t3 >= t1, t1 != t3, hash(t1) == hash(t2),
          t1.when())
    print(isinstance(t1, asyncio.Handle), issubclass(asyncio.TimerHandle, asyncio.Handle))
    loop.close()
    e = asyncio.IncompleteReadError(b'abc', 10)
    print(type(e).__name__, e, e.partial, e.expected, isinstance(e, EOFError))
    print(str(asyncio.IncompleteReadError(b'', None)))
    e = asyncio.LimitOverrunError('too long', 5)
    print(e, e.consumed, e.args)
    print(asyncio.TimeoutError is TimeoutError)
    for cls in (asyncio.CancelledError, asyncio.InvalidStateError,
                asyncio.SendfileNotAvailableError, asyncio.BrokenBarrierError,
                asyncio.QueueEmpty, asyncio.QueueFull, asyncio.QueueShutDown):
        print(cls.__module__, cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
    print(asyncio.Future.__module__, asyncio.Task.__module__, asyncio.Task.__mro__[1].__name__)


asyncio.run(stacks())
runners()
coroutine_checks()
handles_and_errors()
