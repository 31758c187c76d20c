# open() in binary mode: write/read/append/exclusive, seek/tell, truncate, lines, with-blocks,
# and the errors of each.
import os

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e).replace(name, 'NAME'))

name = 'b2_open_binary_%d.bin' % os.getpid()
data = bytes(range(256))
with open(name, 'wb') as f:
    print(f.write(data), f.write(b''), f.write(bytearray(b'\n\r\nend')), f.tell(), f.closed, f.name == name)
print(f.closed, os.path.getsize(name))
with open(name, 'rb') as f:
    print(f.read(4), f.tell(), f.seek(250), f.read(6), f.read(3), f.tell())
    print(f.seek(-3, 2), f.read(), f.read(), f.read(10), f.tell())
    print(f.seek(10), f.seek(5, 1), f.read(2), f.seek(0, 0), len(f.read(-1)), f.seek(0), len(f.read(None)))
    f.seek(0)
    lines = f.readlines()
    print(len(lines), lines[0][-3:], lines[-1], lines[-2])
    f.seek(0)
    print(f.readline(5), len(f.readline()), [len(x) for x in f])
    print(f.seek(1000), f.read(), f.tell())
    t(lambda: f.seek(-1))
    t(lambda: f.seek(0, 3))
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.mode, type(f.fileno()).__name__)

with open(name, 'ab') as f:
    print(f.write(b'APP'))
with open(name, 'rb') as f:
    print(f.read()[-6:])
with open(name, 'r+b') as f:
    print(f.seek(2), f.write(b'XY'), f.tell(), f.seek(0), f.read(5))
    print(f.seek(300), f.write(b'Z'), f.seek(-3, 2), f.read())
with open(name, 'wb') as f:
    t(lambda: f.write('text'))
    t(lambda: f.write(5))
    t(lambda: f.write(None))
    t(lambda: f.write([1, 2]))
    f.writelines([b'a\n', bytearray(b'b\n'), b'c'])
    t(lambda: f.writelines(['str']))
with open(name, 'rb') as f:
    print(f.read(), list(open(name, 'rb')))
t(lambda: open(name, 'xb'))
os.remove(name)
with open(name, 'xb') as f:
    f.write(b'exclusive')
with open(name, 'rb') as f:
    print(f.read())
with open(name, 'w+b') as f:
    print(f.read(), f.write(b'fresh'), f.seek(0), f.read())
with open(name, 'a+b') as f:
    print(f.seek(0), f.read(), f.write(b'!'), f.seek(0), f.read())

f = open(name, 'rb')
f.close()
f.close()
for g in (f.read, f.readline, f.tell, lambda: f.seek(0), lambda: list(f), f.fileno):
    try:
        g()
    except ValueError as e:
        print(type(e).__name__, 'closed file' in str(e))
t(lambda: f.__enter__())
fd = os.open(name, os.O_RDONLY)
with open(fd, 'rb') as f:
    print(f.read(5), f.name == fd)
t(lambda: os.close(fd))
fd = os.open(name, os.O_RDONLY)
with open(fd, 'rb', closefd=False) as f:
    print(f.read(2))
print(os.read(fd, 3))
os.close(fd)
t(lambda: open(name, 'rb', closefd=False))
os.remove(name)
t(lambda: open(name, 'rb'))
t(lambda: open(name, 'r+b'))
t(lambda: open('', 'rb'))
t(lambda: open(name, 'wb', foo=1))
t(lambda: open(name, 'bb'))
print(os.path.exists(name))
