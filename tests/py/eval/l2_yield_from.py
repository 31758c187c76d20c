# yield from: return values through several levels, send/throw/close forwarded to the
# innermost generator, delegation to plain iterators and to objects with only some of
# the generator methods, gi_yieldfrom, and recursive delegation.

def show(f, *a):
    try:
        print("->", repr(f(*a)))
    except BaseException as e:
        print(type(e).__name__, e)


def leaf(tag):
    got = []
    try:
        while True:
            v = yield f"{tag}:{len(got)}"
            if v == "stop":
                return (tag, got)
            got.append(v)
    except ValueError as e:
        print(f"{tag} handled {e}")
        return (tag, "by-throw")
    finally:
        print(f"{tag} finally")


def middle():
    r1 = yield from leaf("A")
    print("middle got", r1)
    r2 = yield from leaf("B")
    print("middle got", r2)
    return [r1, r2]


def top():
    res = yield from middle()
    print("top got", res)
    yield "top-last"


t = top()
print(next(t), t.send(1), t.send(2))
print(t.send("stop"))
print(t.gi_yieldfrom.__name__, t.gi_yieldfrom.gi_yieldfrom.__name__)
print(t.throw(ValueError("vv")))
show(next, t)
show(next, t)

# close propagates inward; finally blocks run innermost first
t = top()
next(t)
t.send("x")
print("closing")
print(t.close())

# throw an exception the inner one does not handle: it unwinds all levels
t = top()
next(t)
show(t.throw, KeyError("k"))
show(next, t)


# delegation to a plain iterator: send(None) works, send(value) needs .send
def over_list():
    r = yield from [1, 2]
    return r


g = over_list()
print(next(g))
show(g.send, 5)
g = over_list()
print(list(g))


class OnlyNext:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


def over_only_next():
    r = yield from OnlyNext()
    yield ("returned", r)


g = over_only_next()
print(list(g))

# throw into a delegation to an iterator without .throw raises in the delegating gen
g = over_only_next()
next(g)
show(g.throw, ValueError("no throw method"))

# close with an inner iterator lacking close is fine
g = over_only_next()
next(g)
print("close", g.close())


class WithThrow(OnlyNext):
    def throw(self, *args):
        print("WithThrow.throw got", type(args[0]).__name__ if args else None)
        return "recovered"

    def close(self):
        print("WithThrow.close called")


g = over_only_next()
g = (lambda: (yield from WithThrow()))()
print(next(g), g.throw(ValueError("x")), next(g))
g.close()


# yield from non-iterable
def bad():
    yield from 42


show(next, bad())


# recursive delegation
def walk(tree, depth=0):
    if isinstance(tree, list):
        total = 0
        for sub in tree:
            total += yield from walk(sub, depth + 1)
        return total
    yield "  " * depth + str(tree)
    return tree


gw = walk([1, [2, [3, 4]], 5])
out = []
try:
    while True:
        out.append(next(gw))
except StopIteration as e:
    print("\n".join(out))
    print("sum", e.value)


# StopIteration subclass values and return of a tuple through yield from
def ret_tuple():
    return (1, 2)
    yield


def get_tuple():
    v = yield from ret_tuple()
    print("tuple value", v, type(v).__name__)
    v = yield from iter(())
    print("empty iterator value", v)


list(get_tuple())


# yield from a generator that is already running elsewhere
def relay(src):
    yield from src


inner = (i for i in range(3))
print(next(inner), list(relay(inner)))
# a generator exhausted before delegating returns None immediately
print(list(relay(inner)))
