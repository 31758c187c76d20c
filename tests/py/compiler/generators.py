# Generators: send, throw, close, yield from, return values, StopIteration rules.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"

g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def delegating():
    r = yield from counter(2)
    print("inner returned", r)
    yield "end"

print(list(delegating()))

def catcher():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("gen finally")

c = catcher()
print(next(c), c.throw(ValueError("boom")))
c.close()

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
cl = closer()
next(cl)
cl.close()

def raises_stop():
    yield 1
    raise StopIteration("bad")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def delegate_throw():
    yield from catcher()
dt = delegate_throw()
print(next(dt), dt.throw(ValueError("via delegate")))
dt.close()

gen_exp = (x * 2 for x in range(3))
print(list(gen_exp), list(gen_exp))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))

def gen_with_locals():
    x = yield
    y = yield x * 2
    yield x + y
gl = gen_with_locals()
next(gl)
print(gl.send(5), gl.send(7))

def empty_gen():
    return
    yield
print(list(empty_gen()))

try:
    g2 = counter(1)
    g2.send("x")
except TypeError as e:
    print(type(e).__name__, e)

lam = lambda: (yield 5)
print(list(lam()))
