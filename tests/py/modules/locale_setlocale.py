# locale.setlocale, getlocale, getencoding and getpreferredencoding in the C locales.
import locale
import os
import sys


def show(label, func, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


for name in ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
             'LC_MESSAGES', 'LC_ALL'):
    print(name, getattr(locale, name))
print('CHAR_MAX', locale.CHAR_MAX)
print(locale.Error.__module__, locale.Error.__mro__[1].__name__)

# Start-up state: LC_CTYPE follows the (C.UTF-8) environment, the rest is C.
for cat in (locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
            locale.LC_MONETARY, locale.LC_MESSAGES):
    show('query %d' % cat, locale.setlocale, cat)
show('query all', locale.setlocale, locale.LC_ALL)
show('getlocale()', locale.getlocale)
show('getlocale(time)', locale.getlocale, locale.LC_TIME)
show('getlocale(all)', locale.getlocale, locale.LC_ALL)

# Accepted and refused names.
for name in ['C', 'POSIX', 'C.UTF-8', 'C.utf8', 'C.utf-8', 'C.UTF8', 'C.UTF-8@x',
             'c', 'C.ascii', 'POSIX.UTF-8', 'C@euro', 'en_US.UTF-8', 'xx_XX',
             'de_DE@euro', 'LC_CTYPE=C;LC_NUMERIC=C']:
    show('set %r' % name, locale.setlocale, locale.LC_NUMERIC, name)
    print('   now', locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC))

# Tuples go through normalize().
for value in [('C', 'UTF-8'), ['C', 'utf8'], (None, 'UTF-8'), ('C', None),
              (None, None), ('en_US', 'UTF-8'), ('C',), ('C', 'UTF-8', 'x'),
              ('C', 5), b'C', 5, 0, (), [], 'C\0']:
    show('set %r' % (value,), locale.setlocale, locale.LC_TIME, value)
print(locale.setlocale(locale.LC_TIME))

# Categories.
for cat in [99, -1, 7, 12, 13, True, 2**70, 'x', 6.0, None]:
    show('set cat %r' % (cat,), locale.setlocale, cat, 'C')
    show('query cat %r' % (cat,), locale.setlocale, cat)
for cat in [99, 'x']:
    show('getlocale %r' % (cat,), locale.getlocale, cat)
show('keywords', locale.setlocale, category=locale.LC_MONETARY, locale='C')
show('too many', locale.setlocale, 0, 'C', 1)
show('none', locale.setlocale)

# LC_ALL: uniform and composite names.
print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.getlocale(), locale.getlocale(locale.LC_ALL))
locale.setlocale(locale.LC_TIME, 'C.UTF-8')
mixed = locale.setlocale(locale.LC_ALL)
print(mixed)
show('getlocale(all) mixed', locale.getlocale, locale.LC_ALL)
print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL, mixed))
print(locale.getlocale(locale.LC_TIME), locale.getlocale(locale.LC_NUMERIC))
show('partial composite', locale.setlocale, locale.LC_ALL,
     'LC_CTYPE=C;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C.UTF-8')
show('bad composite', locale.setlocale, locale.LC_ALL, mixed.replace('LC_NUMERIC=C', 'LC_NUMERIC=xx'))
print(locale.setlocale(locale.LC_ALL))
show('all posix', locale.setlocale, locale.LC_ALL,
     ';'.join('%s=%s' % (n, 'POSIX') for n in mixed.split(';') for n in [n.split('=')[0]]))
show('all C.UTF-8', locale.setlocale, locale.LC_ALL, 'C.UTF-8')
show('getlocale(all)', locale.getlocale, locale.LC_ALL)
show('refused keeps', locale.setlocale, locale.LC_ALL, 'xx_XX.UTF-8')
print(locale.setlocale(locale.LC_ALL))

# The empty name reads LC_ALL, then LC_<category>, then LANG.
saved = {k: os.environ.get(k) for k in ('LC_ALL', 'LC_TIME', 'LC_NUMERIC', 'LANG')}
for k in saved:
    os.environ.pop(k, None)
show('env none', locale.setlocale, locale.LC_TIME, '')
os.environ['LANG'] = 'C.utf8'
show('env LANG', locale.setlocale, locale.LC_TIME, '')
os.environ['LC_TIME'] = 'POSIX'
show('env LC_TIME', locale.setlocale, locale.LC_TIME, '')
show('env LC_NUMERIC from LANG', locale.setlocale, locale.LC_NUMERIC, '')
os.environ['LC_ALL'] = 'xx_XX.UTF-8'
show('env LC_ALL bad', locale.setlocale, locale.LC_TIME, '')
show('env LC_ALL bad all', locale.setlocale, locale.LC_ALL, '')
os.environ['LC_ALL'] = ''
show('env LC_ALL empty', locale.setlocale, locale.LC_TIME, '')
del os.environ['LC_ALL']
show('env all', locale.setlocale, locale.LC_ALL, '')
os.environ['LC_NUMERIC'] = 'xx_XX'
show('env all one bad', locale.setlocale, locale.LC_ALL, '')
print(locale.setlocale(locale.LC_ALL))
for k, v in saved.items():
    if v is None:
        os.environ.pop(k, None)
    else:
        os.environ[k] = v

# Encodings follow LC_CTYPE.
locale.setlocale(locale.LC_ALL, 'C')
print(locale.getencoding(), locale.getpreferredencoding(False), locale.getpreferredencoding())
print(locale.setlocale(locale.LC_CTYPE))
locale.setlocale(locale.LC_CTYPE, 'C.UTF-8')
print(locale.getencoding(), locale.getpreferredencoding(False), locale.getpreferredencoding(True))
show('getencoding(1)', locale.getencoding, 1)
