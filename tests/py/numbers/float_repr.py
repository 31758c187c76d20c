# repr/str of floats (shortest round trip, CPython's layout) and float() parsing.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 1.5e-5, 0.0001234, 5e-324, 1e-323, 2.2250738585072014e-308, 1.7976931348623157e308,
        1e22, 1e23, 9007199254740993.0, 100.0, 1e100, 3.141592653589793, 2.718281828459045,
        float('inf'), float('-inf'), float('nan'), 4.35, 8.41e21, 9999999999999998.0, 0.5, 123.456]
for v in vals:
    print(repr(v), str(v), v)
print([2.0 ** e for e in range(-10, 70, 9)])
print([10.0 ** e for e in range(-8, 24, 3)])
print([1 / n for n in range(1, 20)])
print([n / 10 for n in range(-15, 15, 4)])
x = 1.0
for i in range(30):
    x *= 1.1
print(x, sum([0.1] * 10), 0.1 * 3, 1.1 + 2.2)

for s in ['1.5', '  -2.25  ', '1e10', '1E-10', '.5', '5.', '1_000.000_1', 'inf', '-Infinity', 'nan', 'NaN', '+inf',
          '1e500', '-1e-500', '0x10', '1e', '1__0', '_1', '1_', '', ' ', '.', 'e5', '1.5j', 'infinit', '١٢٣.٥', '\u20031.5\u3000']:
    show('float(%r)' % s, lambda: float(s))
show("float(b'2.5')", lambda: float(b'2.5'))
show("float(b'x')", lambda: float(b'x'))
show('float([])', lambda: float([]))
show('float(1, 2)', lambda: float(1, 2))
show('float(x=1)', lambda: float(x=1))
show('float(2**1024)', lambda: float(2**1024))
print(float(), float(7), float(True), float(-2**63), float(' 3 '))

class F(float):
    pass

f = F(2.5)
print(f, repr(f), type(f).__name__, f + 1, type(f + 1).__name__, float(f), type(float(f)).__name__)
print(F('1e3'), F(), -f, abs(F(-2.0)), type(abs(F(-2.0))).__name__)
