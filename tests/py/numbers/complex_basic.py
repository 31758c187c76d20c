# complex numbers: construction, parsing, repr, arithmetic, comparisons, hashing.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

inf, nan = float('inf'), float('nan')
for v in [0j, -0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(1e16, 1.5), complex(1e-5, -1e-5), complex(-0.0, -1),
          complex(0, -0.0), complex(-0.0, 0), complex(inf, -inf), complex(nan, 1), complex(1, nan), complex(123, 4.5)]:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), abs(v), bool(v), v.__getnewargs__())

print(complex(), complex(1), complex(1.5, 2), complex(2, -3.5), complex(True, False), complex(1j, 1j), complex(1 + 2j, 3 + 4j))
print(complex(real=1, imag=2), complex(imag=3), complex('1+2j'), complex(' (1-2j) '), complex('j'), complex('-J'),
      complex('1e5j'), complex('infj'), complex('1_0+2_0j'), complex('\u0661+2j'), complex('+1.5'), complex('1-j'))
for s in ['', '1+', '(1+2j', '1+2j)', '1 + 2j', 'j1', '1ej', '1__0j', '_1j', 'abc', '1+2jj', '((1+2j))']:
    show('complex(%r)' % s, lambda: complex(s))
show("complex('1', 2)", lambda: complex('1', 2))
show("complex(1, '2')", lambda: complex(1, '2'))
show('complex([])', lambda: complex([]))
show('complex(1, [])', lambda: complex(1, []))
show('complex(1, 2, 3)', lambda: complex(1, 2, 3))
show('complex(1, real=2)', lambda: complex(1, real=2))
show('complex(x=1)', lambda: complex(x=1))
show("complex(b'1')", lambda: complex(b'1'))
show('complex(10**400)', lambda: complex(10**400))

a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -2, a ** 0.5, a ** b, a ** 0, 2 ** a, a + 1, 1.5 - a, a * 2, 2 / a)
print(1j ** 2, 1j ** 101, (1 + 1j) ** 100, (-8) ** (1 / 3), (1e200 + 1e200j) ** 2, -a, +a, abs(3 + 4j))
for expr in ['a / 0', 'a / 0j', '0j ** -1', '0j ** 1j', '(1e200j) ** 2.5', 'pow(a, 2, 3)', 'a // 1', 'a % 1',
             'divmod(a, 1)', 'a < b', 'abs(complex(1e308, 1e308))', 'int(a)', 'float(a)', 'a > 1', "a + 'x'"]:
    show(expr, lambda: eval(expr))
print(a == 1 + 2j, a != b, (1 + 0j) == 1, (1 + 0j) == 1.0, 1 == (1 + 0j), (1 + 1j) == 1, (2**53 + 1) == complex(2**53 + 1))
print(hash(1 + 0j) == hash(1), hash(complex(1.5, -2.5)), hash(complex(-1, 0)), hash(complex(0, -1)), hash(1j), hash(-0j))
print(abs(complex(inf, nan)), abs(complex(nan, 1)), complex(inf, 0) * 1, 1j * inf)

class C(complex):
    pass

c = C(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, complex(c), type(complex(c)).__name__, +c, type(+c).__name__)
