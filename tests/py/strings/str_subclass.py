# Subclasses of str, bytes and bytearray: instance attributes, __slots__, overridden
# methods, what the builtin operations return, and construction through __new__.
class Name(str):
    def shout(self):
        return self.upper() + '!'

n = Name('hello')
n.extra = 42
print(n, repr(n), len(n), n[1], n[1:3], n.shout(), n.extra, n == 'hello', hash(n) == hash('hello'))
print(type(n).__name__, type(n + 'x').__name__, type(n * 2).__name__, type(n[0]).__name__, type(str(n)).__name__)
print(type(n.upper()).__name__, type(n.strip()).__name__, type(n.replace('l', 'L')).__name__, type('%s' % n).__name__)
print(isinstance(n, str), issubclass(Name, str), n in {'hello': 1}, {'hello': 1}[n], 'ell' in n, n.startswith('he'))
print(sorted([Name('b'), 'a', Name('c')]), ''.join([n, n]), n.split('l'), [type(p).__name__ for p in n.split('l')])
print(n.__dict__, vars(n))

class Slotted(str):
    __slots__ = ('tag',)
s = Slotted('slot text é')
s.tag = 'T'
print(s, s.tag, len(s), s.upper(), s.encode())
try:
    s.other = 1
except AttributeError as e:
    print('AttributeError', e)

class Upper(str):
    def __new__(cls, value=''):
        return super().__new__(cls, value.upper())
    def __repr__(self):
        return 'Upper(%s)' % str.__repr__(self)
u = Upper('abc')
print(u, repr(u), type(u).__name__, u.lower(), Upper(), repr(Upper('é€')))

class WithStr(str):
    def __str__(self):
        return 'custom'
w = WithStr('real')
print(w, str(w), '%s' % w, '{}'.format(w), f'{w}', w + '!', repr(w))

class Fmt(str):
    def __format__(self, spec):
        return 'F[' + spec + ']'
print('{:xyz}'.format(Fmt('q')), format(Fmt('q'), '>3'), f'{Fmt("q")!s:>3}')

big = Name('x' * 1000 + 'é' * 10)
big.a = 1
print(len(big), big[-1], big.count('x'), big.a, big.encode()[-2:])

class B(bytes):
    pass
b = B(b'data')
b.note = 'n'
print(b, repr(b), type(b).__name__, b.note, b[0], b[1:], type(b[1:]).__name__, type(b + b'!').__name__, b.decode(), bytes(b), type(bytes(b)).__name__)
class B2(bytes):
    def __new__(cls, n):
        return super().__new__(cls, b'x' * n)
print(B2(3), len(B2(5)), B2(2).upper())

class BA(bytearray):
    pass
ba = BA(b'mutable')
ba.append(33)
ba.note = 1
print(ba, repr(ba), type(ba).__name__, ba.note, type(ba.upper()).__name__, type(ba + b'x').__name__, type(ba[0:2]).__name__)
ba[0] = 77
del ba[-1]
print(ba, len(ba), BA(3), BA('é', 'utf-8'))
