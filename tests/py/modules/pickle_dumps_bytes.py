"""pickle.dumps output, byte for byte, at every protocol."""
import zlib, pickle, collections, datetime, enum, copyreg, sys
class Plain:
    def __init__(self): self.a = 1; self.b = [1, 2]
class Slots:
    __slots__ = ('x', 'y', '__p')
    def __init__(self): self.x = 1; self.__p = 3
class SlotsGS(Slots):
    __slots__ = ()
    def __getstate__(self): return (None, {'x': self.x})
class GS:
    def __init__(self): self.v = 5
    def __getstate__(self): return {'vv': self.v}
    def __setstate__(self, st): self.v = st['vv']
class Red:
    def __reduce__(self): return (Red, (), {'k': 1})
class RedEx:
    def __reduce_ex__(self, p): return (RedEx, (p,))
    def __init__(self, p=None): self.p = p
class NA(int):
    def __new__(cls, v): return int.__new__(cls, v)
    def __getnewargs__(self): return (int(self),)
class NAE:
    def __new__(cls, *a, **k): o = object.__new__(cls); o.a = a; o.k = k; return o
    def __getnewargs_ex__(self): return self.a, self.k
class LSub(list): pass
class DSub(dict): pass
Point = collections.namedtuple('Point', 'x y')
class Color(enum.Enum):
    RED = 1
class Outer:
    class Inner: pass
def func(): pass
class Reg: 
    def __init__(self, v): self.v = v
copyreg.pickle(Reg, lambda r: (Reg, (r.v,)))
rec = [1]; rec.append(rec)
rd = {}; rd['self'] = rd
shared = [1, 2]
objs = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -255, 2**31-1, -2**31, 2**31, -2**31-1, 2**63, -2**63, 2**1000, -2**1000, 2**2100,
        0.0, -0.0, 1.5, 1e300, float('inf'), float('-inf'), 1+2j, '', 'abc', 'a'*300, 'é€\U0001f600\n\\\r\x00\x1a\t', '\ud800',
        b'', b'abc', b'\x00\xff'*200, bytearray(b'xy'), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2}, {1: 2, 3: 4},
        set(), {1, 2, 3}, frozenset(), frozenset({4, 5}), [[1], [2]], (shared, shared), rec, rd, Plain(), Slots(), SlotsGS(), GS(), Red(), RedEx(), NA(7), NAE(1),
        LSub([1, 2]), DSub(a=1), Point(1, 2), collections.OrderedDict(a=1, b=2), collections.deque([1, 2]), collections.defaultdict(list, {1: [2]}),
        collections.Counter({'a': 2}), datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.timedelta(1, 2, 3),
        datetime.time(1, 2, 3), datetime.timezone.utc, Color.RED, range(1, 10, 2), slice(1, 2, None), type(None), type(NotImplemented), type(...),
        NotImplemented, ..., Plain, Outer.Inner, func, len, int, object, list(range(2500)), {i: i for i in range(2001)}, set(range(1000)), Reg(3),
        ValueError('x'), Outer, [Outer, Outer.Inner, Outer.Inner], ]
for i, o in enumerate(objs):
    for p in range(6):
        try:
            d = pickle.dumps(o, p)
            print(i, p, d if len(d) < 200 else (len(d), zlib.crc32(d), d[:60], d[-60:]))
            back = pickle.loads(d)
            if type(back) is not type(o):
                print('  type mismatch', type(back).__name__)
        except Exception as e:
            print(i, p, 'ERR', type(e).__name__, e)
# keyword arguments for __new__ need NEWOBJ_EX (protocol 4 and up)
for p in (4, 5):
    d = pickle.dumps(NAE(1, k=2), p)
    print(d)
    b = pickle.loads(d)
    print(b.a, b.k)
# fix_imports off keeps the Python 3 names
for p in range(3):
    print(pickle.dumps([range(1), str, ValueError], p, fix_imports=False))
