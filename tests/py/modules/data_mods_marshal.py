# marshal: byte-exact output for many values and versions, round trips, errors
import marshal, io, sys

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

print(marshal.version)
values = [None, True, False, 0, 1, -1, 255, 256, 1000, -1000, 2**31 - 1, -2**31,
          2**31, -2**31 - 1, 2**63, -2**64, 10**30, 1.5, -0.0, 1e300, 2.5e-310,
          float('inf'), -float('inf'), 1j, 1.5 - 2j, '', 'a', 'abc', 'hello world',
          'name_like', 'caf\xe9', '\u20ac uro', '\U0001f600', b'', b'bytes\x00\xff',
          (), (1,), (1, 2, 3), [], [1, 'a'], {}, {'a': 1, 'b': [2]}, set(), {1, 2, 3},
          frozenset(), frozenset({'x', 'y'}), StopIteration, ..., ((1, 2), (3, 4)),
          [None, [True, [False]]], {'k': (1.5, 'v')}]
for v in values:
    for ver in range(6):
        print(ver, marshal.dumps(v, ver))

# fresh objects, shared objects, references
print(marshal.dumps([int('1000'), float('2.5'), str(12) + 'x', (int('5'),)]))
print(marshal.dumps([[1], [2]]))
a = [1]
print(marshal.dumps([a, a]))
x = 1.5
print(marshal.dumps([x, x]))
b = 'hello there'
print(marshal.dumps((b, b, [b])))
print(marshal.dumps({int('1000'), int('1001'), int('999')}))
print(marshal.dumps(bytearray(b'ab')), marshal.dumps(memoryview(b'cd')))
big = list(range(300))
print(marshal.dumps(tuple(big))[:12], len(marshal.dumps(tuple(big))))
print(marshal.dumps('a b ' * 100)[:8])
print(marshal.dumps(2**1000)[:10], len(marshal.dumps(2**1000)))

# round trips
for v in values:
    for ver in range(6):
        r = marshal.loads(marshal.dumps(v, ver))
        if r != v and not (v != v):
            print('mismatch', ver, repr(v), repr(r))
self_ref = []
self_ref.append(self_ref)
r = marshal.loads(marshal.dumps(self_ref))
print(r, r[0] is r)
d = {}
d['me'] = d
print(marshal.loads(marshal.dumps(d)))
print(marshal.loads(b'I\x01\x00\x00\x00\x00\x00\x00\x80'))
print(marshal.loads(b'f\x03inf'), marshal.loads(b'x\x011\x03-2.'))
print(marshal.loads(b'N trailing data'))
print(marshal.loads(bytearray(b'i\x05\x00\x00\x00')), marshal.loads(memoryview(b'T')))
s = marshal.loads(b't\x03\x00\x00\x00abc')
print(s, s == 'abc')

# errors
for data in [b'', b'0', b'i\x01', b'Q', b'?', b'z\x05ab', b'z', b')', b'f', b'x',
             b'(', b'g\x00', b'r\x00\x00\x00\x00', b'(\x01\x00\x00\x000',
             b'[\x01\x00\x00\x000', b'<\x01\x00\x00\x000', b'{N0', b'{NN0', b'{N',
             b'l\x01\x00\x00\x00\x00\x80', b'l\x02\x00\x00\x00\x01\x00\x00\x00',
             b's\xff\xff\xff\xff', b'\xdb\x02\x00\x00\x00r\x00\x00\x00\x00N',
             b'\xbe\x01\x00\x00\x00r\x00\x00\x00\x00']:
    show(marshal.loads, data)
show(marshal.loads, 'abc')
show(marshal.loads, b'[\x01\x00\x00\x00' * 3000 + b'N')
show(marshal.dumps, object())
show(marshal.dumps, [1, object()])
class I(int): pass
show(marshal.dumps, I(3))
show(marshal.dumps, 1, 'a')
show(marshal.dumps, 1, 1.0)
print(marshal.dumps('a', -1), marshal.dumps('a', 100))
deep = []
for i in range(3000):
    deep = [deep]
show(marshal.dumps, deep)
ok = []
for i in range(1500):
    ok = [ok]
print(len(marshal.dumps(ok)), marshal.loads(marshal.dumps(ok)) == ok)

# files
f = io.BytesIO()
marshal.dump([1, 'a'], f)
marshal.dump(2, f, 2)
marshal.dump({'x': 1.25}, f)
print(f.getvalue())
f.seek(0)
print(marshal.load(f), marshal.load(f), marshal.load(f), f.read())
show(marshal.load, io.BytesIO(b''))
show(marshal.load, io.BytesIO(b'i\x01'))
show(marshal.load, io.BytesIO(b'z\x05ab'))
show(marshal.load, io.StringIO('N'))
f = io.BytesIO(b'i\x01\x00\x00\x00rest')
print(marshal.load(f), f.read())
