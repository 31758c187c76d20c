# UTF-16 and UTF-32 codecs: byte order marks, surrogate pairs, error handlers and the
# positions and reasons of encode/decode errors.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for enc in ['utf-16','utf-16-le','utf-16-be','utf-32','utf-32-le','utf-32-be','UTF16','utf_32be']:
    t(lambda: 'aé€😀'.encode(enc))
    t(lambda: 'aé€😀'.encode(enc).decode(enc))
    t(lambda: 'a\ud800b'.encode(enc))
    t(lambda: 'a\ud800b'.encode(enc, 'replace'))
    t(lambda: 'a\ud800b'.encode(enc, 'backslashreplace'))
    t(lambda: 'a\ud800b'.encode(enc, 'surrogatepass'))
    t(lambda: b'a\x00b'.decode(enc))
    t(lambda: b'a\x00b'.decode(enc, 'replace'))
    t(lambda: b'\x00\xd8a\x00'.decode(enc))
    t(lambda: b'\x00\xdca\x00'.decode(enc, 'backslashreplace'))
    t(lambda: b'\x00\xd8'.decode(enc))
    t(lambda: b'\xff\xff\x11\x00'.decode(enc))
    t(lambda: b'\x00\xd8\x00\x00'.decode(enc))
t(lambda: b'\xfe\xff\x00a'.decode('utf-16'))
t(lambda: b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'))
t(lambda: ''.encode('utf-16'))
t(lambda: b''.decode('utf-16'))
t(lambda: str(b'a\x00', 'utf-16-le'))
