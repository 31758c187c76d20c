# enumerate, zip, map, filter, reversed, iter(callable, sentinel), sequence iteration.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', start=-3)), list(enumerate([], 9)))
print(list(enumerate('ab', 10 ** 30)), list(enumerate(iterable='xy', start=1)))
e = enumerate(range(3))
print(type(e).__name__, next(e), next(e), list(e), list(e))
import sys
big = enumerate('abc', sys.maxsize - 1)
print(list(big))
print(list(zip()), list(zip('ab')), list(zip('abc', range(5))), list(zip('ab', [1, 2], (True, False))))
print(list(zip('ab', 'cd', strict=True)), list(zip(strict=False)))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, '', 'a', [], [0], None])), list(filter(lambda x: x % 2, range(10))), list(filter(bool, [0, 2])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), list(iter(Seq())), 20 in Seq(), type(iter(Seq())).__name__)
r = reversed(Seq())
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
class Rev:
    def __reversed__(self):
        return iter(['custom'])
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
show('norev', lambda: reversed(NoRev()))
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise StopIteration
        return i
print(list(OnlyGetitem()), sum(OnlyGetitem()))
it = iter(OnlyGetitem())
print(it.__length_hint__() if hasattr(type(it), '__length_hint__') else 'nohint')
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)), type(iter(tick, 100)).__name__)
def stopper():
    raise StopIteration
print(list(iter(stopper, None)))
z = zip([1, 2], [3, 4])
print(next(z), next(z))
m = map(len, ['a', 'bb'])
print(type(m).__name__, next(m), list(m))
f = filter(None, [1])
print(type(f).__name__, list(f), list(f))
pairs = list(zip(range(3), range(3)))
print(pairs, [a + b for a, b in zip([1, 2], [10, 20])], dict(zip('ab', 'cd')))
keep = []
for t in zip('ab', 'cd'):
    keep.append(t)
print(keep)
kept = [p for p in enumerate('xyz')]
print(kept)
show('strict short', lambda: list(zip([1], [1, 2], strict=True)))
show('strict long', lambda: list(zip([1, 2], [1], strict=True)))
show('strict 3', lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
show('strict 3b', lambda: list(zip([1], [1], [1, 2], strict=True)))
show('zip kw', lambda: zip([1], foo=1))
show('zip notiter', lambda: zip(1))
show('map one', lambda: map(abs))
show('map kw', lambda: map(abs, [1], x=1))
show('map notcallable', lambda: list(map(1, [1])))
show('filter one', lambda: filter(None))
show('enum none', lambda: enumerate())
show('enum notiter', lambda: enumerate(1))
show('enum str start', lambda: list(enumerate('ab', 'a')))
show('reversed int', lambda: reversed(1))
show('reversed set', lambda: reversed({1}))
show('reversed args', lambda: reversed())
show('iter notcallable', lambda: iter(1, 2))
show('iter int', lambda: iter(1))
class Boom:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('boom')
show('map error', lambda: list(map(abs, Boom())))
show('zip error', lambda: list(zip([1], Boom())))
