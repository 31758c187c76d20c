# zipfile without the bz2 and lzma modules: the methods fail as in CPython built without them.
import sys
sys.modules['bz2'] = None
sys.modules['lzma'] = None
import io
import zipfile

DT = (2020, 5, 6, 7, 8, 10)


def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print('  ', type(e).__name__, e)
    else:
        print('  ->', r)


for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, 3, 99):
    print(method)
    err(zipfile.ZipFile, io.BytesIO(), 'w', method)
    with zipfile.ZipFile(io.BytesIO(), 'w') as z:
        err(z.writestr, zipfile.ZipInfo('a', DT), b'data', method)
        err(z.writestr, 'b', b'data', compress_type=method)
        zi = zipfile.ZipInfo('c', DT)
        zi.compress_type = method
        err(z.open, zi, 'w')
        print(z.namelist())

# Members stored with a method whose module is missing can be listed but not read.
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    for name in ('bz', 'xz', 'odd', 'plain'):
        z.writestr(zipfile.ZipInfo(name, DT), b'payload')
data = bytearray(buf.getvalue())
for name, method in (('bz', 12), ('xz', 14), ('odd', 97)):
    for sig in (b'PK\x03\x04', b'PK\x01\x02'):
        pos = 0
        while True:
            pos = data.find(sig, pos)
            if pos < 0:
                break
            off = 8 if sig == b'PK\x03\x04' else 10
            nlen_off = 26 if sig == b'PK\x03\x04' else 28
            hdr = 30 if sig == b'PK\x03\x04' else 46
            nlen = int.from_bytes(data[pos + nlen_off:pos + nlen_off + 2], 'little')
            if data[pos + hdr:pos + hdr + nlen] == name.encode():
                data[pos + off:pos + off + 2] = method.to_bytes(2, 'little')
            pos += 4
z = zipfile.ZipFile(io.BytesIO(bytes(data)))
for zi in z.infolist():
    print(repr(zi), zi.compress_type)
    err(z.read, zi.filename)
err(z.testzip)
print(z.read('plain'))
