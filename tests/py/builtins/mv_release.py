# memoryview.release and the context manager, use after release, release with exports,
# and bytearray resizing while a view is exported (BufferError) or after release (ok).
import re

def t(f):
    try:
        r = f()
        print('ok' if r is None else repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def setitem(m, k, v):
    m[k] = v

b = b'abcdef'
m = memoryview(b)
print(m.release(), m.release())
r = repr(m)
print(r.startswith('<released memory at 0x'), re.sub('0x[0-9a-fA-F]+', 'ADDR', r))
for name, f in (('len', lambda: len(m)), ('getitem', lambda: m[0]), ('slice', lambda: m[1:]),
                ('tobytes', lambda: m.tobytes()), ('tolist', lambda: m.tolist()),
                ('hex', lambda: m.hex()), ('cast', lambda: m.cast('B')),
                ('toreadonly', lambda: m.toreadonly()),
                ('in', lambda: 97 in m), ('bytes', lambda: bytes(m)), ('hash', lambda: hash(m)),
                ('memoryview', lambda: memoryview(m)), ('bool', lambda: bool(m)),
                ('nbytes', lambda: m.nbytes), ('format', lambda: m.format),
                ('itemsize', lambda: m.itemsize), ('ndim', lambda: m.ndim),
                ('shape', lambda: m.shape), ('strides', lambda: m.strides),
                ('readonly', lambda: m.readonly), ('suboffsets', lambda: m.suboffsets),
                ('c_contiguous', lambda: m.c_contiguous), ('contiguous', lambda: m.contiguous),
                ('obj', lambda: m.obj), ('enter', lambda: m.__enter__()), ('setitem', lambda: setitem(m, 0, 1))):
    print(name, end=' ')
    t(f)
print(m == m, m != m, m == b, m == memoryview(b), m.__eq__(b), m.__ne__(m))
m2 = memoryview(b)
m2.release()
print(m == m2, m.__eq__(m2))
print(m.__eq__(5), memoryview(b'x').__eq__(5), memoryview(b'x') == 5)

# context manager
with memoryview(b'xyz') as cm:
    print(type(cm).__name__, cm.tobytes(), cm[0])
t(lambda: cm[0])
t(lambda: cm.tobytes())
print(re.sub('0x[0-9a-fA-F]+', 'ADDR', repr(cm)))
outer = memoryview(b'ctx')
with outer as same:
    print(same is outer)
try:
    with memoryview(b'err') as em:
        raise KeyError('inside')
except KeyError as e:
    print('KeyError', e)
t(lambda: len(em))
t(lambda: outer.__exit__(None, None, None))
released = memoryview(b'q')
released.release()
def use_released():
    with released:
        pass
t(use_released)

# iterator keeps working state after release?  (only check no crash on next)
it_src = memoryview(b'abc')
it = iter(it_src)
print(next(it))
it_src.release()
t(lambda: next(it))

# slices, casts and views of a view hang on the underlying buffer, not on the view itself:
# releasing the parent view is allowed and the children keep working.
ba = bytearray(b'data')
base = memoryview(ba)
sub = base[1:]
cast = base.cast('B')
nested = memoryview(base)
print(sub.tobytes(), cast.tobytes(), nested.obj is ba)
t(base.release)
t(lambda: base.tobytes())
print(sub.tobytes(), cast.tolist(), nested.tobytes(), sub.obj is ba)
t(lambda: ba.append(1))
sub.release()
cast.release()
t(lambda: ba.append(1))
nested.release()
t(lambda: ba.append(1))
print(ba)

# bytearray resize while exported
ba = bytearray(b'abc')
v = memoryview(ba)
def iadd():
    global ba
    ba += b'x'
def idel():
    del ba[0]
def slice_del():
    del ba[0:2]
def slice_grow():
    ba[0:1] = b'xyz'
def slice_same():
    ba[0:1] = b'Q'
def imul():
    global ba
    ba *= 2
for name, f in (('append', lambda: ba.append(1)), ('extend', lambda: ba.extend(b'de')),
                ('iadd', iadd), ('clear', ba.clear), ('pop', ba.pop), ('pop0', lambda: ba.pop(0)),
                ('remove', lambda: ba.remove(97)), ('insert', lambda: ba.insert(0, 1)),
                ('del', idel), ('slice_del', slice_del), ('slice_grow', slice_grow),
                ('imul', imul), ('slice_same', slice_same),
                ('setitem', lambda: ba.__setitem__(1, 66)), ('reverse', ba.reverse)):
    print(name, end=' ')
    t(f)
print(ba, v.tobytes())
ba2 = ba
v.release()
ba.append(33)
ba.extend(b'??')
ba += b'+'
del ba[0]
print(ba, ba.pop(), ba2 is ba)
ba.clear()
print(ba, len(ba))

# several exports: all must be released
ba = bytearray(b'123')
e1 = memoryview(ba)
e2 = memoryview(ba)
e1.release()
t(lambda: ba.append(52))
e2.release()
t(lambda: ba.append(52))
print(ba)
with memoryview(ba) as cmv:
    t(lambda: ba.extend(b'56'))
t(lambda: ba.extend(b'56'))
print(ba)
s = memoryview(ba)[1:3]
t(lambda: ba.append(55))
del s
t(lambda: ba.append(55))
print(ba)
