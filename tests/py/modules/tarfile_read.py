# tarfile: reading archives made by GNU tar and CPython, member files, streams, errors.
import sys
sys.modules['bz2'] = None   # behave as on a build without bz2 and lzma
sys.modules['lzma'] = None
import base64
import contextlib
import io
import os
import tarfile
import zlib

# tar --format=gnu and --format=posix of a directory with a long name, a symlink and a
# hard link (zlib-compressed, base64).
GNU = zlib.decompress(base64.b64decode(
    'eNrt1kEOgjAQBdAepSegndLSrQfgEiRENBpIoCQe3wphAYkQF60K/22GUHa/M0MpWHDSs8YMVZIaq9JjHTFKKVVS'
    'We2fpcyMP+aGRdB3rmg5Z/3GdxXbpVKcE/dwwfPPtH6fPy3zt0YS4xL5B1fVPS8LVzA4pFJcosz/1f5fzn/yE8DP'
    'f4oxnA4//7s4+9/aD/a/zV75q/DpHz7/RCTilDd1lV/rW4z+H/KdVUnT3ZjeE2X+l4DnMfd/2zSrV23r/G/7v/6S'
    'CL0NP5H/9v7X8/mfpsZo/P/HcPejH10AAAAAAAAAAAAAALAvT0MFw8Y='))
PAX = zlib.decompress(base64.b64decode(
    'eNrt1j1uhDAQBWDXOYVPsPb4B1fpU+YKlkygiEgERuL4MSCkXVYJSWFHCe9rjAQF5jEzDoJlJxNn7bJKUuuqzLqu'
    'GGnSSipn0rWk5Ta3rIBxiL5PrzIePNd8Y5PzRrb1jwji5RKnmD3/ypjP86d9/ukHIMYl8s+u6UYefPQMTimItkj/'
    '/7L+7/o/aZf6P5VoTqfv/0OZ+e/cT/KnOX+VP33kL5799FT7UPeD6PK4qf+rT7SFr/bzX+t0AmB8Kjn/T9r/SVf8'
    '3cf2MeRK/9Bc5A+YxL9V//kDPp7/Zlf/VlqD838Jr29dgyoAAAAAAAAAAAAAAPhfPgApjvbW'))


def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print('  ', type(e).__name__, str(e).replace(str(os.getpid()), 'PID'))
    else:
        print('  ->', r if not isinstance(r, tarfile.TarFile) else 'TarFile')


for label, data in (('gnu', GNU), ('pax', PAX)):
    t = tarfile.open(fileobj=io.BytesIO(data))
    print(label, len(data), t.getnames())
    for m in t.getmembers():
        print('  %-10s %4d %o %s %-8s %s %s %s %s %d %d %d %s' % (
            m.name[:10], len(m.name), m.mode, m.type, m.linkname, m.uid, m.gid, m.uname,
            m.gname, m.mtime, m.size, m.offset_data, sorted(m.pax_headers)))
    print(t.extractfile('d/f.txt').read(), t.extractfile('d/s').read(),
          t.extractfile('d/h').read(), t.extractfile('d'))
    print(t.getmember('d/').name, t.getmember('d/s').issym())
    err(t.getmember, 'missing')
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        t.list(verbose=False)
        t.list(members=t.getmembers()[1:2])
    print(out.getvalue().replace('n' * 100, 'N...'))

t = tarfile.open(fileobj=io.BytesIO(GNU))
f = t.extractfile('d/f.txt')
print(type(f).__name__, f.name, f.readable(), f.seekable(), f.read(3), f.tell(), f.peek(2)[:2],
      f.seek(1), f.read(2), f.seek(-2, 2), f.read(), f.seek(0), f.readline(), f.read())
f.seek(0)
print(f.readlines(), f.closed)
f.close()
print(f.closed)
t = tarfile.open(fileobj=io.BytesIO(GNU))
print(next(iter(t)).name, t.next().name, t.next().name, len(t.members))

# Iterating lazily over a stream.
s = tarfile.open(fileobj=io.BytesIO(PAX), mode='r|')
for m in s:
    if m.isreg():
        print(m.name[:12], s.extractfile(m).read())
    elif m.issym() or m.islnk():
        err(s.extractfile, m)
print(s.getmember('d/f.txt').name)
s = tarfile.open(fileobj=io.BytesIO(PAX), mode='r|*')
first = s.next()
second = s.next()
third = s.next()
print(first.name, second.name, third.name, s.extractfile(first))
err(s.extractfile(second).read)
s.close()

# is_tarfile and open() failures.
path = '/tmp/tarfile_read_%d' % os.getpid()
with open(path + '.tar', 'wb') as f:
    f.write(GNU)
with open(path + '.txt', 'wb') as f:
    f.write(b'plain text, not a tar archive' * 30)
bio = io.BytesIO(GNU)
bio.seek(3)
print(tarfile.is_tarfile(path + '.tar'), tarfile.is_tarfile(path + '.txt'),
      tarfile.is_tarfile(bio), bio.tell(), tarfile.is_tarfile(io.BytesIO(b'')),
      tarfile.is_tarfile(io.BytesIO(bytes(1024))))
err(tarfile.is_tarfile, path + '.none')
with tarfile.open(path + '.tar') as t:
    print(t.name == path + '.tar', t.mode, t.getnames()[:2])
print(t.closed)
err(tarfile.open, path + '.txt')
err(tarfile.open, path + '.txt', 'r:')
err(tarfile.open, path + '.txt', 'r:gz')
err(tarfile.open, path + '.txt', 'r|gz')
err(tarfile.open, path + '.tar', 'r:bz2')
err(tarfile.open, path + '.tar', 'r:xz')
err(tarfile.open, path + '.tar', 'w:bz2')
err(tarfile.open, path + '.tar', 'r|bz2')
err(tarfile.open, path + '.tar', 'r|xz')
err(tarfile.open, path + '.tar', 'r:zz')
err(tarfile.open, path + '.tar', 'r|zz')
err(tarfile.open, path + '.tar', 'a|')
err(tarfile.open, path + '.tar', 'q')
err(tarfile.open, path + '.tar', 'a:gz')
err(tarfile.open)
err(tarfile.TarFile, path + '.tar', 'z')
err(tarfile.TarFile.taropen, path + '.tar', 'r:')
err(tarfile.open, fileobj=io.BytesIO(b''))
err(tarfile.open, fileobj=io.BytesIO(b'x' * 100))
err(tarfile.open, fileobj=io.BytesIO(b'x' * 512), mode='r:')
err(tarfile.open, fileobj=io.BytesIO(b'\x1f\x8b\x08\x00' + b'garbage' * 20), mode='r:gz')
bad = bytearray(GNU)
bad[148] ^= 1
err(tarfile.open, fileobj=io.BytesIO(bytes(bad)), mode='r:')
print(tarfile.open(fileobj=io.BytesIO(bytes(bad)), mode='r:', ignore_zeros=True).getnames())
bad = bytearray(GNU)
bad[600] = ord('Z')  # break the header after the GNU long-name header
bad[1024 + 148] ^= 1
print(tarfile.open(fileobj=io.BytesIO(bytes(bad[:2048] + bytes(1024))), mode='r:').getnames())
print(tarfile.open(fileobj=io.BytesIO(GNU[:1536]), mode='r:').getnames())
err(lambda: tarfile.open(fileobj=io.BytesIO(GNU[:1600]), mode='r:').getnames())
# zero blocks between members are skipped with ignore_zeros
two = GNU[:1536] + bytes(1024) + GNU[1536:]
print(tarfile.open(fileobj=io.BytesIO(two)).getnames(),
      tarfile.open(fileobj=io.BytesIO(two), ignore_zeros=True).getnames())
for name in ('.tar', '.txt'):
    os.remove(path + name)

# Exceptions.
for name in ['TarError', 'ReadError', 'CompressionError', 'StreamError', 'ExtractError',
             'HeaderError', 'EmptyHeaderError', 'TruncatedHeaderError', 'EOFHeaderError',
             'InvalidHeaderError', 'SubsequentHeaderError', 'FilterError',
             'AbsolutePathError', 'OutsideDestinationError', 'SpecialFileError',
             'AbsoluteLinkError', 'LinkOutsideDestinationError']:
    cls = getattr(tarfile, name)
    print(name, [c.__name__ for c in cls.__mro__[1:-2]])
for buf in (b'', b'x' * 10, bytes(512), b'y' * 512):
    err(tarfile.TarInfo.frombuf, buf, 'utf-8', 'strict')
print(tarfile.ENCODING, tarfile.DEFAULT_FORMAT, tarfile.BLOCKSIZE, tarfile.RECORDSIZE,
      tarfile.GNU_MAGIC, tarfile.POSIX_MAGIC, tarfile.SUPPORTED_TYPES, tarfile.REGULAR_TYPES,
      tarfile.GNU_TYPES, tarfile.PAX_FIELDS, sorted(tarfile.PAX_NUMBER_FIELDS))
print(sorted(tarfile.__all__))
