# Binary operator dispatch: reflected operands, the subclass-first rule, in-place
# operators, NotImplemented, sequence fallbacks and the error messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return ('V.add', self.v, o if not isinstance(o, V) else o.v)
    def __radd__(self, o):
        return ('V.radd', self.v, o)
    def __mul__(self, o):
        return NotImplemented
    def __rmul__(self, o):
        return ('V.rmul', o)
    def __repr__(self):
        return 'V(%r)' % (self.v,)
class SubV(V):
    def __radd__(self, o):
        return ('SubV.radd', self.v)
print(V(1) + 2, 3 + V(4), V(1) + V(2), V(1) + SubV(2), SubV(1) + V(2))
print(3 * V(1), [1] * 2, 2 * [1], 'ab' * 2, (1,) * 0)
t(lambda: V(1) * V(2))
class IAdd:
    def __init__(self):
        self.log = []
    def __iadd__(self, o):
        self.log.append(o)
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return 'fallback sub'
x = IAdd()
x += 5
x += 6
print(x.log)
x -= 1
print(x)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(alias, lst is alias)
s = 'a'
s += 'b'
print(s)

class P:
    def __pow__(self, o, mod=None):
        return ('pow', o, mod)
    def __rpow__(self, o, mod=None):
        return ('rpow', o, mod)
print(P() ** 2, 2 ** P(), pow(P(), 3), pow(P(), 3, 5))
print(-V(1).v, +5, ~5, abs(-2))
class U:
    def __neg__(self):
        return 'neg'
    def __pos__(self):
        return 'pos'
    def __invert__(self):
        return 'inv'
    def __abs__(self):
        return 'abs'
print(-U(), +U(), ~U(), abs(U()))

t(lambda: 1 + 'a')
t(lambda: 'a' + 1)
t(lambda: [1] + (2,))
t(lambda: (1,) + [2])
t(lambda: b'a' + 'x')
t(lambda: [1] * 1.5)
t(lambda: 1.5 * [1])
t(lambda: 'a' * 'b')
t(lambda: 'a' ** 2)
t(lambda: pow('a', 2, 3))
t(lambda: pow(2, 3, 'a'))
t(lambda: divmod('a', 2))
t(lambda: 1 @ 2)
t(lambda: {} | [])
t(lambda: 1 << 'a')
t(lambda: -'a')
t(lambda: +'a')
t(lambda: ~'a')
t(lambda: abs('a'))
t(lambda: print >> 1)
class A:
    pass
t(lambda: A() + 1)
t(lambda: 1 - A())
def ip1():
    v = 'a'
    v **= 2
def ip2():
    v = 'a'
    v -= 2
def ip3():
    v = [1]
    v += 2
def ip4():
    v = (1,)
    v += [2]
def ip5():
    v = [1]
    v *= 'a'
def ip6():
    v = A()
    v //= 3
for f in (ip1, ip2, ip3, ip4, ip5, ip6):
    t(f)
