# Bytes-to-bytes codecs (quopri, uu, base64, hex, zlib, bz2), rot-13, the escape codecs
# and codec names that are not available on this platform.
import codecs
import io


def err(e):
    return f'{type(e).__name__}: {e}'


data = b'Hello =world=\t\n' + bytes(range(0, 256, 7)) + b'\nend \n' + b'x' * 100
for name in ('quopri', 'quoted-printable', 'uu', 'base64', 'hex', 'zlib', 'zip', 'base_64'):
    info = codecs.lookup(name)
    enc = codecs.encode(data, name)
    print(name, info.name, info._is_text_encoding, enc if len(enc) < 400 else len(enc))
    print(codecs.decode(enc, name) == data, codecs.decode(memoryview(enc), name) == data)
    ie = codecs.getincrementalencoder(name)()
    idec = codecs.getincrementaldecoder(name)()
    print(idec.decode(ie.encode(data, True), True) == data)
    try:
        'text'.encode(name)
    except LookupError as e:
        print(err(e))
    try:
        b'text'.decode(name)
    except LookupError as e:
        print(err(e))
print(codecs.encode(b'a\tb c\n', 'quopri'), codecs.decode(b'a=3Db=\nc', 'quopri'))
print(codecs.encode(b'', 'uu'), codecs.decode(b'begin 644 f\n#86)C\n \nend\n', 'uu'))
for bad in (b'no begin here\n', b'begin 666 x\n#86)C\n'):
    try:
        codecs.decode(bad, 'uu')
    except ValueError as e:
        print(err(e))
print(codecs.decode(b'garbage\nbegin 666 <data>\n#86)C\nend\n', 'uu_codec'))
print(codecs.encode(b'ab', 'uu_codec', 'strict'))
buf = io.BytesIO()
w = codecs.getwriter('quopri')(buf)
w.write(b'caf\xe9')
print(buf.getvalue())
# bz2: the codec exists by name; without the bz2 module it says what it needs.
try:
    print(codecs.decode(codecs.encode(data, 'bz2'), 'bz2') == data)
except NotImplementedError as e:
    print('bz2' in str(e))
try:
    info = codecs.lookup('bz2_codec')
    print(info.name)
except NotImplementedError as e:
    print('bz2' if 'bz2' in str(e) else e)
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot-13'))
print(codecs.lookup('rot13').name)
try:
    'abc'.encode('rot13')
except LookupError as e:
    print(err(e))
# Escape codecs.
for t in ('a\\b\n\t\x00\x7f\xe9\u20ac\U0001f600\'"', ''):
    for name in ('unicode_escape', 'raw_unicode_escape'):
        b = t.encode(name)
        print(name, b, ascii(b.decode(name)), codecs.lookup(name).name)
print(codecs.escape_encode(b'a\\b\'"\n\t\r\x00\x7f\xff'))
print(codecs.escape_decode(b'a\\nb\\x41\\101\\\\\\\n'), codecs.escape_decode('\\t'))
for bad in (b'\\x4', b'abc\\'):
    try:
        codecs.escape_decode(bad)
    except ValueError as e:
        print(err(e))
for t in (b'\\u20ac\\x41\\N{BULLET}', b'\\u20', b'\\xZZ', b'\\U00110000'):
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace'):
        try:
            print(t, errors, ascii(t.decode('unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print(t, errors, err(e), e.start, e.end)
print(ascii(b'\\u20ac\\x41'.decode('raw_unicode_escape')))
dec = codecs.getincrementaldecoder('unicode_escape')()
print(ascii(dec.decode(b'a\\u2')), ascii(dec.decode(b'0ac\\')), ascii(dec.decode(b'n', True)))
for name in ('mbcs', 'oem', 'dbcs', 'ansi', 'cp65001', 'utf8-sig', 'utf-8-sig'):
    try:
        print(name, codecs.lookup(name).name)
    except LookupError as e:
        print(name, err(e))
print('\ufeffx'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'))
