# locale.nl_langinfo, localeconv, strcoll, strxfrm and the C library message
# functions (gettext, textdomain, bindtextdomain...) in the C locales.
import locale


def show(label, func, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


names = ['CODESET', 'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR',
         'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR',
         'ERA', 'ERA_D_FMT', 'ERA_D_T_FMT', 'ERA_T_FMT', 'ALT_DIGITS']
names += ['DAY_%d' % i for i in range(1, 8)] + ['ABDAY_%d' % i for i in range(1, 8)]
names += ['MON_%d' % i for i in range(1, 13)] + ['ABMON_%d' % i for i in range(1, 13)]
for ctype in ('C.UTF-8', 'C'):
    locale.setlocale(locale.LC_ALL, ctype)
    print('--', ctype)
    for name in names:
        key = getattr(locale, name)
        print(name, key, repr(locale.nl_langinfo(key)))
for key in [0, 99999, -1, 2**40, 'x', None, 1.0]:
    show('nl_langinfo(%r)' % (key,), locale.nl_langinfo, key)
show('nl_langinfo()', locale.nl_langinfo)

conv = locale.localeconv()
print(list(conv))
for k in conv:
    print(k, repr(conv[k]))
conv['decimal_point'] = ','
print(locale.localeconv()['decimal_point'])
show('localeconv(1)', locale.localeconv, 1)

words = ['b', 'a', 'B', 'A', 'é', 'z', '', 'ab', 'abc', 'Z', '\u20ac', '1', ' ']
for a in words[:6]:
    print(repr(a), [locale.strcoll(a, b) for b in words])
print(sorted(words, key=locale.strxfrm))
print([locale.strxfrm(w) for w in words])
for args in [(1, 'a'), ('a', None), ('a\0b', 'a'), ('a', 'b\0'), ('a',), ('a', 'b', 'c')]:
    show('strcoll%r' % (args,), locale.strcoll, *args)
for arg in [1, 'a\0b', None, b'x']:
    show('strxfrm(%r)' % (arg,), locale.strxfrm, arg)

# Message catalogs of the C library: the C locale translates nothing.
show('gettext', locale.gettext, 'hello')
show('dgettext', locale.dgettext, None, 'x')
show('dgettext dom', locale.dgettext, 'dom', 'x')
show('dcgettext', locale.dcgettext, 'd', 'x', locale.LC_MESSAGES)
show('dcgettext 99', locale.dcgettext, None, 'x', 99)
show('textdomain(None)', locale.textdomain, None)
show('textdomain(foo)', locale.textdomain, 'foo')
show('textdomain(None)', locale.textdomain, None)
show('textdomain("")', locale.textdomain, '')
show('textdomain(None)', locale.textdomain, None)
show('bindtextdomain', locale.bindtextdomain, 'foo', None)
show('bindtextdomain', locale.bindtextdomain, 'foo', '/tmp/xx')
show('bindtextdomain', locale.bindtextdomain, 'foo', None)
show('bind_textdomain_codeset', locale.bind_textdomain_codeset, 'foo', None)
show('bind_textdomain_codeset', locale.bind_textdomain_codeset, 'foo', 'UTF-8')
show('bind_textdomain_codeset', locale.bind_textdomain_codeset, 'foo', None)
for func, args in [(locale.gettext, (1,)), (locale.gettext, (None,)),
                   (locale.dgettext, (1, 'x')), (locale.textdomain, (1,)),
                   (locale.bindtextdomain, ('', None)), (locale.bindtextdomain, ('x', 1)),
                   (locale.bindtextdomain, (1, None)),
                   (locale.bind_textdomain_codeset, ('x', 1))]:
    show('%s%r' % (func.__name__, args), func, *args)
