# asyncio synchronisation primitives: Lock, Event, Condition, Semaphore,
# BoundedSemaphore, Barrier, with the order in which tasks get through.
import asyncio
import re


def state(obj):
    # The repr without the address: "<asyncio.locks.Lock object at 0x...> [extra]"
    return re.sub(r' at 0x[0-9a-f]+', '', repr(obj))


async def locks():
    lock = asyncio.Lock()
    log = []
    print(state(lock), lock.locked())

    async def user(n, hold):
        log.append(f'{n} wants')
        async with lock as value:
            log.append(f'{n} has it ({value})')
            await asyncio.sleep(hold)
        log.append(f'{n} released')

    ts = [asyncio.create_task(user(i, 0.001 * (3 - i))) for i in range(3)]
    await asyncio.sleep(0)
    print(state(lock))
    await asyncio.gather(*ts)
    print('\n'.join(log))
    print(state(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(await lock.acquire(), lock.locked())
    # A waiter cancelled while queued gives its turn to the next one.
    log.clear()
    t1 = asyncio.create_task(user('x', 0))
    t2 = asyncio.create_task(user('y', 0))
    await asyncio.sleep(0)
    t1.cancel()
    lock.release()
    await asyncio.gather(t1, t2, return_exceptions=True)
    print(log, t1.cancelled(), lock.locked())
    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print(type(e).__name__)


async def events():
    ev = asyncio.Event()
    print(state(ev), ev.is_set())
    log = []

    async def waiter(n):
        log.append(f'{n} waits')
        r = await ev.wait()
        log.append(f'{n} woke {r}')

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(ev))
    ev.set()
    ev.set()
    print(state(ev))
    await asyncio.gather(*ts)
    print(log)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), state(ev))


async def conditions():
    cond = asyncio.Condition()
    log = []
    items = []

    async def consumer(n):
        async with cond:
            log.append(f'c{n} waiting')
            await cond.wait_for(lambda: items)
            log.append(f'c{n} got {items.pop(0)}')

    async def producer():
        for i in range(3):
            await asyncio.sleep(0)
            async with cond:
                items.append(i)
                log.append(f'produced {i}')
                cond.notify()

    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(cond))
    await asyncio.gather(producer(), *cs)
    print('\n'.join(log))

    log.clear()

    async def sleeper(n):
        async with cond:
            r = await cond.wait()
            log.append(f'w{n} notified {r}')

    ws = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print(log)
    for call in (cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as e:
            print(type(e).__name__, e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)
    lock = asyncio.Lock()
    cond2 = asyncio.Condition(lock)
    async with lock:
        print(cond2.locked(), state(cond2))
    # A waiter cancelled while waiting holds the lock again when it sees the error.
    async def cancelled_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                log.append(f'cancelled, lock held: {cond.locked()}')
                raise

    log.clear()
    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log)


async def semaphores():
    sem = asyncio.Semaphore(2)
    print(state(sem), sem.locked())
    log = []

    async def user(n):
        async with sem:
            log.append(f'{n} in')
            await asyncio.sleep(0.001)
            log.append(f'{n} out')

    await asyncio.gather(*(user(i) for i in range(5)))
    print('\n'.join(log))
    print(state(sem))
    await sem.acquire()
    await sem.acquire()
    print(state(sem), sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print(state(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(type(e).__name__, e)
    z = asyncio.Semaphore(0)
    t = asyncio.create_task(z.acquire())
    await asyncio.sleep(0)
    print(state(z))
    z.release()
    print(await t, state(z))


async def barriers():
    barrier = asyncio.Barrier(3)
    print(state(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
    log = []

    async def party(n):
        log.append(f'{n} arrives')
        idx = await barrier.wait()
        log.append(f'{n} passes with index {idx}')
        return idx

    ts = [asyncio.create_task(party(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(barrier))
    print(sorted(await asyncio.gather(*ts)))
    print('\n'.join(log))
    print(state(barrier))
    # Two rounds through the same barrier.
    print(sorted(await asyncio.gather(*(party(i) for i in range(6)))))
    # abort() breaks it for the waiters and for later arrivals.
    ts = [asyncio.create_task(party(i)) for i in range(2)]
    await asyncio.sleep(0)
    await barrier.abort()
    for r in await asyncio.gather(*ts, return_exceptions=True):
        print(type(r).__name__, r)
    print(state(barrier), barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(type(e).__name__, e)
    await barrier.reset()
    print(state(barrier))
    ts = [asyncio.create_task(party(i)) for i in range(2)]
    await asyncio.sleep(0)
    await barrier.reset()
    for r in await asyncio.gather(*ts, return_exceptions=True):
        print(type(r).__name__, r)
    async with asyncio.Barrier(1) as idx:
        print('async with index', idx)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(type(e).__name__, e)


def wrong_loop():
    lock = asyncio.Lock()

    async def hold():
        await lock.acquire()
        await lock.acquire()

    async def other():
        try:
            await lock.acquire()
        except RuntimeError as e:
            print(type(e).__name__, state(e))

    loop = asyncio.new_event_loop()
    task = loop.create_task(hold())
    loop.run_until_complete(asyncio.sleep(0.001))
    asyncio.run(other())
    task.cancel()
    loop.run_until_complete(asyncio.gather(task, return_exceptions=True))
    loop.close()


for main in (locks, events, conditions, semaphores, barriers):
    print(f'--- {main.__name__}')
    asyncio.run(main())
wrong_loop()
