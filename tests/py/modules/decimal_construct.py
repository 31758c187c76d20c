"""Decimal construction from str, int, float, tuples and Decimals, and the
string forms, tuples and ratios of the results."""

from decimal import *


def flags(c):
    return ','.join(k.__name__ for k, v in c.flags.items() if v)


def show(label, f):
    c = getcontext()
    c.clear_flags()
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    print(label, repr(r), flags(c))


strings = ['0', '-0', '1', '-1', '+12.5', '1.', '.5', '-.5e-3', '1e10', '1E+10',
           '1e-10', '1_000.5e-3', ' 12 ', '\t-7\n', '\u2003 3.25 ', '1__0', '_1',
           '1_', '1._5', '1e1_0', '١٢٣', '1.2300', '0.000', '0E-7', '0E+7',
           '123456789012345678901234567890', '1.234567890123456789012345678901',
           'Inf', '-inf', 'Infinity', '-INFINITY', 'Inf_inity', 'NaN', '-nan',
           'NaN123', 'nan0012', 'sNaN', '-sNaN45', 'NaN12345678901234567890123456789',
           'abc', '', '.', '1 2', '1e', 'e5', '0x10', 'Infinit', 'sNaN.5', '--1',
           '1e+', '1\x00', '1e999999999', '1e-999999999']
for s in strings:
    show('str %r' % s, lambda: Decimal(s))

getcontext().traps[InvalidOperation] = False
show('bad untrapped', lambda: Decimal('xyz'))
getcontext().traps[InvalidOperation] = True

for v in [0, 1, -1, 10**30, -(10**40) + 1, True, False]:
    show('int %r' % v, lambda: Decimal(v))

for f in [0.0, -0.0, 0.5, 0.1, -2.75, 1e100, 1e-300, 5e-324, 123456.789,
          float('inf'), float('-inf'), float('nan')]:
    show('float %r' % f, lambda: Decimal(f))
    show('from_float %r' % f, lambda: Decimal.from_float(f))
    show('ctx float %r' % f, lambda: Context(prec=5).create_decimal_from_float(f))
show('from_float int', lambda: Decimal.from_float(12))
show('from_float str', lambda: Decimal.from_float('1.5'))

tuples = [(0, (1, 2, 3), -2), (1, (0,), 0), (1, (), 5), (0, (1, 2), 'F'),
          (0, (1, 2), 'n'), (1, (4,), 'N'), [0, (7,), 3], (0, (1, 2)),
          (2, (1,), 0), (0, (1, 12), 0), (0, [1, 2], 0), (0, (1,), 'x'),
          (0, (1,), 1.5), (True, (1,), 0), (0, (0, 0, 1), 0)]
for t in tuples:
    show('tuple %r' % (t,), lambda: Decimal(t))

show('object', lambda: Decimal(object()))
show('complex', lambda: Decimal(1j))
show('bytes', lambda: Decimal(b'1'))
show('decimal copy', lambda: Decimal(Decimal('-1.50')))
show('context arg', lambda: Decimal('1.2345', Context(prec=2)))
show('bad context', lambda: Decimal('1', 3))

for s in ['123.456', '-0.00', '1E+5', '1.5E-10', '0E+3', '-Inf', 'NaN7',
          '-sNaN', '12345678901234567890', '0.000001', '0.0000001', '1E-7',
          '12E+2', '123E-12', '1000E+999999']:
    d = Decimal(s)
    print(s, str(d), repr(d), d.to_eng_string(), d.as_tuple(), d.adjusted())
    try:
        print('  ratio', d.as_integer_ratio())
    except Exception as e:
        print('  ratio', type(e).__name__, e)

print(Decimal('1.5').as_tuple().digits, Decimal('-1').as_tuple().sign)
print(DecimalTuple(0, (1,), 2), DecimalTuple._fields)

with localcontext() as c:
    c.capitals = 0
    print(str(Decimal('1E+10')), repr(Decimal('-1.5e-20')))
    print(Decimal('1e100').to_eng_string())
    print(Decimal('1e100').to_eng_string(Context(capitals=1)))

# Creation through a context rounds and checks NaN payloads.
c = Context(prec=3, traps=[])
for v in ['1.2345', '9.999', '-0.0001234', 'NaN123', 'NaN1234', '1e999999',
          '1e-1000010', 123456, Decimal('NaN12345'), Decimal('sNaN1'),
          (0, (1, 2, 3, 4), 0), 1.25]:
    c.clear_flags()
    print('create', repr(v), repr(c.create_decimal(v)), flags(c))
c = Context(prec=3, clamp=1, traps=[])
print(repr(c.create_decimal('NaN12')), repr(c.create_decimal('NaN1')))
print(repr(c._apply(Decimal('NaN12345'))), repr(c._apply(Decimal('sNaN12'))))
print(repr(Context().create_decimal()))
