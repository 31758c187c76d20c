# zipfile: reading archives made by CPython and zip(1), ZipExtFile, errors, extraction.
import io
import os
import zipfile

CPY = (b'PK\x03\x04\x14\x00\x00\x00\x00\x00\x059\xa6N\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00docs/PK\x03\x04\x14\x00\x00\x00\x08\x00\x059\xa6NvTD\xe7(\x00\x00\x00;\x01\x00\x00\x0f\x00\x00\x00docs/readme.txt\xf3\xc9\xccKU\xc8\xcfK\xe5\xf2\x011J\xca\xf3y\xa1\xac\x8c\xa2\xd4T\xae\xb4\xcc\x9c\x9c\xd4"\x85Q\n\x8d\xe2\xcaI,.\x01\x00PK\x03\x04\x14\x00\x00\x00\x00\x00\x059\xa6N\x8c\xce\x0e\x10@\x00\x00\x00@\x00\x00\x00\x08\x00\x00\x00data.bin\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !"#$%&\'()*+,-./0123456789:;<=>?PK\x03\x04\x14\x00\x00\x08\x00\x00\x059\xa6N\xedIn4\x07\x00\x00\x00\x07\x00\x00\x00\t\x00\x00\x00\xc3\xbcber.txtgr\xc3\xbc\xc3\x9fePK\x01\x02\x14\x03\x14\x00\x00\x00\x00\x00\x059\xa6N\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00\x00docs/PK\x01\x02\x14\x03\x14\x00\x00\x00\x08\x00\x059\xa6NvTD\xe7(\x00\x00\x00;\x01\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa4\x01#\x00\x00\x00docs/readme.txtPK\x01\x02\x14\x03\x14\x00\x00\x00\x00\x00\x059\xa6N\x8c\xce\x0e\x10@\x00\x00\x00@\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01x\x00\x00\x00data.binPK\x01\x02\x14\x03\x14\x00\x00\x08\x00\x00\x059\xa6N\xedIn4\x07\x00\x00\x00\x07\x00\x00\x00\t\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x80\x01\xde\x00\x00\x00\xc3\xbcber.txtnotePK\x05\x06\x00\x00\x00\x00\x04\x00\x04\x00\xe1\x00\x00\x00\x0c\x01\x00\x00\x0f\x00made by cpython')

# zip -P pw (traditional encryption, stored, with a data descriptor)
ENC = b"PK\x03\x04\n\x00\t\x00\x00\x00\xfa\xb9\x87]\x98\xc20g\x1c\x00\x00\x00\x10\x00\x00\x00\x05\x00\x1c\x00s.txtUT\t\x00\x03(>\x17k(>\x17kux\x0b\x00\x01\x04\x00\x00\x00\x00\x04\x00\x00\x00\x00=r\xc1\xdb\x1cp\xf1\xf1K\x00F\xa1\xe9B\xdb\n\xa9'\x8c\xa7\x9b\xe4\xe3\xf5GsS\xe5PK\x07\x08\x98\xc20g\x1c\x00\x00\x00\x10\x00\x00\x00PK\x01\x02\x1e\x03\n\x00\t\x00\x00\x00\xfa\xb9\x87]\x98\xc20g\x1c\x00\x00\x00\x10\x00\x00\x00\x05\x00\x18\x00\x00\x00\x00\x00\x01\x00\x00\x00\xa4\x81\x00\x00\x00\x00s.txtUT\x05\x00\x03(>\x17kux\x0b\x00\x01\x04\x00\x00\x00\x00\x04\x00\x00\x00\x00PK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00K\x00\x00\x00k\x00\x00\x00\x00\x00"
# zip -P pw, deflated
ENC2 = b'PK\x03\x04\x14\x00\t\x00\x08\x00\xfc\xb9\x87]nk\xd1k.\x00\x00\x00\xb8\x0b\x00\x00\x07\x00\x1c\x00big.txtUT\t\x00\x03+>\x17k+>\x17kux\x0b\x00\x01\x04\x00\x00\x00\x00\x04\x00\x00\x00\x00\xee9s\xe8\x8e\xd0\xb6\x8asb\xd9;\xf9\xa5\x1dD6\x81|\xe8E\x98tB\xc9/\x05@\xe7\xeeM\xd2\xda\\\x99\x18\xc9x\x00\xed\x852\xb9c\x1e]PK\x07\x08nk\xd1k.\x00\x00\x00\xb8\x0b\x00\x00PK\x01\x02\x1e\x03\x14\x00\t\x00\x08\x00\xfc\xb9\x87]nk\xd1k.\x00\x00\x00\xb8\x0b\x00\x00\x07\x00\x18\x00\x00\x00\x00\x00\x01\x00\x00\x00\xa4\x81\x00\x00\x00\x00big.txtUT\x05\x00\x03+>\x17kux\x0b\x00\x01\x04\x00\x00\x00\x00\x04\x00\x00\x00\x00PK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00M\x00\x00\x00\x7f\x00\x00\x00\x00\x00'


def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print('  ', type(e).__name__, e)
    else:
        print('  ->', repr(r))


z = zipfile.ZipFile(io.BytesIO(CPY))
print(z.namelist(), z.comment, z.mode, z.compression)
for zi in z.infolist():
    print(repr(zi))
    print('  ', zi.filename, zi.orig_filename, zi.date_time, zi.compress_type, zi.comment,
          zi.extra, zi.create_system, zi.create_version, zi.extract_version, zi.reserved,
          zi.flag_bits, zi.volume, zi.internal_attr, hex(zi.external_attr), zi.header_offset,
          zi.CRC, zi.compress_size, zi.file_size, zi.is_dir(), zi._raw_time)
print(z.read('docs/readme.txt')[:30], z.read('\u00fcber.txt').decode())
print(z.read(z.getinfo('data.bin')) == bytes(range(64)), z.testzip())
z.printdir()
err(z.getinfo, 'nope')
err(z.read, 'nope')
err(z.open, 'data.bin', 'a')
err(z.open, 'data.bin', 'w', pwd=b'x')
err(z.writestr, 'x', b'y')
err(z.mkdir, 'x')

# ZipExtFile
f = z.open('docs/readme.txt')
print(repr(f), f.name, f.mode, f.readable(), f.seekable(), f.writable())
print(f.read(4), f.peek(1)[:8], f.tell(), f.readline(), f.readline(3), f.readline(-1))
print(f.read1(5), f.tell(), f.seek(0), f.read(8), f.seek(-4, 2), f.read(), f.read())
print(f.seek(5), f.seek(3, 1), f.read(4), f.seek(100), f.read(), f.seek(-1000, 1))
print(len(f.readlines()), f.seek(0), f.readline(), list(f)[:2])
f.seek(0)
buf = bytearray(6)
print(f.readinto(buf), buf)
err(f.seek, 0, 5)
err(f.write, b'x')
f.close()
print(repr(f), f.closed)
err(f.read)
err(f.seek, 0)
err(f.tell)
with z.open('data.bin') as f1, z.open(z.getinfo('docs/readme.txt')) as f2:
    print(f1.read(3), f2.read(4), f1.read(3), f2.read(4))
z.close()
z.close()
print(repr(z), z.namelist()[:1])
err(z.read, 'data.bin')
err(z.open, 'data.bin')
err(z.writestr, 'a', b'b')
err(z.write, '/dev/null')

# Encrypted members
z = zipfile.ZipFile(io.BytesIO(ENC))
zi = z.getinfo('s.txt')
print(zi.flag_bits, zi.extra.hex())
err(z.read, 's.txt')
err(z.read, 's.txt', pwd=b'wrong')
err(z.read, 's.txt', pwd='pw')
err(z.setpassword, 'pw')
print(z.read('s.txt', pwd=b'pw'))
z.setpassword(b'pw')
print(z.pwd, z.read('s.txt'), z.testzip())
z.setpassword(None)
print(z.pwd)
z = zipfile.ZipFile(io.BytesIO(ENC2))
with z.open('big.txt', pwd=b'pw') as f:
    data = f.read()
print(len(data), data[:12])

# Damaged archives
err(zipfile.ZipFile, io.BytesIO(b''))
err(zipfile.ZipFile, io.BytesIO(b'not a zip file at all' * 3))
bad = bytearray(CPY)
bad[bad.index(b'PK\x01\x02') + 1] = ord('X')
err(zipfile.ZipFile, io.BytesIO(bytes(bad)))
bad = bytearray(CPY)
i = bad.index(b'Line one'[:0] + b'\x8c\xce\x0e\x10@')  # CRC of data.bin in its local header
pos = CPY.index(b'data.bin') + len('data.bin') + 5
bad[pos] ^= 0xFF
z = zipfile.ZipFile(io.BytesIO(bytes(bad)))
print(z.testzip())
err(z.read, 'data.bin')
bad = bytearray(CPY)
bad[0:4] = b'PKXX'
z = zipfile.ZipFile(io.BytesIO(bytes(bad)))
err(z.read, 'docs/')
bad = bytearray(CPY)
bad[CPY.index(b'data.bin')] = ord('D')
z = zipfile.ZipFile(io.BytesIO(bytes(bad)))
err(z.read, 'data.bin')
print(z.testzip() if False else 'skip')
err(zipfile.ZipFile, io.BytesIO(CPY[:-40]))
print(zipfile.ZipFile(io.BytesIO(CPY), 'r', metadata_encoding='utf-8').namelist())
err(zipfile.ZipFile, io.BytesIO(), 'w', metadata_encoding='utf-8')
err(zipfile.ZipFile, io.BytesIO(CPY), 'rw')
err(zipfile.ZipFile, io.BytesIO(CPY), 'r', 99)
err(zipfile.ZipFile, '/nonexistent/dir/x.zip')
err(zipfile.ZipInfo, 'x', (1979, 12, 31, 0, 0, 0))

# Prefixed data (self-extracting archives) shifts the offsets.
z = zipfile.ZipFile(io.BytesIO(b'#!stub\n' * 3 + CPY))
print(z.read('data.bin')[:5], z.getinfo('data.bin').header_offset)

# is_zipfile
path = '/tmp/zipfile_read_%d' % os.getpid()
with open(path + '.zip', 'wb') as f:
    f.write(CPY)
with open(path + '.txt', 'wb') as f:
    f.write(b'plain text')
bio = io.BytesIO(CPY)
bio.seek(5)
print(zipfile.is_zipfile(path + '.zip'), zipfile.is_zipfile(path + '.txt'),
      zipfile.is_zipfile(path + '.none'), zipfile.is_zipfile(bio), bio.tell(),
      zipfile.is_zipfile(io.BytesIO(b'x')))
import pathlib
with zipfile.ZipFile(pathlib.Path(path + '.zip')) as z:
    print(repr(z).replace(path, 'PATH'), z.filename == path + '.zip')
    f = z.open('data.bin')
print(repr(z), f.read(4))
f.close()

# Extraction keeps members inside the target directory.
evil = io.BytesIO()
with zipfile.ZipFile(evil, 'w') as z:
    for name in ['../../up.txt', '/abs/file.txt', './dot/./x.txt', 'a/../b.txt',
                 'ok/dir/', 'ok/f.txt', '//double//slash.txt']:
        z.writestr(zipfile.ZipInfo(name), name.encode())
out = path + '_out'
with zipfile.ZipFile(evil) as z:
    print(z.namelist())
    for name in z.namelist():
        print(repr(name), '->', z.extract(name, out).replace(out, 'OUT'))
    z.extractall(out + '2')
    z.extractall(pathlib.Path(out + '3'), members=['ok/f.txt', z.getinfo('ok/dir/')])
    err(z.extract, zipfile.ZipInfo('..'), out)
    err(z.extract, 'missing', out)
found = []
for top in (out, out + '2', out + '3'):
    for root, dirs, files in os.walk(top):
        for d in dirs:
            found.append(os.path.join(root, d).replace(top, 'T'))
        for fn in files:
            p = os.path.join(root, fn)
            with open(p, 'rb') as fh:
                found.append((p.replace(top, 'T'), fh.read()))
print(sorted(map(str, found)))
import shutil
for top in (out, out + '2', out + '3'):
    shutil.rmtree(top)
os.remove(path + '.zip')
os.remove(path + '.txt')

# Missing compression modules
zi = zipfile.ZipInfo('b')
zi.compress_type = zipfile.ZIP_BZIP2
print(zi.FileHeader.__name__, repr(zi))
zi.compress_type = 99
print(repr(zi))
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA,
      zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile,
      issubclass(zipfile.LargeZipFile, Exception), zipfile.sizeFileHeader,
      zipfile.sizeCentralDir, zipfile.sizeEndCentDir64, zipfile.sizeEndCentDir64Locator)
print(sorted(zipfile.__all__))
