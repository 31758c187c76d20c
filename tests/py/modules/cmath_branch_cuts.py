# cmath branch cuts: the sign of a zero part picks the side of the cut; continuity
# across the rest of the plane; log with a base; polar/rect round trips; isclose.
import cmath

CUTS = {
    'sqrt': [-0.5, -2.0, -1e300],
    'log': [-0.5, -2.0, -1e300],
    'log10': [-0.5, -2.0],
    'acos': [1.5, -1.5, 1e300, -1e300],
    'asin': [1.5, -1.5, 1e300],
    'acosh': [0.5, -0.5, -1.5, -1e300],
    'atanh': [1.5, -1.5, 1e300],
    'asinh': [1.5j, -1.5j, 1e300j],
    'atan': [1.5j, -1.5j, 1e300j],
}


def parts(z):
    # Both zero signs around a point on a cut.
    if z.imag == 0:
        return [complex(z.real, 0.0), complex(z.real, -0.0)]
    return [complex(0.0, z.imag), complex(-0.0, z.imag)]


for name, points in CUTS.items():
    f = getattr(cmath, name)
    for p in points:
        p = complex(p)
        print(name, ' '.join(f'{z!r}->{f(z)!r}' for z in parts(p)))
        # Just off the cut on either side agrees with the matching signed zero.
        eps = 1e-300
        if p.imag == 0:
            near = [complex(p.real, eps), complex(p.real, -eps)]
        else:
            near = [complex(eps, p.imag), complex(-eps, p.imag)]
        print('   near', ' '.join(repr(f(z)) for z in near))

print('--- log with a base')
for z, base in [(8, 2), (100, 10), (1j, 1j), (-1, 2), (2 + 3j, 1 - 1j), (1e300, 1e-300),
                (-0.0, 2), (complex(-1, -0.0), 10), (3, 0.5), (1 + 1j, complex(0, -2)),
                (float('inf'), 2), (2, float('inf')), (float('nan'), 2)]:
    try:
        print(repr(z), repr(base), '->', repr(cmath.log(z, base)))
    except ValueError as exc:
        print(repr(z), repr(base), '-> ValueError', exc)
print(cmath.log(100, 10) == cmath.log10(100), cmath.log(8, 2))

print('--- polar / rect / phase')
for z in [1 + 1j, -1 - 1j, 3 - 4j, -2.0, 5j, complex(-0.0, -0.0), 1e300 + 1e300j,
          5e-324 + 5e-324j, 1e-320 - 1e-320j]:
    r, phi = cmath.polar(z)
    print(repr(z), (r, phi), cmath.phase(z), abs(z) == r, repr(cmath.rect(r, phi)))
for r, phi in [(1, 0), (1, -0.0), (2, cmath.pi), (2, -cmath.pi / 2), (-1, 1), (0, 3),
               (-0.0, 3), (1e308, 0.7), (3, 1e300), (1e-320, 0.5), (True, 2)]:
    print(r, phi, repr(cmath.rect(r, phi)))

print('--- isclose')
cases = [
    (1 + 1j, 1 + 1j, {}), (1 + 1j, 1 + 1.0000000001j, {}), (1 + 1j, 1 + 1.00001j, {}),
    (1e-10, 2e-10, {}), (1e-10, 2e-10, {'abs_tol': 1e-9}), (1, 1.05, {'rel_tol': 0.1}),
    (1, 1.5, {'rel_tol': 0.1}), (0, 1e-12, {}), (0, 1e-12, {'abs_tol': 1e-11}),
    (complex('inf'), complex('inf'), {}), (complex('inf'), complex('-inf'), {}),
    (complex('inf'), 1e308, {'rel_tol': 1.0}), (complex('nan'), complex('nan'), {}),
    (complex(1, float('nan')), complex(1, float('nan')), {'abs_tol': 1e300}),
    (1j, -1j, {'abs_tol': 2.0}), (1j, -1j, {'abs_tol': 1.999}),
    (1e308 + 1e308j, -1e308 - 1e308j, {'rel_tol': 1.0}),
    (5, 5.0 + 0j, {'rel_tol': 0, 'abs_tol': 0}),
]
for a, b, kw in cases:
    print(repr(a), repr(b), kw, cmath.isclose(a, b, **kw))
