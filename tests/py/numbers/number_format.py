# format() of ints, floats and complex numbers with the whole spec mini-language.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

int_specs = ['', 'd', '5', '<5', '^7', '>7', '=+8', '+', '-', ' ', '08', '#x', '#X', '#o', '#b', 'x', 'X', 'o', 'b',
             ',', '_', '_x', '_b', '_o', '010,', '#012_x', '0=10,', 'x^12,', '*<10_', 'n', 'c', '10c', 'e', '.3e', 'f',
             '.2f', '%', '.1%', 'g', 'G', 'E', '+.2e', '020,.2f', 'é^9']
for v in [0, 7, -7, 42, -1234567, 2**64, -(10**25), 65, 0x1F600]:
    print(v, [format(v, s) for s in int_specs if not (s.endswith('c') and (v < 0 or v > 0x10FFFF))])

float_specs = ['', 'g', 'e', 'f', '%', 'G', 'E', 'F', 'n', '.0', '.1', '.3', '.10', '.0f', '.2f', '.10f', '.0e', '.3e',
               '#', '#.0f', '#.0e', '#g', '#.3g', '+', ' ', '-', '10', '<10', '^10', '>10', '=10', '010', '+010', '-010',
               ',', '_', ',.2f', '_.3f', '010,', '012,.1f', 'z', 'z.1f', 'z.3e', 'z%', '*^15.4g', '.3%', '.20g', '.17e',
               '0>12,', '0<10', 'x=+12.3f']
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1234.5, -1234567.891, 1e16, 1e-5, 0.0001234, 123456789.0, 1e100, 2.5, 3.5,
          -1e-10, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan')]:
    print(repr(v), [format(v, s) for s in float_specs])

complex_specs = ['', 'g', 'e', 'f', '.2f', '.3', '+', ' ', '20', '<20', '^20', '*>20', '10.1f', ',', ',.2f', '#.0f', 'z',
                 'z.1f', 'E', 'G', 'n', '.3g', '#']
for v in [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, 1234.5 + 1j, complex(1e20, 1e-20), complex(-0.0, -0.0), complex(-0.0, 1),
          complex(float('nan'), float('inf')), complex(0.1, 0.2)]:
    print(repr(v), [format(v, s) for s in complex_specs])

for spec in ['x', 's', 'd', '.', '1' * 30, '.' + '1' * 30, ',,', ',_', '_,', ',x', '_c', ',n', 'abc', '\x01', 'z',
             '.2', '=', 'c', '+c', '#c']:
    show('format(5, %r)' % spec, lambda: format(5, spec))
for spec in ['x', 'd', 's', 'r', '.', ',,', ',_', 'abc', '\x01', ',x', '_x', 'c']:
    show('format(1.5, %r)' % spec, lambda: format(1.5, spec))
for spec in ['%', 'x', 'd', '0', '010', '=', '=10', '0<10', 's']:
    show('format(1j, %r)' % spec, lambda: format(1j, spec))
show("format(1.5, 1)", lambda: format(1.5, 1))
show("(1.5).__format__(None)", lambda: (1.5).__format__(None))
print(format(True, ''), format(True, 'd'), format(False, '^7'), format(True, '.1f'), format(True, 'x'))
print('{:,}'.format(1234567), '{:>10.3f}|{:<8}|{:^+9.2e}'.format(3.14159, 2, 12345.678), f'{255:#06x} {-3.5:08.2f} {7:b}')
x = 12.5
print(f'{x:.3}', f'{x!r}', f'{x:=^12}', f'{2**70:_}', f'{-0.0:z.0f}', f'{1e-7:%}')
