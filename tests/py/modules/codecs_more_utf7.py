# UTF-7: encoding, decoding with errors, incremental decoding across chunk boundaries.
import codecs
import io


def err(e):
    return f'{type(e).__name__}: {e} [{getattr(e, "start", "")}:{getattr(e, "end", "")}]'


print(codecs.lookup('utf-7').name, codecs.lookup('U7').name, codecs.lookup('unicode-1-1-utf-7').name)
texts = ['', 'Hi Mom -\u263a-!', 'A\u2262\u0391.', '\u65e5\u672c\u8a9e', 'Item 3 is \u00a31.',
         '+', '++a+-', 'a\x00b', '~\\', 'x\U0001f600y', '\U0001f600\U0001f600',
         '\ud800', 'a\udc00b', 'tab\tnl\ncr\r', '\u00e9-', '\u00e9a', '\u00e9.', '\x7f']
for t in texts:
    b = t.encode('utf-7')
    print(ascii(t), b, ascii(b.decode('utf-7')), codecs.utf_7_encode(t))
cases = [b'+AGE', b'+AGEA', b'+AGE-', b'+AGEx', b'a+', b'a+-', b'+!', b'a\x80b', b'+2D3cAA-',
         b'+2D3cAA', b'+2D0-', b'+2D0', b'+2D0AYQ-', b'+2D3cAA.', b'+AG', b'+AGF-', b'+AGEAYQBi-',
         b'+ZeVnLIqe-', b'+ZeVnLIqe', b'+ZeVnLIq-', b'\xff\xfe', b'+A-', b'+AAA', b'+AAAA',
         b'+2D3', b'+2D3-', b'+/v8-', b'+/v-', b'abc+', b'+2D3cAA+-']
for data in cases:
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape'):
        try:
            r = data.decode('utf-7', errors)
            print(data, errors, ascii(r))
        except UnicodeError as e:
            print(data, errors, err(e))
    for final in (False, True):
        try:
            print(' ', final, ascii(codecs.utf_7_decode(data, 'replace', final)))
        except UnicodeError as e:
            print(' ', final, err(e))

# Feed the encoding of each text one byte at a time, and in chunks of 3.
for t in texts:
    data = t.encode('utf-7')
    for size in (1, 3):
        d = codecs.getincrementaldecoder('utf-7')()
        parts = [d.decode(data[i:i + size]) for i in range(0, len(data), size)]
        parts.append(d.decode(b'', True))
        assert ''.join(parts) == t, (t, size, parts)
    print(ascii(t), [ascii(p) for p in parts])
d = codecs.getincrementaldecoder('utf-7')()
print(ascii(d.decode(b'a+AG')), d.getstate())
try:
    d.decode(b'', True)
except UnicodeDecodeError as e:
    print(err(e))
e = codecs.getincrementalencoder('utf-7')()
print(e.encode('\u00e9'), e.encode('\u00e9'), e.encode('a', True))
r = codecs.getreader('utf-7')(io.BytesIO('l\u00efne1\nline\u20ac2\n'.encode('utf-7')))
print(ascii(r.readline()), ascii(r.readline()), ascii(r.read()))
buf = io.BytesIO()
w = codecs.getwriter('utf-7')(buf)
w.write('\u00e9')
w.write('x')
print(buf.getvalue())
codecs.register_error('codecs_more.back', lambda e: ('<%d>' % e.start, e.start + 1))
print(ascii(b'+AGEx\x80y'.decode('utf-7', 'codecs_more.back')))
try:
    codecs.utf_7_decode('abc')
except TypeError as e:
    print(err(e))
