# math: the functions real programs call, with integer and float arguments.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(16), math.cbrt(27.0), math.cbrt(-8))
print(math.exp(1), math.exp2(10), math.expm1(1e-10), math.log1p(1e-10))
print(math.log(100, 10), math.log(8, 2), math.log(math.e), math.log10(1000), math.log2(1024))
print(math.log(2**1000), math.log10(10**400), math.log2(2**2000))
print(math.pow(2, 10), math.pow(2.5, 2), math.pow(4, 0.5), math.pow(0.0, 0))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.hypot(), math.hypot(-5), math.degrees(math.pi), math.radians(180))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9))
print(type(math.floor(2.5)).__name__, math.floor(10**20 + 0.0), math.ceil(7), math.floor(True))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3))
print(math.modf(3.25), math.modf(-2.5), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isclose(1.0, 1.0 + 1e-10))
print(math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(0, 1e-12))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.erf(0.5), math.erfc(0.5))
# integer square root and combinatorics
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1))
print([math.isqrt(n) for n in range(1, 30, 3)])
print(math.comb(10, 3), math.comb(5, 0), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(30, 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11), start=2), math.prod([1.5, 2]))
print(math.prod([2] * 70), math.prod(['ab'], start=1), math.prod([3, 'x']))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1.5,), (0,)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([1, 2.5, 3]))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [3, 4]))
# gcd and lcm with any number of arguments
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27))
print(math.gcd(0, 0), math.gcd(0, 5), math.gcd(2**100, 2**64 * 3), math.gcd(-4, 6, -8))
print(math.lcm(), math.lcm(7), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(3, 0), math.lcm(-4, 6))
print(math.lcm(*range(1, 21)), math.gcd(*range(10, 100, 10)))
# floating point neighbours
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0))
print(math.nextafter(1.0, 1.0), math.nextafter(-0.0, 1.0), math.nextafter(1.0, math.inf, steps=3))
print(math.nextafter(1.0, 0.0, steps=0), math.nextafter(math.inf, 0.0))
print(math.ulp(1.0), math.ulp(2.0**52), math.ulp(0.0), math.ulp(-3.5), math.ulp(math.inf), math.ulp(1e300))
print(math.ulp(math.nan), math.copysign(1, math.nextafter(-0.0, -1)))
# ints of any size
big = 3**200
print(math.log(big), math.sqrt(big), math.isqrt(big) ** 2 <= big < (math.isqrt(big) + 1) ** 2)
print(math.trunc(2.5e20), math.floor(-1e-300), math.ceil(1e-300), math.fabs(-10**20))


class Meters:
    def __init__(self, v):
        self.v = v

    def __floor__(self):
        return 'floor-called'

    def __ceil__(self):
        return 'ceil-called'

    def __trunc__(self):
        return 'trunc-called'

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return int(self.v)


m = Meters(9)
print(math.floor(m), math.ceil(m), math.trunc(m), math.sqrt(m), math.isqrt(m), math.gcd(m, 6))
print(math.comb(m, 2), math.factorial(m), math.perm(m, 1))
