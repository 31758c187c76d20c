import codecs


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


text = 'a\xe9\u20ac\U0001f600\nz'
for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',
            'utf-32-le', 'utf-32-be', 'utf-8-sig', 'unicode_escape', 'raw_unicode_escape']:
    E = codecs.getincrementalencoder(enc)
    D = codecs.getincrementaldecoder(enc)
    e = E('backslashreplace')
    print(enc, e.errors, e.getstate(), D().getstate())
    chunks = [e.encode(c) for c in text] + [e.encode('', True)]
    print(chunks, e.getstate())
    data = b''.join(chunks)
    d = D()
    out = []
    for i in range(len(data)):
        out.append(d.decode(data[i:i + 1]))
        if i == 2:
            print('  state', d.getstate())
    out.append(d.decode(b'', True))
    print(out, d.getstate())
    e.reset()
    d.reset()
    print(e.encode('x'), d.getstate(), d.decode(data[:3]), d.getstate())
    print(list(codecs.iterencode(['ab', '', '\xe9'], enc, 'replace')))
    print(list(codecs.iterdecode([data[:1], data[1:5], b'', data[5:]], enc)))

# states
e = codecs.getincrementalencoder('utf-16')()
t(e.encode, 'a'); t(e.encode, 'b'); t(e.getstate); e.reset(); t(e.getstate); t(e.encode, 'c')
e.setstate(0); t(e.encode, 'c'); e.setstate(2); t(e.encode, 'c')
d = codecs.getincrementaldecoder('utf-16')()
t(d.decode, b'a\x00')
t(d.getstate)
d = codecs.getincrementaldecoder('utf-16')()
t(d.decode, b'\xfe'); t(d.getstate); t(d.decode, b'\xff\x00'); t(d.getstate); t(d.decode, b'a', True)
d = codecs.getincrementaldecoder('utf-16')()
d.decode(b'\xff\xfe'); t(d.getstate); d.setstate((b'', 2)); t(d.decode, b'\xfe\xff\x00a')
d.setstate((b'', 0)); t(d.decode, b'a\x00'); d.setstate((b'', 1)); t(d.decode, b'\x00a')
d.setstate((b'\x00', 1)); t(d.decode, b'b')
t(codecs.getincrementaldecoder('utf-32')().decode, b'a\x00\x00\x00')
t(codecs.getincrementaldecoder('utf-32')().decode, b'\xff\xfe\x00\x00a\x00\x00')
t(codecs.getincrementaldecoder('utf-16')().decode, b'\xff', True)
d = codecs.getincrementaldecoder('utf-8')()
t(d.decode, b'\xe2\x82'); t(d.getstate); t(d.decode, b'\xac'); t(d.decode, b'\xe2', True)
d.setstate((b'\xc3', 0)); t(d.decode, b'\xa9')
d = codecs.getincrementaldecoder('utf-8')('replace')
t(d.decode, b'a\xff\xe2\x82'); t(d.decode, b'x', True)
d = codecs.getincrementaldecoder('utf-8-sig')()
t(d.decode, b'\xef\xbb'); t(d.getstate); t(d.decode, b'\xbf'); t(d.getstate); t(d.decode, b'\xef\xbb\xbf')
d = codecs.getincrementaldecoder('utf-8-sig')()
t(d.decode, b'ab'); t(d.getstate)
d = codecs.getincrementaldecoder('utf-8-sig')()
t(d.decode, b'\xef\xbbx', True)
d = codecs.getincrementaldecoder('utf-8-sig')()
t(d.decode, b'\xef'); d.reset(); t(d.decode, b'q'); t(d.getstate)
e = codecs.getincrementalencoder('utf-8-sig')()
t(e.encode, 'a'); t(e.encode, 'b'); t(e.getstate)
e.setstate(0); t(e.encode, 'a'); e.setstate(1); t(e.encode, 'a'); e.reset(); t(e.encode, 'z')
d = codecs.getincrementaldecoder('unicode_escape')()
t(d.decode, b'a\\u00'); t(d.getstate); t(d.decode, b'e9\\'); t(d.decode, b'n', True)
d = codecs.getincrementaldecoder('ascii')()
t(d.decode, b'ab'); t(d.decode, b'\xff')

# base classes
t(codecs.Codec().encode, 'a')
t(codecs.Codec().decode, b'a')
t(codecs.IncrementalEncoder().encode, 'a')
t(codecs.IncrementalDecoder().decode, b'a')
t(codecs.IncrementalDecoder().getstate)
t(codecs.IncrementalEncoder().getstate)
t(codecs.BufferedIncrementalDecoder().decode, b'a')
t(codecs.BufferedIncrementalEncoder().encode, 'a')
print(codecs.IncrementalEncoder('x').errors, repr(codecs.IncrementalEncoder().buffer),
      codecs.BufferedIncrementalEncoder().buffer, codecs.BufferedIncrementalDecoder().buffer,
      codecs.BufferedIncrementalDecoder().getstate(), codecs.BufferedIncrementalEncoder().getstate())


class Pairs(codecs.BufferedIncrementalDecoder):
    # decodes two bytes at a time
    def _buffer_decode(self, input, errors, final):
        n = len(input) if final else len(input) // 2 * 2
        return input[:n].decode('latin-1').upper(), n


p = Pairs()
print(p.decode(b'abc'), p.getstate(), p.decode(b'd'), p.decode(b'e'), p.decode(b'', True))
p.setstate((b'xy', 0))
print(p.decode(b'z'), p.getstate())
p.reset()
print(p.getstate())


class Chunked(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        n = len(input) if final else len(input) // 3 * 3
        return input[:n].encode('ascii', errors), n


c = Chunked()
print(c.encode('abcd'), c.getstate(), c.encode('ef'), c.encode('g', True), c.getstate())
c.setstate('zz')
print(c.encode('y'), c.getstate())
c.reset()
print(c.getstate())
