# datetime.timezone and tzinfo: fixed offsets, names, reprs, errors, the
# tzinfo base class, a DST-aware tzinfo subclass, fold and PEP 495 equality.
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ZERO, HOUR = timedelta(0), timedelta(hours=1)

# timezone: construction, names, repr, str
for tz in [timezone.utc, UTC, timezone(ZERO), timezone(ZERO, 'UTC'), timezone(timedelta(hours=5, minutes=30)),
           timezone(timedelta(hours=-5), 'EST'), timezone(-timedelta(hours=5, minutes=30, seconds=5, microseconds=7)),
           timezone(timedelta(microseconds=1)), timezone(offset=timedelta(minutes=-1)), timezone.min, timezone.max]:
    print(repr(tz), '|', tz, '|', tz.tzname(None), tz.utcoffset(None), tz.dst(None))
print(timezone(ZERO) is timezone.utc, timezone(ZERO, 'UTC') is timezone.utc, timezone(ZERO, 'Z').tzname(None))
print(timezone(HOUR, 'A') == timezone(HOUR, 'B'), timezone(HOUR) != timezone(-HOUR), timezone.utc == 5,
      hash(timezone(HOUR, 'A')) == hash(timezone(HOUR)), len({timezone(HOUR), timezone(HOUR, 'x'), UTC}))
print(timezone(HOUR, 'A').__getinitargs__(), timezone.utc.__getinitargs__(), timezone(HOUR).__reduce__())
print(isinstance(UTC, tzinfo), timezone.utc.utcoffset(datetime(2024, 1, 1)))
p2 = timezone(2 * HOUR)
print(repr(p2.fromutc(datetime(2024, 1, 1, 23, tzinfo=p2))))

# tzinfo base class
print(type(tzinfo()).__name__, tzinfo().__reduce__())
t(lambda: tzinfo().utcoffset(None))
t(lambda: tzinfo().dst(None))
t(lambda: tzinfo().tzname(None))
t(lambda: tzinfo().fromutc(datetime(2024, 1, 1)))
t(lambda: tzinfo().fromutc(5))


class Eastern(tzinfo):
    """US Eastern time, 2007+ rules, fold-aware in the style of PEP 495."""

    def _transitions(self, year):
        march8, nov1 = datetime(year, 3, 8, 2), datetime(year, 11, 1, 2)
        start = march8 + timedelta(days=(6 - march8.weekday()) % 7)   # second Sunday in March
        end = nov1 + timedelta(days=(6 - nov1.weekday()) % 7)         # first Sunday in November
        return start, end

    def dst(self, dt):
        if dt is None:
            return ZERO
        start, end = self._transitions(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + HOUR <= naive < end - HOUR:
            return HOUR
        if end - HOUR <= naive < end:              # repeated hour
            return ZERO if dt.fold else HOUR
        if start <= naive < start + HOUR:          # skipped hour
            return HOUR if dt.fold else ZERO
        return ZERO

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'Eastern()'


E = Eastern()
for fold in (0, 1):
    for h in (0, 1, 2, 3):
        fall = datetime(2023, 11, 5, h, 30, tzinfo=E, fold=fold)
        spring = datetime(2023, 3, 12, h, 30, tzinfo=E, fold=fold)
        print(fold, fall.isoformat(), fall.tzname(), fall.timestamp(), spring.isoformat(), spring.astimezone(UTC))
for hour in range(3, 9):
    u = datetime(2023, 11, 5, hour, 30, tzinfo=UTC)
    print(u.time(), repr(u.astimezone(E)), datetime.fromtimestamp(u.timestamp(), E))
print(datetime(2023, 7, 4, 12, tzinfo=E).timetuple().tm_isdst, datetime(2023, 1, 4, tzinfo=E).timetuple().tm_isdst)

# PEP 495: times in the repeated hour never equal times in another zone
amb0 = datetime(2023, 11, 5, 1, 30, tzinfo=E)
amb1 = amb0.replace(fold=1)
print(amb0 == amb0.astimezone(UTC), amb1 == amb1.astimezone(UTC), amb0 != amb0.astimezone(UTC))
print(amb0 == amb1, amb0.astimezone(UTC) < amb1.astimezone(UTC), amb1 - amb0, amb1.astimezone(UTC) - amb0)
ok = datetime(2023, 11, 5, 0, 30, tzinfo=E)
print(ok == ok.astimezone(UTC), hash(ok) == hash(ok.astimezone(UTC)), hash(amb1) == hash(amb0))
print(time(1, tzinfo=E).utcoffset(), time(1, tzinfo=E).tzname(), time(1, tzinfo=E) == time(6, tzinfo=UTC))

# Errors
t(lambda: timezone(5))
t(lambda: timezone(None))
t(lambda: timezone(timedelta(hours=24)))
t(lambda: timezone(timedelta(hours=-24)))
t(lambda: timezone(-timedelta(hours=23, minutes=59, seconds=59, microseconds=1000000)))
t(lambda: timezone(HOUR, 5))
t(lambda: timezone(HOUR, None))
t(lambda: timezone(HOUR, 'X', 3))
t(lambda: timezone())
t(lambda: timezone(HOUR, foo='x'))
t(lambda: timezone.utc.utcoffset(5))
t(lambda: timezone.utc.tzname(5))
t(lambda: timezone.utc.dst('x'))
t(lambda: timezone.utc.fromutc(5))
t(lambda: timezone.utc.fromutc(datetime(2024, 1, 1)))
t(lambda: p2.fromutc(datetime(2024, 1, 1, tzinfo=timezone(2 * HOUR))))
t(lambda: setattr(UTC, 'x', 1))


def subclass():
    class X(timezone):
        pass


t(subclass)
