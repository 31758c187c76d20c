# unicodedata checked against itself over many code points: normalization invariants
# (idempotence, NFC(NFD(x)) == NFC(x), the Unicode normalization-test identities),
# is_normalized agreeing with normalize, canonical ordering of NFD, decomposition()
# agreeing with NFD/NFKD, numeric properties nesting, and name/lookup round trips.
# Each section prints only a count of mismatches (0 on CPython) and how much it checked.
import unicodedata

nfc = lambda s: unicodedata.normalize('NFC', s)
nfd = lambda s: unicodedata.normalize('NFD', s)
nfkc = lambda s: unicodedata.normalize('NFKC', s)
nfkd = lambda s: unicodedata.normalize('NFKD', s)
ccc = unicodedata.combining

# Code points with something to normalize, plus every 17th code point of the BMP and
# the supplementary ideographic plane, plus Hangul samples.
interesting = [cp for cp in range(0x30000)
               if unicodedata.decomposition(chr(cp)) or ccc(chr(cp))]
samples = sorted(set(interesting) | set(range(0, 0x30000, 17))
                 | set(range(0xAC00, 0xD7A4, 29)) | set(range(0x1100, 0x1200)))
samples = [cp for cp in samples if not 0xD800 <= cp < 0xE000]
print('interesting', len(interesting) > 2000)

mismatches = 0
checked = 0
for cp in samples:
    c1 = chr(cp)
    c2, c3, c4, c5 = nfc(c1), nfd(c1), nfkc(c1), nfkd(c1)
    ok = (c2 == nfc(c2) == nfc(c3) and c3 == nfd(c1) == nfd(c2) == nfd(c3)
          and c4 == nfc(c4) == nfc(c5) == nfkc(c1) == nfkc(c2) == nfkc(c3) == nfkc(c4)
          and c5 == nfkd(c1) == nfkd(c2) == nfkd(c3) == nfkd(c4) == nfkd(c5)
          and nfd(c5) == c5 and nfkd(c3) == c5)
    if not ok:
        mismatches += 1
    checked += 1
print('identities', mismatches, checked > 5000)

mismatches = 0
for cp in samples:
    s = chr(cp) + '\u0316\u0301'
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        r = unicodedata.normalize(form, s)
        if not unicodedata.is_normalized(form, r):
            mismatches += 1
        if unicodedata.is_normalized(form, s) != (r == s):
            mismatches += 1
print('is_normalized', mismatches)

# NFD output is fully decomposed (only compatibility mappings remain) and canonically
# ordered; NFKD output has no decompositions at all.
mismatches = 0
for cp in samples:
    s = chr(cp) + '\u0301\u0327' + chr(cp)
    for r, allow_compat in ((nfd(s), True), (nfkd(s), False)):
        last = 0
        for ch in r:
            d = unicodedata.decomposition(ch)
            if d and not (allow_compat and d.startswith('<')):
                mismatches += 1
            k = ccc(ch)
            if k and k < last:
                mismatches += 1
            last = k
print('decomposed and ordered', mismatches)

# decomposition() agrees with NFD / NFKD of one code point.
mismatches = 0
count = 0
for cp in interesting:
    d = unicodedata.decomposition(chr(cp))
    if not d:
        continue
    count += 1
    parts = d.split()
    compat = parts[0].startswith('<')
    if compat:
        parts = parts[1:]
    s = ''.join(chr(int(p, 16)) for p in parts)
    if compat:
        if nfkd(chr(cp)) != nfkd(s):
            mismatches += 1
    elif nfd(chr(cp)) != nfd(s):
        mismatches += 1
print('decomposition', mismatches, count > 5000)

# decimal implies digit implies numeric, with equal values.
mismatches = 0
count = 0
for cp in range(0x110000):
    c = chr(cp)
    n = unicodedata.numeric(c, None)
    if n is None:
        continue
    count += 1
    dec = unicodedata.decimal(c, None)
    dig = unicodedata.digit(c, None)
    if dec is not None and dec != dig:
        mismatches += 1
    if dig is not None and dig != n:
        mismatches += 1
    if dec is not None and unicodedata.category(c) != 'Nd':
        mismatches += 1
print('numeric', mismatches, count)

# Every name looks up to its code point; every unnamed code point is unassigned,
# a control, a surrogate, a private-use character or a Tangut ideograph (CPython 3.13
# gives those no name).
mismatches = 0
named = 0
for cp in range(0x110000):
    c = chr(cp)
    n = unicodedata.name(c, None)
    if n is None:
        tangut = 0x17000 <= cp <= 0x187F7 or 0x18D00 <= cp <= 0x18D08
        if unicodedata.category(c) not in ('Cn', 'Cc', 'Cs', 'Co') and not tangut:
            mismatches += 1
        continue
    named += 1
    if unicodedata.lookup(n) != c:
        mismatches += 1
    # Stored names match in any case; the computed CJK and Hangul names only in capitals.
    if not n.startswith(('CJK UNIFIED IDEOGRAPH-', 'HANGUL SYLLABLE ')) and \
            unicodedata.lookup(n.lower()) != c:
        mismatches += 1
print('names', mismatches, named)
