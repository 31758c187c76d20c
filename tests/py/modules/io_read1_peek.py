import io, os
p = f'/tmp/r1_{os.getpid()}'
with open(p, 'wb') as f:
    f.write(b'hello world\n' * 3)
with open(p, 'rb') as f:
    print(f.peek()[:5], f.read1(3), f.read1(), f.read1(), f.read1(0))
    f.seek(0)
    print(f.read(2), f.peek(1)[:3], f.read1(4))
with open(p, 'r+b') as f:
    f.write(b'XY')
    print(f.read1(3))
with open(p, 'rb', buffering=0) as f:
    print(hasattr(f, 'read1'), hasattr(f, 'peek'))
with open(p) as f:
    print(hasattr(f, 'read1'))
with open(p, 'wb') as f:
    try: f.read1()
    except Exception as e: print(type(e).__name__, e)
    try: f.peek()
    except Exception as e: print(type(e).__name__, e)
b = io.BufferedReader(io.BytesIO(b'abcdef'))
print(b.read1(2), b.peek(1)[:1], b.read1())
os.remove(p)
