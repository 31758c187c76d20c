import codecs
import io


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


for enc in ['hex', 'hex_codec', 'base64', 'base64_codec', 'zlib', 'zip']:
    data = b'hello world \x00\xff' * 3
    enc_data = codecs.encode(data, enc)
    print(enc, codecs.lookup(enc).name, enc_data, codecs.decode(enc_data, enc) == data)
    print('  ', codecs.lookup(enc).encode(b'ab'), codecs.lookup(enc).decode(codecs.encode(b'ab', enc)))
    print('  ', codecs.getencoder(enc).__name__, codecs.getdecoder(enc).__name__)
    t(codecs.encode, 'text', enc)
    t(codecs.encode, bytearray(b'xy'), enc)
    t(codecs.encode, memoryview(b'xy'), enc)
t(codecs.decode, b'6', 'hex')
t(codecs.decode, b'zz', 'hex')
t(codecs.decode, '616263', 'hex')
t(codecs.decode, b'YW', 'base64')
t(codecs.decode, 'YWJj', 'base64')
t(codecs.decode, b'not zlib', 'zlib')
print(codecs.encode(b'x' * 100, 'base64'))
t(codecs.encode, b'a', 'hex', 'ignore')

# rot13 works on str
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'),
      codecs.lookup('rot13').name, codecs.lookup('rot13')._is_text_encoding)
t(codecs.encode, b'abc', 'rot13')
print(list(codecs.iterencode(['ab', 'cd'], 'rot13')))

# incremental forms
print(codecs.getincrementalencoder('hex')().encode(b'ab'),
      codecs.getincrementaldecoder('hex')().decode(b'6162'))
t(codecs.getincrementaldecoder('hex')().decode, b'6')
t(codecs.getincrementaldecoder('base64')().decode, b'YW')
print(codecs.getincrementalencoder('base64')().encode(b'abcd'))
e = codecs.getincrementalencoder('zlib')()
chunks = [e.encode(b'abc' * 20), e.encode(b'def'), e.encode(b'', True)]
z = b''.join(chunks)
print(chunks[0], codecs.decode(z, 'zlib'))
d = codecs.getincrementaldecoder('zlib')()
print(b''.join(d.decode(z[i:i + 3]) for i in range(0, len(z), 3)) + d.decode(b'', True))
e.reset()
print(codecs.decode(e.encode(b'q', True), 'zlib'))
print(b''.join(codecs.iterdecode([b'61', b'62'], 'hex')))
t(list, codecs.iterencode([b'ab'], 'hex'))

# non-text codecs are refused where text is expected
t(codecs.lookup('hex').streamreader(io.BytesIO(b'6162')).read)
w = io.BytesIO()
codecs.lookup('hex').streamwriter(w).write(b'ab')
print(w.getvalue())
print(codecs.lookup('hex').streamreader.charbuffertype)
