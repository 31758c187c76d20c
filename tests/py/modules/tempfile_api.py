import io, os, re, stat, tempfile

shape = re.compile(r'[a-z0-9_]{8}')
base = f'/tmp/tempfile_api_{os.getpid()}'
os.mkdir(base)


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print('->', r)
    except Exception as e:
        print(type(e).__name__, e)


def show_name(path, prefix='tmp', suffix=''):
    b = os.path.basename(path)
    if isinstance(b, bytes):
        b = b.decode()
    middle = b[len(prefix):len(b) - len(suffix)]
    print(b.startswith(prefix), b.endswith(suffix), bool(shape.fullmatch(middle)))


print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
print(tempfile.gettempdir(), tempfile.gettempdirb(), tempfile.tempdir)

# mkstemp
fd, name = tempfile.mkstemp()
print(type(fd).__name__, os.path.dirname(name), oct(stat.S_IMODE(os.stat(name).st_mode)))
show_name(name)
os.write(fd, b'abc')
os.close(fd)
print(os.path.getsize(name))
os.unlink(name)
fd, name = tempfile.mkstemp(suffix='.txt', prefix='pre_', dir=base, text=True)
os.close(fd)
print(os.path.dirname(name) == base)
show_name(name, 'pre_', '.txt')
os.unlink(name)
fd, name = tempfile.mkstemp(dir=os.fsencode(base))
os.close(fd)
print(type(name).__name__)
show_name(name)
os.unlink(name)
t(tempfile.mkstemp, prefix=b'x', suffix='y')
t(tempfile.mkstemp, dir=1)
old = os.getcwd()
os.chdir(base)
fd, name = tempfile.mkstemp(dir='.')
os.close(fd)
print(os.path.isabs(name), os.path.dirname(name) == base)
os.unlink(name)
os.chdir(old)
try:
    tempfile.mkstemp(dir=base + '/missing')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

# mkdtemp
d = tempfile.mkdtemp()
print(os.path.isdir(d), oct(stat.S_IMODE(os.stat(d).st_mode)))
show_name(d)
os.rmdir(d)
d = tempfile.mkdtemp('_s', 'p_', base)
show_name(d, 'p_', '_s')
os.rmdir(d)
d = tempfile.mkdtemp(prefix=b'b_', dir=os.fsencode(base))
print(type(d).__name__)
os.rmdir(d)
t(tempfile.mkdtemp, prefix=b'x', dir='/tmp')

# mktemp
n = tempfile.mktemp(dir=base)
print(os.path.exists(n), os.path.dirname(n) == base)
show_name(n)
n = tempfile.mktemp('.s', 'q', base)
show_name(n, 'q', '.s')

# NamedTemporaryFile
f = tempfile.NamedTemporaryFile(dir=base)
print(type(f).__name__, os.path.dirname(f.name) == base, f.closed, type(f.file).__name__)
show_name(f.name)
f.write(b'hello\nworld\n')
f.seek(0)
print(f.read(), os.path.exists(f.name))
f.seek(0)
print(list(f), iter(f) is f)
f.close()
print(os.path.exists(f.name), f.closed)
f.close()

with tempfile.NamedTemporaryFile('w+', suffix='.log', prefix='n_', dir=base,
                                 encoding='utf-8') as f:
    print(f.__enter__() is f, type(f.file).__name__)
    show_name(f.name, 'n_', '.log')
    f.write('é\n')
    f.flush()
    with open(f.name, 'rb') as g:
        print(g.read())
print(os.path.exists(f.name), f.closed)

f = tempfile.NamedTemporaryFile('w+', delete_on_close=False, dir=base)
with f:
    f.write('x')
    f.close()
    print(os.path.exists(f.name), f.closed)
    with open(f.name) as g:
        print(g.read())
print(os.path.exists(f.name))

f = tempfile.NamedTemporaryFile(delete=False, dir=base)
f.close()
print(os.path.exists(f.name), hasattr(f, 'delete'))
os.unlink(f.name)
with tempfile.NamedTemporaryFile(delete=False, dir=base) as f:
    pass
print(os.path.exists(f.name))
os.unlink(f.name)
try:
    with tempfile.NamedTemporaryFile(dir=base) as f:
        raise KeyError('boom')
except KeyError as e:
    print('KeyError', e, os.path.exists(f.name))
try:
    tempfile.NamedTemporaryFile(dir=base + '/missing/x')
except OSError as e:
    print(type(e).__name__, e.errno)
print(sorted(x for x in dir(tempfile._TemporaryFileWrapper) if not x.startswith('__')))

# TemporaryFile
f = tempfile.TemporaryFile(dir=base)
print(type(f).__name__, type(f.name).__name__, os.listdir(base))
f.write(b'data')
f.seek(0)
print(f.read())
f.close()
with tempfile.TemporaryFile('w+', encoding='utf-8') as f:
    f.write('text')
    f.seek(0)
    print(type(f).__name__, f.read())
print(f.closed)

# SpooledTemporaryFile
s = tempfile.SpooledTemporaryFile(10, dir=base)
print(type(s).__name__, s.name, s.mode, s._rolled, s.closed, isinstance(s, io.IOBase))
print(s.write(b'12345'), s.tell(), s._rolled)
s.write(b'123456')
print(s._rolled, type(s.name).__name__)
s.seek(0)
print(s.read(), s.tell())
s.close()
print(s.closed)
try:
    s.write(b'x')
except ValueError:
    print('ValueError')

s = tempfile.SpooledTemporaryFile(mode='w+', encoding='utf-8', dir=base)
print(s.mode, s.encoding, s.newlines, s.errors, s.name)
s.write('a\nb\r\n')
s.seek(0)
print(s.readlines(), s.newlines)
s.seek(0)
print(s.readline(), list(s))
print(s.fileno() > 0, s._rolled, s.mode)
s.seek(0)
print(s.read())
s.close()

s = tempfile.SpooledTemporaryFile()
print(s.mode, s.readable(), s.writable(), s.seekable(), s.isatty())
for attr in ('encoding', 'newlines', 'errors'):
    try:
        getattr(s, attr)
    except AttributeError:
        print('AttributeError', attr)
s.writelines([b'ab', b'cd'])
s.seek(1)
print(s.read1(2), s.tell(), s.truncate(), s.tell())
s.seek(0)
print(s.read())
buf = bytearray(3)
s.seek(0)
print(s.readinto(buf), buf)
s.rollover()
print(s._rolled)
s.close()
with tempfile.SpooledTemporaryFile(max_size=5) as s:
    s.writelines([b'abc', b'def', b'ghi'])
    print(s._rolled)
    s.seek(0)
    print(s.read())
t(s.__enter__)

# TemporaryDirectory
with tempfile.TemporaryDirectory(dir=base) as d:
    print(type(d).__name__, os.path.isdir(d), os.path.dirname(d) == base)
    show_name(d)
    os.makedirs(os.path.join(d, 'x/y'))
    open(os.path.join(d, 'x/y/f'), 'w').close()
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(prefix='p', suffix='s', dir=base)
print(repr(td) == f'<TemporaryDirectory {td.name!r}>')
show_name(td.name, 'p', 's')
td.cleanup()
print(os.path.exists(td.name))
td.cleanup()
td = tempfile.TemporaryDirectory(dir=base, delete=False)
with td as name:
    pass
print(os.path.isdir(name))
td.cleanup()
print(os.path.exists(name))
td = tempfile.TemporaryDirectory(dir=base)
sub = os.path.join(td.name, 'ro')
os.mkdir(sub)
open(os.path.join(sub, 'f'), 'w').close()
os.chmod(sub, 0o500)
td.cleanup()
print(os.path.exists(td.name))
td = tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
os.rmdir(td.name)
td.cleanup()
print('ok')
print(tempfile.TemporaryDirectory[int], tempfile.SpooledTemporaryFile[int])
print(tempfile.__all__)

os.rmdir(base)
print(os.path.exists(base))
