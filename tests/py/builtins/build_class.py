# The class statement: __build_class__, metaclasses, __prepare__, __mro_entries__,
# keyword arguments, __init_subclass__ and the __class__ cell.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], sorted(kw))
        return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=True):
    def m(self):
        return self.injected
print(type(A).__name__, A().m())

class B(A):
    pass
print(type(B).__name__)

class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag='t1'):
    pass
print(Sub.tag)

class Entry:
    def __mro_entries__(self, bases):
        return (Base,)
class FromEntry(Entry()):
    pass
print(FromEntry.__mro__[1].__name__, FromEntry.__orig_bases__[0].__class__.__name__)

class WithSuper(Base):
    def who(self):
        return __class__.__name__, super().__class__.__name__
print(WithSuper().who())

class M1(type):
    pass
class M2(type):
    pass
class C1(metaclass=M1):
    pass
class C2(metaclass=M2):
    pass
try:
    class C3(C1, C2):
        pass
except TypeError as e:
    print(type(e).__name__, e)

def plain_meta(name, bases, ns):
    return (name, bases, sorted(k for k in ns if not k.startswith('__')))
class NotAClass(metaclass=plain_meta):
    a = 1
print(NotAClass)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class BadEntries:
    def __mro_entries__(self, bases):
        return [Base]
try:
    class Y(BadEntries()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

t(lambda: __build_class__())
t(lambda: __build_class__(1, 'x'))
t(lambda: __build_class__(lambda: None, 1))
