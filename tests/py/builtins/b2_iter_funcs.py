# zip (strict), map with several iterables, filter, enumerate, reversed, sorted/min/max with
# failing keys, and errors raised from inside iterators.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(zip()), list(zip('ab')), list(zip('abc', range(2), [True] * 5)), list(zip('ab', 'cd', strict=True)))
t(lambda: list(zip('abc', 'ab', strict=True)))
t(lambda: list(zip('ab', 'abc', strict=True)))
t(lambda: list(zip('a', 'a', 'ab', strict=True)))
t(lambda: list(zip('ab', 'a', 'ab', strict=True)))
t(lambda: list(zip(1, 'a')))
t(lambda: list(zip('a', None)))
t(lambda: zip('a', foo=1))
z = zip('ab', [1, 2])
print(next(z), list(z), list(z))
unzipped = list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')]))
print(unzipped, dict(zip(*unzipped[::-1])))

print(list(map(pow, [2, 3], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20, 30], [100])))
print(list(map(str.upper, 'ab')), list(map(len, ['', 'xy'])), list(map(int, '123')))
t(lambda: map(len))
t(lambda: map())
t(lambda: list(map(None, [1])))
t(lambda: list(map(len, [1])))
t(lambda: list(map(int, ['1', 'x'])))
t(lambda: map(len, 5))
t(lambda: list(map(lambda a, b: a, [1])))

print(list(filter(None, [0, '', 'a', [], [0], None, 3])), list(filter(str.isdigit, 'a1b2')), list(filter(lambda x: x % 2, range(7))))
t(lambda: filter(None))
t(lambda: filter(None, 5))
t(lambda: list(filter(5, [1])))
t(lambda: list(filter(len, [1])))

print(list(enumerate('ab')), list(enumerate('ab', -1)), list(enumerate([], 5)), list(enumerate('x', start=2**70)))
e = enumerate('xyz', 10)
print(next(e), next(e), list(e))
t(lambda: enumerate(5))
t(lambda: enumerate('a', 'b'))
t(lambda: enumerate('a', 1.5))
t(lambda: enumerate())

print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1,))), list(reversed({'a': 1, 'b': 2})))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class OwnRev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())), list(reversed(OwnRev())))
t(lambda: reversed(5))
t(lambda: reversed({1, 2}))
t(lambda: reversed(x for x in 'a'))
t(lambda: reversed(iter([1])))
class NoRev:
    __reversed__ = None
t(lambda: reversed(NoRev()))

data = [('b', 2), ('a', 2), ('c', 1), ('d', 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted('bBaA'), sorted('bBaA', key=str.lower), sorted([3, 1, 2], key=None), sorted((2, 1)))
print(sorted([[2, 1], [1, 2], [1]]), sorted([1.5, 1, True, 0]), sorted([-0.0, 0]))
def badkey(x):
    if x == 3:
        raise ValueError('bad key %d' % x)
    return x
t(lambda: sorted([1, 2, 3], key=badkey))
t(lambda: sorted([1, 2], key=5))
t(lambda: sorted([1, 2], reverse='x'))
t(lambda: sorted([None, 1]))
t(lambda: sorted([{}, {}]))
t(lambda: min([1, 2, 3], key=badkey))
t(lambda: max(3, 2, key=badkey))
t(lambda: min([None, None]))
t(lambda: max([[1], (1,)]))
l = [3, 1, 2]
print(l.sort(), l, l.sort(reverse=True), l)
t(lambda: l.sort(key=badkey))
print(l)
t(lambda: l.sort(lambda x: x))
t(lambda: [1, 'a'].sort())

def failing():
    yield 1
    raise OSError('stream broke')
t(lambda: list(failing()))
t(lambda: sum(failing()))
t(lambda: max(failing()))
t(lambda: sorted(failing()))
t(lambda: tuple(zip('ab', failing())))
t(lambda: dict(enumerate(failing())))
t(lambda: set(map(str, failing())))
t(lambda: any(x > 5 for x in failing()))
t(lambda: ''.join(failing()))
t(lambda: ''.join(['a', 1]))
t(lambda: ', '.join(map(str, range(4))))
t(lambda: b''.join([b'a', 'b']))
print(all(x < 3 for x in [1, 2]), any([]), list(iter([1, 2, 3].pop, 1)))
