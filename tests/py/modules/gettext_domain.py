# gettext.find, translation, install and the domain-level functions, over a
# locale directory of .mo files built here with struct.
import builtins
import copy
import gettext
import os
import shutil
import struct


def make_mo(entries):
    entries = sorted((k.encode(), v.encode()) for k, v in entries)
    count = len(entries)
    ids_start = 28
    data_start = ids_start + count * 16
    tables, data = [], b''
    for key, _ in entries:
        tables.append((len(key), data_start + len(data)))
        data += key + b'\0'
    for _, value in entries:
        tables.append((len(value), data_start + len(data)))
        data += value + b'\0'
    out = struct.pack('<7I', 0x950412de, 0, count, ids_start, ids_start + count * 8, 0, 0)
    for length, offset in tables:
        out += struct.pack('<2I', length, offset)
    return out + data


def catalog(lang):
    return make_mo([
        ('', 'Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=n>1;\n'),
        ('hello', 'hello in ' + lang),
        ('only_' + lang, lang + ' only'),
        ('%d cat\0%d cats', '%d cat (' + lang + ')\0%d cats (' + lang + ')'),
        ('ctx\x04hello', 'ctx hello in ' + lang),
        ('ctx\x04%d dog\0%d dogs', 'ctx %d dog ' + lang + '\0ctx %d dogs ' + lang),
    ])


root = '/tmp/weft_gettext_domain_%d' % os.getpid()
for lang in ['de_DE.UTF-8@euro', 'de_DE', 'de', 'fr', 'pt_BR', 'sr_RS@latin']:
    os.makedirs(os.path.join(root, lang, 'LC_MESSAGES'))
    with open(os.path.join(root, lang, 'LC_MESSAGES', 'app.mo'), 'wb') as f:
        f.write(catalog(lang))


def rel(path):
    if path is None:
        return None
    if isinstance(path, list):
        return [rel(p) for p in path]
    return os.path.relpath(path, root)


saved_env = {k: os.environ.get(k) for k in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG')}
try:
    for k in saved_env:
        os.environ.pop(k, None)
    # Language candidates come from normalize(): most specific first.
    for langs in [['de_DE.UTF-8@euro'], ['de_DE@euro'], ['de_DE'], ['de'], ['de_AT'],
                  ['fr_FR', 'de'], ['pt_BR.UTF-8'], ['pt'], ['sr_RS.UTF-8@latin'], ['C'],
                  ['C', 'de'], ['es', 'fr'], [], ['german'], ['fr_CA.ISO8859-1']]:
        print(langs, rel(gettext.find('app', root, langs)),
              rel(gettext.find('app', root, langs, all=True)))
    print(gettext.find('nothere', root, ['de']), gettext.find('nothere', root, ['de'], True))
    print(gettext._expand_lang('de_DE.UTF-8@euro'))
    print(gettext._expand_lang('sr_RS@latin'), gettext._expand_lang('C'), gettext._expand_lang('pt'))

    # Without languages, the environment decides: LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
    print('env none', rel(gettext.find('app', root)))
    os.environ['LANG'] = 'fr_FR.UTF-8'
    print('env LANG', rel(gettext.find('app', root, all=True)))
    os.environ['LC_MESSAGES'] = 'pt_BR'
    print('env LC_MESSAGES', rel(gettext.find('app', root, all=True)))
    os.environ['LC_ALL'] = 'de_DE'
    print('env LC_ALL', rel(gettext.find('app', root, all=True)))
    os.environ['LANGUAGE'] = 'sr_RS@latin:fr:C:de'
    print('env LANGUAGE', rel(gettext.find('app', root, all=True)))
    os.environ['LANGUAGE'] = ''
    print('env LANGUAGE empty', rel(gettext.find('app', root, all=True)))
    for k in saved_env:
        os.environ.pop(k, None)

    t = gettext.translation('app', root, ['de_DE@euro', 'fr'])
    print(type(t).__name__, t.gettext('hello'), t.gettext('only_de'), t.gettext('only_fr'),
          t.gettext('only_pt_BR'))
    print(t.ngettext('%d cat', '%d cats', 1), t.ngettext('%d cat', '%d cats', 2),
          t.pgettext('ctx', 'hello'), t.npgettext('ctx', '%d dog', '%d dogs', 3))
    chain = []
    f = t
    while f is not None:
        chain.append(f.gettext('hello'))
        f = f._fallback
    print(chain)
    # Catalogs are parsed once, but each translation() gets copies.
    t2 = gettext.translation('app', root, ['de'])
    t3 = gettext.translation('app', root, ['de'])
    print(t2 is t3, t2._catalog is t3._catalog, t2.gettext('hello'))
    t2.add_fallback(gettext.NullTranslations())
    print(type(t3._fallback).__name__, t3._fallback._fallback,
          type(t2._fallback._fallback).__name__)

    class Mine(gettext.GNUTranslations):
        pass

    m = gettext.translation('app', root, ['fr'], class_=Mine)
    print(type(m).__name__, m.gettext('hello'))
    n = gettext.translation('app', root, ['es'], fallback=True)
    print(type(n).__name__, n.gettext('hello'))
    try:
        gettext.translation('app', root, ['es'])
    except Exception as e:
        print(type(e).__name__, e, e.errno, e.strerror, e.filename)
    print(gettext.Catalog is gettext.translation)
    print(type(gettext.Catalog('app', root, ['de'])).__name__)

    # The domain functions use the bound directory of each domain.
    print(gettext.textdomain(), gettext.textdomain('app'), gettext.textdomain())
    print(gettext.bindtextdomain('app', root) == root, gettext.bindtextdomain('app') == root)
    os.environ['LANGUAGE'] = 'de_DE'
    print(gettext.gettext('hello'), gettext.gettext('nope'))
    print(gettext.ngettext('%d cat', '%d cats', 1), gettext.ngettext('%d cat', '%d cats', 5),
          gettext.ngettext('x', 'xs', 1), gettext.ngettext('x', 'xs', 0))
    print(gettext.pgettext('ctx', 'hello'), gettext.pgettext('other', 'hello'))
    print(gettext.npgettext('ctx', '%d dog', '%d dogs', 1), gettext.npgettext('ctx', '%d dog', '%d dogs', 2))
    print(gettext.dgettext('app', 'hello'), gettext.dgettext('nodomain', 'hello'))
    print(gettext.dngettext('nodomain', 'a', 'b', 1), gettext.dngettext('nodomain', 'a', 'b', 2),
          gettext.dngettext('app', '%d cat', '%d cats', 2))
    print(gettext.dpgettext('app', 'ctx', 'hello'), gettext.dpgettext('nodomain', 'ctx', 'hello'))
    print(gettext.dnpgettext('app', 'ctx', '%d dog', '%d dogs', 7),
          gettext.dnpgettext('nodomain', 'ctx', 'a', 'b', 7))
    os.environ['LANGUAGE'] = 'fr'
    print(gettext.gettext('hello'))
    gettext.textdomain('messages')
    print(gettext.gettext('hello'), gettext.ngettext('a', 'b', 2))

    saved_builtins = {k: builtins.__dict__.get(k) for k in ('_', 'ngettext', 'pgettext')}
    try:
        gettext.install('app', root, names=['ngettext', 'pgettext'])
        print(_('hello'), builtins.ngettext('%d cat', '%d cats', 2), builtins.pgettext('ctx', 'hello'))
        gettext.install('nodomain', root)
        print(_('hello'))
    finally:
        for k, v in saved_builtins.items():
            if v is None:
                builtins.__dict__.pop(k, None)
            else:
                builtins.__dict__[k] = v
finally:
    for k, v in saved_env.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    shutil.rmtree(root)
print(os.path.exists(root))
print(sorted(gettext.__all__))
