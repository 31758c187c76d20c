# iter/next (with default and sentinel), all/any, sorted, len, and iteration errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
t(lambda: next(iter([])))
t(lambda: next([]))
t(lambda: next(5))
t(lambda: next())
t(lambda: iter(5))
t(lambda: iter())
t(lambda: iter([], 1, 2))
t(lambda: iter(5, 6))
vals = [3, 2, 1, 0, 5]
print(list(iter(lambda: vals.pop(), 1)))
class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)
print(list(iter(Seq())), 9 in Seq(), 10 in Seq())
class BadIter:
    def __iter__(self):
        return 5
t(lambda: iter(BadIter()))
class Gen:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(Gen()), next(Gen(), 'dflt'))

print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, None, 3]), any(x > 2 for x in range(5)))
t(lambda: all(1))
t(lambda: any())
print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted([-3, 1, -2], key=abs))
print(sorted({'b': 1, 'a': 2}), sorted([(1, 'b'), (1, 'a')]), sorted([], key=len))
t(lambda: sorted())
t(lambda: sorted([3, 1], lambda x: x))
t(lambda: sorted([3, 1], foo=1))
t(lambda: sorted([1, 'a']))
t(lambda: sorted(5))
print(len([1, 2]), len('abc'), len({}), len(range(10)), len(b'xy'))
t(lambda: len(5))
t(lambda: len())
t(lambda: len([], x=1))
class L:
    def __len__(self):
        return -1
t(lambda: len(L()))
class L2:
    def __len__(self):
        return 'x'
t(lambda: len(L2()))
t(lambda: 3 in 5)
print(list(enumerate('ab', 1)), list(zip('ab', [1, 2, 3])), list(map(abs, [-1, 2])),
      list(filter(None, [0, 1, 2])), list(reversed([1, 2, 3])))
print(type(enumerate([])).__name__, type(zip()).__name__, isinstance(map(abs, []), map))
