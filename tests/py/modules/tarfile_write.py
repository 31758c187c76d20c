# tarfile: archives written with fixed metadata must be byte-identical to CPython's.
import sys
sys.modules['bz2'] = None   # behave as on a build without bz2 and lzma
sys.modules['lzma'] = None
import hashlib
import io
import os
import tarfile


def digest(data):
    return '%d %s' % (len(data), hashlib.sha256(data).hexdigest()[:16])


def info(name, **kw):
    t = tarfile.TarInfo(name)
    t.mtime = 1600000000
    t.uid = 1000
    t.gid = 100
    t.uname = 'user'
    t.gname = 'grp'
    for k, v in kw.items():
        setattr(t, k, v)
    return t


def fill(t):
    data = b'hello world\n' * 50
    t.addfile(info('a.txt', size=len(data)), io.BytesIO(data))
    t.addfile(info('dir', type=tarfile.DIRTYPE, mode=0o755))
    t.addfile(info('dir/link', type=tarfile.SYMTYPE, linkname='../a.txt'))
    t.addfile(info('hard', type=tarfile.LNKTYPE, linkname='a.txt'))
    t.addfile(info('fifo', type=tarfile.FIFOTYPE))
    t.addfile(info('dev', type=tarfile.CHRTYPE, devmajor=1, devminor=3))
    t.addfile(info('blk', type=tarfile.BLKTYPE, devmajor=8, devminor=1, mode=0o660))
    t.addfile(info('empty'))
    t.addfile(info('exact', size=512), io.BytesIO(b'e' * 512))
    for name, kw in [('x/' * 60 + 'long', dict(size=3)),
                     ('y' * 120, dict(size=3)),
                     ('caf\xe9', dict(size=3, uname='\xfcser')),
                     ('lnk', dict(type=tarfile.SYMTYPE, linkname='t' * 150)),
                     ('big', dict(uid=10 ** 9, gid=-5)),
                     ('float', dict(mtime=1.5)),
                     ('huge', dict(size=8 ** 11 + 1, type=tarfile.DIRTYPE)),
                     ('uname', dict(uname='u' * 40)),
                     ('none', dict(uname=None))]:
        try:
            fileobj = io.BytesIO(b'abc') if kw.get('size') == 3 else None
            t.addfile(info(name, **kw), fileobj)
        except Exception as e:
            print('  ', name[:10], type(e).__name__, e)


for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode='w', format=fmt) as t:
        fill(t)
    v = b.getvalue()
    print(fmt, digest(v))
    b.seek(0)
    with tarfile.open(fileobj=b) as t:
        for m in t:
            print('  %-12s %5d %4o %s %-10s %10s %4s %-5s %-4s %-10s %d,%d %5d %5d %s' % (
                m.name[:12], m.size, m.mode, m.type, m.linkname[:10], m.uid, m.gid,
                m.uname[:5], m.gname, m.mtime, m.devmajor, m.devminor, m.offset,
                m.offset_data, sorted((k, v[:12]) for k, v in m.pax_headers.items())))

# pax headers given to the archive (global) and to members.
b = io.BytesIO()
with tarfile.open(fileobj=b, mode='w', pax_headers={'comment': 'global \u2603',
                                                    'custom': 'v'}) as t:
    t.addfile(info('p', pax_headers={'comment': 'member', 'path': 'renamed'}))
    t.addfile(info('q'))
print('pax', digest(b.getvalue()))
b.seek(0)
with tarfile.open(fileobj=b) as t:
    print(t.pax_headers, [(m.name, m.pax_headers) for m in t])
b = io.BytesIO()
with tarfile.open(fileobj=b, mode='w', format=tarfile.GNU_FORMAT,
                  pax_headers={'ignored': 'x'}) as t:
    print(t.pax_headers)
print('gnu-pax', digest(b.getvalue()))

# tobuf and the header helpers.
ti = info('name', size=10)
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    print(fmt, digest(ti.tobuf(fmt)))
print(digest(ti.tobuf(tarfile.PAX_FORMAT, 'latin-1', 'strict')))
print(digest(info('\udcff', size=1).tobuf()))
for bad in [dict(format=7), dict(format=tarfile.USTAR_FORMAT, encoding='ascii')]:
    try:
        info('\xe9' * 200, mode=None).tobuf(**bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    info('x', mode=None).tobuf()
except Exception as e:
    print(type(e).__name__, e)
print(digest(tarfile.TarInfo.create_pax_global_header({'a': '1', 'long' * 30: 'v' * 200})))
print(tarfile.itn(7, 2), tarfile.itn(-1, 8, tarfile.GNU_FORMAT), tarfile.nti(b'0000777\0'),
      tarfile.nti(tarfile.itn(8 ** 12, 12, tarfile.GNU_FORMAT)), tarfile.nts(b'ab\0cd', 'ascii', 'strict'),
      tarfile.stn('abc', 5, 'ascii', 'strict'), tarfile.calc_chksums(bytes(512)))
for args in [(8 ** 7, 8), (-1, 8)]:
    try:
        tarfile.itn(*args)
    except ValueError as e:
        print(type(e).__name__, e)

# TarInfo attributes.
ti = tarfile.TarInfo()
print(repr(ti.name), ti.mode, ti.uid, ti.gid, ti.size, ti.mtime, ti.chksum, ti.type,
      repr(ti.linkname), repr(ti.uname), ti.devmajor, ti.offset, ti.offset_data, ti.sparse,
      ti.pax_headers, ti.path, ti.linkpath)
ti.path = 'p'
ti.linkpath = 'l'
print(ti.name, ti.linkname, ti.get_info())
for t in (tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.DIRTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE,
          tarfile.CHRTYPE, tarfile.BLKTYPE, tarfile.FIFOTYPE, tarfile.CONTTYPE, b'Z'):
    ti.type = t
    print(t, ti.isreg(), ti.isfile(), ti.isdir(), ti.issym(), ti.islnk(), ti.ischr(),
          ti.isblk(), ti.isfifo(), ti.isdev(), ti.issparse())
r = info('orig', pax_headers={'k': 'v'})
r2 = r.replace(name='new', mtime=5, mode=0o600, linkname='ln', uid=1, gid=2, uname='u',
               gname='g')
r3 = r.replace(deep=False)
print(r.name, r2.name, r2.mtime, r2.mode, r2.linkname, r2.uid, r2.gid, r2.uname, r2.gname,
      r2.pax_headers is r.pax_headers, r3.pax_headers is r.pax_headers)
print(sorted(tarfile.TarInfo.__slots__))

# Stream writing and mode 'a'.
b = io.BytesIO()
with tarfile.open(fileobj=b, mode='w|') as t:
    fill(t)
print('stream', digest(b.getvalue()))
b = io.BytesIO()
with tarfile.open(fileobj=b, mode='w:') as t:
    t.addfile(info('first', size=5), io.BytesIO(b'11111'))
b.seek(0)
with tarfile.open(fileobj=b, mode='a') as t:
    print(t.getnames())
    t.addfile(info('second', size=5), io.BytesIO(b'22222'))
print('append', digest(b.getvalue()))
b.seek(0)
print(tarfile.open(fileobj=b).getnames())

# gzip: round trip, and the stream gzip format.
for mode in ('w:gz', 'w|gz'):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode=mode, compresslevel=6) as t:
        fill(t)
    data = b.getvalue()
    print(mode, data[:3])
    for rmode in ('r', 'r:*', 'r:gz', 'r|gz', 'r|*'):
        with tarfile.open(fileobj=io.BytesIO(data), mode=rmode) as t:
            names = [m.name[:8] for m in t]
            print('  ', rmode, len(names), names[:4])
    import gzip
    print(len(gzip.decompress(data)))

# Files on disk: add with recursion and filters, gettarinfo, modes x and a.
tmp = '/tmp/tarfile_write_%d' % os.getpid()
os.makedirs(os.path.join(tmp, 'src', 'sub'))
for rel, data in [('src/b.txt', b'bbb'), ('src/a.txt', b'aaaa'), ('src/sub/c.txt', b'c' * 700)]:
    with open(os.path.join(tmp, rel), 'wb') as f:
        f.write(data)
os.symlink('a.txt', os.path.join(tmp, 'src', 'sym'))


def normalize(ti):
    if ti.name.endswith('skip.txt'):
        return None
    ti.mtime = 1234567890
    ti.uid = ti.gid = 0
    ti.uname = ti.gname = 'root'
    ti.mode = 0o755 if ti.isdir() else 0o644
    return ti


arch = os.path.join(tmp, 'a.tar')
with open(os.path.join(tmp, 'src', 'skip.txt'), 'w') as f:
    f.write('skipped')
with tarfile.open(arch, 'x') as t:
    t.add(os.path.join(tmp, 'src'), arcname='src', filter=normalize)
    t.add(arch)  # the archive itself is skipped
    ti = t.gettarinfo(os.path.join(tmp, 'src', 'a.txt'), arcname='renamed.txt')
    print(ti.name, ti.size, ti.type, oct(ti.mode), type(ti.mtime).__name__)
    ti = t.gettarinfo(os.path.join(tmp, 'src', 'sym'))
    print(ti.name.endswith('src/sym'), ti.type, ti.linkname, ti.size)
    with open(os.path.join(tmp, 'src', 'b.txt'), 'rb') as f:
        ti = t.gettarinfo(fileobj=f, arcname='fromfile')
        print(ti.name, ti.size)
    t.add(os.path.join(tmp, 'src', 'sub'), 'norec', recursive=False, filter=normalize)
print('disk', digest(open(arch, 'rb').read()))
try:
    tarfile.open(arch, 'x')
except FileExistsError as e:
    print(type(e).__name__)
with tarfile.open(arch, 'a') as t:
    t.addfile(info('appended'))
with tarfile.open(arch) as t:
    print(t.getnames(), t.name == arch)
with tarfile.open(os.path.join(tmp, 'new.tar'), 'a') as t:
    t.addfile(info('n'))
print(tarfile.open(os.path.join(tmp, 'new.tar')).getnames())
gz = os.path.join(tmp, 'a.tar.gz')
with tarfile.open(gz, 'w:gz') as t:
    t.add(os.path.join(tmp, 'src'), 'src', filter=normalize)
with tarfile.open(gz) as t:
    print(t.getnames(), t.extractfile('src/sub/c.txt').read()[:5])

# Errors in write mode.
t = tarfile.open(fileobj=io.BytesIO(), mode='w')
for f, args in [(t.addfile, (info('nodata', size=5),)), (t.getmembers, ()),
                (t.extractfile, ('x',)), (t.next, ())]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
t.close()
t.close()
for f, args in [(t.addfile, (info('x'),)), (t.getnames, ())]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
import shutil
shutil.rmtree(tmp)
