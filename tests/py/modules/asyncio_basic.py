# asyncio basics: run, tasks and their reprs, futures, sleep ordering, loop callbacks.
import asyncio


async def worker(name, delays, log):
    for d in delays:
        log.append(f'{name} sleep {d}')
        await asyncio.sleep(d)
    log.append(f'{name} done')
    return name


async def interleave():
    log = []
    t1 = asyncio.create_task(worker('a', [0, 0, 0], log))
    t2 = asyncio.create_task(worker('b', [0, 0], log))
    t3 = asyncio.create_task(worker('c', [0.02, 0], log))
    log.append('main before await')
    await asyncio.sleep(0)
    log.append('main after sleep0')
    print(await t1, await t2, await t3)
    print('\n'.join(log))


async def reprs():
    async def child():
        await asyncio.sleep(0)
        return [1, 2, 3]

    t = asyncio.create_task(child(), name='kid')
    print(repr(t))
    print(t.get_name(), t.done(), t.cancelled(), t.get_coro().__qualname__)
    await asyncio.sleep(0)
    print(repr(t).split(' wait_for')[0])
    await t
    print(repr(t))
    t.set_name(42)
    print(repr(t.get_name()))
    t2 = asyncio.create_task(child())
    print(t2.get_name().startswith('Task-'))
    await t2
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result('x' * 100)
    print(repr(f))
    f = loop.create_future()
    f.set_result(list(range(20)))
    print(repr(f))
    f = loop.create_future()
    f.set_result({'a': 1, 'b': (1,), 'c': 'short', 'd': 4, 'e': 5})
    print(repr(f))
    f = loop.create_future()
    f.set_exception(ValueError('bad'))
    print(repr(f))
    f.exception()
    f = loop.create_future()
    f.cancel()
    print(repr(f))
    print(repr(loop))
    print(repr(asyncio.current_task()).split(' coro=')[0])


async def future_api():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.get_loop() is loop, f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    order = []
    f.add_done_callback(lambda fut: order.append(('cb1', fut.result())))
    cb2 = lambda fut: order.append('cb2')
    f.add_done_callback(cb2)
    f.add_done_callback(cb2)
    f.add_done_callback(lambda fut: order.append('cb3'))
    print(f.remove_done_callback(cb2), f.remove_done_callback(cb2))
    f.set_result(7)
    print(order, f.done(), f.result(), f.exception())
    await asyncio.sleep(0)
    print(order)
    f.add_done_callback(lambda fut: order.append('late'))
    print(order)
    await asyncio.sleep(0)
    print(order)
    for call in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    print(f.cancel())

    f = loop.create_future()
    f.set_exception(KeyError)
    print(repr(f.exception()))
    try:
        f.result()
    except KeyError as e:
        print('raised', repr(e))
    for bad in (1, 'x'):
        try:
            loop.create_future().set_exception(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    f = loop.create_future()
    f.set_exception(StopIteration(3))
    e = f.exception()
    print(type(e).__name__, e, type(e.__cause__).__name__)

    f = loop.create_future()
    print(f.cancel('why'), f.cancel(), f.cancelled(), f.done())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)

    f = loop.create_future()
    loop.call_soon(f.set_result, 'later')
    print(await f)
    f = asyncio.Future()
    print(f.get_loop() is loop)
    print(asyncio.isfuture(f), asyncio.isfuture(1), asyncio.isfuture(asyncio.Future))
    it = iter(loop.create_future())
    print(next(it).done())
    print(asyncio.Future[int])


async def sleep_results():
    print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(0.001, result=5))
    print(await asyncio.sleep(-1, 'neg'))
    try:
        await asyncio.sleep(float('nan'))
    except ValueError as e:
        print(type(e).__name__, e)


def loop_callbacks():
    loop = asyncio.new_event_loop()
    out = []
    loop.call_soon(out.append, 1)
    h = loop.call_soon(out.append, 2)
    loop.call_soon(lambda: loop.call_soon(out.append, 'nested'))
    loop.call_soon(out.append, 3)
    h.cancel()
    print(h.cancelled(), repr(h))
    t1 = loop.call_later(0.03, out.append, 'late')
    loop.call_later(0.01, out.append, 'early')
    t3 = loop.call_at(loop.time() + 0.02, out.append, 'middle')
    t4 = loop.call_later(0.015, out.append, 'cancelled timer')
    t4.cancel()
    print(type(t1).__name__, t3.when() > loop.time(), t4.cancelled())
    loop.call_later(0.05, loop.stop)
    print(loop.is_running(), loop.is_closed())
    loop.run_forever()
    print(out)
    print(loop.run_until_complete(asyncio.sleep(0, 'ruc')))
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'fut result')
    print(loop.run_until_complete(fut))

    async def failing():
        raise ValueError('inside')

    try:
        loop.run_until_complete(failing())
    except ValueError as e:
        print('run_until_complete raised', e)
    fut = loop.create_future()
    loop.call_soon(loop.stop)
    try:
        loop.run_until_complete(fut)
    except RuntimeError as e:
        print(type(e).__name__, e)
    for bad in (lambda: loop.call_later(None, print), lambda: loop.call_at(None, print)):
        try:
            bad()
        except TypeError as e:
            print(type(e).__name__, e)

    def cb():
        print('inside callback running:', loop.is_running(),
              asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)
        try:
            loop.run_forever()
        except RuntimeError as e:
            print(type(e).__name__, e)
        try:
            loop.close()
        except RuntimeError as e:
            print(type(e).__name__, e)
        loop.stop()

    loop.call_soon(cb)
    loop.run_forever()
    loop.close()
    loop.close()
    print(loop.is_closed(), repr(loop))
    coro = sleep_results()
    for call in (lambda: loop.call_soon(print), lambda: loop.run_forever(),
                 lambda: loop.call_later(1, print), lambda: loop.create_task(coro)):
        try:
            call()
        except RuntimeError as e:
            print(type(e).__name__, e)
    coro.close()


def event_loop_functions():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(asyncio._get_running_loop())
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print(asyncio.get_event_loop() is loop)
    asyncio.set_event_loop(None)
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        asyncio.set_event_loop(5)
    except TypeError as e:
        print(type(e).__name__, e)
    loop.close()
    policy = asyncio.get_event_loop_policy()
    print(isinstance(policy, asyncio.AbstractEventLoopPolicy),
          isinstance(asyncio.new_event_loop(), asyncio.AbstractEventLoop))
    print(type(asyncio.new_event_loop()).__name__, issubclass(asyncio.SelectorEventLoop,
                                                                 asyncio.BaseEventLoop))


async def main_returning():
    await asyncio.sleep(0)
    return 'main result'


asyncio.run(interleave())
asyncio.run(reprs())
asyncio.run(future_api())
asyncio.run(sleep_results())
loop_callbacks()
event_loop_functions()
print(asyncio.run(main_returning()))
print(asyncio.run(main_returning(), debug=True))
try:
    asyncio.run(42)
except ValueError as e:
    print(type(e).__name__, e)


async def nested():
    coro = main_returning()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    coro.close()

asyncio.run(nested())
with asyncio.Runner() as runner:
    print(runner.run(main_returning()))
    print(runner.run(sleep_results()))
    print(type(runner.get_loop()).__name__)
coro = main_returning()
try:
    runner.run(coro)
except RuntimeError as e:
    print(type(e).__name__, e)
coro.close()
