# The exception being handled across generator and frame boundaries: __context__ of
# exceptions raised inside generators, sys.exception() after resumption elsewhere, and
# exceptions in finally/with cleanup inside generators.
import sys

def gen():
    yield 1
    raise ValueError("from generator")

g = gen()
next(g)
try:
    raise KeyError("outer")
except KeyError:
    try:
        next(g)
    except ValueError as e:
        print(repr(e), repr(e.__context__))

def gen_handler():
    try:
        raise IndexError("gen own")
    except IndexError:
        yield repr(sys.exception())
        raise TypeError("raised in handler")

h = gen_handler()
try:
    raise KeyError("caller")
except KeyError:
    print(next(h))
try:
    next(h)
except TypeError as e:
    print(repr(e), repr(e.__context__))
print(sys.exception())

def nested():
    try:
        yield
    finally:
        print("nested finally sees", repr(sys.exception()))

n = nested()
next(n)
try:
    raise RuntimeError("while closing")
except RuntimeError:
    n.close()

def reraise_in_gen():
    try:
        yield
    except Exception:
        raise

r = reraise_in_gen()
next(r)
try:
    r.throw(ZeroDivisionError("thrown"))
except ZeroDivisionError as e:
    print("rethrown", repr(e), e.__context__)

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit sees", a[0].__name__ if a[0] else None, repr(sys.exception()))
        return False

def gen_with():
    with Ctx():
        yield "inside with"

w = gen_with()
print(next(w))
try:
    w.throw(OSError("io"))
except OSError as e:
    print("with propagated", e)

def chain_depth():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError:
        raise KeyError(3)
try:
    chain_depth()
except KeyError as e:
    c = e
    while c is not None:
        print(type(c).__name__, c.args)
        c = c.__context__

try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    print("same object context:", e.__context__)
