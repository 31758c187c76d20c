# asyncio scheduling order: interleavings of tasks, callbacks and timers must be the
# same step for step.
import asyncio

log = []


def say(*args):
    log.append(' '.join(str(a) for a in args))


async def chatter(name, n):
    for i in range(n):
        say(name, i)
        await asyncio.sleep(0)
    return name


async def awaits_task(name, other):
    say(name, 'waits for', other.get_name())
    r = await other
    say(name, 'got', r)
    return r


async def scenario_tasks():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(chatter('a', 3), name='A')
    b = asyncio.create_task(awaits_task('b', a), name='B')
    loop.call_soon(say, 'callback 1')
    c = asyncio.create_task(chatter('c', 2), name='C')
    a.add_done_callback(lambda t: say('done cb of', t.get_name()))
    b.add_done_callback(lambda t: say('done cb of', t.get_name()))
    loop.call_soon(lambda: loop.call_soon(say, 'nested callback'))
    say('main yields')
    await asyncio.sleep(0)
    say('main back')
    await asyncio.gather(a, b, c)
    say('gathered')


async def scenario_timers():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.01
    for i in range(5):
        loop.call_at(when, say, 'same deadline', i)
    loop.call_at(when - 0.005, say, 'earlier')
    h = loop.call_at(when, say, 'cancelled')
    h.cancel()
    loop.call_soon(say, 'soon')
    await asyncio.sleep(0.02)
    say('after timers')
    # Many cancelled timers make the loop rebuild its heap.
    handles = [loop.call_later(0.01 + i * 1e-4, say, 'timer', i) for i in range(150)]
    for h in handles[:120]:
        h.cancel()
    await asyncio.sleep(0.05)
    say('after heap rebuild')


async def scenario_sync():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    q = asyncio.Queue()

    async def locker(n):
        async with lock:
            say('lock', n)
            await asyncio.sleep(0)
            await q.put(n)
        await ev.wait()
        say('event seen', n)

    async def reader():
        for _ in range(3):
            say('queue item', await q.get())
        ev.set()
        say('event set')

    await asyncio.gather(locker(1), locker(2), reader(), locker(3))
    say('sync done')


async def scenario_cancel_chain():
    async def inner():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            say('inner cancelled')
            await asyncio.sleep(0)
            say('inner cleanup done')
            raise

    async def middle():
        try:
            await inner()
        finally:
            say('middle finally')

    t = asyncio.create_task(middle())
    w = asyncio.create_task(awaits_task('watcher', t))
    await asyncio.sleep(0)
    t.cancel()
    say('cancel requested')
    try:
        await w
    except asyncio.CancelledError:
        say('watcher saw cancellation')
    # wait_for on a coroutine that finishes at once, and one that times out.
    say('wait_for ->', await asyncio.wait_for(chatter('wf', 2), 1))
    try:
        await asyncio.wait_for(awaits_task('slow', asyncio.create_task(asyncio.sleep(1), name='S')), 0.001)
    except TimeoutError:
        say('wait_for timed out')


async def scenario_eager():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    try:
        t1 = asyncio.create_task(chatter('e1', 2))
        say('created e1', t1.done())
        t2 = asyncio.create_task(asyncio.sleep(0, 'instant'))
        say('created e2', t2.done())
        r = await asyncio.gather(t1, t2, chatter('e3', 1))
        say('eager results', r)
    finally:
        loop.set_task_factory(None)


for scenario in (scenario_tasks, scenario_timers, scenario_sync, scenario_cancel_chain,
                 scenario_eager):
    log.clear()
    asyncio.run(scenario())
    print(f'--- {scenario.__name__}')
    print('\n'.join(log))
