# cmath special values: infinities, NaNs and signed zeros (C99 Annex G), and the
# errors raised for poles and overflow.
import cmath

inf = float('inf')
nan = float('nan')
PARTS = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
FUNCS = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh', 'asinh',
         'atanh', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh']


def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as exc:
        return 'VE' if isinstance(exc, ValueError) else 'OE'


for name in FUNCS:
    f = getattr(cmath, name)
    print(f'--- {name}')
    for x in PARTS:
        row = []
        for y in PARTS:
            z = complex(x, y)
            if cmath.isfinite(z) and x not in (0.0,) and y not in (0.0,):
                continue
            row.append(f'{y!r}:{show(f, z)}')
        print(f'x={x!r}', ' '.join(row))

print('--- rect')
for r in PARTS:
    print(f'r={r!r}', ' '.join(f'{phi!r}:{show(cmath.rect, r, phi)}' for phi in PARTS))

print('--- polar / phase / abs')
for x in PARTS:
    print(f'x={x!r}', ' '.join(f'{y!r}:{show(cmath.polar, complex(x, y))}' for y in PARTS))
print([cmath.phase(complex(x, y)) for x in (-0.0, 0.0) for y in (-0.0, 0.0)])
print(cmath.phase(complex(-1, -0.0)), cmath.phase(complex(-1, 0.0)), cmath.phase(-1))

print('--- isfinite / isinf / isnan')
for z in [complex(1, 2), complex(inf, 0), complex(0, -inf), complex(nan, 0),
          complex(0, nan), complex(inf, nan), 1, 2.5, 0j]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

print('--- errors')
for expr in ['cmath.log(0)', 'cmath.log(-0.0)', 'cmath.log10(0j)', 'cmath.atanh(1)',
             'cmath.atanh(-1)', 'cmath.atanh(complex(1, -0.0))', 'cmath.atan(1j)',
             'cmath.atan(-1j)', 'cmath.exp(710)', 'cmath.exp(complex(1000, 1))',
             'cmath.exp(complex(-1000, 1))', 'cmath.cosh(711)', 'cmath.sinh(-711)',
             'cmath.cos(711j)', 'cmath.sin(complex(0.5, 711))', 'cmath.tanh(711)',
             'cmath.tan(711j)', 'cmath.exp(complex(709.5, 1.5))',
             'cmath.polar(complex(1.5e308, 1.5e308))', 'cmath.polar(complex(1e308, 1e308))',
             'cmath.phase(complex(1e300, 1e-300))', 'cmath.phase(complex(2, 5e-324))',
             'cmath.phase(complex(1e10, 1e-300))', 'cmath.phase(complex(inf, 1e-300))',
             'cmath.rect(1, inf)', 'cmath.rect(0, inf)', 'cmath.rect(nan, inf)',
             'cmath.rect(-2, -inf)', 'cmath.log(0, 2)', 'cmath.log(2, 0)',
             'cmath.log(2, 1)', 'cmath.log(1, 1)', 'cmath.log(0, 0)']:
    try:
        print(expr, '->', repr(eval(expr)))
    except (ValueError, OverflowError) as exc:
        print(expr, '->', type(exc).__name__, exc)
