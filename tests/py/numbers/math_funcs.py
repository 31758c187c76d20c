# The math module: values, special cases and error messages.
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
inf, nan = math.inf, math.nan
one_arg = ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
           'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma', 'fabs', 'floor', 'ceil',
           'trunc', 'frexp', 'modf', 'isfinite', 'isinf', 'isnan', 'degrees', 'radians', 'cbrt', 'ulp']
args = [0.0, -0.0, 0.5, 1, -1, 2.5, -2.5, 10, 100.0, 1000, -1000, 1e-300, 5e-324, 1e308, inf, -inf, nan, 10**400, 3, 171.5, -171.5, 0.1]
for name in one_arg:
    f = getattr(math, name)
    row = []
    for x in args:
        try:
            row.append(repr(f(x)))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(name, row)

two = [(1.0, 2.0), (-1.0, 0.0), (0.0, -1.0), (-0.0, -1.0), (inf, 1), (1, inf), (nan, 1), (2, 0.5), (-8, 1/3), (0.0, 0.0),
       (5, -3), (-5, 3), (1e308, 10), (3, 1e-310), (inf, inf), (-inf, 2)]
for name in ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'hypot', 'dist', 'isclose', 'nextafter', 'log']:
    f = getattr(math, name)
    row = []
    for x, y in two:
        try:
            row.append(repr(f((x,), (y,)) if name == 'dist' else f(x, y)))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(name, row)

print(math.ldexp(1.5, 3), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-0.0, 5), math.ldexp(inf, -5), math.ldexp(1, -10**30))
show('ldexp(1, 10000)', lambda: math.ldexp(1, 10000))
show('ldexp(1, 10**30)', lambda: math.ldexp(1, 10**30))
show('ldexp(1, 1.5)', lambda: math.ldexp(1, 1.5))
print(math.hypot(), math.hypot(3, 4), math.hypot(-5), math.hypot(1, 2, 3, 4, 5), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308, 1e308))
print(math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(*[0.1] * 50), math.hypot(3.0, 4.0, 12.0))
print(math.dist([1, 2, 3], [4, 6, 3]), math.dist((0.1, 0.2), (0.3, 0.4)), math.dist([], []))
show('dist([1],[1,2])', lambda: math.dist([1], [1, 2]))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([inf, 1]), math.fsum([nan, 1]), math.fsum([2.0**-1074] * 3))
show('fsum([1e308, 1e308])', lambda: math.fsum([1e308, 1e308]))
show('fsum([inf, -inf])', lambda: math.fsum([inf, -inf]))
show("fsum(['a'])", lambda: math.fsum(['a']))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([2] * 100), math.prod([1.5, 2, 3]), math.prod([], start=5), math.prod([3], start=2.5))
print(math.prod([2**62, 4, 1.5]), math.prod([1, 2, 3.0, 4]), math.prod(['a', 3]), math.prod([[1], 2]))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [3, 4]), math.sumprod([1.5, 2], [2, 2.5]), math.sumprod([], []))
print(math.sumprod([2**62, 2**62], [4, 4]), math.sumprod([1e308, -1e308], [10, 10]), math.sumprod([0.1] * 10, [0.1] * 10))
show('sumprod([1], [1, 2])', lambda: math.sumprod([1], [1, 2]))
print([math.factorial(n) for n in range(0, 25, 3)], len(str(math.factorial(500))), math.factorial(100) % 10**40)
for name, a in [('factorial', (-1,)), ('factorial', (1.5,)), ('factorial', (10**100,)), ('isqrt', (-1,)), ('isqrt', (1.0,)),
                ('comb', (-1, 2)), ('comb', (2, -1)), ('perm', (-1, 2)), ('perm', (3, -1)), ('comb', (1.5, 1)), ('gcd', (1.0,)),
                ('lcm', (1, 'a')), ('trunc', ('a',)), ('ceil', ('a',)), ('floor', (None,)), ('sqrt', ('a',)), ('nextafter', (1, 2)),
                ('log', (0,)), ('log', (-5,)), ('log', (-10**400,)), ('log', (10, 1)), ('log', (10, 0)), ('log2', (0,)),
                ('sqrt', (-1,)), ('exp', (1000,)), ('pow', (0, -1)), ('pow', (-8, 1/3)), ('gamma', (0,)), ('gamma', (-1,)),
                ('lgamma', (-2,)), ('gamma', (200,)), ('gamma', (-200.5,)), ('atanh', (1,)), ('acos', (2,)), ('cosh', (1000,)),
                ('fmod', (inf, 1)), ('fmod', (1, 0)), ('remainder', (inf, 1)), ('remainder', (1, 0)), ('sumprod', ([1], 5))]:
        show('%s%r' % (name, a), lambda: getattr(math, name)(*a))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40), math.isqrt(10**101), math.isqrt(2**127 - 1), math.isqrt(True))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(12, 18, 27), math.gcd(-2**63, 2**63))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2**64, 3**40, 10), math.lcm(7))
print(math.comb(10, 3), math.comb(10, 11), math.comb(100, 50), math.comb(0, 0), math.comb(10**20, 2), math.comb(300, 150) % 10**9)
print(math.perm(10, 3), math.perm(10), math.perm(10, 11), math.perm(5, 0), math.perm(10**20, 2), math.perm(50, 25) % 10**9)
print(math.log(10**1000), math.log2(2**2000), math.log10(10**500), math.log(8, 2), math.log(100, 10), math.log(2**3000, 2**1000))
print(math.log(1e-300), math.log1p(-0.5), math.log1p(1e-20), math.log(True), math.log10(1e-300), math.log2(3))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10**20), math.ceil(True), math.trunc(7))
print(math.floor(1e300) == 10**300, math.ceil(-0.5), type(math.floor(3.7)).__name__)
show('floor(inf)', lambda: math.floor(inf))
show('ceil(nan)', lambda: math.ceil(nan))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1, 1))
print(math.nextafter(1.0, 2.0, steps=10), math.nextafter(1.0, 0.0, steps=2**60), math.nextafter(-0.0, 1.0, steps=3), math.nextafter(1.0, 2.0, steps=0))
print(math.nextafter(5e-324, -1.0, steps=2), math.nextafter(-5e-324, 1.0, steps=1), math.nextafter(nan, 1), math.nextafter(1, nan, steps=5))
show('nextafter(1, 2, steps=-1)', lambda: math.nextafter(1, 2, steps=-1))
print(math.ulp(1.0), math.ulp(-1e300), math.ulp(0.0), math.ulp(5e-324), math.ulp(1.7976931348623157e308), math.ulp(inf), math.ulp(nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9),
      math.isclose(inf, inf), math.isclose(inf, -inf), math.isclose(nan, nan), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(a=1, b=1))
show('isclose(1, 1, rel_tol=-1)', lambda: math.isclose(1, 1, rel_tol=-1))
show('isclose(1)', lambda: math.isclose(1))
show('isclose(1, 2, 3)', lambda: math.isclose(1, 2, 3))
show('prod()', lambda: math.prod())
show('nextafter(1)', lambda: math.nextafter(1))
print(math.frexp(0.0), math.frexp(-8.0), math.frexp(inf), math.modf(-3.5), math.modf(inf), math.modf(-inf), math.copysign(3, -0.0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1), math.cbrt(27), math.cbrt(-8), math.exp2(10))
print(math.gamma(0.5), math.gamma(5), math.gamma(23), math.gamma(24), math.gamma(-0.5), math.gamma(1e-30), math.gamma(171.6))
print(math.lgamma(0.5), math.lgamma(1), math.lgamma(100), math.lgamma(-0.5), math.lgamma(1e-30), math.lgamma(1e300), math.lgamma(-100.5))
print(math.erf(0.5), math.erfc(0.5), math.erf(-3), math.erfc(10), math.erf(inf), math.erfc(-inf))
