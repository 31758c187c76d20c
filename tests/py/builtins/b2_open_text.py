# open() in text mode with utf-8 / ascii / latin-1: round trips, encode/decode errors,
# error handlers, newline handling, and mode/argument errors.
import os

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e).replace(name, 'NAME'))

name = 'b2_open_text_%d.txt' % os.getpid()

def raw():
    with open(name, 'rb') as f:
        return f.read()

text = 'caf\u00e9 \u20ac \U0001f600\n'
for enc in ['utf-8', 'UTF8', 'utf_8', 'latin-1', 'iso-8859-1', 'latin1', 'ascii', 'us-ascii']:
    try:
        with open(name, 'w', encoding=enc) as f:
            print(enc, f.encoding, f.write('plain\n'), end=' ')
            f.write(text)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
    print(raw())

with open(name, 'w', encoding='latin-1') as f:
    f.write('caf\u00e9 \xff\n')
print(raw())
with open(name, encoding='latin-1') as f:
    print(repr(f.read()))
with open(name, encoding='utf-8') as f:
    t(f.read)
with open(name, encoding='ascii') as f:
    t(f.read)
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    with open(name, encoding='utf-8', errors=errors) as f:
        t(f.read)
        print(f.errors)
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    with open(name, 'w', encoding='ascii', errors=errors) as f:
        f.write('a\u00e9\u20ac\U0001f600z')
    print(errors, raw())
with open(name, 'w', encoding='latin-1', errors='replace') as f:
    f.write('\u00e9\u20ac')
print(raw())
with open(name, 'wb') as f:
    f.write(b'ok\xed\xa0\x80\xc3')
with open(name, encoding='utf-8', errors='surrogateescape') as f:
    s = f.read()
print(repr(s), s.encode('utf-8', 'surrogateescape'))
with open(name, 'w', encoding='utf-8') as f:
    t(lambda: f.write('\ud800'))
with open(name, 'w', encoding='utf-8', errors='surrogatepass') as f:
    f.write('\ud800')
print(raw())

with open(name, 'w', encoding='utf-8', newline='') as f:
    f.write('a\nb\r\nc\rd')
print(raw())

with open(name, 'w', encoding='utf-8') as f:
    f.write('\u00e9t\u00e9\nhiver\n')
with open(name, encoding='utf-8') as f:
    print(f.readline(), f.read(), repr(f.read()))
with open(name, encoding='utf-8') as f:
    pos = f.tell()
    first = f.readline()
    after = f.tell()
    f.seek(pos)
    print(first == f.readline(), f.tell() == after, f.seek(0, 2) == len('\u00e9t\u00e9\nhiver\n'.encode()))
t(lambda: open(name, 'rb', encoding='utf-8'))
t(lambda: open(name, 'r', encoding=5))
t(lambda: open(name, 'r', errors=5))
t(lambda: open(name, 'rr'))
t(lambda: open(name, 'z'))
t(lambda: open(name, 5))
t(lambda: open(5.5))
with open(name, 'r', encoding='utf-8') as f:
    t(lambda: f.seek(0, 1) and None)
with open(name, 'w', encoding='utf-8') as f:
    t(lambda: f.write(b'bytes'))
    t(lambda: f.write(5))
    print(f.readable(), f.writable(), f.seekable(), f.mode, f.buffer.mode == 'wb')
t(f.read)
t(lambda: f.write('x'))
t(lambda: next(f))
os.remove(name)
t(lambda: open(name))
print(os.path.exists(name))
