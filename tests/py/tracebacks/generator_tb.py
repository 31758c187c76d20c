# An exception raised inside a generator consumed by a for loop, then thrown in.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")

def consume():
    for n in numbers():
        print(n)

try:
    consume()
except ValueError:
    pass

def waiting():
    try:
        yield "ready"
    finally:
        print("cleanup")

g = waiting()
next(g)
g.throw(RuntimeError("thrown in"))
