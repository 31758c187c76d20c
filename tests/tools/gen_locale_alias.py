"""Generate runtime/lib/_locale_alias.py, the locale name tables used by locale.normalize.

Run with CPython 3.13, whose locale module holds the reference tables:
    ~/.pyenv/versions/3.13.0/bin/python3 tests/tools/gen_locale_alias.py
The tables are read at run time from that interpreter, so this script holds no data.
"""

import encodings.aliases
import locale
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'runtime', 'lib', '_locale_alias.py')


def emit_dict(out, name, table, comment):
    out.append('')
    for line in comment:
        out.append('# ' + line)
    out.append('%s = {' % name)
    for key in sorted(table, key=lambda k: (str(type(k)), k)):
        out.append('    %r: %r,' % (key, table[key]))
    out.append('}')


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit('gen_locale_alias.py must run under CPython 3.13')
    # normalize() resolves encodings through the codec aliases; a copy keeps its
    # results independent of the interpreter's own (possibly smaller) table.
    codec_aliases = dict(encodings.aliases.aliases)
    out = ['"""Locale name tables for locale.normalize (generated data, do not edit).',
           '',
           'Written by tests/tools/gen_locale_alias.py from CPython 3.13.',
           '"""']
    emit_dict(out, 'locale_encoding_alias', locale.locale_encoding_alias,
              ['Normalized encoding name (lower case, no "-") -> encoding for setlocale().'])
    emit_dict(out, 'codec_aliases', codec_aliases,
              ['Codec alias -> codec name.'])
    emit_dict(out, 'locale_alias', locale.locale_alias,
              ['Lower-case locale name -> normalized locale name.'])
    emit_dict(out, 'windows_locale', locale.windows_locale,
              ['Windows language identifier -> locale name.'])
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print('wrote', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
