# itertools audit: behaviour real programs rely on, compared with CPython 3.13.
import re as _re
import itertools as it
from itertools import *
import operator, pickle, copy
def P(*a):
    print(_re.sub(r" at 0x[0-9a-f]+", " at ADDR", " ".join(map(str, a))))
def E(f):
    try:
        r = f()
        print("ok", _re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(r)))
    except Exception as e:
        print(type(e).__name__, _re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(e)))
P(list(batched('abcdefg', 3)), list(batched([], 2)), list(batched(range(4), 2, strict=True)))
E(lambda: list(batched('abc', 2, strict=True)))
E(lambda: list(batched('abc', 0)))
E(lambda: batched('abc'))
E(lambda: list(batched('abc', n=2)))
P(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))
P(list(accumulate([1, 2, 3])), list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([], initial=5)), list(accumulate('abc')))
P(list(chain('ab', [1])), list(chain.from_iterable(['ab', 'c'])), list(compress('abcd', [1, 0, 1])), list(islice(count(5, 2), 3)), list(islice(count(1.5), 2)))
P(list(islice(cycle('ab'), 5)), list(dropwhile(lambda x: x < 3, [1, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 4, 1])), list(filterfalse(None, [0, 1, 2, 0])))
P([(k, list(g)) for k, g in groupby('aabbbc')], [(k, list(g)) for k, g in groupby([1, 2, 4, 5], key=lambda x: x // 3)])
P(list(islice('abcdefg', 2, None, 2)), list(islice('abc', None)), list(starmap(pow, [(2, 3), (3, 2)])), list(tee('ab', 3)[2]), len(tee('a')))
P(list(zip_longest('ab', 'xyz', fillvalue='-')), list(product('ab', repeat=2)), list(product([1, 2], 'x')), list(permutations('abc', 2)), list(combinations('abcd', 3)), list(combinations_with_replacement('ab', 2)))
P(list(repeat('x', 3)), list(islice(repeat(1), 2)), repr(repeat('x', 2)), repr(count(3)), repr(count(1, 2)), repr(count(1.0)))
E(lambda: list(islice('abc', -1)))
E(lambda: islice('abc', 'x'))
E(lambda: list(zip_longest('a', 1)))
E(lambda: list(permutations('ab', -1)))
E(lambda: list(combinations('ab', -1)))
E(lambda: list(product('ab', repeat=-1)))
E(lambda: list(tee('a', -1)))
E(lambda: repeat('x', times=-1))
P(list(repeat('x', -1)), list(permutations('abc', 5)), list(combinations('ab', 3)), list(product()))
g = groupby('aabb')
k1, g1 = next(g); k2, g2 = next(g)
P(k1, list(g1), k2, list(g2))
t1, t2 = tee(iter([1, 2, 3]))
P(next(t1), list(t2), list(t1), type(t1).__name__, copy.copy(t1) is not t1)
P(list(accumulate([3, 1, 4, 1, 5], max)), list(zip_longest()), list(chain()), next(count()))
E(lambda: next(chain(1)))
E(lambda: list(starmap(pow, [1])))
E(lambda: accumulate())
P(list(it.islice(it.count(), 0, 10, 3)), list(it.compress(range(5), it.cycle([1, 0]))))
E(lambda: list(islice('abc', 0, 5, 0)))
P(sorted(x for x in dir(it) if not x.startswith('_')))
