# Conversions through dunder methods: __int__, __index__, __float__, __complex__,
# __trunc__, __floor__, __ceil__, __round__, and number subclasses.
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r), type(r).__name__)

class I:
    def __index__(self):
        return 7

class N:
    def __int__(self):
        return 42

class BadInt:
    def __int__(self):
        return 'x'

class F:
    def __float__(self):
        return 2.5

class BadF:
    def __float__(self):
        return 1

class C:
    def __complex__(self):
        return 1 + 2j

class R:
    def __round__(self, n=None):
        return ('rounded', n)
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
    def __trunc__(self):
        return 'trunc'

show('int(I())', lambda: int(I()))
show('int(N())', lambda: int(N()))
show('int(BadInt())', lambda: int(BadInt()))
show('float(I())', lambda: float(I()))
show('float(F())', lambda: float(F()))
show('float(BadF())', lambda: float(BadF()))
show('float(N())', lambda: float(N()))
show('complex(C())', lambda: complex(C()))
show('complex(F())', lambda: complex(F()))
show('complex(I(), F())', lambda: complex(I(), F()))
show('complex(N())', lambda: complex(N()))
show('round(R())', lambda: round(R()))
show('round(R(), 2)', lambda: round(R(), 2))
show('math.floor(R())', lambda: math.floor(R()))
show('math.ceil(R())', lambda: math.ceil(R()))
show('math.trunc(R())', lambda: math.trunc(R()))
show('math.floor(F())', lambda: math.floor(F()))
show('math.ceil(I())', lambda: math.ceil(I()))
show('math.sqrt(F())', lambda: math.sqrt(F()))
show('math.sqrt(I())', lambda: math.sqrt(I()))
show('math.factorial(I())', lambda: math.factorial(I()))
show('math.gcd(I(), 21)', lambda: math.gcd(I(), 21))
show('[10, 20, 30][True]', lambda: [10, 20, 30][True])
show('2 ** I()', lambda: 2 ** I())
show('hex(I())', lambda: hex(I()))
show("format(I(), 'd')", lambda: format(I(), 'd'))
show('(5).__add__(2.0)', lambda: (5).__add__(2.0))
show('(5.0).__radd__(2)', lambda: (5.0).__radd__(2))
show('(5).__truediv__(2)', lambda: (5).__truediv__(2))
show('(2.0).__rpow__(3)', lambda: (2.0).__rpow__(3))
show('(1j).__rmul__(2)', lambda: (1j).__rmul__(2))
show('int.__add__(5, 2)', lambda: int.__add__(5, 2))
show('float.__mul__(1.5, 2)', lambda: float.__mul__(1.5, 2))
show("int.__add__(5, 'a')", lambda: int.__add__(5, 'a'))

class MyInt(int):
    def __add__(self, other):
        return 'MyInt.add'
    def __repr__(self):
        return 'MyInt(%d)' % int(self)

class MyFloat(float):
    def __radd__(self, other):
        return 'MyFloat.radd'

m, f = MyInt(3), MyFloat(1.5)
print(m + 1, 1 + m, m * 2, m, str(m), int(m) + 1, hash(m) == hash(3), m == 3, m.real, m.bit_length())
print(1 + f, f + 1, 2.5 + f, f * 2, type(f * 2).__name__, f == 1.5, -f, abs(MyFloat(-2.0)), f.is_integer())
print(MyInt(2**100) // 3, MyInt('101', 2), MyInt(7.9), sorted([MyInt(5), 2, MyFloat(3.5)]))

class Big(int):
    pass

b = Big(2**200 + 1)
print(b, b % 1000, -b, b >> 190, type(b >> 190).__name__, int(b) == 2**200 + 1, b.to_bytes(26, 'big')[:3])
del b
x = [Big(i * 10**30) for i in range(5)]
print(sum(x), x[4] // x[1], max(x))
print(int('  0b1_0  ', 0), int('0o17', 0), float('  1_2.5e1_0 '), complex('  -1.5e-3+2_0j  '))
print(True + 1.5, 2 * True, 3 - False, True ** 10, 7 // True, 2.0 ** True)
