# fromisoformat for date, time and datetime: every 3.11+ form (basic and
# extended, ISO week dates, any separator, fractions, offsets), round trips
# and the errors for malformed strings.
from datetime import date, time, datetime, timedelta, timezone


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


D = date.fromisoformat
for s in ['2024-01-02', '20240102', '2024-W01', '2024W01', '2024-W01-3', '2024W013', '2020-W53-7',
          '2024-W52-7', '0001-01-01', '9999-12-31', '0001-W01-1',
          # malformed or out of range
          '2024-W53', '2024-W54', '2024-W00', '2024-W01-8', '2024-W01-0', '2024-13-01', '2024-02-30',
          '0000-01-01', '9999-W52-7', '2024-1-1', '2024-01-02T00', '2024-01', '202401', '2024', '',
          ' 2024-01-02', '2024/01/02', '2024-0102', '202401-02', '\uff12\uff10\uff12\uff14-01-02',
          '2024-W1', '2024-w01', '2024-W01-', '2024W01-1', '2024-W011', '2024-001', '2024001']:
    print(repr(s), end=' ')
    t(lambda: D(s))

T = time.fromisoformat
for s in ['12', '12:30', '1230', '12:30:45', '123045', '12:30:45.5', '12:30:45.123', '12:30:45.1234567',
          '12:30:45,5', '123045.5', '12.5', '12:30.5', '12:30:45Z', '12Z', '12:30+00:00', '12:30:45-00:00',
          '12:30:45+05:30', '12:30:45-0530', '12:30:45+05', '12:30:45+05:30:15', '12:30:45+05:30:15.5',
          '12:30:45.123456789Z', '12:30:45 +05:00', 'T12:30', 'T12', '12:30:45-05:30:00.000001', '12:30:45+23:59',
          # malformed or out of range
          't12:30', 'T', '', '24:00', '12:60', '25:00', '12:30:60', '12:3', '12:30:4', '1:30', '12:30:45.',
          '12:30:45+5', '12:30:45+24:00', '12:30:45z', '12:30:45+0530:15', '12:30:45+05:3015', '12:30:45:',
          '12:30:', '123', '12345', '12:3045', '1230:45', '12:30:45.5x', '12:30:45+', '12:30:45Z+',
          '12:30:45+05:30Z', '\uff11\uff12:30']:
    print(repr(s), end=' ')
    t(lambda: T(s))

DT = datetime.fromisoformat
for s in ['2024-01-02', '2024-01-02T03', '2024-01-02T03:04', '2024-01-02 03:04:05', '2024-01-02x03:04:05.123',
          '2024-01-02T03:04:05.123456+05:30', '20240102T030405', '20240102T0304', '2024-W01-2T03:04',
          '2024W012T03', '2024-W01T03', '2024-W01-03', '2024W01T03', '2024W011T03', '2024W01103',
          '2024W0110304', '2024-W01-1-03', '2024-01-02T03:04:05Z', '2024-01-02T03:04:05+0000',
          '2024-01-02T03:04:05-00:00', '2024-01-02\u00e903:04', '2024-01-02T03:04:05+05:30:45.5',
          '2024-01-02T03:04:05.1234567', '2024-01-02T03:04:05,123', '2024-01-02T0304+0100',
          '2024-01-02T030405.5-01', '9999-12-31T23:59:59.999999-23:59', '2024-01-02 12:30:45 +05:00',
          # malformed or out of range
          '2024-01-02T', '2024-01-02T24:00', '2024-12-31T24:00', '2024-01-0203:04', '2024-01-02T03:04:05.',
          '2024-01-02T3:04', '2024-01-02  03:04', '20240102030405', '2024-W0103', '2024W0103',
          '2024-01-02T03:04:05+01:00 ', '2024-01', '0000-01-01T00:00', '2024', '', 'T']:
    print(repr(s), end=' ')
    t(lambda: DT(s))

# Non-str arguments and subclasses
t(lambda: D(5))
t(lambda: D(b'2024-01-01'))
t(lambda: T(None))
t(lambda: DT(20240101))


class MyDate(date):
    pass


class MyDT(datetime):
    pass


print(repr(MyDate.fromisoformat('2024-01-01')), repr(MyDT.fromisoformat('2024-01-01T05:06Z')))

# Round trips through isoformat()
p = timezone(timedelta(hours=-3, minutes=-30))
for x in [datetime(2024, 1, 2, 3, 4, 5, 6, p), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999),
          datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(seconds=1, microseconds=500)))]:
    for spec in ['auto', 'seconds', 'microseconds']:
        text = x.isoformat(timespec=spec)
        back = DT(text)
        print(text, back == x, DT(x.isoformat(' ', spec)) == back, T(x.timetz().isoformat(spec)) == back.timetz())
    print(D(x.date().isoformat()) == x.date(), D('%04d-W%02d-%d' % x.isocalendar()) == x.date())
