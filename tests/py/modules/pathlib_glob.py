# Path.glob, Path.rglob: wildcards, '**', hidden names, symlinks, case sensitivity.
import os, shutil
from pathlib import Path

base = Path(f'/tmp/pathlib_glob_{os.getpid()}')
for d in ['a/b/c', '.h/x', 'd', 'E']:
    (base / d).mkdir(parents=True)
for f in ['a/f.py', 'a/b/g.py', 'a/b/c/h.py', '.h/x/y.py', '.z.py', 'top.py', 'd/.q.py',
          'a/b/c/[x].txt', 'E/Up.PY', 'd/readme']:
    (base / f).write_text(f)
(base / 'd/link').symlink_to('../a')
(base / 'dangling').symlink_to('nowhere')


def show(it):
    return sorted(str(p.relative_to(base)) for p in it)


pats = ['*', '*.py', '**', '**/', '**/*.py', 'a/**', 'a/**/', 'a/*/*.py', '**/.*', 'd/**',
        'd/*/*', 'a/b', 'a/b/', 'a/f.py/', 'nope', 'nope/*', '*/b/c', '[ad]/**/*.py',
        '?op.py', 'dang*', 'dangling', '**/**/*.txt', 'a/b/c/[[]x].txt', '*/*/c/*.txt',
        '[!a]*', 'a/../top.py', 'a/./f.py', '**/*.PY', 'e/*', 'A/F.py', '*/', 'a/**/c',
        'a/b/c/**']
for p in pats:
    print(repr(p))
    print('  ', show(base.glob(p)))
    print('  ', show(base.glob(p, recurse_symlinks=True)))
    print('  ', show(base.glob(p, case_sensitive=False)))
for p in ['*.py', 'b/*', '*', 'c']:
    print('rglob', repr(p), show(base.rglob(p)), show(base.rglob(p, recurse_symlinks=True)))
print(show(base.rglob('*.Py', case_sensitive=False)))
print(type(base.glob('*')).__name__ in ('generator', 'map', 'chain'))
for bad in ['', '/abs', '/', '.']:
    try:
        list(base.glob(bad))
    except Exception as e:
        print(type(e).__name__, e)
old = os.getcwd()
os.chdir(str(base))
print(sorted(Path('.').glob('*')), sorted(Path().glob('a/*')), sorted(Path('a').glob('../d/*')))
os.chdir(old)
print(show(base.glob(Path('a') / '*.py')))
shutil.rmtree(str(base))
print(base.exists())
