# Concrete Path operations on the filesystem.
import os
from pathlib import Path, PosixPath, UnsupportedOperation

base = Path(f'/tmp/pathlib_fs_{os.getpid()}')


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        if isinstance(r, Path):
            r = r.relative_to(base) if r.is_relative_to(base) else r
        print('->', repr(r))
    except Exception as e:
        print(type(e).__name__, str(e).replace(str(base), 'BASE'))


t(base.mkdir)
t(base.mkdir)
t(base.mkdir, exist_ok=True)
print(base.exists(), base.is_dir(), base.is_file(), base.is_symlink(), base.is_mount())
os.chdir(str(base))
p = Path('d1/d2/d3')
t(p.mkdir)
t(p.mkdir, parents=True)
t(p.mkdir, parents=True, exist_ok=True)
f = base / 'file.txt'
print(type(f).__name__, f.exists(), f.write_text('héllo\nworld\n', encoding='utf-8'))
print(repr(f.read_text(encoding='utf-8')), f.read_bytes(), f.stat().st_size, f.lstat().st_size)
print(f.write_bytes(b'\x00\x01'), f.read_bytes(), f.write_bytes(bytearray(b'ab')), f.read_bytes())
t(f.write_text, b'x')
t(f.write_bytes, 'x')
f.write_text('a\r\nb\n', newline='')
print(repr(f.read_text()), f.read_bytes())
with f.open('w') as fh:
    fh.write('via open')
with f.open() as fh:
    print(fh.read())
with f.open('rb') as fh:
    print(fh.read())
t(Path('missing.txt').read_text)
t(Path('missing.txt').open)
t(Path('missing.txt').stat)
t(Path('missing.txt').lstat)
t(Path('d1').read_text)
print(Path('missing.txt').exists(), Path('missing.txt').is_dir(), Path('missing.txt').is_file())
print(Path('d1').is_block_device(), Path('d1').is_char_device(), Path('/dev/null').is_char_device(),
      Path('d1').is_fifo(), Path('d1').is_socket(), Path('d1').is_junction())
print(Path('/').is_mount(), Path('d1').is_mount(), Path('missing').is_mount())

# touch
t(Path('new').touch)
t(Path('new').touch)
t(Path('new').touch, exist_ok=False)
t(Path('d1/missing/x').touch)
print(Path('new').is_file())

# iterdir
print(sorted(Path('.').iterdir()), sorted(Path('d1').iterdir()), sorted(base.iterdir())[0].name)
t(Path('missing').iterdir)
t(Path('file.txt').iterdir)

# links
t(Path('lnk').symlink_to, 'file.txt')
print(Path('lnk').exists())
t(Path('dlnk').symlink_to, 'd1', target_is_directory=True)
t(Path('broken').symlink_to, 'nowhere')
print(Path('lnk').is_symlink(), Path('lnk').is_file(), Path('lnk').is_file(follow_symlinks=False),
      Path('dlnk').is_dir(), Path('dlnk').is_dir(follow_symlinks=False))
print(Path('broken').exists(), Path('broken').exists(follow_symlinks=False), Path('broken').is_symlink())
t(Path('lnk').readlink)
t(Path('file.txt').readlink)
print(Path('lnk').stat().st_size == Path('file.txt').stat().st_size,
      Path('lnk').stat(follow_symlinks=False).st_size == Path('lnk').lstat().st_size)
t(Path('hard').hardlink_to, 'file.txt')
print(Path('hard').samefile('file.txt'), Path('hard').samefile(Path('lnk')), Path('new').samefile('file.txt'))
t(Path('missing').samefile, 'file.txt')
t(Path('file.txt').samefile, 'missing')

# resolve / absolute
print(Path('lnk').resolve() == base / 'file.txt', Path('dlnk/d2/../d2').resolve() == base / 'd1/d2')
print(Path('broken').resolve() == base / 'nowhere', Path('missing/x/..').resolve() == base / 'missing')
t(Path('missing').resolve, strict=True)
t(Path('broken').resolve, strict=True)
print(Path('.').resolve() == base, Path('/').resolve(), Path('/..').resolve(), Path('d1/.././d1').resolve() == base / 'd1')
Path('loop1').symlink_to('loop2')
Path('loop2').symlink_to('loop1')
t(Path('loop1').resolve, strict=True)
print(Path('loop1').resolve() == base / 'loop1')
Path('abslink').symlink_to(base / 'd1')
print(Path('abslink/d2').resolve() == base / 'd1/d2')
print(Path('file.txt').absolute() == base / 'file.txt', Path('/x').absolute(), Path().absolute() == base)
print(Path.cwd() == base)

# chmod
Path('file.txt').chmod(0o600)
print(oct(Path('file.txt').stat().st_mode & 0o777))
t(Path('missing').chmod, 0o600)

# rename / replace / unlink / rmdir
t(Path('new').rename, 'renamed')
print(Path('new').exists(), Path('renamed').exists())
Path('other').write_text('o')
t(Path('renamed').replace, 'other')
t(Path('renamed').unlink)
t(Path('renamed').unlink, missing_ok=True)
t(Path('other').unlink)
t(Path('d1').rmdir)
t(Path('d1').unlink)
t(Path('missing').rmdir)

# walk
for top in (True, False):
    print([(str(p), sorted(d), sorted(f)) for p, d, f in sorted(Path('d1').walk(top_down=top))])
errs = []
print(list(Path('missing').walk(on_error=errs.append)), [type(e).__name__ for e in errs])
w = []
for p, d, f in Path('.').walk():
    if 'd1' in d:
        d.remove('d1')
    w.append((str(p), sorted(d), sorted(f)))
print(w)
print(sorted(str(p) for p, d, f in Path('.').walk(follow_symlinks=True)))

print(issubclass(UnsupportedOperation, NotImplementedError))

print(PosixPath('x'), type(Path.home()).__name__, Path('~').expanduser() == Path.home())

os.chdir('/')
import shutil
shutil.rmtree(str(base))
print(base.exists())
