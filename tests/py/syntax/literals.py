# Literal forms the tokenizer and parser must decode exactly.
print(0x1f, 0o17, 0b101, 1_000_000, 0_0, 00, 0XFF, 0B1, 0O7)
print(1e10, 1E-5, 1.5, .5, 5., 1_0.0_5, 1e1_0, 0.1 + 0.2)
print(1j, 1.5j, 10J, 1e3j, 0j)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF)
print(repr("a\tb\nc\\d\'e\"f"), repr('\x00\x7f\xff\u20ac\U0001F600'), repr("\101\102\7"))
print(repr(r"\n\t\\"), repr(R'\x'), repr(b"\x00\xff\n"), repr(rb"\x00"), repr(Br"\n"))
print(repr("\N{EM DASH}\N{LATIN SMALL LETTER E WITH ACUTE}\N{SNAKE}"))
print(repr("""triple
quoted"""), repr('''it's'''), repr("a" "b" 'c'), repr(b"a" b"b"))
print(repr("line\
continued"), repr(u"unicode"), len("\ud800"), ord("\ud800"))
print(True, False, None, ..., Ellipsis is ...)
