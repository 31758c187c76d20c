import os
p = f'/tmp/weft_closed_{os.getpid()}'
for mode, buf in (('wb', -1), ('rb', -1), ('r+b', -1), ('w', -1), ('r', -1), ('wb', 0)):
    open(p, 'w').close()
    f = open(p, mode, buffering=buf)
    f.close()
    res = []
    ops = (('write', lambda: f.write(b'x' if 'b' in mode else 'x')), ('read', lambda: f.read()),
           ('readline', lambda: f.readline()), ('flush', lambda: f.flush()),
           ('seek', lambda: f.seek(0)), ('tell', lambda: f.tell()),
           ('truncate', lambda: f.truncate()), ('fileno', lambda: f.fileno()),
           ('isatty', lambda: f.isatty()), ('iter', lambda: next(iter(f))))
    for name, call in ops:
        try:
            call()
            res.append(name + ':ok')
        except Exception as e:
            res.append(f'{name}:{type(e).__name__}:{e}')
    print(mode, buf, res)
with open(p, 'wb') as f:
    f.write(b'a\r\nb\rc\nd')
for nl in (None, ''):
    with open(p, newline=nl) as f:
        print(repr(nl), f.newlines, f.read(), f.newlines)
with open(p, 'r+b') as f:
    f.read(2)
    print(f.truncate(4), f.tell(), f.truncate(), open(p, 'rb').read())
with open(p, 'r+') as f:
    print(f.truncate(1), open(p, 'rb').read())
with open(p, 'rb') as f:
    try:
        f.truncate()
    except Exception as e:
        print(type(e).__name__, e)
os.remove(p)
