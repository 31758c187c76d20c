# re: Unicode semantics of str patterns -- \w \d \s, word boundaries and
# case-insensitive matching across the Basic Multilingual Plane.
import re

bmp = ''.join(chr(i) for i in range(0x10000) if not 0xD800 <= i < 0xE000)
astral = ''.join(chr(i) for i in range(0x10000, 0x10500))


def summary(pattern, text, flags=0):
    found = re.findall(pattern, text, flags)
    print(repr(pattern), len(found), sum(ord(c) for c in found) if found
          and isinstance(found[0], str) and len(found[0]) == 1 else '')


# Character categories over the whole BMP, Unicode and ASCII modes.
for cat in [r'\w', r'\d', r'\s', r'\W', r'\D', r'\S', r'[\w\d]', r'[^\s\d]']:
    summary(cat, bmp)
    summary(cat, bmp, re.ASCII)
summary(r'\w', astral)
summary(r'\d', astral)
print(re.findall(r'\s', bmp[:0x3001]))
print(re.findall(r'\d', '0٠۰߀०০੦૦୦௦౦೦൦๐໐༠၀႐០᠐１'))
print(re.findall(r'\d', '²³¹¼⅕①'), re.findall(r'\w', '²³¹¼⅕①_'))

# Case-insensitive equivalents of some letters anywhere in the BMP.
for ch in ['k', 'K', 's', 'i', 'I', 'σ', 'µ', 'θ', 'ß', 'ǅ', 'å', 'ω', 'в', 'ṡ', 'é', '1']:
    print(repr(ch), re.findall('(?i)' + re.escape(ch), bmp),
          re.findall('(?i)[' + re.escape(ch) + ']', bmp) == re.findall('(?i)' + re.escape(ch), bmp))
print(re.findall('(?i)\U00010400', astral), re.findall('(?i)\U00010428', astral))
print(len(re.findall('(?i)[\U00010400-\U00010410]', astral)))

# Ranges and negated classes with IGNORECASE.
summary('(?i)[a-z]', bmp)
summary('(?ia)[a-z]', bmp)
summary('(?i)[^a-z]', bmp[:0x500])
summary('(?i)[\u0400-\u042f]', bmp)
summary('(?i)[α-ω]', bmp)
summary('(?i)[\u0100-\u1fff]', bmp)
print(re.findall('(?i)[à-þ]+', 'ÀÉÎõü ×÷'))
print(len(re.findall('(?i)[a-zA-Z0-9_]', bmp)), len(re.findall(r'(?i)\w', bmp[:0x800])))

# Case-insensitive literals, strings and backreferences.
print(re.findall('(?i)straße', 'STRASSE Straße STRAẞE straße'))
print(re.findall('(?i)ΣΊΣΥΦΟΣ', 'σίσυφος ΣΊΣΥΦΟΣ σίσυφοσ'))
print(re.findall(r'(?i)(\w)\1', 'aA ſS kK ǅǆ ßẞ ab'))
print(re.search('(?i)DŽ', 'ǆ'), re.search('(?i)ǈ', 'Ǉ'))

# Word boundaries with non-ASCII letters.
print(re.findall(r'\b\w+\b', 'naïve café – Æsir ÿes'))
print(re.findall(r'(?a)\b\w+\b', 'naïve café'))
print(re.sub(r'\B', '.', 'ñandú'))

# Identifiers as group names.
m = re.match(r'(?P<größe>\d+)(?P<ñ>x)?', '42')
print(m.groupdict(), m.group('größe'), m.lastgroup)
print(re.sub(r'(?P<größe>\d+)', r'<\g<größe>>', 'a1b22'))
