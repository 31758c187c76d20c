# datetime.strptime: the common directives, how numbers are split, literals
# and whitespace, %z/%Z time zones, 12-hour clocks, errors, and the 3.13
# DeprecationWarning for a day of month without a year.
import warnings
from datetime import datetime


def t(f):
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            result = f()
        for w in caught:
            print('  warning:', w.category.__name__, str(w.message).splitlines()[0])
        print(repr(result))
    except Exception as e:
        print(type(e).__name__, e)


P = datetime.strptime
cases = [
    ('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), ('24-1-2', '%y-%m-%d'), ('69', '%y'), ('68', '%y'), ('00', '%y'),
    ('2024 002', '%Y %j'), ('2023 366', '%Y %j'), ('2024 366', '%Y %j'), ('2024 60', '%Y %j'),
    ('12 AM', '%I %p'), ('12 pm', '%I %p'), ('1 PM', '%I %p'), ('11 am', '%I %p'), ('12', '%I'), ('3 04 PM', '%I %M %p'),
    ('Jan 2 2024', '%b %d %Y'), ('january 2 2024', '%B %d %Y'), ('SEP 30 2024', '%b %d %Y'), ('May 5 2024', '%B %d %Y'),
    ('tue jan 2 2024', '%a %b %d %Y'), ('Tuesday 2024', '%A %Y'), ('2024 5 Mon', '%Y %m %a'), ('2024 3 0 7', '%Y %m %w %u'),
    ('03:04:05.5', '%H:%M:%S.%f'), ('03:04:05.000001', '%H:%M:%S.%f'), ('5.123456', '%S.%f'),
    ('2024 +0530', '%Y %z'), ('2024 -05:30', '%Y %z'), ('2024 Z', '%Y %z'), ('2024 +05:30:15.5', '%Y %z'),
    ('2024 -0000', '%Y %z'), ('2024 +2359', '%Y %z'), ('2024 +010203', '%Y %z'),
    ('2024 UTC', '%Y %Z'), ('2024 gmt', '%Y %Z'), ('2024 +0100 UTC', '%Y %z %Z'), ('2024 +0000 GMT', '%Y %z %Z'),
    ('2024%', '%Y%%'), ('[2024]', '[%Y]'), ('2024.', '%Y.'), ('abc', 'ABC'), ('AbC2024', 'aBc%Y'), ('', ''),
    ('2024   01', '%Y %m'), ('2024\t01', '%Y %m'), ('2024 1  1', '%Y %m %d'), ('2024 1 1', '%Y%t%m %d'),
    ('2024123', '%Y%m%d'), ('20240101', '%Y%m%d'), ('12', '%H%M'), ('123', '%H%M'), ('1234', '%H%M'),
    ('2024 12 am', '%Y %H %p'), ('2024 12 pm 3', '%Y %I %p %H'), ('2024 3 12 pm', '%Y %H %I %p'),
    ('0001', '%Y'), ('9999 12 31 23 59 59 999999', '%Y %m %d %H %M %S %f'), ('2024 7 4', '%Y %m %d'),
    # errors
    ('2024-01-02', '%Y-%m-%d %H'), ('2024-01-02 03', '%Y-%m-%d'), ('2024 000', '%Y %j'), ('13', '%I'),
    ('Sept 1 2024', '%b %d %Y'), ('Tuesday', '%a'), ('03:04:05.1234567', '%H:%M:%S.%f'), ('2024 z', '%Y %z'),
    ('2024 +0530:15', '%Y %z'), ('2024 +05:3015', '%Y %z'), ('2024 EST', '%Y %Z'), ('2024 +2400', '%Y %z'),
    ('2024 +0560', '%Y %z'), ('2024 +00', '%Y %z'), ('2024', '%Y%'), ('2024', '%Q'), ('2024', '%E'),
    ('2024', '% Y'), ('2024', '%.'), ('  2024', '%Y'), ('202401', '%Y %m'), ('2024 01', '%Y%m'), ('2024', '%Y '),
    ('2024 ', '%Y'), ('1234567', '%Y%m%d'), ('2024010', '%Y%m%d'), ('60', '%S'), ('62', '%S'), ('24', '%H'),
    ('1a', '%H'), ('x', ''), ('0000', '%Y'), ('2023-02-29', '%Y-%m-%d'), ('2023 02 30 61', '%Y %m %d %S'),
    ("it's 2024", '%Y'), ('2024', "it's %Y"),
]
for s, f in cases:
    print(repr(s), repr(f), end=' -> ')
    t(lambda: P(s, f))

# A day of month without a year: DeprecationWarning (once per format) and 1900
print('warn:', end=' ')
t(lambda: P('1 2', '%m %d'))
t(lambda: P('10 1', '%d %m'))
t(lambda: P('02-29', '%m-%d'))
t(lambda: P(' 1', '%d'))
t(lambda: P('1 2', '%m %d'))


class MyDT(datetime):
    pass


print(repr(MyDT.strptime('2024 +0100', '%Y %z')), repr(MyDT.strptime('5', '%H')))
d = datetime(2024, 3, 9, 17, 5, 6, 700000)
print(P(d.strftime('%a %b %d %H:%M:%S.%f %Y'), '%a %b %d %H:%M:%S.%f %Y') == d)
print(P(d.strftime('%A %B %j %I %p %y'), '%A %B %j %I %p %y'))

# Argument errors
t(lambda: P(5, '%Y'))
t(lambda: P('2024', 5))
t(lambda: P('2024'))
t(lambda: P())
t(lambda: P(format='%Y', date_string='2024'))
