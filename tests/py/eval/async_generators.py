# Async generators: async for, asend/athrow/aclose awaitables, GeneratorExit and
# StopAsyncIteration rules, comprehensions and generator expressions, and the
# sys.set_asyncgen_hooks firstiter/finalizer hooks; driven without an event loop.
import types
def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)

def run(coro):
    # A minimal driver: no event loop, awaits of plain values are passed through.
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

@types.coroutine
def sleep0():
    yield

async def agen(n):
    for i in range(n):
        await sleep0()
        yield i
    await sleep0()

async def collect(ag):
    return [x async for x in ag]

print(run(collect(agen(3))))
ag = agen(2)
print(type(ag).__name__, ag.__name__, ag.__qualname__, ag.ag_running, ag.ag_code.co_name, ag.ag_await)

async def stepping():
    ag = agen(2)
    r = []
    r.append(await ag.__anext__())
    r.append(await ag.asend(None))
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        r.append('stop')
    return r
print(run(stepping()))

async def sender():
    x = yield 1
    yield x * 10
async def use_sender():
    g = sender()
    a = await g.asend(None)
    b = await g.asend(5)
    return a, b
print(run(use_sender()))

async def closing():
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')
async def use_close():
    g = closing()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('closed stop')
run(use_close())

async def catcher():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)
async def use_athrow():
    g = catcher()
    await g.__anext__()
    return await g.athrow(ValueError('boom'))
print(run(use_athrow()))

async def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def use_bad_close():
    g = bad_close()
    await g.__anext__()
    await g.aclose()
t(lambda: run(use_bad_close()))

async def raises_stop():
    yield 1
    raise StopAsyncIteration
async def use_raises():
    return [x async for x in raises_stop()]
t(lambda: run(use_raises()))

aw = agen(1).__anext__()
t(lambda: run(aw))
t(lambda: aw.send(None))
async def comp():
    return [i * 2 async for i in agen(3) if i]
print(run(comp()))
async def ag_expr():
    g = (i async for i in agen(2))
    print(type(g).__name__)
    return [x async for x in g]
print(run(ag_expr()))
t(lambda: repr(agen(1)).split(' at ')[0])
async def empty():
    return
    yield
t(lambda: run(collect(empty())))
import sys
print(sys.get_asyncgen_hooks())
t(lambda: sys.set_asyncgen_hooks(firstiter=1))
t(lambda: sys.set_asyncgen_hooks(finalizer=1))
seen = []
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(('first', g.__name__)), finalizer=lambda g: seen.append(('final', g.__name__)))
h = agen(2)
t(lambda: run(h.__anext__()))
del h
print(seen)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
