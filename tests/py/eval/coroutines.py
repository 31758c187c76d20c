# Coroutines driven by hand (no event loop): await chains, send/throw, __await__,
# the "never awaited" and "already awaited" behaviours.
class Future:
    def __init__(self):
        self.result = None
    def __await__(self):
        value = yield self
        return value

async def leaf(tag):
    got = await Future()
    return f"{tag}:{got}"

async def middle():
    a = await leaf("a")
    b = await leaf("b")
    return [a, b]

def run(coro, values):
    it = iter(values)
    try:
        fut = coro.send(None)
        while True:
            print("suspended on", type(fut).__name__)
            fut = coro.send(next(it))
    except StopIteration as e:
        return e.value

print(run(middle(), [1, 2]))

async def failing():
    await Future()
    raise ValueError("async failure")

c = failing()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("raised:", e)

async def catcher():
    try:
        await Future()
    except KeyError as e:
        return "handled " + repr(e)

c = catcher()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

async def simple():
    return 42
s = simple()
print(type(s).__name__, s.__name__, s.__qualname__)
try:
    s.send(None)
except StopIteration as e:
    print("simple", e.value)
try:
    s.send(None)
except RuntimeError as e:
    print(e)

async def awaits_coro():
    return await simple() + 1
print(run(awaits_coro(), []))

class Awaitable:
    def __await__(self):
        return iter([1, 2])
async def awaits_custom():
    return await Awaitable()
print(run(awaits_custom(), [None, None]))

async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print(e)

w = simple().__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("via wrapper", e.value)

c = simple()
c.close()
print("closed unstarted coroutine")
