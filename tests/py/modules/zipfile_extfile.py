# zipfile: ZipExtFile buffering under random reads, readlines, peeks and seeks must match
# CPython call for call (stored and deflated members).
import hashlib
import io
import random
import zipfile

rnd = random.Random(5)
data = b''.join(b'line %d %s\n' % (i, b'x' * rnd.randrange(0, 200)) for i in range(3000))
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo('d', (2000, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo('s', (2000, 1, 1, 0, 0, 0)), data)
print(hashlib.md5(buf.getvalue()).hexdigest())
z = zipfile.ZipFile(buf)
for seed in (5, 7, 11):
    for name in 'ds':
        rnd = random.Random(seed)
        f = z.open(name)
        out = []
        for i in range(300):
            op = rnd.randrange(7)
            if op == 0:
                out.append(len(f.read(rnd.randrange(-1, 5000))))
            elif op == 1:
                out.append(f.readline(rnd.choice([-1, 5, 100])))
            elif op == 2:
                out.append(f.seek(rnd.randrange(0, len(data) + 10), 0))
            elif op == 3:
                out.append(f.seek(rnd.randrange(-3000, 3000), 1))
            elif op == 4:
                out.append(f.tell())
            elif op == 5:
                out.append(len(f.peek(rnd.randrange(1, 2000))))
            else:
                out.append(f.read1(rnd.randrange(-1, 3000)))
        print(seed, name, hashlib.md5(repr(out).encode()).hexdigest(), len(out))
        f.close()
