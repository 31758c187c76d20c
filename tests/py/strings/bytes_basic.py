# bytes: construction, repr, operators, indexing, comparison, hashing, iteration.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class BB:
    def __bytes__(self):
        return b'from __bytes__'
class BI:
    def __index__(self):
        return 3
class BadBytes:
    def __bytes__(self):
        return 'str'

show('empty', lambda: bytes())
show('count', lambda: bytes(3))
show('zero', lambda: bytes(0))
show('index', lambda: bytes(BI()))
show('list', lambda: bytes([65, 66, 0, 255]))
show('tuple', lambda: bytes((1, 2)))
show('range', lambda: bytes(range(5)))
show('iter', lambda: bytes(iter([97, 98])))
show('gen', lambda: bytes(x for x in b'gen'))
show('bytes', lambda: bytes(b'copy'))
show('bytearray', lambda: bytes(bytearray(b'ba')))
show('str enc', lambda: bytes('héllo', 'utf-8'))
show('str enc kw', lambda: bytes('x', encoding='ascii'))
show('str latin', lambda: bytes('é', 'latin-1'))
show('str errors', lambda: bytes('é', 'ascii', 'replace'))
show('source kw', lambda: bytes(source=b'kw'))
show('__bytes__', lambda: bytes(BB()))
show('negative', lambda: bytes(-1))
show('huge', lambda: bytes(2**70))
show('str no enc', lambda: bytes('a'))
show('str errors only', lambda: bytes('a', errors='strict'))
show('float', lambda: bytes(1.5))
show('None', lambda: bytes(None))
show('out of range', lambda: bytes([256]))
show('negative item', lambda: bytes([-1]))
show('str item', lambda: bytes(['a']))
show('enc no str', lambda: bytes(b'a', 'utf-8'))
show('errors no str', lambda: bytes(b'a', errors='strict'))
show('bad enc', lambda: bytes('a', 'nosuch'))
show('enc int', lambda: bytes('a', 1))
show('unencodable', lambda: bytes('é', 'ascii'))
show('kw unknown', lambda: bytes(x=1))
show('too many', lambda: bytes(1, 2, 3, 4))
show('bad __bytes__', lambda: bytes(BadBytes()))

# repr
for b in [b'', b'abc', b"it's", b'say "x"', b'both \' "', b'\\', b'\x00\x01\n\t\r\x7f\x80\xff', bytes(range(32, 127))]:
    print(repr(b), str(b), ascii(b))

# Operators.
show('add', lambda: b'ab' + b'cd')
show('add bytearray', lambda: b'ab' + bytearray(b'cd'))
show('add str', lambda: b'ab' + 'cd')
show('add int', lambda: b'ab' + 1)
show('radd str', lambda: 'ab' + b'cd')
show('mul', lambda: b'ab' * 3)
show('rmul', lambda: 2 * b'xy')
show('mul zero', lambda: b'ab' * 0)
show('mul neg', lambda: b'ab' * -1)
show('mul float', lambda: b'ab' * 1.5)
show('mul huge', lambda: b'ab' * 2**62)
show('mul overflow', lambda: b'ab' * 2**64)
x = b'ab'
x += b'c'
x *= 2
print(x)

# Indexing and slicing.
b = b'abcdef'
print(b[0], b[-1], b[1:3], b[::2], b[::-1], b[4:1:-1], b[10:], b[:0], b[True])
show('index out', lambda: b[6])
show('index neg out', lambda: b[-7])
show('index str', lambda: b['a'])
show('index float', lambda: b[1.0])
print(list(b'abc'), [x for x in b'\x00\xff'], type(iter(b'')).__name__)
it = iter(b'xyz')
print(next(it), it.__length_hint__(), list(it))

# Membership.
print(97 in b'abc', 100 in b'abc', b'bc' in b'abc', b'' in b'abc', bytearray(b'c') in b'abc', b'abd' in b'abc')
show('in str', lambda: 'a' in b'abc')
show('in 256', lambda: 256 in b'abc')
show('in -1', lambda: -1 in b'abc')
show('in float', lambda: 1.5 in b'abc')

# Comparison and hashing.
pairs = [(b'a', b'b'), (b'ab', b'a'), (b'', b''), (b'\xff', b'\x00'), (b'abc', bytearray(b'abc')), (bytearray(b'a'), b'b')]
for p, q in pairs:
    print(repr(p), repr(q), p < q, p <= q, p == q, p != q, p > q, p >= q)
show('lt str', lambda: b'a' < 'b')
print(b'a' == 'a', b'a' != 'a', b'1' == 1)
print(hash(b'abc') == hash(b'ab' + b'c'), hash(b'') == hash(bytes()), hash(b'abc') == hash('abc'))
print(sorted([b'b', b'a', b'', b'\xff', b'ab']), {b'k': 1}[b'k'], len(b'abc'), bool(b''), bool(b'\x00'))
class BSub(bytes):
    pass
s = BSub(b'sub')
print(s, type(s).__name__, type(s + b'x').__name__, type(s[0:2]).__name__, s == b'sub', bytes(s), type(bytes(s)).__name__)
print(b'abc'.__getnewargs__(), b'x'.__bytes__(), type(BSub(b'q').__bytes__()).__name__)
print(bytes.__name__, isinstance(b'', bytes), issubclass(BSub, bytes))
