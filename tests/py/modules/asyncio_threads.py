# asyncio with threads: to_thread, run_in_executor, call_soon_threadsafe,
# run_coroutine_threadsafe, wrap_future, and a loop woken from another thread.
import asyncio
import concurrent.futures
import contextvars
import threading
import time

var = contextvars.ContextVar('var', default='unset')


def blocking(x, y=1):
    time.sleep(0.01)
    return (x + y, var.get(), threading.current_thread() is threading.main_thread())


def raising():
    raise KeyError('from thread')


async def executors():
    var.set('main value')
    print(await asyncio.to_thread(blocking, 2, y=3))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 5))
    try:
        await asyncio.to_thread(raising)
    except KeyError as e:
        print('KeyError', e)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as ex:
        fut = loop.run_in_executor(ex, blocking, 10)
        print(type(fut).__name__, asyncio.isfuture(fut), await fut)
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(4)))
    print([r[0] for r in results])
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print(type(e).__name__, e)
    loop.set_default_executor(concurrent.futures.ThreadPoolExecutor(max_workers=2))
    print((await asyncio.to_thread(blocking, 0))[0])


async def wrapping():
    loop = asyncio.get_running_loop()
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(asyncio.wrap_future(af) is af, af.done())
    threading.Timer(0.01, cf.set_result, ('from cf',)).start()
    print(await af)
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    af.cancel()
    await asyncio.sleep(0)
    print('cancel propagates:', cf.cancelled())
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf, loop=loop)
    cf.set_exception(ValueError('cf error'))
    try:
        await af
    except ValueError as e:
        print('ValueError', e)
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    cf.cancel()
    try:
        await af
    except asyncio.CancelledError as e:
        print('concurrent cancel becomes', type(e).__module__, type(e).__name__)


def threadsafe():
    loop = asyncio.new_event_loop()
    log = []

    def from_thread():
        time.sleep(0.02)
        loop.call_soon_threadsafe(log.append, 'threadsafe call')
        time.sleep(0.02)
        loop.call_soon_threadsafe(loop.stop)

    t = threading.Thread(target=from_thread)
    t.start()
    start = time.monotonic()
    loop.run_forever()  # nothing scheduled: the loop sleeps until woken
    t.join()
    print(log, time.monotonic() - start < 5)

    async def compute(x):
        await asyncio.sleep(0.01)
        if x < 0:
            raise ValueError('negative')
        return x * 2

    results = []

    def submitter():
        f = asyncio.run_coroutine_threadsafe(compute(21), loop)
        results.append(type(f).__name__)
        results.append(f.result(timeout=5))
        f = asyncio.run_coroutine_threadsafe(compute(-1), loop)
        try:
            f.result(timeout=5)
        except ValueError as e:
            results.append(f'ValueError {e}')
        f = asyncio.run_coroutine_threadsafe(asyncio.sleep(10), loop)
        time.sleep(0.01)
        f.cancel()
        time.sleep(0.01)
        results.append(f'cancelled {f.cancelled()}')
        loop.call_soon_threadsafe(loop.stop)

    t = threading.Thread(target=submitter)
    t.start()
    loop.run_forever()
    t.join()
    print(results)
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print(type(e).__name__, e)
    # Handles made by call_soon_threadsafe can be cancelled.
    h = loop.call_soon_threadsafe(log.append, 'never')
    h.cancel()
    loop.call_soon(loop.stop)
    loop.run_forever()
    print(log, h.cancelled())
    loop.run_until_complete(loop.shutdown_default_executor())
    try:
        loop.run_in_executor(None, print)
    except RuntimeError as e:
        print(type(e).__name__, e)
    loop.close()


def loop_per_thread():
    out = []

    def worker():
        try:
            asyncio.get_event_loop()
        except RuntimeError as e:
            out.append(str(e).replace(threading.current_thread().name, 'NAME'))
        out.append(asyncio.run(asyncio.sleep(0, 'ran in thread')))

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    print(out)


asyncio.run(executors())
asyncio.run(wrapping())
threadsafe()
loop_per_thread()
