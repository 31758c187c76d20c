import os, shutil, stat, io

base = f'/tmp/shutil_ops_{os.getpid()}'
os.makedirs(base + '/src/sub/deep')
os.makedirs(base + '/dst')
with open(base + '/src/a.txt', 'w') as f:
    f.write('hello\n')
with open(base + '/src/sub/b.py', 'w') as f:
    f.write('print(1)\n')
with open(base + '/src/sub/deep/c.txt', 'w') as f:
    f.write('deep')
os.symlink('a.txt', base + '/src/la')
os.symlink('nowhere', base + '/src/broken')
old = os.getcwd()
os.chdir(base)


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print('->', r)
    except shutil.Error as e:
        print(type(e).__name__, e)
    except Exception as e:
        print(type(e).__name__, e)


def tree(d):
    out = []
    for root, dirs, files in os.walk(d):
        for n in dirs + files:
            p = os.path.join(root, n)
            kind = 'L' if os.path.islink(p) else 'D' if os.path.isdir(p) else 'F'
            out.append(kind + ':' + os.path.relpath(p, d))
    return sorted(out)


# copyfileobj
src = io.BytesIO(b'x' * 100000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()), shutil.COPY_BUFSIZE)
src = io.StringIO('abcdef')
dst = io.StringIO()
shutil.copyfileobj(src, dst, 2)
print(dst.getvalue())

# copyfile
t(shutil.copyfile, 'src/a.txt', 'src/a.txt')
t(shutil.copyfile, 'src/a.txt', 'src/la')
t(shutil.copyfile, 'src', 'x')
t(shutil.copyfile, 'src/a.txt', 'dst')
t(shutil.copyfile, 'nope', 'x')
t(shutil.copyfile, 'src/a.txt', 'nodir/x')
t(shutil.copyfile, 'src/a.txt', 'dst/copy.txt')
print(open('dst/copy.txt').read().strip())
t(shutil.copyfile, 'src/la', 'dst/lcopy', follow_symlinks=False)
print(os.path.islink('dst/lcopy'), os.readlink('dst/lcopy'))
t(shutil.copyfile, 'src/la', 'dst/lcopy2')
print(os.path.islink('dst/lcopy2'), open('dst/lcopy2').read().strip())

# copymode / copystat / copy / copy2
os.chmod('src/a.txt', 0o640)
t(shutil.copymode, 'src/a.txt', 'dst/copy.txt')
print(oct(stat.S_IMODE(os.stat('dst/copy.txt').st_mode)))
t(shutil.copymode, 'nope', 'dst/copy.txt')
os.utime('src/a.txt', (1000000000, 1000000000))
t(shutil.copystat, 'src/a.txt', 'dst/lcopy2')
st = os.stat('dst/lcopy2')
print(int(st.st_mtime), int(st.st_atime), oct(stat.S_IMODE(st.st_mode)))
t(shutil.copystat, 'nope', 'x')
t(shutil.copy, 'src/a.txt', 'dst')
t(shutil.copy2, 'src/a.txt', 'dst/c2.txt')
print(int(os.stat('dst/c2.txt').st_mtime), int(os.stat('dst/a.txt').st_mtime) == 1000000000)
t(shutil.copy, 'src/a.txt', 'nodir/x')
t(shutil.copy2, 'src/la', 'dst/l2', follow_symlinks=False)
print(os.path.islink('dst/l2'))

# copytree
t(shutil.copytree, 'src', 'dst')
t(shutil.copytree, 'src', 'dst2')
print(tree('dst2'))
t(shutil.copytree, 'src', 'dst3', symlinks=True, ignore=shutil.ignore_patterns('*.py'))
print(tree('dst3'))
t(shutil.copytree, 'src', 'dst4', ignore_dangling_symlinks=True)
print(tree('dst4'))
t(shutil.copytree, 'src', 'dst2', dirs_exist_ok=True,
  ignore=lambda d, n: print('IGN', d, sorted(n)) or ['broken'])
t(shutil.copytree, 'src/a.txt', 'y')
t(shutil.copytree, 'nope', 'y')
t(shutil.copytree, 'src', 'dst5', copy_function=shutil.copy, symlinks=True)
print(tree('dst5'))
print(sorted(shutil.ignore_patterns('*.py', 'a*')('d', ['a.txt', 'b.py', 'c'])))

# rmtree
t(shutil.rmtree, 'src/la')
t(shutil.rmtree, 'nope')
t(shutil.rmtree, 'nope', onexc=lambda f, p, e: print('ONEXC', f.__name__, p, type(e).__name__))
t(shutil.rmtree, 'nope', onerror=lambda f, p, e: print('ONERR', f.__name__, p, e[0].__name__))
t(shutil.rmtree, 'src/a.txt',
  onexc=lambda f, p, e: print('ONEXC', f.__name__, p, type(e).__name__, e))
t(shutil.rmtree, 'src/la', onexc=lambda f, p, e: print('ONEXC', f.__name__, p, e.args))
t(shutil.rmtree, 'nope', ignore_errors=True)
t(shutil.rmtree, 'nope', onerror=print, onexc=lambda *a: print('onexc wins'))
t(shutil.rmtree, 'dst4')
print(os.path.exists('dst4'))
t(shutil.rmtree, os.fsencode('dst5'))
print(os.path.exists('dst5'))

# move
t(shutil.move, 'dst2', 'dst2/sub')
t(shutil.move, 'dst3', 'dst')
print(tree('dst'))
t(shutil.move, 'dst/c2.txt', 'dst/sub')
t(shutil.move, 'nope', 'x')
t(shutil.move, 'dst/copy.txt', 'dst/moved.txt')
t(shutil.move, 'dst/moved.txt', 'dst2')
os.makedirs('dst/dst3x')
t(shutil.move, 'dst/dst3', 'dst')
t(shutil.move, 'dst/l2', 'dst2/l2moved')
print(os.path.islink('dst2/l2moved'))
print(tree('dst2'))

# which
os.makedirs('bin')
with open('bin/mytool', 'w') as f:
    f.write('#!/bin/sh\n')
with open('bin/notexec', 'w') as f:
    f.write('')
os.chmod('bin/mytool', 0o755)
binp = os.path.join(base, 'bin')
print(shutil.which('mytool', path=binp) == os.path.join(binp, 'mytool'))
print(shutil.which('notexec', path=binp), shutil.which('notexec', mode=os.F_OK, path=binp) is not None)
print(shutil.which('mytool', path=''), shutil.which('nonexistentcmd_x', path=binp))
print(shutil.which('bin/mytool'), shutil.which('./bin/mytool'), shutil.which('./bin/notexec'))
print(shutil.which(b'mytool', path=os.fsencode(binp)) == os.fsencode(binp + '/mytool'))
print(shutil.which('bin'), shutil.which('mytool', path='/nonexistent_dir:' + binp) is not None)
saved = os.environ.get('PATH')
os.environ['PATH'] = binp
print(shutil.which('mytool') is not None)
os.environ['PATH'] = saved

# terminal size
for k in ('COLUMNS', 'LINES'):
    os.environ.pop(k, None)
os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '40'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'x'
os.environ['LINES'] = '0'
sz = shutil.get_terminal_size((7, 9))
print(sz.columns > 0, sz.lines > 0, type(sz).__name__)
del os.environ['COLUMNS'], os.environ['LINES']

t(shutil.chown, 'x')
print(shutil.SameFileError.__mro__)
print(issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError))
print(shutil.Error([('a', 'b', 'c')]))
print(shutil.__all__)

os.chdir(old)
shutil.rmtree(base)
print(os.path.exists(base))
