# complex numbers in depth: repr/str with signed zeros, inf and nan parts, parsing from
# strings (every accepted shape and many rejected ones), mixed arithmetic with int/float
# operands and special values, abs overflow, integer and complex powers, format specs.
def r(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

inf, nan = float('inf'), float('nan')
parts = [0.0, -0.0, 1.0, -1.5, 1e16, 1e-7, inf, -inf, nan]
for re in parts:
    print(repr(re), [repr(complex(re, im)) for im in parts])
print(repr(-0j), repr(0j * -1), repr(-(0j)), repr(complex(-0.0, 0) + 0), repr(-0.0 + 0j), repr(0.0 - 0j), repr(-(1 + 0j)),
      repr(1j * 1j), repr((-1) * 1j), repr(-1j * -1j), repr(complex('-0-0j')), repr(complex(-0.0)), repr(0j.conjugate()))

ok = ['1', '-1', '1j', '-1j', 'j', '+j', '-j', '1+j', '1-j', '1.5+2.5j', '-1.5e3-2.5e-3j', '1e5J', '  1+2j  ', '(1+2j)',
      ' ( 1+2j ) ', '(j)', 'inf', '-infj', 'inf+infj', 'nan', 'nanj', '-nan-nanj', 'Infinity+1j', '1_0+2_0j', '.5j', '5.j',
      '1e+5+1e-5j', '0x10', '1+2', '1j+2', 'j1', '1+2ji', '1 +2j', '1+ 2j', '(1+2j', '1+2j)', '()', '', ' ', '1+-2j',
      '1++2j', '1e', '1e+j', '+', '-', 'jj', '1_j', '1__0j', '\u0661+\u0662j', '１+２j', '\xa01+2j\u2003',
      '((1+2j))', '(1)+(2j)', '1.5', '-.5-.5j', 'NaN+NaNj', '1e400j', '-1e400+1e-400j']
for s in ok:
    print(ascii(s), r(lambda: complex(s)))
for args in [(b'1',), (bytearray(b'1'),), ('1', 1), (1, '1'), ('1', None), (None,), ([],), ({},), (1, []),
             (1j, 1j), (1 + 2j, 3j), (float('nan'), 1j), (10**400,), (1, 10**400), (True, True), (-0.0, -0.0)]:
    print(repr(args)[:40], r(lambda: complex(*args)))
class C1:
    def __complex__(self):
        return 2 + 3j
class C2:
    def __complex__(self):
        return 'x'
class F1:
    def __float__(self):
        return 4.5
class I1:
    def __index__(self):
        return 6
for v in [C1(), C2(), F1(), I1()]:
    print(type(v).__name__, r(lambda: complex(v)), r(lambda: complex(v, 1)) if not isinstance(v, C2) else '',
          r(lambda: complex(1, v)))

a, b = 3 - 4j, complex(-0.0, 2)
for x, y in [(a, b), (a, 2), (2.5, a), (a, True), (b, -0.0), (1j, 1e308), (complex(1e308, 1e308), 10), (complex(inf, 0), 1j),
             (complex(1e-320, 1e-320), 1e-5), (complex(nan, 0), 1), (complex(2, 0), complex(0, inf))]:
    print(repr(x), repr(y), r(lambda: x + y), r(lambda: x - y), r(lambda: x * y), r(lambda: x / y), r(lambda: y / x))
for v in [3 + 4j, complex(1e308, 1e308), complex(inf, nan), complex(nan, inf), complex(nan, 1), complex(-0.0, -0.0),
          complex(5e-324, 5e-324), complex(3e-320, 4e-320)]:
    print(repr(v), r(lambda: abs(v)), bool(v), r(lambda: hash(v) == hash(complex(v.real, v.imag))))
for base in [1j, 2 + 0j, -8 + 0j, 1 + 1j, 0j, complex(-0.0, 0), complex(1e200, 1e200)]:
    print(repr(base), [r(lambda: base ** e) for e in (0, 1, 2, 3, -1, -2, 0.5, 1j, -1j, 2 + 0j, 100, 0j)])
for expr in ['0j ** 0j', '0j ** -1', '0j ** (1+1j)', '0j ** 1j', '0j ** -1j', '0j ** (-1+0j)', '0 ** 1j', '1j ** 10**400',
             'pow(1j, 2, 3)', '(1+1j) ** 10**20', '2 ** (1+1j)', '(-2) ** 1j', '1j ** 1.5', 'complex(1e300, 1e300) ** 2',
             '(1+1j) ** -1075', '1j // 2', '1j % 2', 'divmod(1j, 1j)', 'int(1j)', 'float(1j)', 'round(1j)', '1j < 2j',
             '1j == 1j + 0', '(1+0j) == True', '1j != "1j"', '1j.real + 1j.imag', '(3+4j).conjugate()', 'abs(-0j)']:
    print(expr, r(lambda: eval(expr)))
for v in [1 + 2j, complex(-0.0, -1.5), complex(1e20, 1e-20), complex(inf, nan), 1.5j]:
    print(repr(v), [format(v, s) for s in ('', '.2f', '+.1e', '^20', '>12.3g', 'z.1f', '#.0f', ',.1f', 'G')], str(v), f'{v!r:>20}')
