# Augmented assignment on attributes, subscripts and slices: which special methods
# run, in what order, how many times each subexpression is evaluated, fallbacks from
# __iXX__ to __XX__, identity of mutable vs immutable targets, and errors part-way.
import collections

log = []


class Val:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Val({self.v})"

    def __iadd__(self, o):
        log.append(f"__iadd__({self.v}, {o})")
        self.v += o
        return self

    def __add__(self, o):
        log.append(f"__add__({self.v}, {o})")
        return Val(self.v + o)

    def __rshift__(self, o):
        log.append(f"__rshift__({self.v}, {o})")
        return Val(self.v >> o)


class Store:
    def __init__(self):
        self.d = {"k": Val(1), 0: 10}

    def __getitem__(self, k):
        log.append(f"getitem {k!r}")
        return self.d[k]

    def __setitem__(self, k, v):
        log.append(f"setitem {k!r} {v!r}")
        self.d[k] = v


class Obj:
    def __init__(self):
        object.__setattr__(self, "a", Val(5))
        object.__setattr__(self, "n", 1)

    def __getattribute__(self, k):
        if not k.startswith("__"):
            log.append(f"getattr {k}")
        return object.__getattribute__(self, k)

    def __setattr__(self, k, v):
        log.append(f"setattr {k} {v!r}")
        object.__setattr__(self, k, v)


def key(k):
    log.append(f"key {k!r}")
    return k


def rhs(v):
    log.append(f"rhs {v}")
    return v


def run(label, f):
    log.clear()
    try:
        f()
        print(label, log)
    except Exception as e:
        print(label, log, "->", type(e).__name__, e)


s = Store()
o = Obj()


def sub_iadd():
    s[key("k")] += rhs(2)


def sub_int():
    s[key(0)] += rhs(5)


def attr_iadd():
    o.a += rhs(3)


def attr_rshift():
    o.a >>= rhs(1)


def attr_int():
    o.n *= rhs(7)


def chain():
    holder = Obj()
    object.__setattr__(holder, "store", s)
    holder.store[key(0)] -= rhs(1)


def missing_key():
    s[key("nope")] += rhs(1)


def bad_rhs():
    s[key(0)] += rhs("str")


run("sub_iadd", sub_iadd)
run("sub_int", sub_int)
run("attr_iadd", attr_iadd)
run("attr_rshift", attr_rshift)
run("attr_int", attr_int)
run("chain", chain)
run("missing_key", missing_key)
run("bad_rhs", bad_rhs)
print(s.d, o.a, o.n)


class Seq(list):
    def __getitem__(self, i):
        log.append(f"getitem {i!r}")
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        log.append(f"setitem {i!r} {v!r}")
        super().__setitem__(i, v)


q = Seq([1, 2, 3, 4])
run("slice", lambda: exec("q[key(1):key(3)] += rhs([9])", globals()))
print(q)
run("neg index", lambda: exec("q[-1] **= rhs(2)", globals()))
print(q)

lst = [1]
alias = lst
lst += [2]
lst *= 2
t = (1,)
talias = t
t += (2,)
txt = "a"
txt += "b"
print(lst is alias, lst, t is talias, t, talias, txt)


class RO:
    @property
    def p(self):
        return [1]


r = RO()
try:
    r.p += [2]
except AttributeError as e:
    print(type(e).__name__, e)

tpl = ([1], "s")
try:
    tpl[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, tpl)
try:
    tpl[1] += "x"
except TypeError as e:
    print(type(e).__name__, e, tpl)

cnt = collections.Counter()
dd = collections.defaultdict(list)
for w in "a b a c a".split():
    cnt[w] += 1
    dd[len(w)] += [w]
print(sorted(cnt.items()), dict(dd))
m = {"x": 1}
try:
    m["y"] += 1
except KeyError as e:
    print(type(e).__name__, e, m)

total = 0


def no_global():
    total += 1


try:
    no_global()
except UnboundLocalError as e:
    print(type(e).__name__, e)


class Cls:
    counter = 0


inst = Cls()
inst.counter += 1  # reads the class attribute, writes an instance attribute
print(Cls.counter, inst.counter, inst.__dict__)

nested = {"a": [[0, 0], [0, 0]]}
nested["a"][1][0] += 5
nested["a"][1][0] //= 2
nested["a"][0][1] |= 6
nested["a"][0][1] ^= 3
nested["a"][0][1] <<= 2
print(nested)
