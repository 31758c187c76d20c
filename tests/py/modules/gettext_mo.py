# gettext.GNUTranslations reading .mo files built here with struct, and
# NullTranslations with fallbacks.
import builtins
import gettext
import io
import os
import struct

HEADER = ('Project-Id-Version: test 1.0\n'
          'Language: pl\n'
          'MIME-Version: 1.0\n'
          'Content-Type: text/plain; charset=UTF-8\n'
          'Content-Transfer-Encoding: 8bit\n'
          'Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && '
          '(n%100<10 || n%100>=20) ? 1 : 2);\n'
          '#-#-#-#-#  merged.po  #-#-#-#-#\n'
          'X-Comment: first line\n'
          ' continued here\n'
          'Report-Msgid-Bugs-To: \n')


def make_mo(entries, order='<', magic=0x950412de, version=0, charset='utf-8'):
    """Build a .mo image from (msgid, msgstr) pairs; plural ids and forms are
    joined with NUL and contexts with EOT, as msgfmt writes them."""
    entries = sorted((k.encode(charset), v.encode(charset)) for k, v in entries)
    count = len(entries)
    ids_start = 7 * 4
    strs_start = ids_start + count * 8
    data_start = strs_start + count * 8
    ids_table, strs_table, data = [], [], b''
    for key, _ in entries:
        ids_table.append((len(key), data_start + len(data)))
        data += key + b'\0'
    for _, value in entries:
        strs_table.append((len(value), data_start + len(data)))
        data += value + b'\0'
    out = struct.pack(order + '7I', magic, version, count, ids_start, strs_start, 0, 0)
    for length, offset in ids_table + strs_table:
        out += struct.pack(order + '2I', length, offset)
    return out + data


ENTRIES = [
    ('', HEADER),
    ('Hello', 'Cześć'),
    ('file', 'plik'),
    ('%d file\0%d files', '%d plik\0%d pliki\0%d plików'),
    ('menu\x04Open', 'Otwórz'),
    ('door\x04Open', 'Otwarte'),
    ('menu\x04%d item\0%d items', '%d element\0%d elementy\0%d elementów'),
    ('only plural\0only plurals', 'jeden\0kilka\0wiele'),
]


def describe(t):
    print(' gettext', [t.gettext(m) for m in ('Hello', 'file', 'missing', '%d file',
                                               'only plural', '')][:5])
    print(' ngettext', [t.ngettext('%d file', '%d files', n) for n in (0, 1, 2, 5, 22, 112)])
    print(' ngettext missing', [t.ngettext('a', 'b', n) for n in (0, 1, 2)])
    print(' pgettext', t.pgettext('menu', 'Open'), t.pgettext('door', 'Open'),
          t.pgettext('window', 'Open'), t.pgettext('menu', 'Hello'))
    print(' npgettext', [t.npgettext('menu', '%d item', '%d items', n) for n in (1, 3, 5)],
          t.npgettext('x', 'one', 'many', 1), t.npgettext('x', 'one', 'many', 2))


for order in ('<', '>'):
    magic = 0x950412de
    t = gettext.GNUTranslations(io.BytesIO(make_mo(ENTRIES, order, magic)))
    print('order', order, type(t).__name__, t.charset())
    describe(t)
    for k, v in sorted(t.info().items()):
        print(' info', repr(k), repr(v))
    print(' plural', [t.plural(n) for n in range(6)])
    print(' catalog', len(t._catalog), sorted(map(repr, t._catalog))[:4])

# Minor versions are accepted; major versions above 1 are not.
for version in (1, 0x00010005, 0x20000):
    try:
        t = gettext.GNUTranslations(io.BytesIO(make_mo(ENTRIES, version=version)))
        print('version', hex(version), t.gettext('Hello'))
    except OSError as e:
        print('version', hex(version), type(e).__name__, e, e.errno, e.strerror, e.filename)

# Damaged files.
good = make_mo(ENTRIES)
for label, data in [('bad magic', b'\x00' * 40), ('swapped magic', good[:4][::-1] * 0 + b'\x12\x34\x56\x78' + good[4:]),
                    ('truncated', good[:-30]), ('short', good[:16]), ('empty', b'')]:
    try:
        t = gettext.GNUTranslations(io.BytesIO(data))
        print(label, 'ok', t.gettext('Hello'))
    except Exception as e:
        print(label, type(e).__name__, e)

# Without a charset the catalog is ASCII; latin-1 catalogs decode with their charset.
plain = [('', 'Language: de\n'), ('cat', 'Katze')]
t = gettext.GNUTranslations(io.BytesIO(make_mo(plain)))
print(t.charset(), t.gettext('cat'), t.ngettext('cat', 'cats', 2), t.plural(1), t.plural(2))
latin = [('', 'Content-Type: text/plain; charset=ISO-8859-1\n'), ('street', 'Straße')]
t = gettext.GNUTranslations(io.BytesIO(make_mo(latin, charset='latin-1')))
print(t.charset(), t.gettext('street'))
try:
    gettext.GNUTranslations(io.BytesIO(make_mo([('x', 'é')], charset='utf-8')))
except Exception as e:
    print(type(e).__name__)
bad_rule = [('', 'Plural-Forms: nplurals=2; plural=n ! 1;\n')]
try:
    gettext.GNUTranslations(io.BytesIO(make_mo(bad_rule)))
except Exception as e:
    print(type(e).__name__, e)

# A named file reports its name in errors.
path = '/tmp/weft_gettext_mo_%d.mo' % os.getpid()
with open(path, 'wb') as f:
    f.write(b'garbage garbage garbage')
try:
    with open(path, 'rb') as f:
        gettext.GNUTranslations(f)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == path)
with open(path, 'wb') as f:
    f.write(make_mo(ENTRIES))
with open(path, 'rb') as f:
    print(gettext.GNUTranslations(f).gettext('file'))
os.remove(path)

# NullTranslations and fallback chains.
n = gettext.NullTranslations()
print(n.gettext('x'), n.ngettext('a', 'b', 1), n.ngettext('a', 'b', 2),
      n.pgettext('c', 'm'), n.npgettext('c', 'a', 'b', 1), n.npgettext('c', 'a', 'b', 0))
print(n.info(), n.charset(), n._fallback)


class Upper(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper()


class Parsing(gettext.NullTranslations):
    def _parse(self, fp):
        self._info['read'] = fp.read()


print(Parsing(io.BytesIO(b'abc')).info())
t = gettext.GNUTranslations(io.BytesIO(make_mo(ENTRIES)))
t.add_fallback(Upper())
t.add_fallback(gettext.NullTranslations())
print(t.gettext('Hello'), t.gettext('other'), type(t._fallback._fallback).__name__)
print(t.ngettext('x', 'y', 1), t.pgettext('menu', 'Open'), t.pgettext('no', 'thing'))
n = gettext.NullTranslations()
n.add_fallback(t)
print(n.gettext('Hello'), n.ngettext('%d file', '%d files', 3), n.pgettext('menu', 'Open'),
      n.npgettext('menu', '%d item', '%d items', 2))
print(gettext.GNUTranslations.LE_MAGIC, gettext.GNUTranslations.BE_MAGIC,
      gettext.GNUTranslations.VERSIONS, repr(gettext.GNUTranslations.CONTEXT))
print(t._get_versions(0x00030002))

# install() puts _ (and the named methods) into builtins.
saved = {k: builtins.__dict__.get(k) for k in ('_', 'gettext', 'ngettext', 'pgettext',
                                               'npgettext', 'dgettext')}
try:
    t = gettext.GNUTranslations(io.BytesIO(make_mo(ENTRIES)))
    t.install()
    print(_('Hello'), 'ngettext' in builtins.__dict__ and builtins.ngettext is saved['ngettext'])
    t.install(names=['ngettext', 'pgettext', 'dgettext', 'bogus'])
    print(builtins.ngettext('%d file', '%d files', 4), builtins.pgettext('door', 'Open'),
          builtins.__dict__.get('dgettext') is saved['dgettext'])
    gettext.NullTranslations().install(('gettext', 'npgettext'))
    print(_('Hello'), builtins.gettext('Hello'), builtins.npgettext('c', 'a', 'b', 2))
finally:
    for k, v in saved.items():
        if v is None:
            builtins.__dict__.pop(k, None)
        else:
            builtins.__dict__[k] = v
print('_' in builtins.__dict__)
