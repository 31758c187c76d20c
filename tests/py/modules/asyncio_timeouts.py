# asyncio.timeout/timeout_at/Timeout and TaskGroup, with their exception semantics.
import asyncio


def strip_when(r):
    return r.split(' when=')[0] + ('>' if ' when=' in r else '')


async def timeouts():
    async with asyncio.timeout(1) as cm:
        print(type(cm).__name__, strip_when(repr(cm)), cm.expired())
        await asyncio.sleep(0)
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__, cm.expired(), repr(cm))
    print('cancelling after timeout:', asyncio.current_task().cancelling())
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(None)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at expired', cm.expired())
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print('rescheduled into the past expires at once')
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print('rescheduled to never', cm.expired())
    # Another exception raised while the timeout cancels keeps it, with TimeoutError
    # put into its context chain.
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                raise KeyError('cleanup')
    except KeyError as e:
        ctx = e.__context__
        print('KeyError', repr(ctx), type(ctx.__cause__).__name__)
    cm = asyncio.timeout(1)
    for call in (lambda: cm.reschedule(1), ):
        try:
            call()
        except RuntimeError as e:
            print(type(e).__name__, e)
    async with cm:
        pass
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
    # An outer cancellation wins over the timeout.
    async def victim():
        async with asyncio.timeout(0.01):
            asyncio.current_task().cancel()
            await asyncio.sleep(1)

    t = asyncio.create_task(victim())
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancel is not turned into TimeoutError', t.cancelled())
    # Nested timeouts: the inner one fires first.
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner fired', inner.expired(), outer.expired())
            await asyncio.sleep(0)
    except TimeoutError:
        print('outer fired')


def timeout_outside_task():
    async def main():
        pass

    loop = asyncio.new_event_loop()

    async def use():
        async with asyncio.timeout(1):
            pass

    def cb():
        coro = use()
        try:
            coro.send(None)
        except RuntimeError as e:
            print(type(e).__name__, e)
        coro.close()
        loop.stop()

    loop.call_soon(cb)
    loop.run_forever()
    loop.close()


async def groups():
    log = []

    async def job(name, delay, fail=None):
        try:
            await asyncio.sleep(delay)
        except asyncio.CancelledError:
            log.append(f'{name} cancelled')
            raise
        if fail:
            raise fail
        log.append(f'{name} done')
        return name

    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        t1 = tg.create_task(job('a', 0.01))
        t2 = tg.create_task(job('b', 0), name='bee')
        print(repr(tg), t2.get_name())
    print(repr(tg), t1.result(), t2.result(), log)

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('ok', 0.05))
            tg.create_task(job('bad', 0.01, ValueError('v')))
            tg.create_task(job('bad2', 0.01, TypeError('t')))
            await asyncio.sleep(1)
            log.append('not reached')
    except* ValueError as eg:
        print('ValueError group', repr(eg), [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print('TypeError group', [repr(e) for e in eg.exceptions])
    print(sorted(log), asyncio.current_task().cancelling())

    # An error in the body cancels the tasks and joins the group's errors.
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('long', 1))
            raise RuntimeError('body')
    except ExceptionGroup as eg:
        print(eg, [repr(e) for e in eg.exceptions], log)

    # SystemExit and KeyboardInterrupt are raised as they are.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('exit', 0, SystemExit(3)))
            tg.create_task(job('other', 1))
    except SystemExit as e:
        print('SystemExit', e.code)

    # Cancelling the parent from outside cancels the group's tasks.
    log.clear()

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('p1', 1))
            tg.create_task(job('p2', 1))
            await asyncio.sleep(1)

    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled', sorted(log), p.cancelled())

    tg = asyncio.TaskGroup()
    coro = job('x', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    async with tg:
        pass
    coro = job('y', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
    # Creating a task while the group is shutting down.
    try:
        async with asyncio.TaskGroup() as tg:
            async def late():
                await asyncio.sleep(0)
                coro = job('late', 0)
                try:
                    tg.create_task(coro)
                except RuntimeError as e:
                    print(type(e).__name__, str(e).split(' is ')[1])

            tg.create_task(job('boom', 0, ValueError('boom')))
            tg.create_task(late())
    except ExceptionGroup as eg:
        print(eg.exceptions)
    # Tasks of a group with an eager task factory.
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)

    async def instant(v):
        return v

    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(instant(5))
        print('eager in group done:', t.done(), repr(tg))
    loop.set_task_factory(None)
    print(t.result())


asyncio.run(timeouts())
timeout_outside_task()
asyncio.run(groups())
