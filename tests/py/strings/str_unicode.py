# Character properties and case mappings over every code point (checksums), plus kind
# handling: strings mixing ASCII and non-ASCII, astral characters, lone surrogates.
def digest(pred):
    n = 0
    acc = 0
    for cp in range(0x110000):
        if pred(chr(cp)):
            n += 1
            acc = (acc * 31 + cp) % 1000000007
    return n, acc

for name in ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isupper', 'islower',
             'istitle', 'isprintable', 'isidentifier', 'isalnum']:
    print(name, digest(getattr(str, name)))

def mapping_digest(method):
    changed = 0
    acc = 0
    for cp in range(0x110000):
        c = chr(cp)
        r = method(c)
        if r != c:
            changed += 1
            for ch in r:
                acc = (acc * 131 + ord(ch)) % 1000000007
            acc = (acc * 7 + len(r)) % 1000000007
    return changed, acc

for name in ['lower', 'upper', 'title', 'casefold', 'swapcase', 'capitalize']:
    print(name, mapping_digest(getattr(str, name)))

# Identifier continuation after a start character.
n = 0
acc = 0
for cp in range(0x80, 0x110000):
    if ('a' + chr(cp)).isidentifier():
        n += 1
        acc = (acc * 31 + cp) % 1000000007
print('xid_continue', n, acc)

# Mixed kinds.
s = 'abc' + 'é' + 'def'
print(len(s), s[:3], s[4:], s[3], s[:3].isascii(), s[4:] == 'def', (s[:3] + s[4:]) == 'abcdef')
print(hash(s[:3]) == hash('abc'), s.replace('é', '') == 'abcdef', s.encode(), s.encode('utf-16-le', 'strict') if False else '')
astral = '\U0001f600\U0001f601x'
print(len(astral), ascii(astral[0]), ascii(astral[1:]), astral.find('x'), ascii(astral[::-1]))
sur = 'a\udc80b'
print(len(sur), ascii(sur), ascii(sur[1]), sur.isprintable(), ascii(sur.upper()), sur.encode('utf-8', 'surrogateescape'))
print(chr(0), ascii(chr(0x10ffff)), ord('€'), ord('\U0010ffff'))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in ('', 'ab'):
    try:
        ord(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(''.join(chr(c) for c in range(0x3b1, 0x3c5)), 'ΑΒΓ'.lower(), 'ὈΔΥΣΣΕΎΣ'.lower(), 'ὈΔΥΣΣΕΎΣ'.casefold())
