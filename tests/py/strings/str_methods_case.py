# Case mapping (full mappings, final sigma) and the is* predicates.
samples = ['hello World', 'HELLO', 'hello', '', '123', 'a1B2', 'ß', 'straße', 'ﬁne', 'ǅemal', 'ǆ', 'Ǆ',
           'İstanbul', 'ı', 'ΣΑΣ', 'ΌΣΟΣ', 'σ', 'Σ', 'aΣ', 'aΣb', 'aΣ.', "a'Σ", 'Σa', 'ΑΣ΄', 'ŉ', 'ǰ', 'ΐ',
           'Ա', 'ﬀ', 'ﬃ', 'ᾳ', 'ᾼ', 'ᾈ', 'ῼ', 'ﬓ', 'ｈｅｌｌｏ', '𐐨𐐀', 'ǈ', "they're bill's", 'hello_world-foo bar',
           'a\u0345', 'Ⅻ', 'ⓐⓑ', 'ǲ', 'µ', 'ÿ', 'Ÿ', 'K', 'Å', 'ẞ', 'ꭰ', 'Ꭰ', '\u1e9e\u00df', 'x\u0307', 'İi̇']
for s in samples:
    print(ascii(s), ascii(s.lower()), ascii(s.upper()), ascii(s.casefold()), ascii(s.swapcase()),
          ascii(s.title()), ascii(s.capitalize()))
    print('   ', s.islower(), s.isupper(), s.istitle(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isdecimal(), s.isdigit(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii())

more = ['', ' ', '\t\n', '\x1c\x1d\x1e\x1f', '\x85', '\xa0', '\u200b', '\u2028', '\u3000', '0123', '٣٤',
        '²', '½', 'Ⅷ', '一二', '〇', '𝟘', '₃', '①', 'abc', 'ab c', 'a_b', '_', '1a', 'a1', 'é', 'ℕ', '·',
        'x·', 'x\u0300', '\u0300', '℘', 'a℘', '℮', '゛', 'a゛', '\x00', '\x7f', '\xad', 'a\u200d',
        '\U0001f600', '\U000e0001', '\ue000', '\udc80', '\U00010000', 'Ⅻ', 'ǅ', 'Ab', 'A B', 'A b',
        'AB Cd', "Don'T", 'A1b', '1A']
for s in more:
    print(ascii(s), s.isalpha(), s.isalnum(), s.isspace(), s.isdecimal(), s.isdigit(), s.isnumeric(),
          s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper(), s.istitle())

# Round trips and results types.
t = 'MiXeD cAsE ÉÇ'
print(t.lower().upper(), t.swapcase().swapcase() == t, t.title(), t.capitalize())
class Sub(str):
    pass
for m in ('lower', 'upper', 'casefold', 'swapcase', 'title', 'capitalize'):
    r = getattr(Sub('Ab'), m)()
    print(m, r, type(r).__name__)

for name in ('lower', 'isalpha', 'title'):
    try:
        getattr('a', name)(1)
    except TypeError as e:
        print(name, e)
