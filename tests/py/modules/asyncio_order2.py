# More asyncio scheduling orders: task groups, nested cancellation, semaphores under
# cancellation, done callbacks and futures resolved from callbacks.
import asyncio

log = []


def say(*args):
    log.append(' '.join(str(a) for a in args))


async def step(name, n, fail_at=None):
    try:
        for i in range(n):
            if i == fail_at:
                say(name, 'fails')
                raise ValueError(name)
            say(name, i)
            await asyncio.sleep(0)
        return name
    except asyncio.CancelledError:
        say(name, 'cancelled')
        raise
    finally:
        say(name, 'finally')


async def scenario_taskgroup():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step('t1', 5))
            tg.create_task(step('t2', 5, fail_at=2))
            tg.create_task(step('t3', 1))
            say('body done')
    except ExceptionGroup as eg:
        say('group', repr(eg.exceptions))
    async with asyncio.TaskGroup() as tg:
        for i in range(3):
            tg.create_task(step(f'n{i}', 2 - i))
        await asyncio.sleep(0)
        say('body after sleep')
    say('second group done')


async def scenario_nested_cancel():
    async def outer():
        try:
            return await asyncio.gather(step('g1', 10), step('g2', 10))
        except asyncio.CancelledError:
            say('outer sees cancel')
            raise

    t = asyncio.create_task(outer())
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    say('cancel called')
    try:
        await t
    except asyncio.CancelledError:
        say('outer cancelled', t.cancelled())

    inner = asyncio.create_task(step('shielded', 4))

    async def shielder():
        try:
            await asyncio.shield(inner)
        except asyncio.CancelledError:
            say('shielder cancelled')
            raise

    s = asyncio.create_task(shielder())
    await asyncio.sleep(0)
    s.cancel()
    await asyncio.gather(s, return_exceptions=True)
    say('inner still running:', not inner.done())
    await inner
    say('inner result', inner.result())


async def scenario_semaphore():
    sem = asyncio.Semaphore(1)

    async def user(n):
        try:
            async with sem:
                say('in', n)
                await asyncio.sleep(0)
                await asyncio.sleep(0)
                say('out', n)
        except asyncio.CancelledError:
            say('cancelled waiting', n)
            raise

    ts = [asyncio.create_task(user(i)) for i in range(4)]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    say('semaphore value', sem._value)


async def scenario_futures():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()

    def resolve_f2(fut):
        say('f1 callback, resolving f2')
        f2.set_result(fut.result() + 1)

    f1.add_done_callback(resolve_f2)
    f2.add_done_callback(lambda fut: say('f2 callback', fut.result()))

    async def waiter(name, fut):
        say(name, 'waiting')
        say(name, 'got', await fut)

    ts = [asyncio.create_task(waiter('w1', f1)), asyncio.create_task(waiter('w2', f2)),
          asyncio.create_task(waiter('w3', f1))]
    await asyncio.sleep(0)
    loop.call_soon(f1.set_result, 1)
    say('scheduled f1')
    await asyncio.gather(*ts)
    say('futures done')


for scenario in (scenario_taskgroup, scenario_nested_cancel, scenario_semaphore,
                 scenario_futures):
    log.clear()
    asyncio.run(scenario())
    print(f'--- {scenario.__name__}')
    print('\n'.join(log))
