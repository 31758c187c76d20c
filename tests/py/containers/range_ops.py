# range: construction, len, indexing, slicing, containment, equality, hashing, iteration.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(range(10), range(1, 10), range(0, 10, 2), range(10, 0, -3), range(-5))
print(list(range(5)), list(range(2, 12, 3)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[100:], r[-100:2], list(r[1::3]))
print(r.start, r.stop, r.step, r.index(7), r.count(7), r.count(8), 7 in r, 8 in r, 31 in r, -1 in r)
print(3.0 in r, 7.0 in r, r.index(7.0), r.count(7.0), True in range(2), r.index(True if False else 3))
print(range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(1) == range(1, 2, 5), range(3) == range(3))
print(range(3) != range(4), range(2) == [0, 1], hash(range(0)) == hash(range(4, 2)), hash(range(1, 2, 3)) == hash(range(1, 3, 7)))
print(hash(range(10)), hash(range(0)), hash(range(1, 2)), hash(range(5, 20, 3)))
print(bool(range(0)), bool(range(1)), list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))))
big = range(10 ** 20)
print(big, big[10 ** 19], big[-1], big[10 ** 18:10 ** 18 + 3], 10 ** 19 in big, 10 ** 21 in big, big.index(12345))
huge = range(-10 ** 30, 10 ** 30, 10 ** 29)
print(huge[5], list(huge)[:3], list(huge[::-4]), 0 in huge, 10 ** 29 + 1 in huge, huge.count(0))
print(list(range(2 ** 63 - 3, 2 ** 63 + 2)), list(reversed(range(2 ** 63 - 2, 2 ** 63 + 1))))
print(list(range(-2 ** 63 - 2, -2 ** 63 + 2)), list(range(2 ** 62, 2 ** 63 + 2 ** 62, 2 ** 62)))
print(list(range(0, -10, -3)), list(range(-3, 3)), sum(range(1001)), max(range(7)), min(range(3, 9)))
print(type(iter(range(3))).__name__, type(iter(big)).__name__, type(reversed(range(3))).__name__)
it = iter(range(10))
next(it)
print(it.__length_hint__(), list(it))
print(range(5)[True], range(1, 20)[slice(2, None, 5)], range(4)[-4], [x for x in range(3, 0, -1)])
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), range(10)[I()], range(I(), 10, I()))
show('step zero', lambda: range(1, 2, 0))
show('str', lambda: range('a'))
show('float', lambda: range(1.0))
show('none', lambda: range())
show('many', lambda: range(1, 2, 3, 4))
show('kw', lambda: range(stop=3))
show('len huge', lambda: len(range(10 ** 20)))
show('index out', lambda: range(10)[10])
show('index neg', lambda: range(10)[-11])
show('not in', lambda: range(10).index(11))
show('not in float', lambda: range(10).index(1.5))
k = 'a'
show('bad key', lambda: range(3)[k])
show('slice step0', lambda: range(3)[::0])
show('lt', lambda: range(3) < range(4))
show('big len attr', lambda: range(10 ** 20).__len__())
