# Pickling support of the builtin iterators: __reduce__ while running and once exhausted,
# __setstate__ clamping, and copy.copy of an iterator.
import copy
def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)
for seq in [[1,2,3], (1,2,3), 'abc', 'aé', b'abc', bytearray(b'ab'), range(1, 10, 3), range(1, 11, 3), range(10**20, 10**20+5)]:
    it = iter(seq); next(it)
    t(lambda: it.__reduce__())
    t(lambda: it.__setstate__(2))
    t(lambda: list(it))
    t(lambda: it.__reduce__())
it = iter([1,2]); t(lambda: it.__setstate__(-5)); t(lambda: list(it)); it = iter([1,2]); t(lambda: it.__setstate__(10)); t(lambda: list(it)); t(lambda: it.__setstate__('x'))
it = reversed([1,2,3]); next(it); t(lambda: it.__reduce__()); t(lambda: it.__setstate__(0)); t(lambda: list(it)); t(lambda: it.__reduce__())
class S:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
it = iter(S()); next(it); t(lambda: it.__reduce__()[0] is iter); t(lambda: it.__reduce__()[2]); it.__setstate__(0); t(lambda: list(it)); t(lambda: it.__reduce__())
it = iter([1,2,3]); next(it); c = copy.copy(it); t(lambda: (list(c), list(it)))
s = iter('你好'); s.__setstate__(1); t(lambda: (next(s), s.__reduce__()[2]))
r = iter(range(5)); next(r); rc = copy.copy(r); t(lambda: (list(rc), list(r)))
