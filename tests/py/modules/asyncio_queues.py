# asyncio queues: FIFO, priority and LIFO order, blocking put/get, join, shutdown.
import asyncio


async def basics():
    q = asyncio.Queue()
    print(str(q), q.qsize(), q.maxsize, q.empty(), q.full())
    for i in range(3):
        q.put_nowait(i)
    print(str(q), q.qsize())
    print([q.get_nowait() for _ in range(3)], str(q))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(e))
    bq = asyncio.Queue(maxsize=2)
    await bq.put('a')
    await bq.put('b')
    print(bq.full(), str(bq))
    try:
        bq.put_nowait('c')
    except asyncio.QueueFull as e:
        print(type(e).__name__, repr(e))
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        pq.put_nowait(item)
    print(str(pq), [pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in 'xyz':
        lq.put_nowait(item)
    print(str(lq), [lq.get_nowait() for _ in range(3)])
    print(asyncio.Queue[int], repr(q).startswith('<Queue at 0x'))
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)


async def producer_consumer():
    q = asyncio.Queue(maxsize=2)
    log = []

    async def producer():
        for i in range(5):
            log.append(f'put {i}')
            await q.put(i)
        log.append('producer done')

    async def consumer(name):
        while True:
            item = await q.get()
            log.append(f'{name} got {item}')
            await asyncio.sleep(0)
            q.task_done()

    consumers = [asyncio.create_task(consumer(n)) for n in ('A', 'B')]
    await asyncio.sleep(0)
    print(str(q))
    await producer()
    await q.join()
    log.append('joined')
    print('\n'.join(log))
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(str(q))


async def cancelled_waiters():
    q = asyncio.Queue()
    getters = [asyncio.create_task(q.get()) for _ in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    getters[0].cancel()
    q.put_nowait('only')
    await asyncio.sleep(0)
    print([g.cancelled() or g.result() if g.done() else 'pending' for g in getters])
    for g in getters[2:]:
        g.cancel()
    await asyncio.gather(*getters, return_exceptions=True)
    print(str(q))
    full = asyncio.Queue(1)
    full.put_nowait(0)
    putter = asyncio.create_task(full.put(1))
    await asyncio.sleep(0)
    print(str(full))
    print(full.get_nowait())
    await putter
    print(str(full))


async def shutdowns():
    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait(2)
    getter_q = asyncio.Queue()
    waiting = asyncio.create_task(getter_q.get())
    await asyncio.sleep(0)
    getter_q.shutdown()
    try:
        await waiting
    except asyncio.QueueShutDown as e:
        print('waiting getter:', type(e).__name__)
    q.shutdown()
    print(str(q))
    try:
        q.put_nowait(3)
    except asyncio.QueueShutDown as e:
        print('put_nowait:', type(e).__name__)
    try:
        await q.put(3)
    except asyncio.QueueShutDown as e:
        print('put:', type(e).__name__)
    print(await q.get(), q.get_nowait())
    try:
        await q.get()
    except asyncio.QueueShutDown:
        print('get on empty shut-down queue')
    try:
        q.get_nowait()
    except asyncio.QueueShutDown:
        print('get_nowait on empty shut-down queue')
    q2 = asyncio.Queue(1)
    q2.put_nowait('x')
    putter = asyncio.create_task(q2.put('y'))
    joiner = asyncio.create_task(q2.join())
    await asyncio.sleep(0)
    q2.shutdown(immediate=True)
    for r in await asyncio.gather(putter, joiner, return_exceptions=True):
        print(type(r).__name__)
    print(str(q2), q2.qsize())
    print(issubclass(asyncio.QueueShutDown, Exception))


for main in (basics, producer_consumer, cancelled_waiters, shutdowns):
    print(f'--- {main.__name__}')
    asyncio.run(main())
