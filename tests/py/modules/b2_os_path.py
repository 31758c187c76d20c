# os.path: pure path manipulation (str and bytes), predicates on real files, and type errors.
import os, os.path

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

J = os.path.join
print(J('a'), J('a', ''), J('', 'a'), J('a/', 'b'), J('a', 'b/'), J('/', 'x'), J('a', '/b', 'c'))
print(J(b'a', b'b'), J('a', 'b', 'c', 'd'), J('', ''), J('a//', '//b'))
t(lambda: J())
t(lambda: J(1))
t(lambda: J('a', b'b'))
t(lambda: J(b'a', 'b'))
t(lambda: J(None, 'a'))

for p in ['', '/', 'a', 'a/', '/a', '/a/b', 'a/b/', '//a//b', 'a/b/c.txt', '.hidden', 'x/.bashrc']:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p))
print(os.path.split(b'/usr/lib'), os.path.basename(b'x/y'), os.path.dirname(b'x/y'))
t(lambda: os.path.split(5))
t(lambda: os.path.basename(None))
t(lambda: os.path.dirname([]))

for p in ['a.txt', 'a.tar.gz', '.bashrc', 'a.', 'a..b', 'dir.d/file', 'dir.d/', '...', '/x/.y.z', '']:
    print(repr(p), os.path.splitext(p))
print(os.path.splitext(b'f.py'))
t(lambda: os.path.splitext(3.0))

for p in ['', '.', '..', '/', '//', '///', 'a/./b', 'a/../b', '../../a', '/../a', 'a/b/../../..',
          'a//b///c', './a/', '/a/b/./../c/', 'a/..']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.normpath(b'a//b/../c'))

print(os.path.isabs('/a'), os.path.isabs('a'), os.path.isabs(''), os.path.isabs(b'/b'), os.path.isabs('//x'))
t(lambda: os.path.isabs(None))
print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.relpath('/a/b', '/a/b'))
print(os.path.relpath('/x/y', '/a/b'), os.path.relpath(b'/a/b', b'/a'))
t(lambda: os.path.relpath(''))
t(lambda: os.path.relpath(None))

print(os.path.commonprefix(['interstellar', 'internet', 'interval']), repr(os.path.commonprefix([])))
print(os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonprefix([[1, 2, 3], [1, 2, 4]]))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.commonpath(['a/b', 'a/c', 'a']))
print(os.path.commonpath(['/a/b/', '/a/b']), os.path.commonpath([b'/x/y', b'/x/z']))
t(lambda: os.path.commonpath([]))
t(lambda: os.path.commonpath(['/a', 'b']))
print(os.path.splitdrive('/a/b'), os.path.normcase('A/B'), os.path.splitroot('//a/b'), os.path.splitroot('/a'))

print(os.path.abspath('x') == J(os.getcwd(), 'x'), os.path.abspath('/a/../b'), os.path.isabs(os.path.abspath('.')))
print(os.path.realpath('/') == '/', os.path.abspath('') == os.getcwd())
print(os.path.expanduser('no_tilde'), os.path.expandvars('no$'), os.path.expandvars('$NOT_A_SET_VAR_B2X/a'))
os.environ['B2_PATH_VAR'] = 'val'
print(os.path.expandvars('$B2_PATH_VAR/x ${B2_PATH_VAR}y $B2_PATH_VARz'))
del os.environ['B2_PATH_VAR']
print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull, os.name)

name = 'b2_os_path_%d.txt' % os.getpid()
d = 'b2_os_path_dir_%d' % os.getpid()
print(os.path.exists(name), os.path.isfile(name), os.path.lexists(name))
with open(name, 'w') as f:
    f.write('12345')
os.mkdir(d)
print(os.path.exists(name), os.path.isfile(name), os.path.isdir(name), os.path.islink(name))
print(os.path.exists(d), os.path.isfile(d), os.path.isdir(d), os.path.getsize(name))
print(os.path.samefile(name, './' + name), os.path.exists(J(name, 'x')), os.path.isdir(J(d, '.')))
print(os.path.getmtime(name) > 0, type(os.path.getmtime(name)).__name__, os.path.ismount('/'))
print(os.path.exists(''), os.path.exists(b'.'), os.path.isdir('.'), os.path.exists('bad\0name'))
t(lambda: os.path.getsize('no_such_file_b2x'))
t(lambda: os.path.getmtime('no_such_file_b2x'))
os.remove(name)
os.rmdir(d)
print(os.path.exists(name), os.path.exists(d))
