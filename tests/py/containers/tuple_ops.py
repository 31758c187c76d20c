# tuple: construction, repr, comparison, hashing, slicing, methods.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t = (1, 2, 3)
print(t, (), (1,), ((1,),), (1, (2, 3), [4]), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t[0], t[-1], t[1:], t[::-1], t[5:], t[::2], len(t), 2 in t, 5 in t)
print(t + (4,), t * 2, 2 * t, () * 5, t * 0, t * -1)
print(t == (1, 2, 3), t != (1, 2), t < (1, 2, 4), t < (1, 2), (1, 2) < t, () < (0,), (1, 'a') < (1, 'b'))
print((1, 2) == [1, 2], t.index(2), t.index(3, 1), (1, 2, 1).count(1), t.__getnewargs__())
x = (1, 2)
empty = ()
print(tuple(x) is x, x[:] is x, x * 1 is x, empty is tuple(), (x + empty) is x)
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1, 0)), hash(((1, 2), (3, 4))))
print(hash((1.5, 'x' == 'x', None is None)), hash((0, 0)), hash((10 ** 20,)), hash((-2, -1)))
print(hash(((), ((),))), hash(tuple(range(100))), hash((True, False)))
print({(1, 2): 'a', (1, 2): 'b'}, (1, 2) in {(1, 2)}, len({(i, i) for i in range(5)} | {(0, 0)}))
a, b, *c = (1, 2, 3, 4)
print(a, b, c)
print(max((3, 1), (2, 9)), min([(1, 'z'), (1, 'a')]), sorted([(2, 1), (1, 2), (1, 1)]))
class T(tuple):
    pass
s = T([1, 2])
print(s, type(s).__name__, s == (1, 2), type(s + (3,)).__name__, hash(s) == hash((1, 2)), isinstance(s, tuple))
print(type(iter(())).__name__)
it = iter((1, 2, 3))
print(next(it), it.__length_hint__(), list(it), list(it))
show('index', lambda: (1,).index(2))
show('getitem', lambda: (1,)[5])
k = 'a'
show('getitem str', lambda: (1,)[k])
show('concat', lambda: (1,) + [1])
show('mul', lambda: (1,) * 2.0)
show('args', lambda: tuple(1, 2))
show('kw', lambda: tuple(x=1))
show('notiter', lambda: tuple(5))
show('unhashable', lambda: hash((1, [2])))
show('compare', lambda: (1, 2) < (1, 'a'))
show('setitem', lambda: t.__setitem__(0, 1))
show('memory', lambda: (0,) * (10 ** 12))
