# os: directories, files, rename/replace, stat, walk, scandir, low-level fds, and their errors.
import os

def S_ISREG(m):
    return m & 0o170000 == 0o100000
def S_ISDIR(m):
    return m & 0o170000 == 0o040000

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, 'BASE'))

base = 'b2_os_files_%d' % os.getpid()
os.mkdir(base)
t(lambda: os.mkdir(base))
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
t(lambda: os.makedirs(os.path.join(base, 'a')))
for name in ['z.txt', 'y.bin', 'a/x.txt', 'a/b/w.txt']:
    with open(os.path.join(base, name), 'w') as f:
        f.write(name * 3)
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'a'))))
t(lambda: os.listdir(os.path.join(base, 'nope')))
t(lambda: os.listdir(os.path.join(base, 'z.txt')))
t(lambda: os.mkdir(os.path.join(base, 'nope', 'deeper')))

walked = []
for root, dirs, files in os.walk(base):
    dirs.sort()
    walked.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
print(walked)
bottom = [os.path.relpath(r, base) for r, d, f in os.walk(base, topdown=False)]
print(bottom[-1], len(bottom))
print(list(os.walk(os.path.join(base, 'missing'))))


p = os.path.join(base, 'z.txt')
st = os.stat(p)
print(st.st_size, S_ISREG(st.st_mode), S_ISDIR(st.st_mode), st[6] == st.st_size)
print(S_ISDIR(os.stat(base).st_mode), os.path.getsize(p), type(st.st_mtime).__name__)
t(lambda: os.stat(os.path.join(base, 'missing')))
t(lambda: os.stat())

q = os.path.join(base, 'renamed.txt')
os.rename(p, q)
print(os.path.exists(p), os.path.exists(q))
try:
    os.rename(p, q)
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == p)
os.replace(q, os.path.join(base, 'y.bin'))
with open(os.path.join(base, 'y.bin')) as f:
    print(f.read())
t(lambda: os.remove(base))
t(lambda: os.rmdir(os.path.join(base, 'a')))
t(lambda: os.rmdir(os.path.join(base, 'y.bin')))
t(lambda: os.remove(os.path.join(base, 'nothing')))
t(lambda: os.unlink(os.path.join(base, 'nothing')))
t(lambda: open(base, 'w'))
t(lambda: open(base))
t(lambda: open(os.path.join(base, 'y.bin', 'sub')))

fd = os.open(os.path.join(base, 'raw.dat'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b'hello raw'), os.write(fd, b''))
os.close(fd)
t(lambda: os.close(fd))
t(lambda: os.write(fd, b'x'))
fd = os.open(os.path.join(base, 'raw.dat'), os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 0), os.read(fd, 100), os.read(fd, 10))
t(lambda: os.write(fd, 'str'))
os.close(fd)
t(lambda: os.open(os.path.join(base, 'none'), os.O_RDONLY))
t(lambda: os.read(-1, 1))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY)

print(os.fspath('abc'), os.fspath(b'abc'), os.fsencode('x\xe9'), os.fsdecode(b'x\xc3\xa9'))
class P:
    def __fspath__(self):
        return 'from_fspath'
print(os.fspath(P()), os.path.join(P(), 'x'))
t(lambda: os.fspath(5))
t(lambda: os.fspath(None))
print(os.strerror(2), os.strerror(13), os.strerror(17))
t(lambda: os.strerror('x'))

for root, dirs, files in os.walk(base, topdown=False):
    for n in files:
        os.remove(os.path.join(root, n))
    for n in dirs:
        os.rmdir(os.path.join(root, n))
os.rmdir(base)
print(os.path.exists(base))
