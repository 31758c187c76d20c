# datetime.date: construction checks, ordinals, weekdays, ISO calendar,
# replace, arithmetic, comparisons, subclasses and errors.
import time
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, MINYEAR, MAXYEAR)
print(repr(date(year=2023, month=1, day=5)), repr(date(True, 1, 1)), repr(date(33, 1, 1)), str(date(33, 12, 31)))
print(date.min, date.max, date.resolution, repr(date.min), repr(date.max))

# Ordinals, weekdays, ISO calendar
for x in [date(1, 1, 1), date(1970, 1, 1), date(2000, 2, 29), date(2024, 12, 30), date(2021, 1, 3),
          date(2020, 12, 31), date(1900, 3, 1), date(9999, 12, 31)]:
    o = x.toordinal()
    print(x, o, x.weekday(), x.isoweekday(), x.isocalendar(), date.fromordinal(o) == x, x.ctime())
ic = date(2024, 1, 1).isocalendar()
print(repr(ic), ic.year, ic.week, ic.weekday, ic[0], tuple(ic), ic == (2024, 1, 1), type(ic).__name__)
print(ic.__reduce__())
print(repr(date.fromordinal(738886)), repr(date.fromordinal(1)), repr(date.fromordinal(3652059)))
print(repr(date.fromisocalendar(2024, 1, 1)), repr(date.fromisocalendar(2020, 53, 7)),
      repr(date.fromisocalendar(2024, week=52, day=7)), repr(date.fromisocalendar(1, 1, 1)))
for y in (2015, 2020, 2024, 2026):
    print(y, date.fromisocalendar(y, 1, 1), date(y, 12, 28).isocalendar().week)

# timetuple and days-of-year
print(date(2024, 1, 1).timetuple())
print([date(2023, m, 1).timetuple().tm_yday for m in range(1, 13)])
print([date(2024, m, 1).timetuple().tm_yday for m in range(1, 13)])

# replace
print(repr(d.replace(year=2028)), repr(d.replace(month=3, day=31)), repr(d.replace(2025, 1)),
      repr(d.replace()), repr(d.__replace__(day=1)))

# Arithmetic
print(repr(d + timedelta(days=1)), repr(timedelta(days=366) + d), repr(d - timedelta(days=60)))
print(repr(d + timedelta(seconds=86399)), repr(d - timedelta(seconds=1)), repr(d + timedelta(hours=-24)))
print(repr(date(2024, 3, 1) - date(2024, 1, 1)), repr(date(2000, 1, 1) - date(2024, 1, 1)))
print(repr(date.max - date.min), repr(date(2024, 1, 31) + timedelta(weeks=4)))

# Comparisons and hashing
print(d == date(2024, 2, 29), d != date(2024, 2, 28), d < date(2024, 3, 1), d >= date(2024, 2, 29))
print(d == datetime(2024, 2, 29), d != datetime(2024, 2, 29), d == '2024-02-29', d == None)
print(sorted([date(2024, 1, 2), date(1999, 12, 31), date(2024, 1, 1)]))
print(hash(date(2024, 2, 29)) == hash(d), len({d, date(2024, 2, 29), date.min}))
print(bool(date.min), max(date(2024, 5, 1), date(2023, 5, 1)))


class MyDate(date):
    def double_year(self):
        return self.year * 2


m = MyDate(2024, 1, 1)
m.note = 'extra'
print(repr(m), m.double_year(), m.note, repr(m + timedelta(1)), repr(m.replace(day=3)))
print(repr(MyDate.fromordinal(5)), repr(MyDate.fromisocalendar(2024, 2, 1)), m == date(2024, 1, 1))
print(type(date.today()).__name__, type(MyDate.today()).__name__,
      abs(date.today().toordinal() - date.fromtimestamp(time.time()).toordinal()) <= 1)

# Errors
t(lambda: date(0, 1, 1))
t(lambda: date(10000, 1, 1))
t(lambda: date(2024, 13, 1))
t(lambda: date(2024, 0, 1))
t(lambda: date(2023, 2, 29))
t(lambda: date(2023, 4, 31))
t(lambda: date(2023, 2, 0))
t(lambda: date(2023.0, 2, 1))
t(lambda: date('2023', 2, 1))
t(lambda: date(2023, 2))
t(lambda: date())
t(lambda: date(2023, 1, 1, 1))
t(lambda: date(2024, 1, 1, year=5))
t(lambda: date(2024, month=1, day=1, foo=3))
t(lambda: date(2 ** 70, 1, 1))
t(lambda: date(2024, 2 ** 40, 1))
t(lambda: date(2024, 1, -2 ** 31 - 1))
t(lambda: date.fromordinal(0))
t(lambda: date.fromordinal(3652060))
t(lambda: date.fromordinal(1.5))
t(lambda: date.fromisocalendar(2024, 53, 1))
t(lambda: date.fromisocalendar(2020, 0, 1))
t(lambda: date.fromisocalendar(2020, 1, 8))
t(lambda: date.fromisocalendar(0, 1, 1))
t(lambda: date.fromisocalendar(9999, 52, 7))
t(lambda: date.max + timedelta(1))
t(lambda: date.min - timedelta(1))
t(lambda: d + 1)
t(lambda: 1 + d)
t(lambda: d - 1)
t(lambda: d + d)
t(lambda: d - datetime(2024, 1, 1))
t(lambda: datetime(2024, 1, 1) - d)
t(lambda: datetime(2024, 1, 1) < d)
t(lambda: d.replace(month=2, day=30))
t(lambda: d.replace(year=None))
t(lambda: d.replace(foo=1))
t(lambda: d.replace(1, 2, 3, 4))
t(lambda: setattr(d, 'year', 5))
t(lambda: setattr(d, 'foo', 5))
t(lambda: setattr(m, 'day', 5))
t(lambda: date.fromtimestamp(float('nan')))
t(lambda: date.fromtimestamp(1e20))
t(lambda: date.fromtimestamp('x'))
