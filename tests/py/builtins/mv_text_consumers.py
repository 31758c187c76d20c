# Buffers read as source text or digits: eval/exec/compile and int() take any bytes-like
# object; BytesIO.getbuffer() is a live view that pins the buffer's size.
import io
from array import array

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: eval(memoryview(b'2 + 2')))
t(lambda: eval(bytearray(b'[1] * 3')))
t(lambda: exec(memoryview(b'print("from exec")')))
t(lambda: eval(compile(memoryview(b'6 * 7'), '<mv>', 'eval')))
t(lambda: int(memoryview(b'123')))
t(lambda: int(memoryview(b' 0x1f '), 16))
t(lambda: int(memoryview(b'1x')))
t(lambda: int(memoryview(b'1234')[1:3]))
t(lambda: int(array('b', [52, 50])))
t(lambda: float(memoryview(b'1.5')))
t(lambda: eval(memoryview(b'1 +')))

b = io.BytesIO(b'hello world')
view = b.getbuffer()
print(type(view).__name__, view.readonly, bytes(view[:5]))
view[0:5] = b'HELLO'
print(b.getvalue())
t(lambda: b.write(b'!' * 20))
view.release()
b.seek(0, 2)
print(b.write(b'!'), b.getvalue())
b.close()
t(b.getbuffer)
