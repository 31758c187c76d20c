"""pickle error messages: unpicklable objects, bad reductions, corrupt streams."""
import io
import re
import pickle
import threading
import copyreg


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, re.sub(r' at 0x[0-9a-fA-F]+', '', str(e)))
    else:
        print('ok', r)


def local():
    def inner():
        pass
    return inner


class Outer:
    pass


Outer.__qualname__ = 'Elsewhere'
mod_lambda = lambda: 0
alias = lambda: 0
alias.__qualname__ = 'mod_lambda'


class Slots:
    __slots__ = ('a',)


class WrongModule:
    pass


WrongModule.__module__ = 'no_such_module_xyz'


class Reducer:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


def gen():
    yield 1


for p in range(6):
    print('-- protocol', p)
    show(lambda: pickle.dumps(mod_lambda, p))
    show(lambda: pickle.dumps(alias, p))
    show(lambda: pickle.dumps(local(), p))
    show(lambda: pickle.dumps(gen(), p))
    show(lambda: pickle.dumps(threading.Lock(), p))
    show(lambda: pickle.dumps(Outer, p))
    show(lambda: pickle.dumps(WrongModule, p))
    show(lambda: pickle.dumps(Slots(), p))
    show(lambda: pickle.dumps(pickle.PickleBuffer(b'x'), p))

print('-- reductions')
for rv in [5, (), (len,), (len, 5), (len, (), None, 5), (len, (), None, None, 5),
           (len, (), None, None, None, 5), (len, (), 1, 2, 3, 4, 5), (5, ()), 'nope',
           (copyreg.__newobj__, ()), (copyreg.__newobj__, (5,)), (copyreg.__newobj__, (int,)),
           (copyreg.__newobj_ex__, ()), (copyreg.__newobj_ex__, (5, (), {})),
           (copyreg.__newobj_ex__, (Reducer, 5, {})), (copyreg.__newobj_ex__, (Reducer, (), 5))]:
    show(lambda: pickle.dumps(Reducer(rv), 2))


class BadArgs:
    def __getnewargs__(self):
        return [1]


class BadArgsEx:
    def __init__(self, rv):
        self.rv = rv

    def __getnewargs_ex__(self):
        return self.rv


show(lambda: pickle.dumps(BadArgs(), 2))
for rv in [5, (1,), ([], {}), ((), [])]:
    show(lambda: pickle.dumps(BadArgsEx(rv), 4))

print('-- constructors')
show(lambda: pickle.Pickler(5))
show(lambda: pickle.Pickler(io.BytesIO(), 6))
show(lambda: pickle.Pickler(io.BytesIO(), 4, buffer_callback=print))
show(lambda: pickle.Unpickler(5))
show(lambda: pickle.loads('text'))
show(lambda: pickle.dumps(1, -1)[:2])

print('-- corrupt streams')
for data in [b'', b'z', b'\xff', b'(.', b'.', b'0.', b'K', b'X\x05\x00\x00\x00ab', b'\x80\x09.',
             b'Q.', b'Pabc\n.', b'g5\n.', b'h\x05.', b'p-1\n.', b'S"abc\n.', b'Sabc\n.',
             b'cbuiltins\nnope\n.', b'\x80\x04\x8c\x08builtins\x8c\x06int.no\x93.',
             b'\x80\x02\x82\x05.', b'\x80\x02]K\x01\x81.', b'\x80\x02c__builtin__\nint\n]\x81.',
             b'\x80\x02c__builtin__\nint\n)K\x01\x92.', b'\x80\x02}(K\x01u.', b'(K\x01d.',
             b'\x80\x05\x97.', b'\x80\x04K\x01K\x02\x93.', b'\x8b\xff\xff\xff\xff.', b'T\xff\xff\xff\xff.',
             b'N}\x94(K\x01K\x02ub.', b'N)b.', b'1.', b'(1N.', b'I12x\n.', b'K\x01',
             b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.',
             b'\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00K\x01.',
             b'I01\n.', b'I00\n.', b'I7\n.', b'L5L\n.', b'F1.5\n.', b'(I1\nI2\nl.',
             b'(I1\n2t.', b'\x80\x02\x89\x88\x86.', b'N2\x86.']:
    show(lambda: pickle.loads(data))
