# printf-style formatting of str (`%`): conversions, flags, width/precision, mappings and
# the error cases.
import math

def show(fmt, args):
    try:
        print(repr(fmt), repr(args), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), repr(args), '!!', type(e).__name__, e)

class Num:
    def __repr__(self):
        return 'Num()'
    def __index__(self):
        return 11
class Flt:
    def __repr__(self):
        return 'Flt()'
    def __float__(self):
        return 2.5
class IntOnly:
    def __repr__(self):
        return 'IntOnly()'
    def __int__(self):
        return 9
class Str:
    def __str__(self):
        return 'STR'
    def __repr__(self):
        return 'REPR'

cases = [
    ('%s', 'x'), ('%s', 5), ('%s', None), ('%s', (1,)), ('%s', ((1, 2),)), ('%s', [1, 2]), ('%s', {'a': 1}),
    ('%r', 'é\n'), ('%a', 'é\n'), ('%s|%r|%a', (Str(), Str(), Str())), ('%5s|', 'ab'), ('%-5s|', 'ab'),
    ('%.1s|', 'abc'), ('%5.1s|', 'é€'), ('%05s|', 'x'), ('%.0s|', 'abc'), ('%.2r', 'abc'),
    ('%d', 42), ('%i', -42), ('%u', 7), ('%d', True), ('%d', 3.99), ('%d', -3.99), ('%d', 2**80),
    ('%d', Num()), ('%d', IntOnly()), ('%d', Flt()), ('%x', Num()), ('%x', 255), ('%X', 255), ('%o', 8),
    ('%#x', 255), ('%#X', 255), ('%#o', 8), ('%#o', 0), ('%#x', 0), ('%x', -255), ('%#x', -255), ('%x', 2**70),
    ('%5d|', 42), ('%-5d|', 42), ('%05d|', 42), ('%05d|', -42), ('%+d', 42), ('%+d', -42), ('% d', 42),
    ('% d', -42), ('%+ d', 1), ('% +d', 1), ('%-05d|', 3), ('%.3d', 5), ('%8.3d|', -5), ('%-8.3x|', 5),
    ('%#08x', 255), ('%#.3x', 5), ('%+#o', 8), ('%ld %hd %Ld', (1, 2, 3)),
    ('%f', 3.14159), ('%.2f', 3.14159), ('%10.3f|', -3.14159), ('%-10.1f|', 2.25), ('%010.2f', -3.5),
    ('%+f', 1.0), ('% f', 1.0), ('%.0f', 0.5), ('%.0f', 1.5), ('%.0f', 2.5), ('%#.0f', 2.0), ('%f', 1e20),
    ('%e', 12345.678), ('%E', 0.000123), ('%.0e', 5.0), ('%#.0e', 5.0), ('%g', 1e20), ('%g', 1e-5),
    ('%g', 123456789.0), ('%G', 1e-20), ('%#g', 1.0), ('%.3g', 3.14159), ('%g', 0.0), ('%g', -0.0),
    ('%f', math.inf), ('%F', math.nan), ('%F', -math.inf), ('%e', -math.inf), ('%010f', math.inf), ('%-010f|', math.nan), ('%+010.1f', -math.inf),
    ('%f', 3), ('%f', True), ('%f', Flt()), ('%f', Num()), ('%.100f', 1.0), ('%.60g', 0.1), ('%.20e', 1/3),
    ('%c', 65), ('%c', 'é'), ('%c', 0x20ac), ('%3c|', 'x'), ('%-3c|', 'x'), ('%c', 0x1f600),
    ('%%', ()), ('100%%', ()), ('%s%%', 5), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}), ('%(a)5d|', {'a': 3}),
    ('%(a)s %(a)s', {'a': 1}), ('%(x(y))s', {'x(y)': 'nested'}), ('%()s', {'': 'empty'}),
    ('%*d|', (5, 3)), ('%-*d|', (5, 3)), ('%*d|', (-5, 3)), ('%.*f', (2, 3.14159)), ('%.*d', (-5, 1)),
    ('%*.*f|', (8, 2, 3.14159)), ('abc', ()), ('abc', [1]), ('abc', {'a': 1}), ('%s', b'x'),
    ('%s', ()), ('é%s€', '😀'), ('%s %s %s', ('a', 'é', '😀')),
    # errors
    ('%d', 'a'), ('%d', None), ('%d', 1+2j), ('%x', 1.5), ('%o', 'a'), ('%f', 'a'), ('%f', None),
    ('%c', 'ab'), ('%c', ''), ('%c', -1), ('%c', 0x110000), ('%c', 2**70), ('%c', 1.5), ('%y', 1),
    ('%€', 1), ('%\x01', 1), ('abc%', ()), ('%', ()), ('%(a', {}), ('%(a)s', 1), ('%(a)s', {'b': 1}),
    ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%(a)*d', {'a': 1}), ('%s %s', (1,)),
    ('%s', (1, 2)), ('abc', 5), ('abc', 'x'), ('%*d', ('a', 1)), ('%.*d', (1.5, 1)), ('%5%|', ()),
    ('%5%|', (1,)), ('%-%', ()), ('%.%', (1,)), ('%d', float('nan')), ('%d', float('inf')), ('%s %d', ('x',)),
    ('%99999999999999999999d', 1), ('%.99999999999999999999d', 1), ('%b', b'x'),
]
for fmt, args in cases:
    show(fmt, args)

class Mapping:
    def __repr__(self):
        return 'Mapping()'
    def __getitem__(self, key):
        return key * 2
show('%(ab)s', Mapping())
show('%s', Mapping())
show('x', Mapping())
class StrSub(str):
    pass
print(type(StrSub('%s') % 1).__name__, StrSub('a%sb') % 'X')
class Rmod:
    def __repr__(self):
        return 'Rmod()'
    def __rmod__(self, other):
        return 'rmod'
show('%s', Rmod())
print('%s' % Rmod.__rmod__(None, 'x'))
s = 'n=%d'
s %= 5
print(s)
