# slice objects: repr, attributes, indices(), comparison, hashing.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, None), slice('a', [1], None), s.start, s.stop, s.step)
print(slice(None).indices(10), slice(2, -2).indices(10), slice(None, None, -1).indices(10), slice(-100, 100, 3).indices(7))
print(slice(5, 1, -2).indices(3), slice(10 ** 20, None, -10 ** 25).indices(10 ** 30), slice(0, 5).indices(0))
print(slice(None, None, 2 ** 70).indices(5), slice(-3, None).indices(2), slice(None, -1, -1).indices(4))
print(s == slice(1, 10, 2), s != slice(1, 10), s < slice(1, 11), slice(1) == slice(None, 1), s == (1, 10, 2))
print(hash(slice(1, 2, 3)), hash(slice(None)), hash(slice(1, 2, 3)) == hash(slice(1, 2, 3)), {slice(1, 2): 'x'}[slice(1, 2)])
print(s.__reduce__(), [0, 1, 2, 3, 4, 5][slice(1, None, 2)], 'abcdef'[slice(None, None, -2)])
class I:
    def __index__(self):
        return 2
print(slice(I(), I()).indices(5), [0, 1, 2, 3][I():], slice(1, 2, 3) == slice(1, 2, 3))
show('neg len', lambda: slice(1, 2, 3).indices(-1))
show('zero step', lambda: slice(1, 2, 0).indices(5))
show('str bound', lambda: slice('a').indices(5))
show('str len', lambda: slice(1).indices('a'))
show('list slice', lambda: [1, 2][slice('a')])
show('no args', lambda: slice())
show('too many', lambda: slice(1, 2, 3, 4))
show('unhashable', lambda: hash(slice([], 1)))
show('cmp', lambda: slice(1) < slice('a'))
show('attr', lambda: setattr(s, 'start', 3))
