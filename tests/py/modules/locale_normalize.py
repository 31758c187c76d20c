# locale.normalize, getdefaultlocale and the alias tables.
import locale
import os
import warnings

print(len(locale.locale_alias) > 500, len(locale.windows_locale) > 200)
print(locale.locale_alias['c'], locale.locale_alias['en_us'], locale.windows_locale[0x0409])
print(locale.locale_encoding_alias['utf8'], locale.locale_encoding_alias['latin_1'])

names = ['C', 'c', 'POSIX', 'posix', '', 'C.utf8', 'C.UTF-8', 'en', 'en_US', 'EN_us',
         'en_US.utf8', 'en_US.UTF-8', 'en_US.iso88591', 'en_US.ISO-8859-1', 'en_US.latin1',
         'en_US:utf8', 'de_DE@euro', 'de_DE.utf8@euro', 'de_DE.iso88591@euro', 'de@euro',
         'de_DE.ISO8859-15@euro', 'fr_FR.cp1252', 'fr_FR.mac-roman', 'ja_JP.eucjp',
         'ja_JP.SJIS', 'ja', 'japanese', 'ja_JP.jis', 'sr_RS@latin', 'sr_RS.utf8@latin',
         'sr@latin', 'ca_ES@valencia', 'ca_ES.utf8@valencia', 'be_BY@latin', 'uz_UZ@cyrillic',
         'xx_XX', 'xx_XX.utf8', 'xx_XX.UTF-8@euro', 'a.b.c', 'x@y@z', 'de_DE.@euro', '.utf8',
         '@euro', 'zh_CN.gb2312', 'zh_TW.big5', 'ks_IN@devanagari', 'ks_IN.utf8@devanagari',
         'universal', 'iso_8859_1', 'en_US.foo', 'de_AT@euro', 'english', 'german',
         'tt_RU@iqtelif', 'sd@devanagari', 'en_US.ascii', 'en_US.r8', 'ru_RU.koi8-r',
         'el_GR@euro', 'en_IE.UTF-8@euro', 'nl_BE@euro', 'es_ES.iso885915@euro']
for name in names:
    print(repr(name), repr(locale.normalize(name)))
for bad in [5, None, b'C']:
    try:
        print(locale.normalize(bad))
    except Exception as e:
        print(type(e).__name__, e)

# getdefaultlocale is deprecated and reads the environment.
var = 'WEFT_LOCALE_TEST_%d' % os.getpid()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for value in ['de_DE@euro', 'en_US.UTF-8', 'C', 'POSIX', 'C.UTF-8', 'UTF-8',
                  'ja_JP', 'sr_RS@latin', 'fr:de', 'xx', 'xx_XX', '']:
        os.environ[var] = value
        try:
            print(repr(value), locale.getdefaultlocale((var,)),
                  locale.getdefaultlocale(('NOPE_' + var, var)))
        except Exception as e:
            print(repr(value), type(e).__name__, e)
    os.environ['LANGUAGE'] = 'fr_FR:de_DE'
    print(locale.getdefaultlocale(('LANGUAGE',)))
    del os.environ['LANGUAGE']
    print(locale.getdefaultlocale(('NOPE_' + var,)))
del os.environ[var]
print(len(caught) > 0, set(w.category.__name__ for w in caught))
print(caught[0].message)
print(os.path.basename(caught[0].filename))
