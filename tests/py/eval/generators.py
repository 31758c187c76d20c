# Generators: iteration, send/throw/close, yield from, return values, finally, state.
import sys

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop value:", e.value, e.args)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("echo finally")

e = echo()
print(e.send(None), e.send("a"), e.send("b"))
e.close()
print("closed again:", e.close())

g = echo()
try:
    g.send(1)
except TypeError as err:
    print(err)

def catcher():
    while True:
        try:
            yield
        except ValueError as err:
            print("caught in gen:", err)
            yield "recovered"

c = catcher()
next(c)
print(c.throw(ValueError("boom")))
try:
    c.throw(KeyError("k"))
except KeyError as err:
    print("propagated", repr(err))
print(c.gi_frame)

def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner result"

def outer():
    r = yield from inner()
    print("yield from returned", r)
    yield 3
    r2 = yield from [10, 20]
    print("list gave", r2)

o = outer()
print(next(o), o.send("sent"), next(o), next(o), next(o))
print(list(o))

def delegating_throw():
    try:
        yield from catcher()
    except KeyError:
        yield "outer caught"

d = delegating_throw()
next(d)
print(d.throw(ValueError("to inner")))
next(d)
print(d.throw(KeyError("x")))

def stop_inside():
    yield 1
    raise StopIteration("bad")

try:
    list(stop_inside())
except RuntimeError as err:
    print(type(err).__name__, err, type(err.__cause__).__name__)

def running():
    yield g2.gi_running
    try:
        next(g2)
    except ValueError as err:
        yield str(err)

g2 = running()
print(next(g2), next(g2))

def gen_return_value():
    yield 1
    return [1, 2]

gr = gen_return_value()
next(gr)
try:
    gr.send(None)
except StopIteration as err:
    print("returned", err.value)

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

ie = ignore_exit()
next(ie)
try:
    ie.close()
except RuntimeError as err:
    print(err)

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")

wf = with_finally()
print(next(wf))
del wf
print("after del")

def exc_state():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exception()
        yield sys.exception()

es = exc_state()
print(repr(next(es)))
try:
    raise KeyError("outer")
except KeyError:
    print(repr(next(es)))
print(sys.exception())

gen_expr = (x * x for x in range(3))
print(type(gen_expr).__name__, gen_expr.__name__, list(gen_expr), list(gen_expr))
print(countdown.__name__, countdown(1).__qualname__)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

import itertools
print(list(itertools.islice(fib(), 10)))
print(sum(x for x in range(1000) if x % 3 == 0))
print(dict(zip("abc", countdown(3))))
# close returns the value returned on GeneratorExit
def closer():
    try:
        yield
    except GeneratorExit:
        return "closed value"
cl = closer()
next(cl)
print(cl.close())
