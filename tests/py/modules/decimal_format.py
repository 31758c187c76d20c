"""Decimal.__format__: the whole format-spec language, fixed and random cases."""

import random
from decimal import *


def fmt(value, spec):
    try:
        return repr(format(Decimal(value), spec))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


fixed = [
    ('1.2300', ''), ('1E+5', ''), ('1.2345', '.2g'), ('1.00', '.5g'), ('1', '.5g'),
    ('1', '#.5g'), ('1', '#g'), ('Inf', 'f'), ('-Inf', 'F'), ('-NaN', 'e'),
    ('NaN12', 'E'), ('sNaN', 'g'), ('1234567.891', '_'), ('1234567.891', ','),
    ('1234567.891', '015,.2f'), ('-0.0001', 'z.2f'), ('0.5', '%'), ('0.5', '.1%'),
    ('123', 'e'), ('123.456', '.1e'), ('1e-10', 'g'), ('1e-7', 'f'),
    ('123456789', '.3'), ('123456789', '.3n'), ('-1.5', '=+10'), ('1.5', '*^11'),
    ('1.5', 'x<8.3f'), ('1E+5', 'f'), ('1E+5', '.2f'), ('0E-5', 'g'), ('0E+5', 'g'),
    ('1.5', ' '), ('1.5', '+'), ('1.5', '10'), ('12345.6789', 'n'), ('12345', '.2'),
    ('1.999', '.2'), ('-0', 'z'), ('-0.001', 'z.1e'), ('1', '#'), ('1', '#.0f'),
    ('1', '#.0e'), ('12', '.0f'), ('2.5', '.0f'), ('3.5', '.0f'),
    ('0.000001234', '.3g'), ('0.0000001234', '.3g'), ('1234567', '.3g'),
    ('1', '5_'), ('1', '010,'), ('1234', '010,f'), (1234, '07,'), (1234, '08,'),
    (1234, '06,'), ('1.5', '<05'), ('Inf', '%'), ('Inf', '010'), ('-Inf', '=10'),
    ('0', '.2e'), ('0E-5', 'e'), ('0E+5', '.3e'), ('0.000', '.2e'), ('0', '.0e'),
    ('9.99', '.1e'), ('-0.001', 'z.3f'), ('1234.5', ',n'), ('1234.5', ',g'),
    ('12345678.9', ',e'), ('1E+10', ',f'), ('1e-10', '.3%'), ('NaN', '+'),
    ('-NaN', 'z'), ('0.1', '.0%'), ('1', '^ 9'), ('-1', '^10'), ('0.00', 'g'),
    ('0.00', '.1g'), ('100', '.1g'), ('100', '.3g'), ('1234', 'G'), ('0E-7', 'g'),
    ('1E-7', '.0g'), ('1.5', '-^+10.3'), ('1', 'd'), ('1', 'x'), ('1', '.-1'),
    ('1', ',_'), ('-123.456', '\u2007>12.2f'), ('123.456', '\n^12'),
    ('-1234567.5', ',.1f'), ('-1234567.5', '020,.1f'), ('-1234567.5', '+020.1f'),
    ('1e100', 'f'), ('-1e-100', '.3g'), ('9.5', '.0e'), ('8.5', '.0e'),
    ('0.0005', '.3f'), ('0.0015', '.3f'), ('-0.0005', '.3f'), ('-0.0005', 'z.3f'),
]
for value, spec in fixed:
    print(repr(value), repr(spec), fmt(value, spec))

with localcontext(capitals=0):
    print(fmt('1e10', ''), fmt('1e10', '.3'), fmt('1e10', 'E'))
with localcontext(rounding=ROUND_DOWN):
    print(fmt('2.999', '.2f'), fmt('2.999', '.1e'), fmt('-2.999', '.2g'))
with localcontext(rounding=ROUND_UP):
    print(fmt('2.001', '.2f'), fmt('2.001', '.1e'), fmt('-2.001', '.2g'))
print('{:>10.3f}|{:,}|{:e}'.format(Decimal('3.14159'), Decimal(10**9), Decimal('0.1')))
print(f"{Decimal('12.5'):08.2f} {Decimal('-7'):+} {Decimal('1.5'):%}")

random.seed(99)
for i in range(300):
    nd = random.randint(1, 9)
    digits = ''.join(random.choice('0123456789') for _ in range(nd))
    value = '%s%sE%d' % (random.choice(['', '-']), digits, random.randint(-12, 8))
    spec = ''
    if random.random() < 0.3:
        spec += random.choice(['', '*', '0']) + random.choice('<>=^')
    spec += random.choice(['', '', '+', '-', ' '])
    if random.random() < 0.2:
        spec += 'z'
    if random.random() < 0.2:
        spec += '#'
    if random.random() < 0.2:
        spec += '0'
    if random.random() < 0.5:
        spec += str(random.randint(1, 20))
    if random.random() < 0.3:
        spec += ','
    if random.random() < 0.6:
        spec += '.' + str(random.randint(0, 8))
    spec += random.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'])
    print(i, repr(value), repr(spec), fmt(value, spec))
