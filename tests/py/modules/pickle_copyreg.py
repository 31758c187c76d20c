"""copyreg: reducer registration, extension codes, helpers; copy uses the same protocol."""
import copy
import copyreg
import pickle

print(copyreg.__all__)
print(complex in copyreg.dispatch_table, type(int | str) in copyreg.dispatch_table)
print(copyreg.pickle_complex(3+4j))


class Temp:
    def __init__(self, deg):
        self.deg = deg


def reduce_temp(t):
    return Temp, (t.deg + 1,)


copyreg.pickle(Temp, reduce_temp)
print(Temp in copyreg.dispatch_table)
for p in range(6):
    print(p, pickle.dumps(Temp(1), p), pickle.loads(pickle.dumps(Temp(1), p)).deg)
print(copy.copy(Temp(5)).deg, copy.deepcopy([Temp(7)])[0].deg)
del copyreg.dispatch_table[Temp]

for args in [(Temp, 5), (Temp, reduce_temp, 5)]:
    try:
        copyreg.pickle(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    copyreg.constructor(5)
except TypeError as e:
    print(type(e).__name__, e)
copyreg.constructor(Temp)

# Extension registry: globals pickled as small codes from protocol 2 on
copyreg.add_extension(__name__, 'Temp', 200)
copyreg.add_extension(__name__, 'Temp', 200)
copyreg.add_extension('collections', 'OrderedDict', 0x1234)
copyreg.add_extension('builtins', 'len', 0x123456)
for p in range(6):
    d = pickle.dumps([Temp, len, __import__('collections').OrderedDict], p)
    print(p, d, pickle.loads(d)[1] is len)
for bad in [(__name__, 'Temp', 201), ('x', 'y', 200), ('x', 'y', 0), ('x', 'y', 1 << 31)]:
    try:
        copyreg.add_extension(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(copyreg._extension_registry[(__name__, 'Temp')], copyreg._inverted_registry[200])
pickle.loads(b'\x80\x02\x82\xc8.')
print(200 in copyreg._extension_cache)
copyreg.clear_extension_cache()
print(copyreg._extension_cache)
copyreg.remove_extension(__name__, 'Temp', 200)
copyreg.remove_extension('collections', 'OrderedDict', 0x1234)
copyreg.remove_extension('builtins', 'len', 0x123456)
try:
    copyreg.remove_extension(__name__, 'Temp', 200)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pickle.loads(b'\x80\x02\x82\xc8.')
except ValueError as e:
    print(type(e).__name__, e)


# _slotnames, with mangling and inheritance
class A:
    __slots__ = ('x', '__priv', '__dict__')


class B(A):
    __slots__ = 'y'


class _C:
    __slots__ = ('__z',)


class Plain:
    pass


print(copyreg._slotnames(A), copyreg._slotnames(B), copyreg._slotnames(_C), copyreg._slotnames(Plain))
print(B.__slotnames__, '__slotnames__' in Plain.__dict__)

# helpers named by pickles
print(copyreg._reconstructor(Plain, object, None).__class__.__name__)
try:
    copyreg._reconstructor(Plain, int, 5)
except TypeError as e:
    print(type(e).__name__, e)


class MyInt(int):
    pass


m = copyreg._reconstructor(MyInt, int, 7)
print(type(m).__name__, m)
print(type(copyreg.__newobj__(MyInt, 3)).__name__, copyreg.__newobj__(MyInt, 3))
print(copyreg.__newobj_ex__(MyInt, (4,), {}))

# the reduction object.__reduce_ex__ falls back on below protocol 2
p = Plain()
p.v = 1
f, args, state = copyreg._reduce_ex(p, 1)
print(f is copyreg._reconstructor, args, state)
print(len(copyreg._reduce_ex(Plain(), 0)))
m = MyInt(9)
m.tag = 't'
print(copyreg._reduce_ex(m, 0)[1:])
try:
    copyreg._reduce_ex(B(), 1)
except TypeError as e:
    print(type(e).__name__, e)


class GS:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {'b': 2}


print(copyreg._reduce_ex(GS(), 0)[2])

# copy follows the same protocol
class NewArgs:
    def __new__(cls, a):
        obj = object.__new__(cls)
        obj.a = a
        return obj

    def __getnewargs__(self):
        return (self.a,)


c = copy.copy(NewArgs([1]))
d = copy.deepcopy(NewArgs([1]))
print(c.a, d.a)


class S:
    __slots__ = ('p', 'q')


s = S()
s.p = [1]
s2 = copy.deepcopy(s)
print(s2.p, s2.p is s.p, hasattr(s2, 'q'))
s3 = copy.copy(s)
print(s3.p is s.p)


class Ctx:
    def __reduce_ex__(self, proto):
        return 'Ctx'


print(copy.copy(Ctx()).__class__.__name__, copy.deepcopy(Ctx()).__class__.__name__)
x = copy.deepcopy(3+4j)
print(x)
