import os
name = 'io1_%d.txt' % os.getpid()
with open(name, 'wb') as f:
    f.write(b'0123456789')
with open(name, 'r+b') as f:
    print(f.read(3), f.tell())
    f.write(b'XY')
    print(f.tell())
    print(f.read())
with open(name, 'rb') as f:
    print(f.read())
with open(name, 'w', encoding='utf-8') as f:
    f.write('é€𝄞ab\r\ncd\rEF\nlast')
with open(name, encoding='utf-8') as f:
    print([f.read(1), f.read(2), f.read(3), f.read(0), f.readline(2), f.readline(), f.readline(1), f.read()])
with open(name, encoding='utf-8') as f:
    print([f.readline(4), f.readline(100), f.readline(-1)])
with open(name, encoding='latin-1') as f:
    print(repr(f.read(5)))
with open(name, 'w') as f:
    f.write('abc')
with open(name, 'r+') as f:
    print(f.read(1)); f.write('Z')
with open(name) as f:
    print(f.read())
os.remove(name)
