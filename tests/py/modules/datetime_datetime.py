# datetime.datetime: construction, repr, combine, parts, isoformat, arithmetic,
# naive/aware rules, comparisons, hashing, replace, subclasses and errors.
from datetime import datetime, date, time, timedelta, timezone, UTC


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


u = timezone.utc
p5 = timezone(timedelta(hours=5, minutes=30))
brt = timezone(timedelta(hours=-3), 'BRT')
a = datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=u)
n = datetime(2024, 1, 2, 3, 4, 5, 6)

# Construction and repr
for x in [datetime(2024, 1, 1), datetime(2024, 1, 1, 0, 1), datetime(2024, 1, 1, 0, 0, 1),
          datetime(2024, 1, 1, 0, 0, 0, 1), a, n, datetime(2024, 1, 1, fold=1),
          datetime(2024, 1, 1, tzinfo=u, fold=1), datetime(2024, 2, 29, 23, 59, 59, 999999, brt),
          datetime(year=2000, month=1, day=1, hour=12, tzinfo=UTC)]:
    print(repr(x), '|', x)
print(datetime.min, datetime.max, datetime.resolution, repr(datetime.min))
print(a.year, a.month, a.day, a.hour, a.minute, a.second, a.microsecond, a.tzinfo, a.fold)
print(isinstance(a, date), issubclass(datetime, date), UTC is u)

# Parts and conversions
print(repr(a.date()), repr(a.time()), repr(a.timetz()), repr(datetime(2024, 1, 1, 5, fold=1).time()))
print(a.toordinal(), a.weekday(), a.isoweekday(), a.isocalendar(), a.ctime())
print(a.timetuple())
print(a.utctimetuple())
print(datetime(2024, 1, 1, tzinfo=p5).utctimetuple())
print(repr(datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=u))),
      repr(datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=u), None)),
      repr(datetime.combine(date(2024, 1, 2), time(3, 4), tzinfo=p5)),
      repr(datetime.combine(datetime(2024, 1, 2, 5), time(3, 4, fold=1))))
print(repr(datetime.fromordinal(5)), repr(datetime.fromisocalendar(2024, 1, 1)))

# isoformat with sep and timespec
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, a.isoformat(timespec=spec), n.isoformat(' ', spec), datetime(2024, 1, 1).isoformat('T', spec))
print(n.isoformat(sep='\u00e9'), str(a), str(datetime(2024, 1, 1, tzinfo=brt)), format(a, ''), format(a, '%H'))

# Arithmetic
print(repr(a + timedelta(days=1, microseconds=-7)), repr(timedelta(1) + a), repr(a - timedelta(weeks=1)))
print(repr(n + timedelta(hours=-3, minutes=-5)), repr(datetime(2024, 2, 28, 23) + timedelta(hours=2)))
print(repr(datetime(2024, 1, 1, fold=1) + timedelta(0)), repr(datetime(2023, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1)))
print(repr(a - n.replace(tzinfo=u)), repr(n - datetime(2023, 1, 1)), repr(datetime(2000, 1, 1) - n))
print(repr(datetime(2024, 1, 1, 12, tzinfo=p5) - datetime(2024, 1, 1, 12, tzinfo=brt)))
print(repr(datetime.max - datetime.min))

# Comparisons: naive vs aware, interzone, same tzinfo
b = a.astimezone(brt)
print(repr(b), b == a, b - a, hash(b) == hash(a), a.astimezone(p5))
print(a == n, a != n, n == n.replace(), datetime(2024, 1, 1) == date(2024, 1, 1), a == 'x')
print(datetime(2024, 1, 1, 12, tzinfo=p5) < datetime(2024, 1, 1, 12, tzinfo=brt), b >= a, b <= a, b > a)
print(datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1), hash(datetime(2024, 1, 1, fold=1)) == hash(datetime(2024, 1, 1)))
print(sorted([a, b.replace(hour=1), a.replace(tzinfo=p5)]))
print(len({a, b, a.astimezone(p5), n, n.replace(fold=1)}))

# replace
print(repr(a.replace(tzinfo=None)), repr(a.replace(year=2023, month=2, day=28, hour=1, minute=2, second=3,
                                                    microsecond=4, tzinfo=p5, fold=1)))
print(repr(a.replace(1, 2, 3, 4, 5, 6, 7, None)), repr(a.__replace__(day=9)))


class MyDT(datetime):
    pass


m = MyDT(2024, 1, 1)
print(repr(m + timedelta(1)), repr(MyDT(2024, 1, 1, fold=1).replace(hour=3)), repr(m - MyDT(2023, 1, 1)))
print(repr(MyDT.combine(date(2024, 1, 1), time(1))), repr(MyDT.fromisoformat('2024-01-01T05')),
      repr(MyDT(2024, 1, 1, tzinfo=u).astimezone(p5)), repr(m.date()), repr(MyDT.fromordinal(3)))

# Errors
t(lambda: datetime(2024))
t(lambda: datetime(2024, 1))
t(lambda: datetime(2024, 1, 1, 24))
t(lambda: datetime(2024, 1, 32))
t(lambda: datetime(2024, 1, 1, 1, 2, 3, 4, 5))
t(lambda: datetime(2024, 1, 1, 1, 2, 3, 4, None, 0))
t(lambda: datetime(2024, 1, 1, 1, 2, 3, 4, None, 0, 1))
t(lambda: datetime(2024, 1, 1, fold=-1))
t(lambda: datetime(2024, 1, 1, foo=-1))
t(lambda: a - n)
t(lambda: n - a)
t(lambda: a < n)
t(lambda: n >= a)
t(lambda: a + 1)
t(lambda: a - 1)
t(lambda: 1 - a)
t(lambda: a + a)
t(lambda: datetime(2024, 1, 1) < date(2024, 1, 1))
t(lambda: datetime.max + timedelta(1))
t(lambda: datetime.min - timedelta(microseconds=1))
t(lambda: datetime(2024, 1, 1) - timedelta.max)
t(lambda: datetime(1, 1, 1, tzinfo=p5).utctimetuple())
t(lambda: datetime(1, 1, 1, tzinfo=p5).astimezone(u))
t(lambda: a.astimezone(5))
t(lambda: a.replace(tzinfo=5))
t(lambda: a.replace(fold=2))
t(lambda: n.isoformat(timespec='nope'))
t(lambda: n.isoformat(sep='ab'))
t(lambda: n.isoformat(sep=5))
t(lambda: datetime.combine(5, time(3, 4)))
t(lambda: datetime.combine(date(2024, 1, 1), 5))
t(lambda: datetime.combine(date(2024, 1, 1)))
t(lambda: datetime.combine(date(2024, 1, 1), time(1), 5))
t(lambda: setattr(a, 'hour', 1))
t(lambda: setattr(a, 'year', 1))
t(lambda: setattr(a, 'tzinfo', None))
