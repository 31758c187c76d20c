# random: a fixed seed gives exactly CPython's sequences for every sampling method.
import random

random.seed(2024)
print([random.random() for _ in range(5)])
print([random.randint(-5, 5) for _ in range(15)])
print([random.randint(0, 2**70) for _ in range(3)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(8)], [random.randrange(100, 0, -7) for _ in range(5)])
print(random.randrange(2**64), random.randrange(-1000, 1000))
print([random.choice('abcdef') for _ in range(10)])
print(random.choice([None, 1, 'two', (3,)]), random.choice(range(1000)), random.choice((7,)))
# choices: uniform, weighted, cumulative weights, k
print(random.choices(range(10), k=8))
print(random.choices('abc', weights=[10, 1, 1], k=10))
print(random.choices('abc', cum_weights=[1, 2, 12], k=10))
print(random.choices(['x', 'y'], [0.25, 0.75], k=6))
print(random.choices('q'), random.choices('ab', k=0), random.choices(range(3), weights=[0, 0, 1], k=4))
print(random.choices([1, 2, 3], weights=[1.5, 2.5, 0.5], k=5))
# shuffle
deck = [f'{r}{s}' for s in 'SHDC' for r in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:13])
small = [1, 2]
random.shuffle(small)
one = ['x']
random.shuffle(one)
empty = []
random.shuffle(empty)
print(small, one, empty)
# sample, incl. counts
print(random.sample(range(100), 10))
print(random.sample(range(10**9), 4), random.sample(range(5), 5))
print(random.sample('abcdefgh', 3), random.sample(('a', 'b', 'c'), 0))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(sorted(random.sample(['a', 'b', 'c'], counts=[1, 2, 3], k=6)))
print(random.sample(list(range(30)), 25))
print(random.sample(range(2000), 3))
# continuous distributions
print([random.uniform(0, 10) for _ in range(3)], random.uniform(5, 1))
print([random.gauss() for _ in range(3)])
print([random.gauss(100, 15) for _ in range(3)])
print([random.normalvariate(0, 2) for _ in range(2)])
print(random.lognormvariate(0, 0.5), random.vonmisesvariate(1, 2), random.paretovariate(3))
print(random.weibullvariate(1, 1.5), random.expovariate(), random.expovariate(0.5))
print(random.triangular(0, 10, 2), random.triangular(0, 1), random.gammavariate(0.5, 2))
print(random.gammavariate(1, 3), random.betavariate(0.5, 0.5))
print(random.binomialvariate(10, 0.3), random.binomialvariate(5, 0), random.binomialvariate(1, 0.5), random.binomialvariate(20, 0.9))
print(random.randbytes(8), random.randbytes(0))
# interleaving reproducibility
random.seed(7)
first = (random.random(), random.randint(1, 6), random.choice('xyz'), random.gauss(0, 1))
random.seed(7)
second = (random.random(), random.randint(1, 6), random.choice('xyz'), random.gauss(0, 1))
print(first == second, first)
