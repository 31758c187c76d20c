# Unpacking everywhere: assignment targets of every kind, evaluation order of
# targets, star targets in for loops and nested positions, unpacking of iterators,
# dicts and strings, the exact ValueError/TypeError texts (3.13 adds "got N" for
# sized sources), and call-site * / ** unpacking errors.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def un2(src):
    a, b = src
    return a, b


def un3(src):
    a, b, c = src
    return a, b, c


def star2(src):
    a, b, *c = src
    return a, b, c


for src in ([1, 2, 3], (1,), "abc", "a", {1: 2, 3: 4, 5: 6}, {7}, iter([1, 2, 3]), iter([1]),
            range(5), b"xyz", 42, None, (x for x in "ab")):
    label = type(src).__name__
    for fn in (un2, un3, star2):
        try:
            print(label, fn.__name__, fn(src))
        except (ValueError, TypeError) as e:
            print(label, fn.__name__, type(e).__name__, e)

# target evaluation order: left to right, after the right-hand side
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, "x"
print(i, lst)


class Rec:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)


r = Rec()
r.a, (r.b, r.c), *r.rest = 1, (2, 3), 4, 5
print(r.rest)

d = {}
d["a"], d["b"] = d["b"], d["a"] = 1, 2
print(d)

x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)

*all_, = range(3)
[a, [b, *c]], *d2 = [[1, [2, 3, 4]], 5, 6]
print(all_, a, b, c, d2)

for first, *others in ["abc", (1,), [True, False]]:
    print(first, others)
for (k, v), idx in zip({"p": 1, "q": 2}.items(), range(2)):
    print(k, v, idx)
for i, (a, *_, z) in enumerate(["xyz", "mn"]):
    print(i, a, z)


def gen():
    yield 1
    yield 2
    print("generator exhausted by unpacking")


p, q = gen()
print(p, q)

g = iter(range(10))
h, i2, *_ = g
print(h, i2, list(g))

show(lambda: [*5])
show(lambda: (*None,))
show(lambda: {**[1]})
show(lambda: {**{1: 2}, **None})
show(lambda: dict(**{"a": 1}, a=2))
show(lambda: print(*1))


def fn(a, b=0, **kw):
    return a, b, kw


show(lambda: fn(**{"a": 1, "b": 2, "c": 3}))
show(lambda: fn(1, **{"a": 2}))
show(lambda: fn(*[1], **{"b": 2}, **{"b": 3}))
show(lambda: fn(**{1: 2}))
show(lambda: fn(*"ab", *"c"))
show(lambda: fn(**{"a": 1}, **{"z": 1}, **{"z": 2}))


class Mapping:
    def keys(self):
        return ["a", "z"]

    def __getitem__(self, k):
        return k.upper()


show(lambda: fn(**Mapping()))
show(lambda: {**Mapping()})


class KeysOnly:
    def keys(self):
        return ["a"]


show(lambda: fn(**KeysOnly()))

# starred expressions in displays and subscripts
t = (*range(2), *"ab", *[None])
print(t, [*{1: 2}], {*"aab"} == {"a", "b"}, {**dict(a=1), "a": 2})
table = {(1, 2): "tuple key"}
idx = (1, 2)
print(table[*idx] if False else table[idx])
print(max(*[3, 9, 2]), "-".join([*map(str, range(3))]))

for src in ["a, *b, *c = x", "*a = x", "a, b += 1, 2", "[*a] + 1 = x", "f() = 1",
            "(a, b) = *x", "del *a, b", "*a, b"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
