# itertools: every function, with the argument forms real code uses.
import itertools as it
import operator

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -3), 4)))
print(list(it.islice(it.count(0.5, 0.25), 4)), list(it.islice(it.count(2**64), 2)))
print(repr(it.count()), repr(it.count(5)), repr(it.count(1, 2)), repr(it.count(1.5)), repr(it.count(0, 1.0)))
c = it.count(3)
next(c); next(c)
print(repr(c), next(c))
print(list(it.islice(it.cycle([1, 2, 3]), 7)), list(it.cycle([])))
print(list(it.repeat(7, 0)), list(it.repeat(7, -1)), list(it.islice(it.repeat('z'), 3)))
print(repr(it.repeat('a', 3)), repr(it.repeat(None)), list(map(pow, range(4), it.repeat(2))))
r = it.repeat(1, 3)
next(r)
print(repr(r), operator.length_hint(r))
# accumulate
print(list(it.accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)), list(it.accumulate([])))
print(list(it.accumulate([], initial=5)), list(it.accumulate('abc')), list(it.accumulate([1, 2], func=operator.sub, initial=10)))
# chain
print(list(it.chain()), list(it.chain([1], (), 'ab', range(2))), list(it.chain.from_iterable([[1, 2], [], [3]])))
ch = it.chain([1, 2], [3])
print(next(ch), list(ch), list(ch))
# compress, dropwhile, takewhile, filterfalse
print(list(it.compress(range(10), it.cycle([True, False]))), list(it.compress('abc', [1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(bool, [])), list(it.takewhile(bool, [0, 1])), list(it.filterfalse(lambda x: x % 2, range(10))))
# groupby
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot'])
print([(k, list(g)) for k, g in it.groupby(data, key=lambda s: s[0])])
print([k for k, _ in it.groupby([1, 1, 2, 2, 2, 1, 3])], [len(list(g)) for _, g in it.groupby('aaabccdddd')])
groups = it.groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [(k, list(g)) for k, g in groups])
print(list(it.groupby([])), [(k, list(g)) for k, g in it.groupby([{'a': 1}, {'a': 1}, {'a': 2}], key=operator.itemgetter('a'))])
# islice
print(list(it.islice(range(10), 3)), list(it.islice(range(10), 2, 8)), list(it.islice(range(10), 1, None, 3)))
print(list(it.islice(range(10), None)), list(it.islice(range(10), None, 4)), list(it.islice('abc', 5, 10)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src), list(it.islice(src, 0)), next(src))
# starmap, tee, zip_longest
print(list(it.starmap(operator.add, [(1, 2), (3, 4)])), list(it.starmap(max, [[1, 5, 2], 'xa'])))
t1, t2, t3 = it.tee(iter('abc'), 3)
print(next(t1), list(t2), list(t1), list(t3), it.tee([1], 0), len(it.tee('x')))
a, b = it.tee(range(4))
c, = it.tee(a, 1)
print(list(c), list(b))
print(list(it.zip_longest()), list(it.zip_longest([1, 2, 3], 'ab')), list(it.zip_longest('a', 'bcd', [0], fillvalue=0)))
# combinatorics
print(list(it.product()), list(it.product('ab', range(2))), list(it.product([1, 2], repeat=0)))
print(list(it.product('ab', repeat=3))[:5], list(it.product('ab', [], 'cd')))
print(list(it.permutations(range(3))), list(it.permutations('ab', 3)), list(it.permutations([], 0)))
print(len(list(it.permutations(range(6), 4))), list(it.permutations('abcd', 0)))
print(list(it.combinations('abcd', 3)), list(it.combinations('ab', 0)), list(it.combinations('ab', 5)))
print(list(it.combinations_with_replacement(range(3), 2)), list(it.combinations_with_replacement('', 2)))
print(len(list(it.combinations_with_replacement(range(5), 3))), list(it.combinations_with_replacement('ab', 0)))
# pairwise, batched
print(list(it.pairwise([])), list(it.pairwise([1])), list(it.pairwise(range(5))))
print(list(it.batched(range(10), 4)), list(it.batched('', 2)), list(it.batched('abcd', 2)))
print(list(it.batched('abcdef', 3, strict=True)), type(next(it.batched('ab', 1))).__name__)
try:
    list(it.batched('abcde', 2, strict=True))
except ValueError as e:
    print('ValueError', e)
# iterators are their own iterators
for obj in [it.count(), it.cycle('a'), it.repeat(1), it.accumulate([]), it.chain(), it.compress('', ''),
            it.dropwhile(None, []), it.filterfalse(None, []), it.groupby(''), it.islice('', 1),
            it.pairwise(''), it.starmap(None, []), it.takewhile(None, []), it.zip_longest(),
            it.product(), it.permutations(''), it.combinations('', 0), it.batched('', 1)]:
    print(iter(obj) is obj, end=' ')
print()
