# repr() and ascii() of strings: quote choice, escapes, printable and non-printable
# non-ASCII characters.
samples = ['', 'abc', "it's", 'say "hi"', 'both \' and "', '\\', 'a\\b', '\n\t\r', '\x00\x01\x1f\x7f',
           '\x80\x9f\xa0\xad\xff', 'é', 'café', '€', '\u2028\u2029', '\u200b\u200e', '\ufeff',
           '\U0001f600', '\U0001f3f3\ufe0f', '\udc80', '\ud800\udc00', '\U000e0001', '\U0010ffff',
           '\ue000', '\u0378', '\u3000', '\xa0', 'ǅ', 'ԱԲ', '日本語', '\u0300', 'a\u0300',
           "'", '"', "'\"", '\x1b[0m', 'tab\there', '\x0b\x0c']
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(samples))
print(ascii(samples))
print('%r %a' % ('é\n', 'é\n'))
print(str(repr('x')), repr(repr("a'b")))
class Sub(str):
    def __repr__(self):
        return 'Sub(' + super().__repr__() + ')'
print(repr(Sub('q')), str(Sub('q')), ascii(Sub('é')))
print(repr(str.__repr__(Sub('w'))))
