"""pickle: Pickler/Unpickler classes, hooks, out-of-band buffers, module constants."""
import io
import pickle
import copyreg
import collections
import datetime

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
print(pickle.compatible_formats)
print(sorted(pickle.__all__)[:12], len(pickle.__all__))
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
print(pickle.encode_long(0), pickle.encode_long(255), pickle.encode_long(-128),
      pickle.encode_long(-256), pickle.encode_long(32767), pickle.encode_long(-32768))
print([pickle.decode_long(b) for b in (b'', b'\xff\x00', b'\x80', b'\x00\xff', b'\x00\x80')])
print(pickle.STOP, pickle.MARK, pickle.FRAME, pickle.BYTEARRAY8, pickle.TRUE, pickle.FALSE)


# Round trips at every protocol
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, state):
        self.a = state['a'] * 10


NT = collections.namedtuple('NT', 'p q')
values = [None, True, 3, -2**70, 1.25, 2j, 'text', b'raw', bytearray(b'ba'), (1, (2, 3)),
          [1, [2]], {'k': [1, 2]}, {1, 2}, frozenset({3}), Point(1, 2), NT(1, 2),
          collections.OrderedDict(z=1, a=2), collections.deque([1, 2], maxlen=5),
          collections.defaultdict(int, a=1), collections.Counter('aab'),
          datetime.datetime(2024, 2, 29, 12, 30), datetime.date(1999, 12, 31),
          datetime.timedelta(days=-1, seconds=5), range(0, 10, 3), slice(None, 4),
          NotImplemented, Ellipsis, type(None), len, Point]
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    out = []
    for v in values:
        back = pickle.loads(pickle.dumps(v, p))
        out.append(back == v and type(back) is type(v))
    print(p, all(out), [i for i, ok in enumerate(out) if not ok])
    s = pickle.loads(pickle.dumps(Slotted(), p))
    print(' slots', s.a)
    d = pickle.loads(pickle.dumps(collections.deque([1], maxlen=3), p))
    print(' deque', d, d.maxlen)

# Shared and recursive references survive
shared = [1]
a = pickle.loads(pickle.dumps([shared, shared, (shared,)], 2))
print(a[0] is a[1] is a[2][0])
r = []
r.append(r)
t = (r,)
r.append(t)
for p in range(6):
    b = pickle.loads(pickle.dumps(t, p))
    print(p, b[0][0] is b[0], b[0][1] is b, type(b).__name__)
p1 = Point(1, 2)
p1.me = p1
b = pickle.loads(pickle.dumps(p1, 0))
print(b.me is b, b.x)

# dump/load with files, several pickles in one stream
f = io.BytesIO()
pickle.dump([1, 2], f, 0)
pickle.dump({'a': 1}, f, 4)
pickle.dump('end', f)
print(len(f.getvalue()))
f.seek(0)
print(pickle.load(f), pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print(type(e).__name__, e)

# Pickler object reuse and memo
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
print(pk.bin, pk.fast)
lst = [1]
pk.dump(lst)
pk.dump(lst)
print(f.getvalue())
pk.clear_memo()
pk.dump(lst)
print(f.getvalue())
f.seek(0)
up = pickle.Unpickler(f)
print(up.load(), up.load(), up.load())


# persistent_id / persistent_load
class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('db:'):
            return obj[3:]
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded:' + pid


for p in range(6):
    f = io.BytesIO()
    DBPickler(f, p).dump(['db:x', 'plain', ('db:y',)])
    print(p, f.getvalue())
    f.seek(0)
    print(DBUnpickler(f).load())


# dispatch_table, per pickler and per class
class Secret:
    def __init__(self, v):
        self.v = v


def reduce_secret(s):
    return Secret, (s.v * 2,)


f = io.BytesIO()
pk = pickle.Pickler(f, 3)
pk.dispatch_table = copyreg.dispatch_table.copy()
pk.dispatch_table[Secret] = reduce_secret
pk.dump(Secret(21))
print(f.getvalue(), pickle.loads(f.getvalue()).v)


class TablePickler(pickle.Pickler):
    dispatch_table = {Secret: reduce_secret}


f = io.BytesIO()
TablePickler(f, 2).dump([Secret(1)])
print(f.getvalue())
print(pickle.dumps(Secret(5), 2) != f.getvalue())


# reducer_override
class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Secret:
            return 'Point'
        if isinstance(obj, Point):
            return Point, (obj.y, obj.x)
        return NotImplemented


f = io.BytesIO()
try:
    OverridePickler(f, 4).dump([Secret, len])
except pickle.PicklingError as e:
    print(type(e).__name__, e)
f = io.BytesIO()
OverridePickler(f, 4).dump([Point(1, 2), 7, 'x', Point])
print(f.getvalue())
print([getattr(o, 'x', o) for o in pickle.loads(f.getvalue())])

# find_class override
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name == 'range':
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


print(Restricted(io.BytesIO(pickle.dumps(range(3)))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(len))).load()
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)

# PickleBuffer and out-of-band buffers
pb = pickle.PickleBuffer(b'abc')
print(bytes(pb.raw()), pickle.dumps(pb, 5))
print(pickle.dumps(pickle.PickleBuffer(bytearray(b'xy')), 5))
bufs = []
data = pickle.dumps([pickle.PickleBuffer(b'ro'), pickle.PickleBuffer(bytearray(b'rw'))], 5,
                    buffer_callback=bufs.append)
print(data, len(bufs))
back = pickle.loads(data, buffers=[b.raw() for b in bufs])
print([bytes(x) for x in back], [memoryview(x).readonly for x in back])
data = pickle.dumps([pickle.PickleBuffer(b'in')], 5, buffer_callback=lambda b: True)
print(data)
pb.release()
try:
    pb.raw()
except ValueError as e:
    print(type(e).__name__, e)
try:
    pickle.loads(pickle.dumps(pickle.PickleBuffer(b'q'), 5, buffer_callback=lambda b: False),
                 buffers=[])
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)

# encoding for Python 2 strings
print(pickle.loads(b"S'caf\\xe9'\np0\n.", encoding='latin1'))
print(pickle.loads(b"U\x04caf\xe9.", encoding='bytes'))
print(pickle.loads(b"U\x04caf\xe9.", encoding='ascii', errors='replace'))
print(pickle.loads(b"S'a\\n\\t\\'b\\\\'\n."))
print(pickle.loads(b'S"q\\x41\\101"\n.'))
