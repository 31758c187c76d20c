# collections.deque: every method, the maxlen rules, errors, repr, subclasses, iterators,
# mutation during iteration, and large deques checked against a list model.
from collections import deque
import copy


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print("--- construction")
print(deque(), deque([]), deque(range(5)), deque("abc"))
print(deque([1, 2, 3], 2), deque([1, 2, 3], maxlen=5), deque(maxlen=0))
print(deque(iterable=[1, 2], maxlen=None), deque((x * x for x in range(4))))
print(deque({3: 'a', 1: 'b'}), deque([1, 2], True))
t("deque(1)", lambda: deque(1))
t("deque(None)", lambda: deque(None))
t("3 args", lambda: deque([], 2, 3))
t("bad kw", lambda: deque(foo=1))
t("dup kw", lambda: deque([1], iterable=[2]))
t("dup maxlen", lambda: deque([1], 2, maxlen=3))
t("maxlen -1", lambda: deque(maxlen=-1))
t("maxlen str", lambda: deque(maxlen='3'))
t("maxlen float", lambda: deque(maxlen=2.0))
t("maxlen huge", lambda: deque(maxlen=2**70))
t("new ignores args", lambda: deque.__new__(deque, 1, 2, 3))
t("new bad type", lambda: deque.__new__(int))
d = deque([1, 2, 3])
d.__init__([7, 8], 4)
print("reinit", d, d.maxlen)
d.__init__()
print("reinit empty", d, d.maxlen)
d = deque([1, 2])
d.__init__(d)
print("reinit self", d)

print("--- append/pop")
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d.pop(), d.popleft(), d)
t("pop empty", lambda: deque().pop())
t("popleft empty", lambda: deque().popleft())
t("append no arg", lambda: d.append())
t("append 2 args", lambda: d.append(1, 2))
t("pop arg", lambda: d.pop(0))

print("--- maxlen")
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(list(d), end=" ")
print()
for i in range(6):
    d.appendleft(i)
    print(list(d), end=" ")
print()
d.extend(range(10, 20))
print(d)
d.extendleft(range(30, 40))
print(d)
print(d.maxlen, deque().maxlen, deque(maxlen=0).maxlen)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(100))
z.extendleft([1, 2])
print(z, len(z))
t("insert full", lambda: deque([1, 2], maxlen=2).insert(0, 9))
t("insert full 0", lambda: deque(maxlen=0).insert(0, 9))
d = deque([1, 2], maxlen=3)
d.insert(1, 9)
print(d)
t("set maxlen", lambda: setattr(d, 'maxlen', 3))
d = deque(range(10), maxlen=4)
print(d)

print("--- extend")
d = deque([1])
d.extend([2, 3])
d.extend(x for x in (4, 5))
d.extendleft([0, -1])
d.extend(d)
print(d)
d.extendleft(d)
print(d)
t("extend int", lambda: d.extend(5))
t("extendleft int", lambda: d.extendleft(5))


def gen_fail():
    yield 1
    raise ValueError("boom")


d = deque()
t("extend failing gen", lambda: d.extend(gen_fail()))
print(d)
d += [7, 8]
d += "ab"
print(d)
t("iadd int", lambda: d.__iadd__(5))

print("--- clear copy")
d = deque(range(5), maxlen=7)
c = d.copy()
c2 = copy.copy(d)
c3 = copy.deepcopy(d)
c4 = d.__copy__()
d.clear()
print(d, c, c2, c3, c4, c.maxlen, c3.maxlen)
d.clear()
print(d)

print("--- count index remove")
d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(9), d.count(1.0))
print(d.index(2), d.index(2, 2), d.index(2, 4), d.index(1, -3), d.index(3, 0, 3))
print(d.index(2, -100, 100), d.index(1, 1, -1))
t("index missing", lambda: d.index(9))
t("index range", lambda: d.index(3, 3))
t("index stop", lambda: d.index(2, 0, 1))
t("index start>stop", lambda: d.index(2, 5, 2))
t("index no args", lambda: d.index())
t("index bad start", lambda: d.index(1, 'a'))
t("index None start", lambda: d.index(1, None))
t("index 4 args", lambda: d.index(1, 0, 1, 2))
t("count no args", lambda: d.count())
d.remove(2)
print(d)
d.remove(2)
print(d)
t("remove missing", lambda: d.remove(9))
t("remove str", lambda: d.remove('x'))
print(3 in d, 9 in d, 'a' in d, 1.0 in d)

print("--- insert")
for i in range(-6, 7):
    d = deque([0, 1, 2, 3])
    d.insert(i, 'X')
    print(i, list(d))
t("insert 1 arg", lambda: d.insert(1))
t("insert bad index", lambda: d.insert('a', 1))
t("insert huge", lambda: d.insert(2**70, 1))

print("--- rotate reverse")
d = deque(range(10))
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-4)
print(d)
d.rotate(0)
print(d)
d.rotate(23)
print(d)
d.rotate(-23)
print(d)
d.rotate(10**9)
print(d)
d.rotate(-10**9 - 1)
print(d)
e = deque()
e.rotate(5)
e2 = deque([1])
e2.rotate(-5)
print(e, e2)
t("rotate str", lambda: d.rotate('a'))
t("rotate 2 args", lambda: d.rotate(1, 2))
t("rotate huge", lambda: d.rotate(2**70))
d.reverse()
print(d)
for n in range(5):
    r = deque(range(n))
    r.reverse()
    print(list(r), end=" ")
print()

print("--- indexing")
d = deque(range(10))
print(d[0], d[-1], d[5], d[-10], d[True])
t("index 10", lambda: d[10])
t("index -11", lambda: d[-11])
t("index str", lambda: d['a'])
t("index slice", lambda: d[1:2])
t("index huge", lambda: d[2**70])
d[0] = 'a'
d[-1] = 'z'
d[4] = 'm'
print(d)
del d[0]
del d[-1]
del d[3]
print(d)


def setit(i, v):
    d[i] = v


def delit(i):
    del d[i]


t("set 20", lambda: setit(20, 1))
t("set str", lambda: setit('x', 1))
t("del 20", lambda: delit(20))
t("del -20", lambda: delit(-20))
t("del str", lambda: delit('x'))

print("--- operators")
a = deque([1, 2, 3])
b = deque([4, 5])
print(a + b, b + a, a * 2, 2 * a, a * 0, a * -1, deque() * 5)
print(deque([1, 2], maxlen=3) * 3, deque([1], maxlen=4) * 10)
print(deque([1, 2, 3], maxlen=5) * 4, deque([1, 2], maxlen=3) + deque([3, 4]))
t("add list", lambda: a + [1])
t("radd list", lambda: [1] + a)
t("mul str", lambda: a * 'a')
t("rmul str", lambda: 'a' * a)
t("mul float", lambda: a * 1.5)
t("mul deque", lambda: a * a)
t("mul huge", lambda: a * 2**70)
t("add int", lambda: a + 1)
t("sub", lambda: a - b)
x = deque([1, 2])
y = x
x *= 3
print(x, x is y)
x *= 1
print(x)
x *= 0
print(x, x is y)
x = deque([1, 2], maxlen=5)
x *= 4
print(x)
x = deque([7], maxlen=3)
x *= 10
print(x)
x = deque([7])
x *= 100
print(len(x), x.count(7))
x = deque([1, 2])
x += x
print(x)


def imul_bad():
    global x
    x *= 'a'


t("imul str", imul_bad)

print("--- comparisons")
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 9]))
print(deque() <= deque(), deque([1]) >= deque([1]), deque([1, 2]) <= deque([1]))
print(deque([1, 2], maxlen=2) == deque([1, 2]), deque([float('nan')]) == deque([float('nan')]))
n = float('nan')
print(deque([n]) == deque([n]))
t("lt list", lambda: deque([1]) < [1])
t("hash", lambda: hash(deque()))

print("--- repr")
d = deque([1, 'a', None, (2,)])
print(repr(d), str(d))
d.append(d)
print(d)
d2 = deque([d], maxlen=3)
print(d2)
d.clear()
print(repr(deque(maxlen=2)), repr(deque([[]], maxlen=1)))
e = deque()
e.append([e, deque([e])])
print(e)

print("--- iterators")
d = deque(range(5))
it = iter(d)
print(type(it).__name__, type(reversed(d)).__name__, it.__length_hint__())
print(next(it), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(reversed(d)), list(reversed(deque())), list(iter(deque())))
it = iter(d)
next(it)
r = it.__reduce__()
print(r[0].__name__, r[1])
it2 = r[0](*r[1])
print(list(it2))
rit = reversed(d)
next(rit)
next(rit)
r = rit.__reduce__()
print(r[0].__name__, r[1], list(r[0](*r[1])))
IT = type(iter(d))
RIT = type(reversed(d))
print(list(IT(d)), list(IT(d, 3)), list(IT(d, 10)), list(RIT(d, 1)))
t("IT list", lambda: IT([1]))
t("IT no args", lambda: IT())
t("IT 3 args", lambda: IT(d, 1, 2))
t("IT bad index", lambda: IT(d, 'a'))
print(iter(it) is it)

print("--- mutation during iteration")


def mutate(action, d=None):
    d = deque(range(4)) if d is None else d
    it = iter(d)
    next(it)
    action(d)
    try:
        print(next(it, 'END'), end=" ")
        print(list(it))
    except RuntimeError as e:
        print("RuntimeError", e)
        try:
            next(it)
        except RuntimeError as e2:
            print("  again:", e2)
        except StopIteration:
            print("  again: StopIteration")


mutate(lambda d: d.append(9))
mutate(lambda d: d.appendleft(9))
mutate(lambda d: d.pop())
mutate(lambda d: d.popleft())
mutate(lambda d: d.clear())
mutate(lambda d: d.rotate(1))
mutate(lambda d: d.rotate(0))
mutate(lambda d: d.extend([]))
mutate(lambda d: d.extend([1]))
mutate(lambda d: d.reverse())
mutate(lambda d: d.__setitem__(1, 'x'))
mutate(lambda d: d.__delitem__(1))
mutate(lambda d: d.insert(1, 'x'))
mutate(lambda d: d.remove(3))
mutate(lambda d: d.__imul__(1))
mutate(lambda d: d.__imul__(2))
mutate(lambda d: d.__iadd__([]))
mutate(lambda d: d.copy())
mutate(lambda d: d.count(1))
mutate(lambda d: d.__init__([0, 1, 2, 3]))
mutate(lambda d: d.rotate(1), deque([5]))
mutate(lambda d: d.append(1), deque([5], maxlen=1))
d = deque()
it = iter(d)
d.clear()
print(list(it))
d = deque(range(3))
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("for loop:", e)


class Mutator:
    def __init__(self, act):
        self.act = act

    def __eq__(self, other):
        self.act()
        return False

    def __repr__(self):
        return "Mutator()"

    __hash__ = None


d = deque(range(10))
t("count mutates", lambda: d.count(Mutator(lambda: d.append(1))))
t("index mutates", lambda: d.index(Mutator(lambda: d.append(1))))
t("contains mutates", lambda: Mutator(lambda: d.append(1)) in d)
t("remove mutates", lambda: d.remove(Mutator(lambda: d.append(1))))
t("remove setitem", lambda: d.remove(Mutator(lambda: d.__setitem__(0, 5))) or 'x')


class Raiser:
    def __eq__(self, other):
        raise KeyError("eq")

    __hash__ = None


t("count raises", lambda: deque([1]).count(Raiser()))
t("contains raises", lambda: Raiser() in deque([1]))
t("remove raises", lambda: deque([1]).remove(Raiser()))
t("index raises", lambda: deque([1]).index(Raiser()))
t("eq raises", lambda: deque([Raiser()]) == deque([1]))

print("--- subclass")


class D(deque):
    pass


s = D([1, 2, 3])
print(s, repr(D([1], 5)), type(s.copy()).__name__, s.copy(), D([1], 2).copy())
print(type(s + deque([4])).__name__, type(deque([4]) + s).__name__, type(s * 2).__name__)
print(s == deque([1, 2, 3]), isinstance(s, deque), D.__mro__[1].__name__)
s.append(s)
print(s)
s.x = 5
r = s.__reduce__()
print(r[0].__name__, r[1], r[2])


class E(deque):
    def __init__(self, items):
        super().__init__(items)

    def __repr__(self):
        return "E" + super().__repr__()


print(E([1]).copy(), E([1, 2]) + deque([3]))


class Bad(deque):
    def __new__(cls, *args):
        return 5


t("bad copy", lambda: deque.copy(deque.__new__(Bad)))


class Counted(deque):
    def append(self, x):
        super().append(x * 10)

    def __iter__(self):
        return iter([100, 200])


c = Counted([1])
c.append(2)
print(list(deque.__iter__(c)), list(c), repr(c))


class Rev(deque):
    def __radd__(self, other):
        return "radd"

    def __rmul__(self, other):
        return "rmul"


print(deque([1]) + Rev([2]), 3 * Rev([1]))

print("--- reduce, sizeof, class_getitem")
print(deque([1, 2]).__reduce__()[:3], list(deque([1, 2]).__reduce__()[3]))
print(deque([1], 3).__reduce__()[:3])
print(deque[int], deque.__class_getitem__(str))
e = deque()
s1 = e.__sizeof__()
e.extend(range(200))
s2 = e.__sizeof__()
print(s2 > s1, (s2 - s1) % 8 == 0, deque(range(10)).__sizeof__() == deque(range(20)).__sizeof__())
print(sorted(k for k in dir(deque) if not k.startswith('_')))
print(deque.__name__, deque.__module__, deque.__qualname__, deque.__doc__)
print(hasattr(deque, '__bool__'), deque.__hash__)

print("--- big deques")
N = 10**5
d = deque(range(N))
print(len(d), d[0], d[-1], d[N // 2], d[12345], d[-12345], sum(d))
d.rotate(12345)
print(d[0], d[12345], d[-1])
d.rotate(-12345 * 3)
print(d[0], d[-1])
for i in range(N // 2):
    d.popleft()
print(len(d), d[0], d[-1])
d.extendleft(range(1000))
print(len(d), d[0], d[999], d[1000])
while d:
    d.pop()
print(len(d), d)
q = deque()
total = 0
for i in range(N):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
print(len(q), total, q[0], q[-1])
q = deque(range(N), maxlen=1000)
print(len(q), q[0], q[-1])
q = deque(range(N))
print(q.index(N - 1), q.count(5), (N - 2) in q, q.index(70000, 60000, 80000))
q.reverse()
print(q[0], q[-1], q[N // 3])
del q[N // 2]
del q[100]
del q[-100]
q.insert(N // 3, 'x')
q.insert(-N // 3, 'y')
print(len(q), q.index('x'), q.index('y'), q[100], q[-100])
q.remove('x')
q.remove('y')
print(len(q))
big = deque(range(300)) * 400
print(len(big), big[0], big[299], big[300], big[-1])
print(list(reversed(deque(range(200))))[:3], sum(reversed(deque(range(N)))))

print("--- model check")
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


model = []
d = deque()
ops = 0
for step in range(8000):
    op = rnd(12)
    if op == 0:
        d.append(step)
        model.append(step)
    elif op == 1:
        d.appendleft(step)
        model.insert(0, step)
    elif op == 2 and model:
        assert d.pop() == model.pop()
    elif op == 3 and model:
        assert d.popleft() == model.pop(0)
    elif op == 4:
        k = rnd(len(model) + 3) - 1
        d.rotate(k)
        if model:
            k %= len(model)
            model[:] = model[-k:] + model[:-k] if k else model
    elif op == 5:
        k = rnd(len(model) + 3)
        d.rotate(-k)
        if model:
            k %= len(model)
            model[:] = model[k:] + model[:k]
    elif op == 6 and model:
        i = rnd(len(model))
        del d[i]
        del model[i]
    elif op == 7:
        i = rnd(len(model) + 5) - 2
        d.insert(i, -step)
        model.insert(i, -step)
    elif op == 8 and model:
        i = rnd(len(model))
        assert d[i] == model[i] and d[-i - 1] == model[-i - 1]
        d[i] = step
        model[i] = step
    elif op == 9:
        items = list(range(rnd(60)))
        d.extend(items)
        model.extend(items)
    elif op == 10:
        d.reverse()
        model.reverse()
    elif op == 11 and model:
        v = model[rnd(len(model))]
        d.remove(v)
        model.remove(v)
    ops += 1
    if step % 1000 == 0:
        assert list(d) == model, step
        assert list(reversed(d)) == model[::-1]
print("model ops", ops, len(d), list(d) == model)

print("--- maxlen model")
for maxlen in (0, 1, 2, 63, 64, 65, 130):
    d = deque(maxlen=maxlen)
    model = []
    for step in range(3000):
        op = rnd(4)
        if op == 0:
            d.append(step)
            model.append(step)
            model = model[-maxlen:] if maxlen else []
        elif op == 1:
            d.appendleft(step)
            model.insert(0, step)
            model = model[:maxlen]
        elif op == 2:
            items = list(range(rnd(100)))
            d.extend(items)
            model = (model + items)[-maxlen:] if maxlen else []
        else:
            items = list(range(rnd(100)))
            d.extendleft(items)
            model = (items[::-1] + model)[:maxlen]
        assert list(d) == model, (maxlen, step)
    print(maxlen, len(d), list(d)[:3])
