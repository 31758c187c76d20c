# asyncio event loop services: exception handlers and their log output, debug checks,
# async generator finalization, contexts of callbacks.
import asyncio
import contextvars
import sys

var = contextvars.ContextVar('var', default='default')


def bad_callback(x):
    raise ZeroDivisionError(f'bad {x}')


def handlers():
    loop = asyncio.new_event_loop()
    seen = []

    def handler(lp, context):
        seen.append((lp is loop, sorted(context), context['message'],
                     repr(context.get('exception'))))

    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 1)
    loop.call_soon(loop.stop)
    loop.run_forever()
    print(seen)
    loop.call_exception_handler({'message': 'custom', 'extra': 1})
    print(seen[-1])
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(type(e).__name__, e)

    loop.set_exception_handler(None)
    sys.stdout.flush()
    # The default handler logs on the 'asyncio' logger (stderr, no handler set up).
    # The exceptions here were never raised, so no traceback is logged.
    loop.call_exception_handler({'message': 'plain message', 'zzz': 'last', 'aaa': [1]})
    loop.call_exception_handler({'exception': ValueError('no message')})
    loop.call_exception_handler({'message': '', 'exception': KeyError('k'),
                                 'handle': loop.call_soon(bad_callback, 3)})
    loop.default_exception_handler({'message': 'direct', 'future': 'not really'})
    loop.close()


def debug_mode():
    loop = asyncio.new_event_loop()
    print(loop.get_debug())
    loop.set_debug(True)
    print(loop.get_debug(), repr(loop))

    async def coro_fn():
        pass

    for bad in (42, coro_fn):
        for meth in (loop.call_soon, loop.call_soon_threadsafe,
                     lambda cb: loop.call_later(1, cb), lambda cb: loop.call_at(1, cb)):
            try:
                meth(bad)
            except TypeError as e:
                print(type(e).__name__, e)
    def f(*args, **kwargs):
        pass

    import functools
    for debug in (False, True):
        loop.set_debug(debug)
        print(repr(loop.call_soon(f, 1, 'x')).split(' created at')[0])
        print(repr(loop.call_soon(functools.partial(f, 2, k=3), 4)).split(' created at')[0])
        print(repr(loop.call_soon(print, 1)).split(' created at')[0])
        h = loop.call_soon(f, 5)
        h.cancel()
        print(repr(h).split(' created at')[0])
        fut = loop.create_future()
        fut.add_done_callback(f)
        print(repr(fut).split(' created at')[0])
        fut.add_done_callback(print)
        fut.add_done_callback(f)
        print(repr(fut).split(' created at')[0])
        fut.cancel()
    loop.set_debug(False)
    loop.close()


def contexts():
    loop = asyncio.new_event_loop()
    out = []
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')
    loop.call_soon(lambda: out.append(var.get()))
    loop.call_soon(lambda: out.append(var.get()), context=ctx)
    loop.call_soon(lambda: var.set('leaked?'))
    loop.call_soon(lambda: out.append(var.get()))

    async def task_body():
        out.append(('task sees', var.get()))
        var.set('task value')
        await asyncio.sleep(0)
        out.append(('task still', var.get()))

    t = loop.create_task(task_body(), context=ctx)
    print(t.get_context() is ctx)
    loop.run_until_complete(t)
    print(out, var.get(), ctx[var])

    async def main():
        var.set('main')
        child = asyncio.create_task(asyncio.sleep(0))
        print(child.get_context()[var])
        await child
        f = loop.create_future()
        f.add_done_callback(lambda fut: out.append(('cb', var.get())), context=ctx)
        f.set_result(None)
        await asyncio.sleep(0)
        print(out[-1])

    loop.run_until_complete(main())
    loop.close()


def asyncgens():
    log = []

    async def agen(name):
        try:
            for i in range(3):
                yield i
                await asyncio.sleep(0)
        finally:
            log.append(f'{name} finalized')

    async def main():
        async for x in agen('full'):
            log.append(x)
        # An abandoned generator is closed by a task the finalizer hook schedules.
        async for x in agen('broken'):
            break
        log.append('after break')
        await asyncio.sleep(0)
        log.append('step')
        await asyncio.sleep(0)
        log.append('step2')
        g = agen('local')
        print(await g.__anext__(), await g.__anext__())
        print(sys.get_asyncgen_hooks().finalizer is not None)
        return 'main done'

    print(sys.get_asyncgen_hooks())
    loop = asyncio.new_event_loop()
    print(loop.run_until_complete(main()))
    print(sys.get_asyncgen_hooks())
    loop.run_until_complete(loop.shutdown_asyncgens())
    print(log)
    loop.close()

    async def broken_close():
        try:
            yield 1
        finally:
            raise ValueError('close failed')

    async def main2():
        g = broken_close()
        await g.__anext__()
        asyncio.get_running_loop().set_exception_handler(lambda lp, ctx: seen.append(
            (ctx['message'].split(' <')[0], repr(ctx['exception']))))

    seen = []
    asyncio.run(main2())
    print(seen)

    async def main3():
        async for x in agen('run'):
            if x == 1:
                return x
    print(asyncio.run(main3()), log[-1])


handlers()
debug_mode()
contexts()
asyncgens()
