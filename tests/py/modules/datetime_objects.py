# datetime module objects: module attributes, pickle state (__reduce__ and the
# bytes constructors), copy, immutability, hashing in sets/dicts, subclasses.
import copy
import datetime as dt
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC, MINYEAR, MAXYEAR


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(dt.__all__, dt.MINYEAR, dt.MAXYEAR, dt.UTC is dt.timezone.utc, hasattr(dt, 'IsoCalendarDate'))
for cls in (date, datetime, time, timedelta, timezone, tzinfo):
    print(cls.__name__, cls.__module__, cls.__qualname__, [b.__name__ for b in cls.__mro__])
ic_type = type(date(2024, 1, 1).isocalendar())
print(ic_type.__name__, ic_type.__module__, ic_type.__mro__[1].__name__)
print(repr(ic_type(2024, 1, 1)), repr(ic_type(year=2020, week=53, weekday=7)))
t(lambda: ic_type(2024, 1))

# Pickle state, in CPython's format
d = date(2024, 1, 2)
x = datetime(2024, 1, 2, 3, 4, 5, 6, UTC, fold=1)
tm = time(1, 2, 3, 4, fold=1)
print(d.__reduce__(), d.__reduce_ex__(4))
print(x.__reduce__(), x.__reduce_ex__(4))
print(tm.__reduce__(), tm.__reduce_ex__(4), time(1, tzinfo=UTC).__reduce__())
print(timedelta(1, 2, 3).__reduce__(), timezone(timedelta(hours=1), 'A').__reduce__(), UTC.__reduce__())
print(repr(date(b'\x07\xe8\x01\x02')), repr(datetime(b'\x07\xe8\x81\x02\x03\x04\x05\x00\x00\x06')),
      repr(time(b'\x81\x02\x03\x00\x00\x04')), repr(time(b'\x01\x02\x03\x00\x00\x04', UTC)))
print(repr(date('\x07\xe8\x01\x02')), repr(datetime(b'\x07\xe8\x01\x02\x03\x04\x05\x00\x00\x06', UTC)))
t(lambda: datetime(b'\x07\xe8\x01\x02\x03\x04\x05\x00\x00\x06', 5))
t(lambda: date(b'\x07\xe8\x0d\x02'))
t(lambda: time(b'\x18\x02\x03\x00\x00\x04'))
for obj in [d, x, tm, timedelta(-1, 5), timezone(timedelta(hours=-2), 'X'), UTC, time(5, tzinfo=UTC)]:
    c, dc = copy.copy(obj), copy.deepcopy(obj)
    print(repr(c), c == obj, repr(dc) == repr(obj), type(dc) is type(obj))
print(copy.copy(UTC) is UTC, copy.deepcopy(timezone(timedelta(0))) is UTC, copy.replace(d, day=9))
print(copy.replace(x, fold=0), copy.replace(tm, hour=9))

# Immutability
for obj, names in [(d, ['year', 'month', 'day', 'foo']), (x, ['year', 'hour', 'tzinfo', 'fold', 'foo']),
                   (tm, ['microsecond', 'fold', 'foo']), (timedelta(1), ['days', 'microseconds', 'foo']),
                   (UTC, ['foo'])]:
    for name in names:
        t(lambda: setattr(obj, name, 1))
        t(lambda: delattr(obj, name))

# Hashing: equal values are interchangeable dictionary keys
table = {date(2024, 1, 1): 'date', datetime(2024, 1, 1): 'naive', datetime(2024, 1, 1, tzinfo=UTC): 'aware',
         time(12): 'time', timedelta(hours=24): 'td'}
print(table[date(2024, 1, 1)], table[datetime(2024, 1, 1, fold=1)], table[timedelta(days=1)], table[time(12)],
      table[datetime(2024, 1, 1, 2, tzinfo=timezone(timedelta(hours=2)))], len(table))
print(len({datetime(2024, 1, 1, 2, tzinfo=timezone(timedelta(hours=2))), datetime(2024, 1, 1, tzinfo=UTC),
           datetime(2023, 12, 31, 21, tzinfo=timezone(timedelta(hours=-3), 'BRT'))}))


# Subclasses keep their type through arithmetic and alternate constructors
class Stamp(datetime):
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls, *args, **kwargs)
        return self

    def label(self):
        return 'stamp ' + self.isoformat()


s = Stamp(2024, 5, 6, 7, tzinfo=UTC)
s.extra = 'ok'
print(repr(s), s.label(), s.extra, type(s + timedelta(hours=1)).__name__, type(s - timedelta(1)).__name__)
print(type(s.replace(minute=1)).__name__, type(s.astimezone(timezone(timedelta(hours=3)))).__name__,
      type(Stamp.fromisoformat('2024-01-01')).__name__, type(Stamp.strptime('2024', '%Y')).__name__,
      type(Stamp.combine(date(2024, 1, 1), time())).__name__, type(s.date()).__name__, type(s.timetz()).__name__)
print(s == datetime(2024, 5, 6, 7, tzinfo=UTC), s - datetime(2024, 5, 6, tzinfo=UTC), hash(s) == hash(s.replace()))
t(lambda: setattr(s, 'hour', 1))
t(lambda: delattr(s, 'extra'))
print(hasattr(s, 'extra'))
