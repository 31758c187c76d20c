# os.scandir and os.DirEntry, which glob is built on.
import os

base = f'/tmp/glob_scandir_{os.getpid()}'
os.makedirs(base + '/d')
with open(base + '/f', 'w') as fh:
    fh.write('12345')
os.symlink('f', base + '/l')
os.symlink('d', base + '/ld')
os.symlink('nowhere', base + '/broken')

with os.scandir(base) as it:
    print(type(it).__name__, type(it).__module__)
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.path == os.path.join(base, e.name), e.name, e.is_dir(), e.is_file(),
          e.is_symlink(), e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
          os.fspath(e) == e.path, e.is_junction())
    try:
        print('  ', e.stat().st_size == os.stat(e.path).st_size)
    except OSError as x:
        print('  ', type(x).__name__, x.errno, x.strerror)
    print('  ', e.stat(follow_symlinks=False).st_mode == os.lstat(e.path).st_mode,
          e.inode() == os.lstat(e.path).st_ino)
print(type(entries[0]).__name__, os.DirEntry.__module__)

old = os.getcwd()
os.chdir(base)
print(sorted(e.path for e in os.scandir()), sorted(e.path for e in os.scandir(None)))
print(sorted(e.path for e in os.scandir(b'.')), sorted(e.name for e in os.scandir('d')))
os.chdir(old)

it = os.scandir(base)
print(next(it).name in os.listdir(base))
it.close()
print(list(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
for bad in ['/nonexistent_glob_scandir', 3.5, base + '/f']:
    try:
        os.scandir(bad)
    except Exception as x:
        print(type(x).__name__, str(x).replace(base, 'BASE'))
try:
    os.DirEntry()
except TypeError as x:
    print('TypeError', x)
print(os.DirEntry[int], 'scandir' in os.__all__, 'DirEntry' in os.__all__)

for name in ['l', 'ld', 'broken', 'f']:
    os.unlink(base + '/' + name)
os.rmdir(base + '/d')
os.rmdir(base)
print(os.path.exists(base))
