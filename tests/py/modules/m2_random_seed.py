# random: seeding with ints, strings, bytes and None-free values; getrandbits; state round trips.
import random


def head(r, n=3):
    return [r.random() for _ in range(n)]


for s in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 5, 10**50, True]:
    random.seed(s)
    print(repr(s)[:12], head(random, 2))
for s in ['', 'a', 'hello world', 'héllo', b'bytes', b'']:
    random.seed(s, version=1)
    print('v1', repr(s)[:12], head(random, 2), random.randint(0, 99))
random.seed('abc', version=1)
print('v1 str', random.random())
random.seed(3.5)
print('float', random.random())
random.seed(-3.5)
print('neg float', random.random())
# getrandbits across the 32-bit word boundaries
random.seed(99)
print([random.getrandbits(k) for k in (0, 1, 7, 8, 31, 32, 33, 63, 64, 65)])
print(random.getrandbits(200), random.getrandbits(128).bit_length() <= 128)
# Random instances are independent of the module generator
a = random.Random(5)
b = random.Random(5)
random.seed(1)
print(a.random() == b.random(), a.randint(1, 10), b.randint(1, 10), random.random())
c = random.Random(12345678901234567890)
print(c.choice(range(100)), c.sample(range(20), 3), c.getrandbits(16))
d = random.Random()
d.seed(5)
print(d.random() == random.Random(5).random())
# getstate/setstate
r = random.Random(31337)
r.random()
st = r.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[2])
x = [r.random(), r.gauss(0, 1), r.randrange(1000), r.getrandbits(40)]
r.setstate(st)
y = [r.random(), r.gauss(0, 1), r.randrange(1000), r.getrandbits(40)]
print(x == y, x)
r2 = random.Random()
r2.setstate(st)
print(r2.random() == x[0])
# gauss keeps a cached second value that is part of the state
r.seed(8)
g1 = r.gauss()
st2 = r.getstate()
g2 = r.gauss()
r.setstate(st2)
print(st2[2] is not None, r.gauss() == g2, g1 != g2)
random.setstate(r.getstate())
print(random.random() == r.random())
# errors
for bad in [lambda: random.seed([1, 2]), lambda: random.seed({}),
            lambda: random.Random().setstate((1, 2)), lambda: random.Random().setstate((9, (), None)),
            lambda: random.getrandbits(-1), lambda: random.randbytes(-1),
            lambda: random.randint(5, 1), lambda: random.randrange(1, 1),
            lambda: random.randrange(0, 10, 0), lambda: random.randrange(-3),
            lambda: random.choices('ab', weights=[1], k=2), lambda: random.choices('ab', [0, 0]),
            lambda: random.choices('ab', weights=[1, 1], cum_weights=[1, 2]),
            lambda: random.sample([1, 2], -1), lambda: random.sample({1, 2}, 1),
            lambda: random.sample('ab', 1, counts=[1]), lambda: random.sample('ab', 3, counts=[1, 1]),
            lambda: random.shuffle((1, 2))]:
    try:
        print('ok', bad())
    except Exception as e:
        print(type(e).__name__, e)
