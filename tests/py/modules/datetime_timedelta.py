# datetime.timedelta: normalisation, float arguments and rounding, arithmetic,
# comparisons, str/repr, limits and error messages.
from datetime import timedelta, date


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# Construction and normalisation
print(timedelta(), timedelta(1), timedelta(0, 1), timedelta(0, 0, 1))
print(timedelta(days=1, seconds=2, microseconds=3, milliseconds=4, minutes=5, hours=6, weeks=7))
print(timedelta(1, 2, 3, 4, 5, 6, 7))
print(repr(timedelta(seconds=-1)), repr(timedelta(microseconds=-1)))
print(repr(timedelta(hours=25)), repr(timedelta(minutes=-90)), repr(timedelta(seconds=86400 * 3 + 5)))
print(repr(timedelta(milliseconds=1500)), repr(timedelta(weeks=-1, days=7)))
d = timedelta(days=-3, seconds=7200, microseconds=-5)
print(d.days, d.seconds, d.microseconds)

# Float arguments: fractions combined, microseconds rounded half to even
for kw in [dict(days=0.5), dict(hours=1.5), dict(minutes=1 / 3), dict(seconds=1e-7),
           dict(microseconds=2.5), dict(microseconds=3.5), dict(microseconds=-0.5),
           dict(microseconds=1.5), dict(milliseconds=-1.5), dict(hours=-1.5),
           dict(seconds=0.0000025), dict(days=1, seconds=86399.9999995),
           dict(days=0.5, hours=1.5, minutes=1 / 3, seconds=1e-7, milliseconds=0.0005),
           dict(weeks=1.1, days=-0.3), dict(days=1e-20), dict(seconds=1e-300)]:
    print(kw, repr(timedelta(**kw)))
print(repr(timedelta(days=True)), repr(timedelta(seconds=10 ** 13)))

# str and repr
for x in [timedelta(0), timedelta(1), timedelta(2), timedelta(-1), timedelta(-2, microseconds=5),
          timedelta(seconds=3723, microseconds=10), timedelta(days=1, seconds=2, microseconds=3),
          timedelta(hours=-1), timedelta.max, timedelta.min]:
    print(str(x), '|', repr(x))
print(timedelta.min, timedelta.max, timedelta.resolution, sep=' / ')

# Arithmetic
a, b = timedelta(hours=25), timedelta(hours=2)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+a), repr(abs(-a)))
print(repr(a * 3), repr(3 * a), repr(a * -1), repr(a * 0.5), repr(0.25 * a), repr(a * True))
print(a / b, a // b, repr(a % b), divmod(a, b), repr(a / 4), repr(a // 7))
print(divmod(timedelta(hours=-25), b), repr(timedelta(hours=25) % timedelta(hours=-7)))
m = timedelta(microseconds=1)
print(repr(m * 5 / 2), repr(m * 7 / 2), repr(-m * 5 / 2), repr(m * 5 // 2), repr(-m * 5 // 2))
print(repr(m * 5 * 0.5), repr(m * 7 * 0.5), repr(2.5 * m), repr(timedelta(1) / 1.5))
print(timedelta(1).total_seconds(), m.total_seconds(), timedelta(hours=-1).total_seconds(),
      timedelta.max.total_seconds())
print(sum([timedelta(minutes=20)] * 4, timedelta()))

# Comparisons and hashing
print(a > b, a < b, a == timedelta(days=1, hours=1), a != b, a >= a, b <= a)
print(timedelta(0) == 0, timedelta(1) == 'x', timedelta(1) != None, bool(timedelta(0)), bool(m))
print(hash(timedelta(hours=24)) == hash(timedelta(1)), len({timedelta(1), timedelta(hours=24), m}))
print(sorted([timedelta(3), -m, timedelta(0), m]))
print(timedelta.max.days, timedelta.min.days, timedelta(1).__reduce__())


class TD(timedelta):
    pass


print(repr(TD(1)), repr(TD(1) + TD(2)), repr(-TD(1)), repr(TD(hours=1) * 2), isinstance(TD(1), timedelta))

# Errors
t(lambda: timedelta('1'))
t(lambda: timedelta(hours=[1]))
t(lambda: timedelta(days=1e9))
t(lambda: timedelta(days=-1000000000))
t(lambda: timedelta(days=2 ** 31))
t(lambda: timedelta(seconds=10 ** 20))
t(lambda: timedelta(days=999999999, hours=24))
t(lambda: timedelta(float('nan')))
t(lambda: timedelta(float('inf')))
t(lambda: timedelta.max + m)
t(lambda: timedelta.min - m)
t(lambda: timedelta.max * 2)
t(lambda: -timedelta.max)
t(lambda: timedelta(1) / 0)
t(lambda: timedelta(1) / 0.0)
t(lambda: timedelta(1) // 0)
t(lambda: timedelta(1) // timedelta(0))
t(lambda: timedelta(1) % timedelta(0))
t(lambda: timedelta(1) / timedelta(0))
t(lambda: divmod(timedelta(1), timedelta(0)))
t(lambda: timedelta(1) * float('nan'))
t(lambda: timedelta(1) * float('inf'))
t(lambda: timedelta(1) + 1)
t(lambda: 1 - timedelta(1))
t(lambda: timedelta(1) - date(2020, 1, 1))
t(lambda: timedelta(1) // 1.5)
t(lambda: timedelta(1) % 2)
t(lambda: divmod(timedelta(1), 2))
t(lambda: 5 / timedelta(1))
t(lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
t(lambda: timedelta(foo=1))
t(lambda: setattr(timedelta(1), 'days', 2))
t(lambda: setattr(timedelta(1), 'foo', 2))
