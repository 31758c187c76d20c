"""Physical quantities with units: dimensional analysis via operator overloading (including
reflected and in-place operators), __new__-cached unit objects, a singleton metaclass,
total_ordering, __round__/__floor__/__trunc__/__index__, complex impedance arithmetic (cmath-free)."""
import math
from functools import total_ordering

DIMS = ("m", "kg", "s", "A")


class UnitError(TypeError):
    pass


class Unit:
    _cache = {}

    def __new__(cls, dims=(0, 0, 0, 0)):
        dims = tuple(dims)
        if dims not in cls._cache:
            obj = super().__new__(cls)
            obj.dims = dims
            cls._cache[dims] = obj
        return cls._cache[dims]

    def __mul__(self, other):
        return Unit(a + b for a, b in zip(self.dims, other.dims))

    def __truediv__(self, other):
        return Unit(a - b for a, b in zip(self.dims, other.dims))

    def __pow__(self, n):
        return Unit(a * n for a in self.dims)

    def __str__(self):
        num = [f"{d}^{p}" if p != 1 else d for d, p in zip(DIMS, self.dims) if p > 0]
        den = [f"{d}^{-p}" if p != -1 else d for d, p in zip(DIMS, self.dims) if p < 0]
        s = "·".join(num) or "1"
        return s + ("/" + "·".join(den) if den else "")

    def __repr__(self):
        return f"Unit({self})"


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]


class UnitRegistry(metaclass=Singleton):
    def __init__(self):
        self.names = {}
        print("  (registry created)")

    def define(self, name, dims):
        self.names[Unit(dims)] = name

    def name(self, unit):
        return self.names.get(unit, str(unit))


R = UnitRegistry()
for nm, dims in [("m", (1, 0, 0, 0)), ("kg", (0, 1, 0, 0)), ("s", (0, 0, 1, 0)), ("A", (0, 0, 0, 1)),
                 ("N", (1, 1, -2, 0)), ("J", (2, 1, -2, 0)), ("W", (2, 1, -3, 0)), ("V", (2, 1, -3, -1)),
                 ("Ω", (2, 1, -3, -2)), ("Hz", (0, 0, -1, 0))]:
    R.define(nm, dims)


@total_ordering
class Q:
    __slots__ = ("value", "unit")

    def __init__(self, value, unit=Unit()):
        self.value = value
        self.unit = unit

    def _coerce(self, other):
        if isinstance(other, Q):
            return other
        if isinstance(other, (int, float)):
            return Q(other)
        return NotImplemented

    def _same(self, other, op):
        if self.unit is not other.unit:
            raise UnitError(f"cannot {op} {R.name(self.unit)} and {R.name(other.unit)}")

    def __add__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        self._same(other, "add")
        return Q(self.value + other.value, self.unit)

    __radd__ = __add__

    def __sub__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        self._same(other, "subtract")
        return Q(self.value - other.value, self.unit)

    def __rsub__(self, other):
        return Q(-self.value, self.unit) + other

    def __mul__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Q(self.value * other.value, self.unit * other.unit)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Q(self.value / other.value, self.unit / other.unit)

    def __rtruediv__(self, other):
        return Q(other) / self

    def __pow__(self, n):
        return Q(self.value ** n, self.unit ** n)

    def __neg__(self):
        return Q(-self.value, self.unit)

    def __abs__(self):
        return Q(abs(self.value), self.unit)

    def __eq__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self.unit is other.unit and math.isclose(self.value, other.value, rel_tol=1e-12)

    def __lt__(self, other):
        other = self._coerce(other)
        self._same(other, "compare")
        return self.value < other.value

    def __hash__(self):
        return hash((round(self.value, 9), self.unit.dims))

    def __round__(self, nd=None):
        return Q(round(self.value, nd), self.unit)

    def __floor__(self):
        return Q(math.floor(self.value), self.unit)

    def __trunc__(self):
        return Q(math.trunc(self.value), self.unit)

    def __float__(self):
        if any(self.unit.dims):
            raise UnitError(f"cannot convert {R.name(self.unit)} to a plain number")
        return float(self.value)

    def __bool__(self):
        return self.value != 0

    def __format__(self, spec):
        return f"{format(self.value, spec)} {R.name(self.unit)}"

    def __repr__(self):
        return f"{self.value!r} {R.name(self.unit)}"


m, kg, s, A = (Q(1, Unit(d)) for d in [(1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0), (0, 0, 0, 1)])
print("registry is singleton:", UnitRegistry() is R, len(Unit._cache))

distance = 120 * m
time = 9.58 * s
speed = distance / time
mass = 80 * kg
accel = speed / (4 * s)
force = mass * accel
energy = 0.5 * mass * speed ** 2
power = energy / time
print(f"speed  {speed:.3f}\naccel  {accel:.3f}\nforce  {force:.1f}\nenergy {energy:,.0f}\npower  {power:.2f}")
print("ratio is dimensionless:", distance / (3 * m), float(distance / (3 * m)), (2 * m) / m == 2)
print("reflected:", 10 - 3 * m / m, 1 / s, 2 / (4 * s), sum([1 * m, 2 * m, 3 * m], 0 * m))
total = 0 * m
for leg in (5 * m, 7.5 * m, 2.25 * m):
    total += leg
print("in-place sum:", total, "| unit objects cached:", (m * m).unit is (m ** 2).unit)
print("rounding:", round(speed, 2), round(Q(2.5)), math.floor(speed), math.trunc(-speed), math.ceil(3.2))
print("ordering:", sorted([3 * m, 1 * m, 2.5 * m]), max(1 * s, 4 * s), 2 * m >= 2 * m, (1 * m) != (1 * s))
print("set of quantities:", len({1 * m, 1.0 * m, 100 * m / 100, 1 * s}))
print("bool:", bool(0 * m), bool(3 * kg), "unit strings:", (m / s ** 2).unit, (kg * m ** 2 / s ** 3 / A).unit)

for label, fn in [("m + s", lambda: m + s), ("m < kg", lambda: m < kg), ("float(m)", lambda: float(3 * m)),
                  ("m + 'x'", lambda: m + "x"), ("m @ m", lambda: m @ m)]:
    try:
        fn()
    except UnitError as exc:
        print(f"{label}: UnitError: {exc}")
    except TypeError as exc:
        print(f"{label}: TypeError: {exc}")

print("index:", [10, 20, 30][True], "abc"[-1:], (255).bit_count(), (7).__index__(), int("0x1f", 16), int("0o17", 0), int("1_000"))
print("divmod:", divmod(-7, 2), divmod(7.5, -2), -7 // 2, -7 % 2, 7 % -2, pow(3, 200, 1000), pow(2, -1, 7))
print("floats:", 0.1 + 0.2, (0.1).as_integer_ratio(), math.fsum([0.1] * 10), sum([0.1] * 10), 2 ** 0.5, 1 / 3)
print("float edge:", float("1e308") * 10, -float("inf") + 1, math.isnan(float("nan")), (1e-320).hex(), float.fromhex("0x1.8p1"))
print("ints:", 10 ** 30 // 7, -(10 ** 30) // 7, (10 ** 30).bit_length(), 2 ** 64 - 1 == 0xFFFF_FFFF_FFFF_FFFF, abs(-2 ** 63))
f_hz, L, C, Rr = 50.0, 0.2, 40e-6, 30.0
w = 2 * math.pi * f_hz
Z = complex(Rr, w * L - 1 / (w * C))
I = 230 / Z
print(f"impedance: {Z.real:.2f}{Z.imag:+.2f}j |Z|={abs(Z):.3f} phase={math.degrees(math.atan2(Z.imag, Z.real)):.2f}°")
print(f"current: {abs(I):.4f} A at {math.degrees(math.atan2(I.imag, I.real)):.2f}°, polar={(round(abs(I), 4), round(math.atan2(I.imag, I.real), 4))}")
print("complex:", (1 + 2j) * (3 - 1j), (1 + 2j) / 1j, (2j) ** 2, (-4) ** 0.5, complex("1+2j").conjugate(), abs(3 + 4j))
print("math:", math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.comb(52, 5), math.perm(10, 3), math.factorial(20), math.prod(range(1, 11)))
print("math2:", math.isqrt(10 ** 20 + 1), math.copysign(3, -0.0), math.hypot(3, 4, 12), math.log(1024, 2), math.log10(0.001), math.exp(1) == math.e)
print("math3:", math.dist((0, 0), (3, 4)), round(math.atan2(1, -1), 6), math.remainder(10, 3), math.fmod(-10, 3), math.modf(-2.5), math.frexp(48.0), math.ldexp(0.75, 6))
