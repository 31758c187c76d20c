# asyncio tasks: cancellation, gather, shield, wait, wait_for, as_completed, eager tasks.
import asyncio


async def sleeper(name, delay, log, result=None):
    log.append(f'{name} start')
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        log.append(f'{name} cancelled {e.args}')
        raise
    log.append(f'{name} end')
    return result if result is not None else name


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def cancellation():
    log = []
    t = asyncio.create_task(sleeper('s', 10, log))
    await asyncio.sleep(0)
    print(t.cancel('stop it'), t.cancelling(), repr(t).split(' coro=')[0])
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaited cancelled task:', e.args)
    print(t.cancelled(), t.done(), t.cancel(), log)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result():', type(e).__name__, e.args)

    # Cancelled before it starts: the coroutine never runs.
    log = []
    t = asyncio.create_task(sleeper('never', 1, log))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled before start', log)

    # The coroutine swallows the cancellation.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('caught; cancelling =', asyncio.current_task().cancelling())
            print('uncancel ->', asyncio.current_task().uncancel())
        await asyncio.sleep(0)
        return 'survived'

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

    # Cancelling a task that waits on another task cancels the inner one as well.
    log = []
    inner = asyncio.create_task(sleeper('inner', 10, log))

    async def outer_coro():
        return await inner

    outer = asyncio.create_task(outer_coro())
    await asyncio.sleep(0)
    outer.cancel('outer msg')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(inner.cancelled(), outer.cancelled(), log)

    # A task cancelled while it is the running one: cancel() on itself.
    async def self_cancel():
        asyncio.current_task().cancel()
        print('still running after cancel()')
        await asyncio.sleep(0)
        print('not reached')

    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('self-cancelled', t.cancelled())

    # Cancel right before the coroutine returns.
    async def quick():
        return 1

    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(t.done(), t.cancel(), t.result())

    t = asyncio.create_task(quick())
    uncancel_vals = [t.cancel(), t.cancelling(), t.uncancel(), t.cancelling(), t.uncancel()]
    print(uncancel_vals, await t)


async def gathering():
    log = []
    res = await asyncio.gather(sleeper('a', 0.02, log), sleeper('b', 0.01, log),
                               sleeper('c', 0, log))
    print(res, log)
    print(await asyncio.gather())
    res = await asyncio.gather(fail('x'), sleeper('ok', 0, log, 5), return_exceptions=True)
    print([repr(r) for r in res])
    log = []
    slow = asyncio.create_task(sleeper('slow', 0.05, log))
    try:
        await asyncio.gather(fail('first'), slow)
    except ValueError as e:
        print('gather raised', e, slow.done())
    print(await slow, log)
    # The same awaitable twice gives one task and the result twice.
    coro = sleeper('dup', 0, [])
    print(await asyncio.gather(coro, coro))
    f = asyncio.get_running_loop().create_future()
    f.set_result('already')
    print(await asyncio.gather(f, f))

    # Cancelling the gather future cancels the children.
    log = []
    g = asyncio.gather(sleeper('g1', 10, log), sleeper('g2', 10, log))
    await asyncio.sleep(0)
    print(g.cancel('gather msg'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args, log)
    print(g.cancel())

    # A cancelled child with return_exceptions gives a CancelledError result.
    log = []
    t1 = asyncio.create_task(sleeper('c1', 10, log))
    t2 = asyncio.create_task(sleeper('c2', 0, log))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel('child msg')
    print([repr(r) for r in await g])
    # Without return_exceptions, a cancelled child cancels the gather.
    t1 = asyncio.create_task(sleeper('c3', 10, log))
    g = asyncio.gather(t1)
    await asyncio.sleep(0)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather of a cancelled child raises CancelledError', g.cancelled())
    try:
        asyncio.gather(1)
    except TypeError as e:
        print(type(e).__name__, e)


async def shielding():
    log = []
    inner = asyncio.create_task(sleeper('shielded', 0.02, log))

    async def waiter():
        return await asyncio.shield(inner)

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('waiter cancelled; inner done?', inner.done())
    print(await inner, log)
    done = asyncio.get_running_loop().create_future()
    done.set_result(3)
    print(asyncio.shield(done) is done)
    print(await asyncio.shield(sleeper('coro', 0, [])))
    # Cancelling the inner task cancels the shield too.
    inner = asyncio.create_task(sleeper('in', 10, []))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled:', outer.cancelled())


async def waiting():
    log = []
    names = lambda fs: sorted(t.get_name() for t in fs)
    mk = lambda name, d: asyncio.create_task(sleeper(name, d, log), name=name)
    ts = [mk('w1', 0.01), mk('w2', 0.05), mk('w3', 0.1)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.02)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending))
    t_fail = asyncio.create_task(fail('boom', 0.01), name='fail')
    t_slow = mk('slow', 0.5)
    done, pending = await asyncio.wait([t_fail, t_slow], return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), repr(t_fail.exception()))
    t_slow.cancel()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    coro = sleeper('x', 0, [])
    for bad in ([], t_slow, [coro]):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    coro.close()
    try:
        await asyncio.wait(ts, return_when='bogus')
    except ValueError as e:
        print(type(e).__name__, e)
    coro = sleeper('x', 0, [])
    try:
        await asyncio.wait(coro)
    except TypeError as e:
        print(type(e).__name__, e)
    coro.close()


async def waiting_for():
    log = []
    print(await asyncio.wait_for(sleeper('quick', 0, log), 1))
    try:
        await asyncio.wait_for(sleeper('slow', 1, log), 0.01)
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__)
    print(log)
    print(await asyncio.wait_for(sleeper('none', 0.001, []), None))
    t = asyncio.create_task(sleeper('zero', 1, []))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print('timeout 0: cancelled', t.cancelled())
    f = asyncio.get_running_loop().create_future()
    f.set_result('done future')
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(fail('inner fail'), 1)
    except ValueError as e:
        print('ValueError', e)


async def completing():
    log = []
    aws = [sleeper('c', 0.03, log), sleeper('a', 0.01, log), sleeper('b', 0.02, log)]
    for coro in asyncio.as_completed(aws):
        print('as_completed', await coro)
    tasks = [asyncio.create_task(sleeper(n, d, log), name=n) for n, d in
             (('y', 0.02), ('x', 0.01))]
    async for t in asyncio.as_completed(tasks):
        print('async for', t.get_name(), t is tasks[0] or t is tasks[1], t.result())
    try:
        for coro in asyncio.as_completed([sleeper('t', 1, log)], timeout=0.01):
            await coro
    except TimeoutError as e:
        print('as_completed timeout', repr(e))
    for bad in (asyncio.get_running_loop().create_future(), ):
        try:
            asyncio.as_completed(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    print(list(asyncio.as_completed([])))


async def registry():
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    t = asyncio.create_task(asyncio.sleep(0.01), name='other')
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    await t
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    print(asyncio.current_task(loop) is me)
    other = asyncio.new_event_loop()
    print(asyncio.current_task(other), asyncio.all_tasks(other))
    other.close()
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut)
    t = asyncio.ensure_future(asyncio.sleep(0, 'ensured'))
    print(type(t).__name__, await t)

    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'custom awaitable'

    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print(type(e).__name__, e)
    print(asyncio.iscoroutine(t.get_coro()), asyncio.iscoroutine(registry),
          asyncio.iscoroutinefunction(registry), asyncio.iscoroutinefunction(print))


async def eager():
    loop = asyncio.get_running_loop()
    order = []

    async def child(n):
        order.append(f'child {n} start')
        await asyncio.sleep(0)
        order.append(f'child {n} end')
        return n

    async def instant():
        order.append('instant runs')
        return 'instant'

    loop.set_task_factory(asyncio.eager_task_factory)
    print(loop.get_task_factory() is asyncio.eager_task_factory)
    t1 = asyncio.create_task(child(1))
    order.append('after create 1')
    t2 = loop.create_task(instant(), name='eager-instant')
    order.append(f'instant done at creation: {t2.done()}')
    print(repr(t2))
    print(await t1, await t2, t2.get_name())
    loop.set_task_factory(None)
    t3 = asyncio.create_task(child(3))
    order.append('after create 3')
    await t3
    print('\n'.join(order))

    created = []

    def factory(loop, coro, **kwargs):
        created.append(sorted(kwargs))
        return asyncio.Task(coro, loop=loop, **kwargs)

    loop.set_task_factory(factory)
    t = asyncio.create_task(instant(), name='named')
    print(t.get_name(), await t, created)
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print(type(e).__name__, e)

    class MyTask(asyncio.Task):
        pass

    loop.set_task_factory(asyncio.create_eager_task_factory(MyTask))
    t = asyncio.create_task(child(4), name='mine')
    print(type(t).__name__, t.get_name(), await t)
    loop.set_task_factory(None)


async def bad_yields():
    import types

    @types.coroutine
    def yield_value(v):
        yield v

    for v in (123, 'text'):
        t = asyncio.create_task(_wrap(yield_value(v)))
        try:
            await t
        except RuntimeError as e:
            print(type(e).__name__, str(e).split(':')[0])

    async def await_self():
        await asyncio.current_task()

    try:
        await asyncio.create_task(await_self())
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(':')[0])


async def _wrap(aw):
    return await aw


async def task_number():
    print('next task:', asyncio.current_task().get_name())


for main in (cancellation, gathering, shielding, waiting, waiting_for, completing, registry,
             eager, bad_yields):
    print(f'--- {main.__name__}')
    asyncio.run(main())
    asyncio.run(task_number())
