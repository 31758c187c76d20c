# str construction, operators, indexing, slicing, iteration and comparison.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# Construction.
show(lambda: str())
show(lambda: str(123))
show(lambda: str(1.5))
show(lambda: str([1, 'a']))
show(lambda: str(None))
show(lambda: str(b'abc'))
show(lambda: str(b'abc', 'ascii'))
show(lambda: str(b'caf\xc3\xa9', 'utf-8'))
show(lambda: str(b'caf\xe9', 'latin-1'))
show(lambda: str(b'\xff', 'utf-8', 'replace'))
show(lambda: str(b'\xff', 'utf-8'))
show(lambda: str(bytearray(b'xy'), 'ascii'))
show(lambda: str(object=7))
show(lambda: str(b'a', encoding='ascii'))
show(lambda: str(b'a', errors='strict'))
show(lambda: str('a', 'utf-8'))
show(lambda: str(1, 'utf-8'))
show(lambda: str(b'a', 'nosuch'))
show(lambda: str(b'a', 1))
show(lambda: str(x=1))
show(lambda: str(1, 2, 3, 4))

class S:
    def __str__(self):
        return 'from __str__'
    def __repr__(self):
        return 'from __repr__'
class R:
    def __repr__(self):
        return 'only repr'
class Bad:
    def __str__(self):
        return 42
show(lambda: str(S()))
show(lambda: str(R()))
show(lambda: str(Bad()))

# Concatenation and repetition.
show(lambda: 'ab' + 'cd')
show(lambda: 'ab' + '')
show(lambda: '' + 'é')
show(lambda: 'a' + 'é' + '€' + '😀')
show(lambda: 'ab' + 1)
show(lambda: 1 + 'ab')
show(lambda: 'ab' + None)
show(lambda: 'ab' * 3)
show(lambda: 3 * 'ab')
show(lambda: 'ab' * 0)
show(lambda: 'ab' * -5)
show(lambda: 'é' * 4)
show(lambda: 'ab' * True)
show(lambda: 'ab' * 1.5)
show(lambda: 'ab' * 'c')
show(lambda: 'x' * 10**15)
show(lambda: 'x' * 2**62)
show(lambda: 'ab' * 2**62)
show(lambda: 'x' * 2**63)
show(lambda: 'x' * 10**30)
class Radd:
    def __radd__(self, other):
        return 'radd:' + other
class Rmul:
    def __rmul__(self, other):
        return 'rmul:' + other
show(lambda: 'ab' + Radd())
show(lambda: 'ab' * Rmul())
s = 'abc'
s += 'def'
s *= 2
print(s)

# Indexing and slicing.
t = 'abcdefghij'
for i in (0, 1, 9, -1, -10):
    print(i, t[i])
show(lambda: t[10])
show(lambda: t[-11])
show(lambda: t['a'])
show(lambda: t[1.0])
show(lambda: t[None])
show(lambda: t[2**70])
print(t[2:5], t[:3], t[7:], t[-3:], t[:-3], t[::2], t[1::3], t[::-1], t[8:2:-2], t[100:], t[5:2])
print(t[True], t[False:True])
u = 'aé€😀bc'
print(len(u), u[1], u[2], u[3], u[-1], u[1:4], u[::-1], u[::2], u[4:], ascii(u[3]))
print([c for c in u])
print(list('héllo'), list(''), list(iter('ab')))
it = iter('abc')
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(iter('abc')).__name__, type(iter('é')).__name__)

# Membership.
print('b' in 'abc', 'bc' in 'abc', '' in 'abc', 'x' in 'abc', 'é' in 'café', '€' in 'abc', 'c' in 'é€c')
show(lambda: 1 in 'abc')
show(lambda: None in 'abc')

# Comparison by code point.
pairs = [('a', 'b'), ('abc', 'abd'), ('ab', 'abc'), ('', 'a'), ('Z', 'a'), ('é', 'z'), ('€', 'é'), ('😀', '€'), ('abc', 'abc'), ('é', 'é')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
show(lambda: 'a' < 1)
show(lambda: 'a' >= None)
print('a' == 1, 'a' != 1, 'a' == b'a')
print(sorted(['b', 'é', 'a', 'Z', '€', '😀', '', 'ab']))
print(max('hello'), min('hello'))

# Hashing: equal strings hash equally, whatever way they were built.
a = 'hello world'
b = ''.join(['hello', ' ', 'world'])
c = 'hello worldé'[:-1]
print(hash(a) == hash(b) == hash(c), a == b == c)
print(hash('é€') == hash('xé€'[1:]), hash('') == hash(''[0:0]))
d = {'key': 1, 'clé': 2}
print(d['key'], d['clé'], d['clé'[0:4]], 'k' + 'ey' in d)

# Other basics.
print(len(''), len('abc'), len('é€😀'), bool(''), bool('a'))
print(str.__name__, type('a') is str, isinstance('a', str))
print('abc'.__getnewargs__(), 'abc'.__len__(), 'abc'.__getitem__(1), 'abc'.__contains__('b'))
print('abc'.__add__('d'), 'abc'.__mul__(2), 'abc'.__rmul__(2), 'a'.__eq__(1), 'a'.__lt__('b'))
print(str.join, type(str.__dict__['join']).__name__)
