import os, io, os.path

# Names carry the pid: the GIL and free-threaded runs of this test may overlap.
name = 'io_files_%d.txt' % os.getpid()
with open(name, 'w') as f:
    print(f.write('hello\nworld\n'), f.writable(), f.readable(), f.closed, f.name == name, f.mode)
    f.write('äöü €\n')
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name, encoding='utf-8') as f:
    print(f.readline(), end='')
    print([line.rstrip('\n') for line in f])
with open(name, 'rb') as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:5], f.tell())
    f.seek(0)
    print(f.read(3), f.readline())
with open(name, 'a') as f:
    f.writelines(['x\n', 'y\n'])
with open(name) as f:
    print(f.readlines()[-2:])
with open(name, 'r+b') as f:
    f.write(b'J')
with open(name) as f:
    print(f.read(5))
print(os.path.exists(name), os.path.isfile(name), os.path.isdir(name), os.path.getsize(name))
os.remove(name)
print(os.path.exists(name))
for bad in [lambda: open('no/such/file.txt'), lambda: open(name, 'q'), lambda: os.remove(name)]:
    try:
        bad()
    except (OSError, ValueError) as e:
        print(type(e).__name__, str(e).replace(name, 'NAME'))
s = io.StringIO()
s.write('abc')
print('def', file=s)
print(repr(s.getvalue()))
s = io.StringIO('line1\nline2\n')
print(s.readline(), s.read(), s.tell())
b = io.BytesIO()
b.write(b'\x00\x01abc')
print(b.getvalue(), b.tell())
b.seek(2)
print(b.read())
print(os.path.join('a', 'b', '/c', 'd'), os.path.split('/x/y/z.py'), os.path.splitext('arch.tar.gz'))
print(os.path.dirname('/a/b/c'), os.path.basename('/a/b/c'), os.path.normpath('a//b/./c/../d'))
print(os.path.isabs('/x'), os.path.relpath('/a/b/c', '/a/x'), os.sep, os.linesep == '\n')
d = 'io_files_dir_%d' % os.getpid()
os.mkdir(d)
for n in ['b', 'a', 'c']:
    open(os.path.join(d, n), 'w').close()
print(sorted(os.listdir(d)))
for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)
print(os.path.exists(d), type(os.getpid()).__name__, os.cpu_count() >= 1, 'PATH' in os.environ)
print(os.getenv('WEFT_SURELY_UNSET_VAR', 'dflt'))
