# datetime.time: fields, fold, tzinfo, isoformat/timespec, repr, strftime,
# utcoffset/dst/tzname validation, comparisons, hashing and errors.
from datetime import time, timedelta, timezone, tzinfo, datetime


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


utc = timezone.utc
plus1 = timezone(timedelta(hours=1))
ist = timezone(timedelta(hours=5, minutes=30), 'IST')


class Fixed(tzinfo):
    """A tzinfo returning whatever it was given (for validation tests)."""
    def __init__(self, off=None, dst=None, name=None):
        self.off, self.d, self.n = off, dst, name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return self.d

    def tzname(self, dt):
        return self.n

    def __repr__(self):
        return 'Fixed()'


# Construction and repr
for x in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(1, 2, 0, 4), time(0, 0, 3),
          time(23, 59, 59, 999999), time(1, fold=1), time(1, 2, 3, 4, utc, fold=1), time(12, tzinfo=ist),
          time(hour=5, minute=6, second=7, microsecond=8, tzinfo=Fixed())]:
    print(repr(x), str(x), x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.fold)
print(repr(time.min), repr(time.max), repr(time.resolution), time(True, 1))

# isoformat with timespec, with and without offsets
x = time(1, 2, 3, 456789, tzinfo=plus1)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, x.isoformat(spec), x.replace(microsecond=0).isoformat(timespec=spec),
          time(23, 5).isoformat(spec))
print(time(1, tzinfo=timezone(-timedelta(seconds=1, microseconds=-5))).isoformat())
print(time(1, tzinfo=timezone(timedelta(hours=-3, minutes=-30, seconds=-15))).isoformat())

# utcoffset / dst / tzname
print(x.utcoffset(), x.dst(), x.tzname(), time(1).utcoffset(), time(1).tzname(), time(1, tzinfo=ist).tzname())
print(time(1, tzinfo=Fixed(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999))).utcoffset())
print(time(1, tzinfo=Fixed(timedelta(microseconds=-1))).isoformat(), time(1, tzinfo=Fixed('x', None, 'N')).tzname())

# strftime and format: the date part is 1900-01-01
print(x.strftime('%H:%M:%S.%f %z %:z %Z | %Y-%m-%d %j %a %p %I %%'))
print(time(13, 5).strftime('%I:%M %p'), format(time(1, 2), '%H'), format(time(1, 2), ''), f'{time(4, 5, 6):%M-%S}')
print(time(1, tzinfo=ist).strftime('%Z %z'), time(1).strftime('[%z][%Z][%:z]'))

# replace
print(repr(x.replace(hour=5)), repr(x.replace(tzinfo=None)), repr(time(1).replace(tzinfo=utc, fold=1)),
      repr(x.replace(1, 2, 3, 4, None)), repr(x.__replace__(second=59)))

# Comparisons: same tzinfo compares fields; different tzinfos compare UTC values
print(time(1, tzinfo=plus1) == time(0, tzinfo=utc), time(1, tzinfo=plus1) < time(0, 30, tzinfo=utc))
print(time(1) == time(1, tzinfo=utc), time(1) != time(1, tzinfo=utc), time(1, fold=1) == time(1))
print(time(1, tzinfo=Fixed()) == time(1), time(1, tzinfo=Fixed()) < time(2), time(5) > time(4, 59, 59, 999999))
print(time(1) == 1, time(1) != 'x', sorted([time(3), time(1, 30), time(1, 2, 3)]))
print(hash(time(1, tzinfo=plus1)) == hash(time(0, tzinfo=utc)), hash(time(1, fold=1)) == hash(time(1)),
      len({time(1), time(1, fold=1), time(2)}))
print(bool(time(0)), bool(time.min))


class MyTime(time):
    pass


print(repr(MyTime(1).replace(hour=2)), repr(MyTime.fromisoformat('01:02')), repr(datetime(2024, 1, 1).time()))

# Errors
t(lambda: time(24))
t(lambda: time(-1))
t(lambda: time(1, 60))
t(lambda: time(1, 1, 60))
t(lambda: time(1, 1, 1, 1000000))
t(lambda: time(1, fold=2))
t(lambda: time(1, tzinfo=5))
t(lambda: time(1, 2, 3, 4, 5))
t(lambda: time(1.0))
t(lambda: time(1, 2, 3, 4, None, 5))
t(lambda: time(1, 2, 3, 4, None, 0, 5))
t(lambda: time(foo=1))
t(lambda: time(1, hour=2))
t(lambda: time(1).isoformat('x'))
t(lambda: time(1).isoformat(5))
t(lambda: time(1).replace(hour=25))
t(lambda: time(1).replace(fold=None))
t(lambda: time(1).strftime(5))
t(lambda: format(time(1), 5))
t(lambda: time(1) + timedelta(1))
t(lambda: time(1) - time(0))
t(lambda: time(1) < time(1, tzinfo=utc))
t(lambda: time(1, tzinfo=Fixed()) < time(2, tzinfo=Fixed(timedelta(0))))
t(lambda: time(1, tzinfo=Fixed(5)).utcoffset())
t(lambda: time(1, tzinfo=Fixed(timedelta(hours=24))).utcoffset())
t(lambda: time(1, tzinfo=Fixed(timedelta(hours=-24))).isoformat())
t(lambda: time(1, tzinfo=Fixed(None, 5)).dst())
t(lambda: time(1, tzinfo=Fixed(None, timedelta(days=1))).dst())
t(lambda: time(1, tzinfo=Fixed(None, None, 5)).tzname())
t(lambda: setattr(time(1), 'hour', 2))
t(lambda: setattr(time(1), 'foo', 2))
