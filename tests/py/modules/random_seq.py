# random: the same seed gives CPython's sequences.
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print(random.randrange(0, 1000, 7), random.randrange(10**30))
print(random.choice('abcdefg'), random.choice(list(range(50))))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(range(1000), 5), random.sample('xyzw', 2))
print(random.uniform(1.5, 2.5))
print([round(random.gauss(0, 1), 12) for _ in range(4)])
print(random.choices('abc', k=5), random.choices(range(5), weights=[1, 2, 3, 4, 5], k=6))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(64), random.getrandbits(100))
r = random.Random(99)
print(r.random(), r.randint(0, 10))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
random.seed(0)
print(random.expovariate(2.0), random.normalvariate(), random.triangular())
print(random.gammavariate(2.0, 1.0), random.betavariate(2, 3))
random.seed(-7)
print(random.random())
random.seed(2**100 + 3)
print(random.random())
for bad in [lambda: random.randrange(0), lambda: random.choice([]), lambda: random.sample([1], 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
