# array unicode typecodes: 'w' (new in 3.13, UCS-4) and the deprecated 'u' (wchar_t),
# tounicode/fromunicode, their errors on numeric arrays, conversions between kinds.
import warnings
from array import array as A


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# 'w' needs no warning filter
w = A('w', 'héllo')
print(w, len(w), w.itemsize, w.typecode, w[1], w[-1], w.tounicode(), w.buffer_info()[1])
print(A('w'), A('w', ''), A('w', ['a', 'b']), A('w', ('x',)), A('w', iter('yz')), A('w', '\U0001f600'))
print(repr(A('w', 'a\'b"c\n\x00')), str(A('w', 'ab')), A('w', 'ab') == A('w', 'ab'), A('w', 'ab') < A('w', 'b'))
print(A('w', 'ab').tolist(), list(A('w', 'ab')), 'a' in A('w', 'ab'), A('w', 'aba').count('a'), A('w', 'aba').index('b'))
print(A('w', 'abc')[::-1], A('w', 'abc')[1:], A('w', 'ab') + A('w', 'cd'), A('w', 'ab') * 2, A('w', A('w', 'q')))
print(len(A('w', 'x').tobytes()), A('w', 'A').tobytes() == 'A'.encode('utf-32-le'), A('w', '\U0010ffff')[0] == '\U0010ffff')
x = A('w', 'ab')
x.append('c')
x.extend('de')
x.extend(['f'])
x.insert(0, '_')
x[1] = 'A'
x[2:3] = A('w', 'BB')
x.fromunicode('gh')
x.fromlist(['i'])
x.reverse()
print(x, x.pop(), x.tounicode())
x.frombytes('Z'.encode('utf-32-le'))
print(x)
print(x.remove('Z'), x.tounicode())
t(lambda: x.append(65))
t(lambda: x.append('ab'))
t(lambda: x.append(''))
t(lambda: x.append(b'a'))
t(lambda: x.__setitem__(0, 1))
t(lambda: x.__setitem__(0, 'xy'))
t(lambda: x.extend([1]))
t(lambda: x.fromlist([1]))
t(lambda: x.fromunicode(b'ab'))
t(lambda: x.fromunicode(['a']))
t(lambda: x.fromunicode())
t(lambda: A('w', [1]))
t(lambda: A('w', ['ab']))
t(lambda: A('w', b'ab'))
t(lambda: A('w', A('b', [1])))
t(lambda: A('b', A('w', 'a')))
t(lambda: A('w', 'a') + A('b', [1]))
t(lambda: A('w', 'a').extend(A('b', [1])))
t(lambda: A('w').frombytes(b'abc'))
t(lambda: A('w', [chr(0x110000 - 1), 'a']))
print(x)
y = A('w')
y.frombytes(b'\x00\x00\x11\x00')
t(lambda: y[0])
t(lambda: y.tounicode())
t(lambda: repr(y))
t(lambda: y.tolist())

# tounicode / fromunicode on numeric arrays
for tc in 'bBhHiIlLqQfd':
    print(tc, end=' ')
    t(lambda: A(tc, [1]).tounicode())
for tc in 'bBd':
    print(tc, end=' ')
    t(lambda: A(tc).fromunicode('a'))
t(lambda: A('w', 'a').tounicode(1))

# 'u' typecode: deprecated, so silence the DeprecationWarning
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    A('u', 'x')
    A('u')
print([(c.category.__name__, str(c.message)) for c in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    A('w', 'x')
    A('b', [1])
print(len(caught))
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    u = A('u', 'abc')
    print(u, u.typecode, u.itemsize, u.tounicode(), u[0], u.tolist(), u[::-1])
    u.fromunicode('de')
    u.append('f')
    u.extend('g')
    print(u, len(u), u == A('w', 'abcdefg'), A('u', 'ab') < A('w', 'b'))
    t(lambda: u.append(1))
    t(lambda: u.append('xy'))
    t(lambda: u.fromunicode(1))
    t(lambda: A('u', [1]))
    t(lambda: A('u', b'a'))
    t(lambda: A('u', A('w', 'a')))
    t(lambda: A('w', A('u', 'a')))
    t(lambda: A('u', 'a') + A('w', 'b'))
    t(lambda: A('u', 'a').extend(A('w', 'b')))
    t(lambda: A('i', A('u', 'a')))
    print(A('u', A('u', 'zz')), repr(A('u')), A('u', '\U0001f600').tounicode() == '\U0001f600')
    print(A('u', ['p', 'q']), len(A('u', 'ab').tobytes()) == 2 * A('u').itemsize)
