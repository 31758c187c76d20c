# getattr/setattr/delattr/hasattr, vars, dir, isinstance/issubclass, callable, id.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    cls_attr = 1
    def __init__(self):
        self.x = 10
    def method(self):
        return 'm'

c = C()
print(getattr(c, 'x'), getattr(c, 'missing', 'dflt'), getattr(c, 'cls_attr'), getattr(c, 'method')())
setattr(c, 'y', 20)
print(c.y, hasattr(c, 'y'), hasattr(c, 'nope'))
delattr(c, 'y')
print(hasattr(c, 'y'))
t(lambda: getattr(c, 'missing'))
t(lambda: getattr(c, 5))
t(lambda: getattr(c, 5, None))
t(lambda: getattr(c))
t(lambda: getattr(1, 'x', 2, 3))
t(lambda: setattr(c, 5, 1))
t(lambda: setattr(1, 'x', 3))
t(lambda: setattr(c, 'x'))
t(lambda: delattr(c, 'nope'))
t(lambda: delattr(c))
t(lambda: hasattr(c, 5))
class G:
    def __getattr__(self, name):
        if name == 'boom':
            raise KeyError(name)
        raise AttributeError(name)
t(lambda: hasattr(G(), 'a'))
t(lambda: hasattr(G(), 'boom'))

print(vars(c), sorted(vars(C).keys())[:3])
t(lambda: vars(1))
t(lambda: vars(1, 2))
print([n for n in dir(c) if not n.startswith('__')])
print('append' in dir([]), dir(C) == sorted(dir(C)))
t(lambda: dir(1, 2))
class D:
    def __dir__(self):
        return ['b', 'a', 'c']
print(dir(D()))

def f():
    a = 1
    b = 2
    return sorted(dir()), sorted(vars())
print(f())

print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (int,))))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(C, C))
t(lambda: isinstance(1, 2))
t(lambda: isinstance(1, (str, 2)))
t(lambda: isinstance(1, (int, 2)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: isinstance(1))
t(lambda: issubclass(int))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta):
    pass
print(isinstance('magic', M), isinstance(3, M), issubclass(int, M), issubclass(str, M))
class Proxy:
    @property
    def __class__(self):
        return int
print(isinstance(Proxy(), int), isinstance(Proxy(), Proxy))

print(callable(len), callable(C), callable(c), callable(c.method), callable(1), callable(None))
class K:
    def __call__(self):
        return 'called'
print(callable(K()), K()())
t(lambda: callable())
print(id(c) == id(c), id(c) != id(C()), type(id(c)).__name__)
t(lambda: id())
