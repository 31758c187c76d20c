# strftime/__format__ (with %f, %z, %:z, %Z handled by datetime), ctime, and
# POSIX timestamps: fromtimestamp with a tz, rounding, timestamp(), the
# deprecated utc* constructors, now()/today() (checked, not printed).
import time
import warnings
from datetime import date, datetime, time as dtime, timedelta, timezone, tzinfo, UTC


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Pct(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-4, minutes=-30)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return '50%off'

    def __repr__(self):
        return 'Pct()'


brt = timezone(timedelta(hours=-3), 'BRT')
dts = [datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=UTC), datetime(1999, 12, 31, 23, 59, 59, 999999),
       datetime(2024, 2, 29, 12, 0, tzinfo=brt), datetime(2000, 7, 9, 15, 30, tzinfo=Pct()),
       datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-5, seconds=-7, microseconds=-1)))]
for d in dts:
    print(d.strftime('%Y-%m-%d %H:%M:%S.%f|%z|%:z|%Z|%%z %%f'))
    print(d.strftime('%a %A %b %B %d %j %U %W %w %u %y %C %G %V %I %p %e %D %T %R %%'))
    print(d.ctime(), f'{d:%d/%m/%Y %H.%M}', format(d, ''), d.strftime(''), d.strftime('no directives'))
for d in [date(2024, 3, 9), date(1, 1, 1), date(999, 12, 31), date(9999, 12, 31)]:
    print(d.strftime('%Y|%m|%d|%j|%a|%z|%Z|%f|%:z|%H:%M:%S'), d.ctime(), f'{d:%A, %d %B %Y}', format(d, ''))
for x in [dtime(13, 5, 6, 7), dtime(0, 0, tzinfo=brt), dtime(12, tzinfo=Pct())]:
    print(x.strftime('%H:%M:%S.%f %I %p %z %:z %Z | %Y-%m-%d %a %j'), f'{x:%H%M}', format(x, ''))
print(date(2024, 1, 1).strftime(format='%d.%m.%Y'), datetime(2024, 5, 6).strftime('%'))

# fromtimestamp with a time zone: exact microseconds, half-even rounding
for ts in [0, 1, -1, 86399.5, -1.5, 1700000000.123456789, 0.0000005, 0.0000015, 0.0000025, 1e-7, -1e-7,
           951782400, 2 ** 31, 1e11, -62135596800 + 86400, 253402300799, True]:
    print(ts, repr(datetime.fromtimestamp(ts, UTC)), datetime.fromtimestamp(ts, brt).isoformat())
print(repr(datetime.fromtimestamp(10, tz=timezone(timedelta(hours=5, minutes=30)))))


class MyDT(datetime):
    pass


print(repr(MyDT.fromtimestamp(0, UTC)), repr(datetime.fromtimestamp(1e9, Pct())))

# timestamp() of aware datetimes
for d in [datetime(1970, 1, 1, tzinfo=UTC), datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
          datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC),
          datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=brt), datetime(2000, 1, 1, tzinfo=Pct())]:
    ts = d.timestamp()
    print(ts, datetime.fromtimestamp(ts, d.tzinfo) == d)

# Deprecated naive UTC constructors
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(repr(datetime.utcfromtimestamp(86400.5)), repr(datetime.utcfromtimestamp(-1)))
    now_utc = datetime.utcnow()
for w in caught:
    print(w.category.__name__, w.message)

# Clocks: only types and closeness to time.time() are printed
now = datetime.now(UTC)
print(type(now).__name__, now.tzinfo, abs(now.timestamp() - time.time()) < 5,
      abs(now.replace(tzinfo=None) - now_utc) < timedelta(seconds=5))
print(type(datetime.now()).__name__, datetime.now().tzinfo, type(datetime.today()).__name__,
      type(date.today()).__name__, datetime.now(brt).utcoffset(), type(MyDT.now(UTC)).__name__)
print(abs(datetime.now().timestamp() - time.time()) < 5, abs(datetime.now(brt) - now) < timedelta(seconds=5))
local = datetime.fromtimestamp(1234567890)
print(local.tzinfo, local.timestamp(), datetime.fromtimestamp(1234567890.25).timestamp())
aware_local = local.astimezone()
print(aware_local.timestamp(), aware_local.astimezone(UTC))

# Errors
t(lambda: datetime.fromtimestamp(float('nan'), UTC))
t(lambda: datetime.fromtimestamp(float('inf'), UTC))
t(lambda: datetime.fromtimestamp(1e20, UTC))
t(lambda: datetime.fromtimestamp(1e12, UTC))
t(lambda: datetime.fromtimestamp(-1e12, UTC))
t(lambda: datetime.fromtimestamp(253402300800, UTC))
t(lambda: datetime.fromtimestamp(253402300799.9999999, UTC))
t(lambda: datetime.fromtimestamp(-62135596801, UTC))
t(lambda: datetime.fromtimestamp(-62135596800, brt))
t(lambda: datetime.fromtimestamp('1', UTC))
t(lambda: datetime.fromtimestamp(None, UTC))
t(lambda: datetime.fromtimestamp(0, 5))
t(lambda: datetime.fromtimestamp())
t(lambda: datetime.now(5))
t(lambda: datetime.now(foo=5))
t(lambda: date(2024, 1, 1).strftime(5))
t(lambda: datetime(2024, 1, 1).__format__(5))
t(lambda: datetime(2024, 1, 1, tzinfo=Pct()).astimezone(UTC).strftime('%Z'))
