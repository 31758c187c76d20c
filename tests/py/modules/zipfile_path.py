# zipfile.Path: navigation, implied directories, glob, open/read, and the command line.
import contextlib
import io
import os
import shutil
import zipfile

DT = (2020, 1, 2, 3, 4, 6)
b = io.BytesIO()
with zipfile.ZipFile(b, 'w') as z:
    for n in ['x.gz', 'a.txt', 'd/e/f.tar.gz', 'd/y.txt', 'g/']:
        z.writestr(zipfile.ZipInfo(n, DT), ('data of ' + n + '\nline 2\n').encode())
b.name = 'arch.zip'
zf = zipfile.ZipFile(b)
p = zipfile.Path(zf)
print(repr(p), str(p), p.name, p.filename, repr(p.at), p.is_dir(), p.is_file(), p.exists())
print(type(p.root).__name__, sorted(p.root.namelist()), zf.namelist())
print(sorted(map(str, p.iterdir())))
q = p / 'd' / 'e' / 'f.tar.gz'
print(repr(q), q.name, q.suffix, q.suffixes, q.stem, q.is_file(), q.is_dir(), q.exists(),
      q.is_symlink())
print(repr(q.parent), repr(q.parent.parent), repr(p.parent), repr(q.parent.parent.parent))
print(repr(p.joinpath('d', 'e')), (p / 'd').is_dir(), (p / 'd/').exists(), (p / 'nope').exists())
print(sorted(map(repr, (p / 'd').iterdir())))
a = p / 'a.txt'
print(repr(a.read_text()), a.read_bytes(), a.open().read(5), a.open('rb').read(4))
print(repr(a.read_text(encoding='ascii')), repr(a.read_text('utf-8')))
with a.open() as f:
    print(type(f).__name__, repr(f.readline()))
with a.open('rb') as f:
    print(type(f).__name__, f.read())
for pat in ['*', '*.txt', '**/*', '*/*', 'd/*', '**', '**/*.txt', 'd/**', '?.txt', '[ax].*',
            'd/**/*', '[!a]*', 'd/?.txt']:
    print(pat, sorted(x.at for x in p.glob(pat)))
for pat in ['*.gz', '*', '*.txt']:
    print(pat, sorted(x.at for x in p.rglob(pat)), sorted(x.at for x in (p / 'd').glob(pat)))
print(q.relative_to(p), q.relative_to(p, 'd'), q.match('*.gz'), q.match('e/*.gz'),
      q.match('*.txt'))
print(a == p / 'a.txt', a != q, hash(a) == hash(p / 'a.txt'), a == 'a.txt')
for f, args in [((p / 'nope').open, ()), ((p / 'd').open, ()), (a.iterdir, ()),
                (a.open, ('rb', 'utf-8')), (a.open, ('rb',)), (p.glob, ('',))]:
    try:
        r = f(*args)
        print(type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(zipfile.Path(zf, 'g/').name, repr(zipfile.Path(zf, 'g')), zipfile.Path(zf, 'g').is_dir())
print(sorted(zipfile.CompleteDirs._implied_dirs(['a/b/c', 'x', 'a/b/'])))

# A Path over an archive being written sees new members.
w = io.BytesIO()
wz = zipfile.ZipFile(w, 'w')
wp = zipfile.Path(wz)
print(type(wz).__name__)
with (wp / 'new' / 'file.txt').open('wb') as f:
    f.write(b'written through Path')
print(sorted(x.at for x in wp.iterdir()), (wp / 'new/file.txt').exists())
wz.close()
print(zipfile.ZipFile(w).namelist())

# A Path from a file name.
tmp = '/tmp/zipfile_path_%d' % os.getpid()
os.mkdir(tmp)
arch = os.path.join(tmp, 'p.zip')
with open(arch, 'wb') as f:
    f.write(b.getvalue())
pp = zipfile.Path(arch, at='d/')
print(repr(pp).replace(tmp, 'TMP'), str(pp).replace(tmp, 'TMP'), pp.name,
      sorted(x.name for x in pp.iterdir()))
pp.root.close()

# Command line.
os.mkdir(os.path.join(tmp, 'src'))
os.mkdir(os.path.join(tmp, 'src', 'sub'))
with open(os.path.join(tmp, 'src', 'sub', 'f.txt'), 'w') as f:
    f.write('hi\n')
with open(os.path.join(tmp, 'src', 'g.txt'), 'w') as f:
    f.write('yo\n')
out = io.StringIO()
cwd = os.getcwd()
os.chdir(os.path.join(tmp, 'src'))
try:
    with contextlib.redirect_stdout(out):
        zipfile.main(['-c', os.path.join(tmp, 'cli.zip'), 'sub', 'g.txt', 'missing'])
        zipfile.main(['-t', os.path.join(tmp, 'cli.zip')])
        zipfile.main(['-e', os.path.join(tmp, 'cli.zip'), os.path.join(tmp, 'ex')])
        zipfile.main(['--test', arch])
        zipfile.main(['-l', arch])
        zipfile.main(['--list', arch, '--metadata-encoding', 'utf-8'])
finally:
    os.chdir(cwd)
print(out.getvalue())
with zipfile.ZipFile(os.path.join(tmp, 'cli.zip')) as z:
    print([(zi.filename, zi.compress_type, zi.file_size) for zi in z.infolist()])
for root, dirs, files in sorted(os.walk(os.path.join(tmp, 'ex'))):
    print(root.replace(tmp, 'TMP'), sorted(dirs), sorted(files))
err = io.StringIO()
for args in ([], ['-l'], ['-l', 'a', '-t', 'b'], ['-c']):
    try:
        with contextlib.redirect_stderr(err):
            zipfile.main(args)
    except SystemExit as e:
        print('exit', e.code)
print(err.getvalue().count('usage:'), err.getvalue().splitlines()[-1].split(': ', 1)[1])
shutil.rmtree(tmp)
