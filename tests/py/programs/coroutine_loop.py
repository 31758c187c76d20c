"""A tiny cooperative event loop: async/await on custom awaitables, generator-based
coroutines with send/throw/close, yield from return values, async iterators and
async context managers."""
import heapq
import itertools
from collections import deque


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)


class Cancelled(Exception):
    pass


class Task:
    _ids = itertools.count(1)

    def __init__(self, coro, name):
        self.coro = coro
        self.name = name
        self.id = next(Task._ids)
        self.result = None
        self.exception = None
        self.done = False
        self.waiters = []

    def __await__(self):
        if not self.done:
            yield ("join", self)
        if self.exception is not None:
            raise self.exception
        return self.result

    def __repr__(self):
        state = "done" if self.done else "pending"
        return f"<Task {self.id} {self.name} {state}>"


class Loop:
    def __init__(self):
        self.clock = 0
        self.ready = deque()
        self.sleeping = []
        self.seq = itertools.count()
        self.trace = []

    def spawn(self, coro, name=None):
        task = Task(coro, name or coro.__name__)
        self.ready.append((task, None, None))
        return task

    def cancel(self, task):
        self.ready.append((task, None, Cancelled(f"{task.name} cancelled at t={self.clock}")))

    def _finish(self, task, result=None, exc=None):
        task.done, task.result, task.exception = True, result, exc
        for waiter in task.waiters:
            self.ready.append((waiter, None, None))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.clock, _, task = heapq.heappop(self.sleeping)
                self.ready.append((task, None, None))
                continue
            task, value, exc = self.ready.popleft()
            if task.done:
                continue
            try:
                if exc is not None:
                    request = task.coro.throw(exc)
                else:
                    request = task.coro.send(value)
            except StopIteration as stop:
                self.trace.append(f"t={self.clock} {task.name} returned {stop.value!r}")
                self._finish(task, result=stop.value)
                continue
            except Exception as err:
                self.trace.append(f"t={self.clock} {task.name} raised {type(err).__name__}: {err}")
                self._finish(task, exc=err)
                continue
            match request:
                case ("sleep", ticks):
                    heapq.heappush(self.sleeping, (self.clock + ticks, next(self.seq), task))
                case ("join", other):
                    other.waiters.append(task)
                case _:
                    raise RuntimeError(f"bad request {request!r}")


class Channel:
    def __init__(self):
        self.items = deque()
        self.closed = False

    async def get(self):
        while not self.items:
            if self.closed:
                raise StopAsyncIteration
            await Sleep(1)
        return self.items.popleft()

    def __aiter__(self):
        return self

    async def __anext__(self):
        return await self.get()


class Resource:
    log = []

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        Resource.log.append(f"open {self.name}")
        await Sleep(1)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        Resource.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return exc_type is KeyError


async def producer(ch, n):
    for i in range(n):
        ch.items.append(i * i)
        await Sleep(2)
    ch.closed = True
    return n


async def consumer(ch, name):
    got = []
    async for item in ch:
        got.append(item)
    return got


async def worker(name, ticks):
    async with Resource(name) as res:
        await Sleep(ticks)
        if name == "bad":
            raise KeyError(name)
        if name == "worse":
            raise ValueError(name)
    return f"{res.name} finished"


async def forever():
    n = 0
    try:
        while True:
            await Sleep(3)
            n += 1
    except Cancelled:
        return f"stopped after {n} loops"


async def supervisor(loop):
    ch = Channel()
    p = loop.spawn(producer(ch, 4), "producer")
    c = loop.spawn(consumer(ch, "c1"), "consumer")
    w = [loop.spawn(worker(n, t), f"worker-{n}") for n, t in [("a", 2), ("bad", 1), ("worse", 3)]]
    f = loop.spawn(forever(), "forever")
    results = {"produced": await p, "consumed": await c}
    for task in w:
        try:
            results[task.name] = await task
        except ValueError as exc:
            results[task.name] = f"failed: {exc!r}"
    loop.cancel(f)
    results["forever"] = await f
    return results


def averager():
    """Classic generator coroutine: send numbers, get running average."""
    total, count, avg = 0.0, 0, None
    try:
        while True:
            try:
                value = yield avg
            except ValueError as exc:
                avg = f"rejected ({exc})"
                continue
            total += value
            count += 1
            avg = total / count
    finally:
        print(f"  averager closing after {count} values")


def delegator(results):
    while True:
        value = yield from summing()
        results.append(value)


def summing():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x


loop = Loop()
main = loop.spawn(supervisor(loop), "supervisor")
loop.run()
print("final clock:", loop.clock)
for line in loop.trace:
    print(" ", line)
print("supervisor result:")
for k, v in main.result.items():
    print(f"  {k:<14} {v!r}")
print("resource log:", Resource.log)

print("generator coroutine:")
avg = averager()
print(" ", next(avg), avg.send(10), avg.send(20), avg.throw(ValueError("bad input")), avg.send(60))
avg.close()
print("  closed:", avg.gi_frame is None)
try:
    avg.send(1)
except StopIteration:
    print("  StopIteration after close")

results = []
d = delegator(results)
next(d)
for batch in ([1, 2, 3], [10, 20], []):
    for x in batch:
        d.send(x)
    d.send(None)
print("yield from returns:", results)

async def simple():
    return 42
coro = simple()
print(type(coro).__name__, simple.__name__)
try:
    coro.send(None)
except StopIteration as exc:
    print("coroutine returned", exc.value)
gen = (x * 2 for x in range(3))
print(list(gen), gen.gi_running, type(gen).__name__)
