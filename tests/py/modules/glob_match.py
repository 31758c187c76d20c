import glob, os, shutil, warnings

base = f'/tmp/glob_match_{os.getpid()}'
for d in ['a/b/c', '.h/x', 'd']:
    os.makedirs(os.path.join(base, d))
for f in ['a/f.py', 'a/b/g.py', 'a/b/c/h.py', '.h/x/y.py', '.z.py', 'top.py', 'd/.q.py', 'a/b/c/[x].txt']:
    open(os.path.join(base, f), 'w').close()
os.symlink('../a', os.path.join(base, 'd/link'))
os.symlink('nowhere', os.path.join(base, 'dangling'))
old = os.getcwd()
os.chdir(base)

pats = ['**', '**/', '**/*.py', 'a/**', 'a/**/', '*', '*/', '.*', 'a/*/*.py', '**/.*', 'd/**',
        'd/*/*', 'a/b', 'a/b/', 'a/f.py/', 'nope', '', '*/b/c', '[ad]/**/*.py', 'a//b', '.',
        './*', '?op.py', 'dang*', 'dangling', '**/**/*.txt', 'a/b/c/[[]x].txt', 'a/b/c/[x].txt',
        '*/*/c/*.txt', '[!a]*']
for p in pats:
    print(repr(p))
    print('  ', sorted(glob.glob(p)))
    print('  ', sorted(glob.glob(p, recursive=True)))
    print('  ', sorted(glob.glob(p, recursive=True, include_hidden=True)))
print(sorted(glob.glob('**/*.py', root_dir='a', recursive=True)))
print(sorted(glob.glob('*.py', root_dir=base)), sorted(glob.glob('x*', root_dir=base)))
print(sorted(glob.glob(os.path.join(base, 'a', '*'))) == sorted(
    os.path.join(base, 'a', n) for n in ['b', 'f.py']))
print(sorted(glob.glob(b'*')), sorted(glob.glob(b'a/**', recursive=True)))
print(sorted(glob.iglob('*/')), type(glob.iglob('*')).__name__)
print(glob.glob('/'), glob.glob('//'))

print(glob.has_magic('a[b'), glob.has_magic(b'x'), glob.has_magic('x?'))
print(glob.escape('a*b?[c]/d'), glob.escape(b'[x]'), glob.escape('plain'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(glob.glob0('a', 'f.py'), glob.glob1('a', '*.py'), glob.glob0('a', ''), glob.glob0('a', 'q'))
    for x in w:
        print(x.category.__name__, x.message)

for p in ['*.txt', '**/*.py', 'a/**', '**', 'a/b?/[xy]*', '.*', 'a/*/', '/x/*', 'a//b',
          '[a/b]*', 'a*b*c', '?x', '**/**', '']:
    for rec in (False, True):
        for hid in (False, True):
            print(repr(p), rec, hid, glob.translate(p, recursive=rec, include_hidden=hid))
print(glob.translate('a\\b*/c', seps='\\/'), glob.translate('**/x', recursive=True, seps='/\\'))
print(glob.__all__)

os.chdir(old)
shutil.rmtree(base)
print(os.path.exists(base))
