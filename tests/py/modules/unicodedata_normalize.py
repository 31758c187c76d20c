# unicodedata.normalize and is_normalized in all four forms: canonical reordering of
# combining marks, composition (and when it is blocked), Hangul syllables, singletons,
# compatibility mappings, strings already normalized, and the argument errors.
import unicodedata

FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def show(s):
    return ' '.join(f'{ord(c):04X}' for c in s) or '(empty)'


CASES = [
    ('empty', ''),
    ('ascii', 'Hello, world!'),
    ('precomposed', '\u00c5\u00e9\u00f1\u00fc'),
    ('decomposed', 'A\u030ae\u0301n\u0303u\u0308'),
    ('angstrom sign', '\u212b'),
    ('ohm sign', '\u2126'),
    ('kelvin sign', '\u212a'),
    ('cjk compatibility', '\uf900\U0002f800'),
    ('two marks, reorder', 'a\u0301\u0316'),
    ('two marks, in order', 'a\u0316\u0301'),
    ('dot below + dot above', 's\u0307\u0323'),
    ('s with dots precomposed', '\u1e69'),
    ('d dot above, dot below', '\u1e0b\u0323'),
    ('three classes', 'a\u0301\u0334\u0316\u0345'),
    ('same class kept', 'a\u0301\u0300'),
    ('blocked by same class', 'e\u0301\u0301'),
    ('blocked by starter', 'e\u0044\u0301'),
    ('ccc 0 mark blocks', 'a\u0e31\u0301'),
    ('composition across mark', 'a\u0323\u0302'),
    ('excluded composite', '\u0958'),
    ('non-starter decomposition', '\u0344'),
    ('tibetan', '\u0f73\u0f75\u0f81'),
    ('leading combining mark', '\u0301a'),
    ('mark after mark only', '\u0308\u0301'),
    ('hangul LV', '\u1100\u1161'),
    ('hangul LVT', '\u1100\u1161\u11a8'),
    ('hangul LV + T', '\uac00\u11a8'),
    ('hangul LVT + T', '\uac01\u11a8'),
    ('hangul syllables', '\ud55c\uad6d\uc5b4'),
    ('hangul V alone', '\u1161\u11a8'),
    ('hangul L + non-V', '\u1100\u0041'),
    ('hangul with mark', '\u1100\u0301\u1161'),
    ('hangul compat jamo', '\u3131\u314f'),
    ('ligatures', '\ufb01\ufb03\ufb06'),
    ('fraction', '\u00bd\u2153'),
    ('superscripts', 'x\u00b2\u2074\u1d43'),
    ('circled', '\u2460\u24b6'),
    ('fullwidth', '\uff21\uff42\uff10'),
    ('halfwidth katakana', '\uff76\uff9e'),
    ('squared', '\u3300\u337b'),
    ('nbsp and spaces', 'a\u00a0b\u2003c\u3000d'),
    ('long s dot', '\u1e9b\u0323'),
    ('mu and micro', '\u00b5\u03bc'),
    ('dz digraphs', '\u01c4\u01c5\u01c6'),
    ('roman numeral', '\u2163\u217a'),
    ('math bold', '\U0001d400\U0001d7ce'),
    ('musical symbols', '\U0001d15e\U0001d160'),
    ('greek tonos', '\u0386\u1f71\u03ac'),
    ('arabic ligature', '\ufdfa'),
    ('surrogate and private', '\ud800\ue000'),
    ('unassigned', '\u0378\U0010ffff'),
    ('emoji with vs16', '\u2764\ufe0f\U0001f468\u200d\U0001f469'),
]

for label, s in CASES:
    print(f'{label}: {show(s)}')
    for form in FORMS:
        r = unicodedata.normalize(form, s)
        print(f'  {form:4} {show(r)} {unicodedata.is_normalized(form, s)}',
              r == s, type(r).__name__)

print('-- longer strings')
text = 'Cafe\u0301 \u00e9t\u00e9 \ufb01n \u212b\u00c5A\u030a \ud55c\u1112\u1161\u11ab ' * 20
for form in FORMS:
    r = unicodedata.normalize(form, text)
    print(form, len(text), len(r), unicodedata.is_normalized(form, r),
          unicodedata.normalize(form, r) == r, show(r[:12]))


class S(str):
    pass


r = unicodedata.normalize('NFC', S('abc'))
print(type(r).__name__, r)
r = unicodedata.normalize('NFD', S('\u00e9'))
print(type(r).__name__, show(r))

print('-- errors')


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as exc:
        print(f'{type(exc).__name__}: {exc}')


for f in (unicodedata.normalize, unicodedata.is_normalized):
    attempt(f, 'NFX', 'abc')
    attempt(f, 'nfc', 'abc')
    attempt(f, 'NFC ', 'abc')
    attempt(f, '', '')
    attempt(f, 'NFX', '')
    attempt(f, 'NFC', b'abc')
    attempt(f, b'NFC', 'abc')
    attempt(f, 1, 'abc')
    attempt(f, 'NFC', None)
    attempt(f, 'NFC')
    attempt(f, 'NFC', 'a', 'b')
    attempt(f, form='NFC', unistr='a')
