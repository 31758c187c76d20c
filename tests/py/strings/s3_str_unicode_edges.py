# str methods on Unicode edge cases: every line boundary in splitlines, title/swapcase/
# casefold specials, isidentifier/isprintable by category, expandtabs column resets,
# center parity, overlapping partition and find, translate/maketrans in all three forms.
boundaries = ['\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']
for b in boundaries:
    t = 'a' + b + 'b' + b
    print(ascii(b), ascii(t.splitlines()), ascii(t.splitlines(True)), len(('x' + b).splitlines()),
          ascii(('x' + b).encode('utf-8').splitlines()))
for t in ['\r\r\n\n', '\n\r', 'a\r\nb\n\rc', '\x85\x85', 'end\r', '\u2028', 'no break\u2027', '\t\x1f\x0e']:
    print(ascii(t), ascii(t.splitlines()), ascii(t.splitlines(keepends=True)))
print(b'a\x0bb\x0cc\x1cd\x85e\rf\r\ng'.splitlines(), bytearray(b'x\r\r\ny\n').splitlines(True))

for s in ["o'neil's 2nd-best", 'hello wORLD', '3rd ave', 'ǆemal ǉubljana', 'ßtraße', 'ﬁnal ﬂow', 'ŉa', 'x\u0301yz abc',
          'άλφα', 'ΣΊΣΥΦΟΣ σοφός', 'ǰot', 'ꞵeta', '𐐨𐐩 𐐀𐐁', 'a1b2 c3D4', 'İi', 'ı', 'ΐ', 'ᾳᾼ', 'ﬓﬔ', '\u0149\u01f0']:
    print(ascii(s), ascii(s.title()), ascii(s.swapcase()), ascii(s.casefold()), s.istitle(), s.title().istitle(),
          s.casefold() == s.lower(), len(s.upper()))
for a, b in [('Straße', 'STRASSE'), ('ﬁ', 'FI'), ('İ', 'i̇'), ('ΣΑΣ', 'σας'), ('Ǆ', 'ǆ'), ('µ', 'Μ'), ('K', 'k'), ('Å', 'å')]:
    print(ascii(a), ascii(b), a.casefold() == b.casefold(), a.lower() == b.lower(), a.upper() == b.upper())

ids = ['abc', '_', '__x__', '1abc', 'a1', 'True', 'None', 'match', 'ℕ', '℘x', 'x℘', '℮', 'ªº', 'ǅ', 'Ⅻ', '〇',
       '٣', 'a٣', '·', 'a·', 'x\u0300', '\u0300x', 'a\u200c', 'a\u200d', '\u200c', 'ゝ', 'aゞ', '𝔘𝔫𝔦', '\U0001f600',
       'a-b', 'a b', '', 'é', 'ﬁ', 'ⅰ', 'µ', '\xad', 'a\xad', '\u1885', '\u2118', '\u309b', 'a\u309b', '\u0e33',
       '\u00b7x', 'x\u0387', '\u19da', 'a\u19da', '$', 'a$', '\U000e0100', 'a\U000e0100']
print([s.isidentifier() for s in ids])
printable = ['', ' ', 'abc', '\t', '\n', '\x7f', '\x80', '\x9f', '\xa0', '\xad', '\u00ff', '\u034f', '\u061c', '\u200b',
             '\u200e', '\u2028', '\u2029', '\u2060', '\u3000', '\ue000', '\ufeff', '\ufffd', '\ufffe', '\U0001f600',
             '\U000e0001', '\U000e0100', '\U0010ffff', '\u0378', '\u1680', '\u2000', '\u202f', 'é\u0301', '\udc80']
print([s.isprintable() for s in printable])
print([repr(s) for s in ['\xa0', '\xad', '\u200b', '\u2028', '\ufeff', '\U000e0001', '\u0378', '\u1680', '\u3000']])

for t in ['a\tb\tc', 'ab\r\tc', 'ab\n\tc', '\t\t', 'a\u2028\tb', 'a\x85\tb', 'a\x0b\tb', 'a\x1c\tb', 'ééé\té', '😀\tx']:
    print(ascii(t), [ascii(t.expandtabs(n)) for n in (1, 2, 3, 8)], ascii(t.encode('utf-8').expandtabs(4)))

for n in range(1, 5):
    s = 'x' * n
    print(n, [s.center(w, '.') for w in range(n, n + 5)], [s.ljust(w, 'é') + '|' for w in (n, n + 2)],
          [s.rjust(w, '😀') for w in (n + 1, n + 2)])
print('ab'.center(5, '\U0010ffff') == '\U0010ffffab\U0010ffff\U0010ffff', ascii('\u0100'.center(4, '\xe9')))
print(['+5'.zfill(4), '-'.zfill(3), '+'.zfill(0), '--1'.zfill(5), 'é'.zfill(3), '١٢'.zfill(4), '\u22123'.zfill(4)])

for s, sep in [('aaa', 'aa'), ('aaaa', 'aa'), ('abab', 'ab'), ('xéyéz', 'é'), ('a😀b😀c', '😀'), ('aaa', 'aaaa'),
               ('', 'a'), ('abc', 'abc')]:
    print(ascii(s), ascii(sep), ascii(s.partition(sep)), ascii(s.rpartition(sep)), s.count(sep), s.find(sep),
          s.rfind(sep), s.split(sep), s.rsplit(sep, 1))
t = 'abcabc'
print([t.find('', i) for i in range(-8, 9)], [t.rfind('', i) for i in (-2, 0, 6, 7)], t.count('', 2, 4),
      t.count('', 7), t.find('c', -1), t.find('c', 2, 2), t.find('c', 2, 3), t.index('a', -3), t.rindex('b', 0, -2))
for bad in [lambda: t.index('z'), lambda: t.rindex('a', 1, 3), lambda: t.find(None), lambda: t.count('a', 'x'),
            lambda: t.find('a', None, None), lambda: t.startswith(['a']), lambda: t.endswith(('a', 1))]:
    try:
        print(repr(bad()))
    except Exception as e:
        print('!!', type(e).__name__, e)

m = str.maketrans('abc', 'ABC', 'xyz')
print(sorted(m.items()), 'axbycz'.translate(m))
m2 = str.maketrans({'a': None, 'b': 'BEE', 0x63: 0x1F600, 'é': 'e', 'd': ''})
print(sorted(m2.items()), ascii('abcdé'.translate(m2)))
print(ascii('aé😀'.translate({0x1F600: 'smile', 0xE9: None, 97: 0x10FFFF})), 'abc'.translate(str.maketrans('', '', 'b')))
print('hello'.translate(str.maketrans('lo', 'ol')), 'aaa'.translate({97: 'aa'}).translate({97: 'b'}))
for bad in [lambda: str.maketrans('ab', 'a'), lambda: str.maketrans('a', 'b', 5), lambda: str.maketrans({'': 1}),
            lambda: str.maketrans({5.0: 'x'}), lambda: str.maketrans(['a']), lambda: str.maketrans('a'),
            lambda: 'a'.translate({97: b'x'}), lambda: 'a'.translate({97: 0x110000}), lambda: 'a'.translate({97: ()})]:
    try:
        print(repr(bad()))
    except Exception as e:
        print('!!', type(e).__name__, e)
