# type() with one and three arguments, object(), property/staticmethod/classmethod, super(),
# __init_subclass__/__set_name__, globals/locals, and the errors of each.
def t(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, type) else 'type:' + r.__name__)
    except Exception as e:
        print(type(e).__name__, e)

print(type(1).__name__, type('') is str, type(type) is type, type(None).__name__, type(t).__name__, type(len).__name__)
print(type(int.__add__).__name__, type([].append).__name__, type(object.__init__).__name__, type(x for x in '').__name__)
X = type('X', (), {'a': 1, 'f': lambda self: self.a + 1})
x = X()
print(X.__name__, X.__qualname__, X.__bases__, X.a, x.f(), X.__module__, isinstance(x, X))
Y = type('Y', (X,), {'a': 10, '__doc__': 'doc of Y'})
print(Y().f(), Y.__mro__ == (Y, X, object), Y.__doc__, issubclass(Y, X))
t(lambda: type('Z', (1,), {}))
t(lambda: type('Z', (), 5))
t(lambda: type(5, (), {}))
t(lambda: type('Z', 5, {}))
t(lambda: type('Z', (bool,), {}))
t(lambda: type('Z', (int, str), {}))
t(lambda: type('Z', ()))
t(lambda: type())
t(lambda: type('a', 'b', 'c', 'd'))
t(lambda: type('Z', (), {'__slots__': ['a', 'a']}))
t(lambda: type('Z', (), {}, extra=1))

o = object()
print(type(o).__name__, o == o, o != object(), bool(o), str(o).startswith('<object object at '))
t(lambda: object(1))
t(lambda: setattr(o, 'x', 1))
t(lambda: o.x)
t(lambda: object.__new__(5))
t(lambda: object.__new__(int))
print(object.__subclasses__ is not None, hasattr(object, '__dict__'), '__init__' in dir(object))

class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        'the v'
        return self._v
    @v.setter
    def v(self, value):
        if value < 0:
            raise ValueError('negative')
        self._v = value
    ro = property(lambda self: 'readonly')
    @staticmethod
    def s(a, b=2):
        return a * b
    @classmethod
    def c(cls, n):
        return cls.__name__ * n
p = P()
p.v = 5
print(p.v, P.v.__doc__, p.ro, P.s(3), p.s(3, 3), P.c(2), p.c(1), type(P.__dict__['s']).__name__)
t(lambda: setattr(p, 'v', -1))
t(lambda: setattr(p, 'ro', 1))
t(lambda: delattr(p, 'ro'))
t(lambda: delattr(p, 'v'))
t(lambda: P.s())
t(lambda: P.c())
t(lambda: property(1)(p))
t(lambda: staticmethod(5)())
t(lambda: classmethod(5).__get__(None, P)())
print(isinstance(P.v, property), P.v.fget(p), P.v.fset is not None, P.ro.fset, P.ro.fdel)

class Base:
    registry = []
    def __init_subclass__(cls, tag='none', **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
    def hello(self):
        return 'base hello'
class Child(Base, tag='kid'):
    def hello(self):
        return 'child+' + super().hello()
class Grand(Child):
    def hello(self):
        return 'grand+' + super(Child, self).hello()
print(Base.registry, Child().hello(), Grand().hello(), super(Grand, Grand()).hello())
t(lambda: type('Bad', (Base,), {}, unknown=1))
t(lambda: super(int, 'x'))
t(lambda: super(5))
t(lambda: super(Child, Base()).hello())
def outside():
    return super()
t(outside)
class Named:
    def __set_name__(self, owner, name):
        self.where = owner.__name__ + '.' + name
class Owner:
    attr = Named()
print(Owner.attr.where)

def scope():
    a = 1
    b = [a]
    return sorted(locals().items())
print(scope(), 'scope' in globals(), globals()['__name__'], type(globals()).__name__)
g = globals()
g['dyn_var'] = 99
print(dyn_var)
t(lambda: globals(1))
t(lambda: locals(1))
print(callable(type), isinstance(type, type), isinstance(object, type), issubclass(type, object))
print(int.__name__, int.__qualname__, P.s.__qualname__, P.c.__qualname__, P.__init__.__qualname__)
print(X.__dict__['a'], sorted(k for k in vars(P) if not k.startswith('__')))
