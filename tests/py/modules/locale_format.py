# locale number formatting: format_string, str, currency, localize, delocalize,
# atof and atoi, in the C locale and under substituted localeconv() values.
import locale


def show(label, func, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


fs = locale.format_string
cases = [
    ('%d', 1234567), ('%d', -1234567), ('%.2f and %s', (1.5, 'x')),
    ('%(a)d %(b)s', {'a': 1234, 'b': 2}), ('%5.1f%%', 3.14159), ('%s', 'abc'),
    ('%d %d', (1,)), ('%d', 'x'), ('%*d', (5, 3)), ('%-*.*f|', (12, 3, 1234.5)),
    ('%', ()), ('%.3e', 12345.678), ('plain', ()), ('%r', ('é',)), ('%r %a', ('é', 'é')),
    ('%i %u %x %c %o %X', (1234, 2345, 255, 65, 8, 255)), ('%G', 1e20), ('%d', [1, 2]),
    ('%s', [1, 2]), ('%s', None), ('%-10d|', 42), ('%+.1f', -0.05), ('%10.2f|', 1234567.891),
    ('%d', True), ('%(x)s%%', {'x': 1}), ('%%%d', 5), ('%g', 123456789.0),
    ('%010d', 1234567), ('%f', float('inf')), ('%d', 10**20),
]
for grouping in (False, True):
    for monetary in (False, True):
        print('grouping', grouping, 'monetary', monetary)
        for fmt, val in cases:
            show('  %r %% %r' % (fmt, val), fs, fmt, val, grouping, monetary)

for v in [1.5, 1e20, 0.1 + 0.2, 3, -2.5e-7, 1234567.0, True, 'x', None]:
    show('str(%r)' % (v,), locale.str, v)
for args in [(1.5,), (1.5, False, True, True), (-3,)]:
    show('currency%r' % (args,), locale.currency, *args)
for args in [('1234.5',), ('1234.5', True), ('1234.5', True, True), ('12345678',),
             ('1.2.3',), ('', True)]:
    show('localize%r' % (args,), locale.localize, *args)
for s in ['1,234.5', '1234.5', '', '1 234']:
    show('delocalize(%r)' % s, locale.delocalize, s)
for args in [('1234.5',), ('1,234.5',), ('1.5', int), ('x',), (' 2.5 ',), ('1e3',),
             ('7', lambda s: s * 2)]:
    show('atof%r' % (args[:1],), locale.atof, *args)
for s in ['42', '4.2', ' 42 ', '-7', '1_000', 'x']:
    show('atoi(%r)' % s, locale.atoi, s)

# Other conventions, as a locale with grouping and a currency would give them.
real_localeconv = locale.localeconv
conventions = {
    'us': {'int_curr_symbol': 'USD ', 'currency_symbol': '$', 'mon_decimal_point': '.',
           'mon_thousands_sep': ',', 'mon_grouping': [3, 3, 0], 'positive_sign': '',
           'negative_sign': '-', 'int_frac_digits': 2, 'frac_digits': 2,
           'p_cs_precedes': 1, 'p_sep_by_space': 0, 'n_cs_precedes': 1,
           'n_sep_by_space': 0, 'p_sign_posn': 1, 'n_sign_posn': 1,
           'decimal_point': '.', 'thousands_sep': ',', 'grouping': [3, 3, 0]},
    'de': {'int_curr_symbol': 'EUR ', 'currency_symbol': '€', 'mon_decimal_point': ',',
           'mon_thousands_sep': '.', 'mon_grouping': [3, 3, 0], 'positive_sign': '',
           'negative_sign': '-', 'int_frac_digits': 2, 'frac_digits': 2,
           'p_cs_precedes': 0, 'p_sep_by_space': 1, 'n_cs_precedes': 0,
           'n_sep_by_space': 1, 'p_sign_posn': 1, 'n_sign_posn': 1,
           'decimal_point': ',', 'thousands_sep': '.', 'grouping': [3, 3, 0]},
    'in': {'int_curr_symbol': 'INR ', 'currency_symbol': '₹', 'mon_decimal_point': '.',
           'mon_thousands_sep': ',', 'mon_grouping': [3, 2, 0], 'positive_sign': '+',
           'negative_sign': '-', 'int_frac_digits': 2, 'frac_digits': 0,
           'p_cs_precedes': 1, 'p_sep_by_space': 1, 'n_cs_precedes': 1,
           'n_sep_by_space': 1, 'p_sign_posn': 0, 'n_sign_posn': 2,
           'decimal_point': '.', 'thousands_sep': ',', 'grouping': [3, 2, 0]},
    'odd': {'int_curr_symbol': 'XX ', 'currency_symbol': 'X', 'mon_decimal_point': '.',
            'mon_thousands_sep': ' ', 'mon_grouping': [2, 127], 'positive_sign': 'p',
            'negative_sign': 'n', 'int_frac_digits': 1, 'frac_digits': 3,
            'p_cs_precedes': 0, 'p_sep_by_space': 0, 'n_cs_precedes': 1,
            'n_sep_by_space': 1, 'p_sign_posn': 3, 'n_sign_posn': 4,
            'decimal_point': '.', 'thousands_sep': "'", 'grouping': [4]},
    'bad': {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '.',
            'mon_thousands_sep': ',', 'mon_grouping': [0], 'positive_sign': '',
            'negative_sign': '-', 'int_frac_digits': 2, 'frac_digits': 2,
            'p_cs_precedes': 1, 'p_sep_by_space': 0, 'n_cs_precedes': 1,
            'n_sep_by_space': 0, 'p_sign_posn': 5, 'n_sign_posn': 127,
            'decimal_point': '.', 'thousands_sep': ',', 'grouping': [0]},
}
try:
    for name, conv in conventions.items():
        locale.localeconv = lambda conv=conv: dict(conv)
        print('==', name)
        for fmt, val in [('%d', 1234567), ('%d', -1234567), ('%.2f', 1234567.891),
                         ('%10d|', 123456), ('%-12d|', 123456), ('%12.1f|', -98765.43),
                         ('%3d|', 123456), ('%s', 1234567), ('%d', 12), ('%e', 1234.5),
                         ('%d %s %.1f', (1234, 5678, 91011.0))]:
            show('  fs %r %r' % (fmt, val), fs, fmt, val, True)
            show('  fs mon %r %r' % (fmt, val), fs, fmt, val, True, True)
        for v in [1234567.891, -1234567.891, 0, 5, -0.5]:
            for args in [(), (False,), (True, True), (True, False, True), (True, True, True)]:
                show('  currency(%r, *%r)' % (v, args), locale.currency, v, *args)
        for s in ['1234567.5', '-1234', '1234567']:
            show('  localize %r' % s, locale.localize, s, True)
            show('  localize mon %r' % s, locale.localize, s, True, True)
        for s in ['1,234,567.5', '1.234.567,5', "1'234'567.5"]:
            show('  delocalize %r' % s, locale.delocalize, s)
            show('  atof %r' % s, locale.atof, s)
        show('  atoi', locale.atoi, '1,234')
        show('  str', locale.str, 1234567.25)
finally:
    locale.localeconv = real_localeconv
print(locale.localeconv() == real_localeconv())
