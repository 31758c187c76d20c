import _operator
print(_operator._compare_digest("abcdef", "abcdef"), _operator._compare_digest("abcdef", "abc"),
      _operator._compare_digest(b"x", bytearray(b"x")), _operator.add(1, 2), _operator.itemgetter(1)("ab"))
for a in [('a', b'a'), (1, 2), ('\u00e9', '\u00e9')]:
    try:
        print(_operator._compare_digest(*a))
    except TypeError as e:
        print("TypeError", e)
