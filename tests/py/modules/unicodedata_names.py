# unicodedata.name and unicodedata.lookup: ordinary names, algorithmic names (CJK
# unified ideographs, Hangul syllables) and names that look algorithmic but are stored
# (CJK compatibility ideographs, Khitan, Nushu), round trips, defaults, and the errors.
import unicodedata


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r), f'U+{ord(r):04X}' if isinstance(r, str) and len(r) == 1 else '')
    except Exception as exc:
        print(f'{type(exc).__name__}: {exc}')


print('-- name() of a spread of code points')
for cp in [0x20, 0x21, 0x41, 0x7E, 0xA0, 0xC5, 0xFF, 0x100, 0x1C5, 0x300, 0x3A3, 0x3C2,
           0x416, 0x5D0, 0x627, 0x905, 0xE01, 0x10D0, 0x1100, 0x11A8, 0x1E9E, 0x200B,
           0x2028, 0x20AC, 0x2126, 0x212B, 0x2160, 0x2603, 0x2764, 0x3042, 0x30AB, 0x3400,
           0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xAC00, 0xAC01, 0xB098, 0xD4DB, 0xD7A3, 0xF900,
           0xFA6D, 0xFA70, 0xFAD9, 0xFB01, 0xFE0F, 0xFEFF, 0xFFFD, 0x10000, 0x13000,
           0x17000, 0x187F7, 0x18800, 0x18AFF, 0x18B00, 0x18CD5, 0x18D00, 0x1B170, 0x1B2FB,
           0x1D11E, 0x1D400, 0x1F600, 0x1F9D1, 0x1FAF8, 0x20000, 0x2A6DF, 0x2A700, 0x2B739,
           0x2EBF0, 0x2EE5D, 0x2F800, 0x2FA1D, 0x30000, 0x31350, 0x323AF, 0xE0001, 0xE007F,
           0xE01EF]:
    print(f'U+{cp:04X}', unicodedata.name(chr(cp), '<none>'))

print('-- code points without a name')
for cp in [0x0, 0x9, 0x1F, 0x7F, 0x9F, 0x378, 0xD7A4, 0xD800, 0xDFFF, 0xE000, 0xF8FF,
           0xFA6E, 0xFDD0, 0xFFFE, 0x2A6E0, 0x2FA1E, 0xF0000, 0x10FFFF]:
    c = chr(cp)
    print(f'U+{cp:04X}', unicodedata.name(c, None), unicodedata.name(c, 'dflt'), end=' ')
    attempt(unicodedata.name, c)

print('-- round trips')
count = 0
for cp in list(range(0x20, 0x2000, 7)) + list(range(0xAC00, 0xD7A4, 97)) + \
        list(range(0x4E00, 0xA000, 501)) + list(range(0x1F300, 0x1FB00, 13)) + \
        list(range(0x18800, 0x18D09, 41)) + list(range(0x20000, 0x32400, 2011)):
    n = unicodedata.name(chr(cp), None)
    if n is not None:
        assert unicodedata.lookup(n) == chr(cp), (hex(cp), n)
        count += 1
print(count)

print('-- lookup')
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A',
          'SPACE', 'space', 'EURO SIGN', 'SNOWMAN', 'GRINNING FACE', 'grinning face',
          'ANGSTROM SIGN', 'LATIN CAPITAL LETTER A WITH RING ABOVE',
          'TIBETAN MARK GTER YIG MGO -UM RNAM BCAD MA', 'HANGUL CHOSEONG KIYEOK',
          'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-9FFF',
          'CJK UNIFIED IDEOGRAPH-20000', 'CJK UNIFIED IDEOGRAPH-323AF',
          'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4e00',
          'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-A000',
          'CJK UNIFIED IDEOGRAPH-2A6E0', 'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-4E0',
          'CJK UNIFIED IDEOGRAPH-4E00 ', 'CJK UNIFIED IDEOGRAPH-004E00',
          'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900',
          'CJK COMPATIBILITY IDEOGRAPH-FA6E', 'CJK COMPATIBILITY IDEOGRAPH-2F800',
          'KHITAN SMALL SCRIPT CHARACTER-18B00', 'nushu character-1b170',
          'TANGUT COMPONENT-001', 'tangut component-768', 'TANGUT IDEOGRAPH-17000',
          'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE GAGG',
          'HANGUL SYLLABLE A', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE PWILH',
          'HANGUL SYLLABLE SSYEOSS', 'hangul syllable ga', 'Hangul Syllable GA',
          'HANGUL SYLLABLE Ga', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE X',
          'HANGUL SYLLABLE GAX', 'HANGUL SYLLABLE GAGGG', 'HANGUL SYLLABLE',
          'x', '', ' ', 'LATIN SMALL LETTER', 'LATIN  SMALL LETTER A',
          ' LATIN SMALL LETTER A', 'LATIN SMALL LETTER A ', 'LATIN SMALL LETTER \xe9',
          'LATIN-SMALL-LETTER-A', 'NO SUCH CHARACTER NAME', 'A' * 256, 'A' * 257]:
    print(repr(n) if len(n) < 60 else f'{n[:5]!r}*{len(n)}', end=' ')
    attempt(unicodedata.lookup, n)
attempt(unicodedata.lookup, b'LATIN SMALL LETTER B')
attempt(unicodedata.lookup, b'latin small letter b')
attempt(unicodedata.lookup, b'NOPE')

print('-- argument errors')
attempt(unicodedata.name, 'ab')
attempt(unicodedata.name, '')
attempt(unicodedata.name, 65)
attempt(unicodedata.name)
attempt(unicodedata.name, 'a', 'b', 'c')
attempt(unicodedata.name, 'a', default='x')
attempt(unicodedata.lookup, 65)
attempt(unicodedata.lookup, None)
attempt(unicodedata.lookup)
attempt(unicodedata.lookup, 'A', 'B')
try:
    unicodedata.lookup('WEFT TEST NAME')
except KeyError as exc:
    print(type(exc).__name__, exc.args, repr(str(exc)))
try:
    unicodedata.name('\x00')
except ValueError as exc:
    print(type(exc).__name__, exc.args)
