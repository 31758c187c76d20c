# unicodedata character properties: category, bidirectional, combining,
# east_asian_width, mirrored, decimal/digit/numeric and decomposition over a spread of
# code points (ASCII, Latin-1, combining marks, CJK, Hangul, emoji, unassigned, private
# use, surrogates, noncharacters, the last code point), and the argument errors.
import unicodedata


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as exc:
        print(f'{type(exc).__name__}: {exc}')


print(unicodedata.unidata_version, type(unicodedata.unidata_version).__name__)

POINTS = [
    0x00, 0x09, 0x0A, 0x1F, 0x20, 0x28, 0x29, 0x2B, 0x2D, 0x30, 0x39, 0x41, 0x5F, 0x61,
    0x7F, 0x85, 0xA0, 0xAB, 0xAD, 0xB2, 0xBD, 0xC5, 0xDF, 0xF7, 0x1C5, 0x2B0, 0x300,
    0x301, 0x316, 0x327, 0x334, 0x345, 0x378, 0x3A3, 0x5D0, 0x5B0, 0x627, 0x660, 0x6F0,
    0x903, 0x93C, 0x94D, 0x966, 0xE31, 0xF33, 0x1100, 0x1160, 0x200B, 0x200D, 0x200E,
    0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069, 0x20AC, 0x2160, 0x2188, 0x2190, 0x2205,
    0x2208, 0x221A, 0x2460, 0x2FF0, 0x3000, 0x3007, 0x3008, 0x3042, 0x3099, 0x3400, 0x4E00,
    0x9FFF, 0xA000, 0xAC00, 0xD7A3, 0xD7A4, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xF8FF,
    0xF900, 0xFB01, 0xFDD0, 0xFE0F, 0xFEFF, 0xFF10, 0xFF21, 0xFF61, 0xFFE0, 0xFFFD, 0xFFFE,
    0xFFFF, 0x10000, 0x1034A, 0x10900, 0x1D15E, 0x1D7CE, 0x1F1E6, 0x1F3FB, 0x1F600, 0x1F914,
    0x1FFFE, 0x20000, 0x2A6DF, 0x2A6E0, 0x2FA1D, 0x30000, 0x323AF, 0xE0001, 0xE0100,
    0xEFFFF, 0xF0000, 0xFFFFD, 0x100000, 0x10FFFE, 0x10FFFF,
]

for cp in POINTS:
    c = chr(cp)
    print(f'U+{cp:04X}', unicodedata.category(c), repr(unicodedata.bidirectional(c)),
          unicodedata.combining(c), unicodedata.east_asian_width(c),
          unicodedata.mirrored(c), repr(unicodedata.decomposition(c)))

print('-- numeric values')
for cp in [0x30, 0x35, 0x39, 0x41, 0xB2, 0xB9, 0xBC, 0xBD, 0xBE, 0x660, 0x6F9, 0x9F4,
           0xBF1, 0xF33, 0x1372, 0x2150, 0x2155, 0x2160, 0x216F, 0x2189, 0x2460, 0x2473,
           0x2487, 0x24EA, 0x2CFD, 0x3007, 0x3405, 0x4E00, 0x4E07, 0x5146, 0x5341, 0xF96B,
           0xFF13, 0x10107, 0x1011F, 0x1D7CE, 0x1F100, 0x1F10A, 0x2F890, 0x20001]:
    c = chr(cp)
    print(f'U+{cp:04X}', unicodedata.decimal(c, None), unicodedata.digit(c, None),
          unicodedata.numeric(c, None))

print('-- defaults and errors')
for f in (unicodedata.decimal, unicodedata.digit, unicodedata.numeric):
    attempt(f, '7')
    attempt(f, 'x')
    attempt(f, 'x', 'dflt')
    attempt(f, 'x', None)
    attempt(f, '\u00bd')
    attempt(f, '\u00b2', -1)
    attempt(f, '\ud800')
    attempt(f, '\U0010ffff', 0)
attempt(unicodedata.numeric, '\u4e07')
attempt(unicodedata.numeric, '\u5146')
attempt(unicodedata.numeric, '\u0f33')
attempt(unicodedata.numeric, '\u2152')
attempt(unicodedata.numeric, '\u2153')

print('-- decomposition')
for c in 'A\u00c0\u00c5\u212b\u2126\u1e69\u0344\u0f73\u00a0\u00bd\u2460\ufb01\u2122\u00b5' \
         '\u01c4\u3300\uff21\uff76\u1d43\u0130\u1100\uac00\ud7a3\u4e00\uf900\U0002f800' \
         '\U0001d15e\U0001d400\ufdfa':
    print(f'U+{ord(c):04X}', repr(unicodedata.decomposition(c)))

print('-- argument errors')
for f in (unicodedata.category, unicodedata.bidirectional, unicodedata.combining,
          unicodedata.east_asian_width, unicodedata.mirrored, unicodedata.decomposition):
    attempt(f, 'ab')
    attempt(f, '')
    attempt(f, 1)
    attempt(f, b'a')
    attempt(f)
for f in (unicodedata.decimal, unicodedata.digit, unicodedata.numeric):
    attempt(f, 'ab')
    attempt(f, 65)
    attempt(f, '1', 2, 3)
attempt(unicodedata.category, 'a', 'b')
attempt(unicodedata.category, chr=1)
attempt(unicodedata.decimal, '1', default=0)
