# bytes.hex() with a bytes separator outside ASCII: CPython raises
# ValueError('sep must be ASCII.'), as it does for a str separator; Weft
# accepts it and returns a str holding the character U+00E9.
for label, sep in (('str', '\xe9'), ('bytes', b'\xe9'), ('ascii bytes', b':')):
    for obj in (b'abc', bytearray(b'abc'), memoryview(b'abc')):
        try:
            print(label, type(obj).__name__, ascii(obj.hex(sep)))
        except ValueError as e:
            print(label, type(obj).__name__, 'ValueError', e)
