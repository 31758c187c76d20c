import os, pathlib
p = f'/tmp/nl_{os.getpid()}'
with open(p, 'wb') as f:
    f.write(b'a\r\nb\rc\nd\r\n\re')
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open(p, newline=nl) as f:
        print(repr(nl), [l for l in f])
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.readline()), repr(f.readline(2)), repr(f.read(3)), f.readlines())
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(p, 'w', newline=nl) as f:
        f.write('x\ny\r\nz')
    with open(p, 'rb') as f:
        print(repr(nl), f.read())
for bad in ('x', 5):
    try:
        open(p, newline=bad)
    except Exception as e:
        print(type(e).__name__, e)
for kw in (dict(newline=''), dict(errors='strict'), dict(encoding='utf-8')):
    try:
        open(p, 'rb', **kw)
    except Exception as e:
        print(type(e).__name__, e)
# modes, PathLike and bytes paths, opener
for m in ['w+b', 'wb', 'ab', 'r+b', 'a+b', 'rb', 'w+', 'r', 'a+', 'w']:
    with open(p, m) as f:
        print(m, f.mode, f.buffer.mode if hasattr(f, 'buffer') else '-', type(f).__name__)
os.remove(p)
with open(p, 'xb') as f:
    print(f.mode)
with open(pathlib.Path(p)) as f:
    print(repr(f.name) == repr(p), f.read())
with open(os.fsencode(p)) as f:
    print(f.name == os.fsencode(p))
def opener(path, flags):
    print('opener', path == p, flags == os.O_RDONLY)
    return os.open(path, flags)
with open(p, opener=opener) as f:
    print(f.read())
for op in (lambda a, b: -3, lambda a, b: 'x'):
    try:
        open(p, opener=op)
    except Exception as e:
        print(type(e).__name__, e)
class P:
    def __fspath__(self):
        return p
print(os.stat(P()).st_size, os.path.exists(P()), os.access(P(), os.R_OK))
class Bad:
    def __fspath__(self):
        return 5
for bad in (Bad(), 3.5):
    for fn in (os.stat, open):
        try:
            fn(bad)
        except Exception as e:
            print(type(e).__name__, e)
try:
    os.rename(p + 'nope', p + 'other')
except OSError as e:
    print(type(e).__name__, e.filename == p + 'nope', e.filename2 == p + 'other', str(e).replace(p, 'P'))
os.remove(P())
