import codecs
import io
import os


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


# StreamWriter
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'latin-1']:
    b = io.BytesIO()
    w = codecs.getwriter(enc)(b)
    w.write('a\xe9')
    w.writelines(['b', '\n', 'c'])
    print(enc, b.getvalue(), w.errors, w.stream is b)
    w.reset()
    w.write('d')
    print('  ', b.getvalue())
    w.seek(0)
    w.write('e')
    print('  ', b.getvalue(), w.tell(), w.getvalue() == b.getvalue())
b = io.BytesIO()
w = codecs.getwriter('ascii')(b, 'xmlcharrefreplace')
w.write('\xe9')
print(b.getvalue())
t(codecs.getwriter('ascii')(io.BytesIO()).write, '\xe9')

# StreamReader
data = 'line one\nline two\r\nthird\rfourth \xe9\u20ac\n\nlast'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32', 'utf-8-sig', 'latin-1', 'unicode_escape']:
    raw = codecs.encode(data, enc, 'backslashreplace')
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print(enc, r.readline(), r.readline(keepends=False), r.read(3), r.read(chars=2),
          r.readlines())
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print('  ', list(r))
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print('  ', r.read(), repr(r.read()), repr(r.readline()))
    r.seek(0)
    print('  ', r.readlines(keepends=False))
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print('  ', [r.readline(5) for i in range(4)])
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print('  ', [r.read(1) for i in range(5)], r.read(-1, 4))
    r = codecs.getreader(enc)(io.BytesIO(raw))
    print('  ', r.read(size=3, chars=-1), r.read(chars=5), r.readline(size=2))
r = codecs.getreader('utf-8')(io.BytesIO(b'ok\n\xff\nmore'))
t(r.readline)
t(r.readline)
r = codecs.getreader('utf-8')(io.BytesIO(b'ok\xff\nmore'))
t(r.readline)
r = codecs.getreader('utf-8')(io.BytesIO(b'ab\xe2\x82'))
t(r.read)
t(r.read)
print(r.bytebuffer, repr(r.charbuffer))
r = codecs.getreader('utf-8')(io.BytesIO(b'a\xffb'), 'replace')
t(r.read)
t(codecs.getreader('utf-16')(io.BytesIO(b'a\x00b\x00')).read)
r = codecs.getreader('utf-8')(io.BytesIO(b'x\r'))
t(r.readline)
t(r.readline)
r = codecs.getreader('utf-8')(io.BytesIO('x\r\ny\u2028z\x85w'.encode()))
print(list(r))
print(codecs.StreamReader.charbuffertype, codecs.StreamReader(io.BytesIO()).errors)
t(codecs.StreamReader(io.BytesIO(b'x')).read)
t(codecs.StreamWriter(io.BytesIO()).write, 'x')

# context managers and attribute delegation
b = io.BytesIO()
with codecs.getwriter('utf-8')(b) as w:
    w.write('x')
    print(w.closed)
print(b.closed)

# StreamReaderWriter and codecs.open
path = f'/tmp/codecs_streams_{os.getpid()}.txt'
with codecs.open(path, 'w', 'utf-16') as f:
    print(type(f).__name__, f.encoding, f.errors, f.mode, f.name == path)
    f.write('h\xe9llo\n')
    f.writelines(['w\u20acrld\n', 'end'])
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', 'utf-16') as f:
    print(f.readline(), f.readlines(), repr(f.read()))
    f.seek(0)
    print(f.read(3), list(f))
with codecs.open(path, encoding='utf-16') as f:
    print(f.mode, next(f), iter(f) is f)
with codecs.open(path, 'r+', 'utf-16') as f:
    f.seek(0, 2)
    f.write('!')
    f.seek(0)
    print(f.read())
f = codecs.open(path, 'w')
print(type(f).__name__, f.mode)
f.write('plain')
f.close()
with codecs.open(path, 'rb') as f:
    print(f.read())
t(codecs.open, path, 'r', 'nope')
f = codecs.open(path, 'a', 'latin-1', 'replace')
f.write('\u20ac')
f.close()
with open(path, 'rb') as f:
    print(f.read())
srw = codecs.StreamReaderWriter(io.BytesIO(b'abc'), codecs.getreader('ascii'),
                                codecs.getwriter('ascii'))
print(srw.encoding, srw.read(), srw.tell())
srw.write('de')
print(srw.getvalue())
srw.reset()
os.remove(path)

# StreamRecoder and EncodedFile
b = io.BytesIO('h\xe9llo\nw\xf6rld\n'.encode('latin-1'))
ef = codecs.EncodedFile(b, 'utf-8', 'latin-1')
print(type(ef).__name__, ef.data_encoding, ef.file_encoding)
print(ef.readline(), ef.read())
ef.seek(0)
print(ef.readlines())
ef.seek(0)
print(list(ef))
ef.write('\u00fc'.encode('utf-8'))
ef.writelines([b'x', 'y\u00e9'.encode('utf-8')])
print(b.getvalue())
ef = codecs.EncodedFile(io.BytesIO(b'abc'), 'ascii')
print(ef.file_encoding, ef.read(2), ef.readline(1))
t(codecs.EncodedFile, io.BytesIO(), 'nope')
rec = codecs.StreamRecoder(io.BytesIO(b'x'), codecs.utf_8_encode, codecs.utf_8_decode,
                           codecs.getreader('ascii'), codecs.getwriter('ascii'))
print(rec.data_encoding, rec.file_encoding, rec.read())
