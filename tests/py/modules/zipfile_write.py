# zipfile: archives written with fixed timestamps must be byte-identical to CPython's.
import hashlib
import io
import os
import warnings
import zipfile

DT = (2021, 3, 4, 5, 6, 8)


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


def info(name, **kw):
    zi = zipfile.ZipInfo(name, DT)
    for k, v in kw.items():
        setattr(zi, k, v)
    return zi


class FixedTime:
    # zipfile stamps members named by a string with the current local time.
    @staticmethod
    def time():
        return 0.0

    @staticmethod
    def localtime(t=None):
        return (2022, 2, 3, 4, 5, 6, 0, 0, 0)


zipfile.time = FixedTime


def build(compression=zipfile.ZIP_STORED, level=None, **kw):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', compression, compresslevel=level, **kw) as z:
        z.writestr('a.txt', b'hello world\n' * 20)
        z.writestr(info('a2.txt'), b'hello world\n' * 20, compression, level)
        z.writestr(info('empty'), b'')
        z.writestr(info('text.txt'), 'caf\xe9 \u20ac text')
        z.writestr(info('dir/'), b'')
        z.writestr(info('dir/sub.bin'), bytes(range(256)) * 4)
        z.writestr(info('caf\xe9/\u00fc.txt'), b'unicode name')
    return buf.getvalue()


for comp in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
    for level in (None, 0, 1, 9):
        data = build(comp, level)
        print(comp, level, len(data), digest(data))

# Per-member compression and level, comments, extra fields, attributes.
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.comment = b'archive comment'
    z.writestr(info('m1', comment=b'member comment', external_attr=0o644 << 16), b'x' * 100,
               compress_type=zipfile.ZIP_DEFLATED, compresslevel=3)
    z.writestr(info('m2', extra=b'\xfe\xca\x04\x00abcd', internal_attr=1,
                    create_system=0), b'y' * 100)
    zi = info('m3')
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.compress_level = 9
    z.writestr(zi, b'z' * 1000)
    print(zi.compress_level, zi._compresslevel)
data = buf.getvalue()
print('attrs', len(data), digest(data))

# open(..., 'w') streaming writes, force_zip64, mkdir.
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    with z.open(info('stream.txt'), 'w') as f:
        print(f.writable(), f.write(b'part one, '), f.write(bytearray(b'part two, ')),
              f.write(memoryview(b'part three')))
    with z.open(info('big64'), 'w', force_zip64=True) as f:
        f.write(b'forced zip64 member')
    z.mkdir(info('made/', external_attr=(0o40755 << 16) | 0x10, CRC=0))
    z.mkdir(info('made2/', CRC=0))
    for bad in (info('notdir'), 42):
        try:
            z.mkdir(bad)
        except Exception as e:
            print(type(e).__name__, e)
    for zi in z.infolist():
        print(repr(zi), zi.extract_version, zi.create_version, zi.CRC, zi.header_offset)
data = buf.getvalue()
print('stream', len(data), digest(data))

with zipfile.ZipFile(io.BytesIO(), 'w') as z:
    z.mkdir('made3', 0o700)
    z.mkdir('made4/')
    print(z.infolist())

# A non-seekable output uses data descriptors.
class Unseekable:
    def __init__(self):
        self.chunks = []

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

    def flush(self):
        pass

out = Unseekable()
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr(info('u1'), b'unseekable data ' * 10)
    z.writestr(info('u2', compress_type=zipfile.ZIP_STORED), b'stored')
    print([(zi.filename, zi.flag_bits) for zi in z.infolist()])
data = b''.join(out.chunks)
print('unseekable', len(data), digest(data))
z = zipfile.ZipFile(io.BytesIO(data))
print(z.read('u1')[:16], z.read('u2'), z.testzip())

# ZIP64 end records and extra fields, triggered by lowering the module limits.
old = zipfile.ZIP_FILECOUNT_LIMIT, zipfile.ZIP64_LIMIT
zipfile.ZIP_FILECOUNT_LIMIT = 3
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    for i in range(5):
        z.writestr(info('f%d' % i), b'%d' % i * 10)
data = buf.getvalue()
print('count64', len(data), digest(data))
z = zipfile.ZipFile(io.BytesIO(data))
print(z.namelist(), z.read('f4'))
try:
    with zipfile.ZipFile(io.BytesIO(), 'w', allowZip64=False) as z:
        for i in range(5):
            z.writestr(info('f%d' % i), b'')
except zipfile.LargeZipFile as e:
    print(type(e).__name__, e)
zipfile.ZIP_FILECOUNT_LIMIT = old[0]
zipfile.ZIP64_LIMIT = 100
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr(info('small'), b's' * 50)
    z.writestr(info('large'), bytes(range(200)))
    z.writestr(info('after'), b'after the limit')
data = buf.getvalue()
print('size64', len(data), digest(data))
z = zipfile.ZipFile(io.BytesIO(data))
for zi in z.infolist():
    print(zi.filename, zi.file_size, zi.compress_size, zi.header_offset, zi.extract_version,
          zi.extra.hex())
print(z.read('large') == bytes(range(200)), z.read('after'))
for args in [dict(), dict(allowZip64=False)]:
    try:
        with zipfile.ZipFile(io.BytesIO(), 'w', **args) as z:
            z.writestr(info('x'), b'q' * 150)
    except Exception as e:
        print(type(e).__name__, e)
zipfile.ZIP_FILECOUNT_LIMIT, zipfile.ZIP64_LIMIT = old

# FileHeader directly.
zi = info('hdr')
zi.CRC = 0x12345678
zi.file_size = 10
zi.compress_size = 10
print(zi.FileHeader().hex())
print(zi.FileHeader(True).hex())
print(zi.extract_version, zi.create_version)
zi.flag_bits = 0x08
print(zi.FileHeader().hex())
zi = info('\u00e9t\u00e9')
zi.CRC = 0
print(zi.FileHeader().hex())

# Appending to an archive; appending to a non-archive file.
base = build()
buf = io.BytesIO(base)
with zipfile.ZipFile(buf, 'a') as z:
    z.writestr(info('appended'), b'more')
data = buf.getvalue()
print('append', len(data), digest(data))
print(zipfile.ZipFile(io.BytesIO(data)).namelist())
buf = io.BytesIO(b'#!/bin/sh\nprefix data\n')
with zipfile.ZipFile(buf, 'a') as z:
    z.writestr(info('inner'), b'inside')
data = buf.getvalue()
print('prefixed', len(data), digest(data))
z = zipfile.ZipFile(io.BytesIO(data))
print(z.read('inner'), z.getinfo('inner').header_offset)
buf = io.BytesIO(base)
with zipfile.ZipFile(buf, 'a') as z:
    z.comment = b'only the comment changed'
print('comment-append', digest(buf.getvalue()), zipfile.ZipFile(buf).comment)

# Files on disk: write(), mode 'x', from_file.
tmp = '/tmp/zipfile_write_%d' % os.getpid()
os.mkdir(tmp)
src = os.path.join(tmp, 'src.txt')
with open(src, 'wb') as f:
    f.write(b'file contents\n' * 50)
os.utime(src, (1600000000, 1600000000))
os.chmod(src, 0o640)
zi = zipfile.ZipInfo.from_file(src, 'renamed.txt')
print(zi.filename, zi.file_size, oct(zi.external_attr >> 16))
zi = zipfile.ZipInfo.from_file(src)
print(zi.filename == src.lstrip('/'), zipfile.ZipInfo.from_file(tmp, 'dir').filename)
print(repr(zipfile.ZipInfo.from_file(tmp, 'dir'))[:30])
arch = os.path.join(tmp, 'a.zip')
with zipfile.ZipFile(arch, 'x', zipfile.ZIP_DEFLATED) as z:
    z.write(src, 'src.txt')
    z.write(src, 'stored.txt', zipfile.ZIP_STORED)
    z.write(tmp, 'thedir')
    print([(zi.filename, zi.compress_type, zi.file_size) for zi in z.infolist()])
try:
    zipfile.ZipFile(arch, 'x')
except FileExistsError as e:
    print(type(e).__name__)
# (mode 'a' on a file on disk needs BufferedRandom.truncate)
with zipfile.ZipFile(arch) as z:
    print(z.namelist(), z.read('src.txt') == b'file contents\n' * 50)
    print(repr(z).replace(tmp, 'TMP'))
print(repr(z))

# Duplicate names warn.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    with zipfile.ZipFile(io.BytesIO(), 'w') as z:
        z.writestr(info('dup'), b'1')
        z.writestr(info('dup'), b'2')
    print([(x.category.__name__, str(x.message)) for x in w])

# Archive comment limits.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    z = zipfile.ZipFile(io.BytesIO(), 'w')
    z.comment = b'c' * 70000
    print(len(z.comment), [str(x.message) for x in w])
    z.close()

for name in sorted(os.listdir(tmp)):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
