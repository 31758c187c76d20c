# inspect type predicates, members, getattr_static and generator states.
import abc
import functools
import inspect
import sys
import types


def func(a):
    return a


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Base:
    """Base doc."""
    x = 1
    __slots__ = ()


class Klass:
    """Klass doc."""
    attr = 5

    def method(self):
        pass

    @classmethod
    def cmeth(cls):
        pass

    @staticmethod
    def smeth():
        pass

    @property
    def prop(self):
        "Prop doc."
        return 1


class Slotted:
    __slots__ = ('s',)


class Abstract(abc.ABC):
    @abc.abstractmethod
    def need(self):
        pass


class Concrete(Abstract):
    def need(self):
        pass


g = gen()
c = coro()
ag = agen()
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
frame = sys._getframe()
objects = [
    ('module', inspect), ('class', Klass), ('func', func), ('lambda', lambda: 0),
    ('method', Klass().method), ('cmeth', Klass.cmeth), ('smeth', Klass.smeth),
    ('gen', g), ('genfunc', gen), ('coro', c), ('corofunc', coro), ('agen', ag),
    ('agenfunc', agen), ('builtin', len), ('bmethod', [].append), ('mdesc', str.join),
    ('wdesc', object.__init__), ('mwrap', object().__str__), ('cmdesc', dict.__dict__['fromkeys']),
    ('getset', type.__dict__['__dict__']), ('member', Slotted.__dict__['s']),
    ('property', Klass.__dict__['prop']), ('staticm', Klass.__dict__['smeth']),
    ('classm', Klass.__dict__['cmeth']), ('code', func.__code__), ('frame', frame),
    ('traceback', tb), ('int', 3), ('partial', functools.partial(func, 1)),
    ('partialgen', functools.partial(gen)), ('abstract', Abstract), ('concrete', Concrete),
]
preds = [n for n in dir(inspect) if n.startswith('is') and n not in ('isawaitable',)]
print(preds)
for name, obj in objects:
    print(name, [p[2:] for p in preds if getattr(inspect, p)(obj)])
print(inspect.isawaitable(c), inspect.isawaitable(g), inspect.isawaitable(3))


class Awaitable:
    def __await__(self):
        yield


print(inspect.isawaitable(Awaitable()), inspect.isawaitable(Awaitable))
c.close()


def sync():
    pass


print(inspect.iscoroutinefunction(sync))
inspect.markcoroutinefunction(sync)
print(inspect.iscoroutinefunction(sync), inspect.iscoroutinefunction(functools.partial(sync)))


class WithMarked:
    def m(self):
        pass
    inspect.markcoroutinefunction(m)


print(inspect.iscoroutinefunction(WithMarked().m), inspect.iscoroutinefunction(coro))
print(inspect.iscoroutinefunction(functools.partial(coro)), inspect.isgeneratorfunction(functools.partial(gen, 1)))


class Partial:
    pm = functools.partialmethod(gen)


print(inspect.isgeneratorfunction(Partial().pm))

# getmembers.
print([n for n, v in inspect.getmembers(Klass) if not n.startswith('__')])
print([(n, v.__qualname__) for n, v in inspect.getmembers(Klass, inspect.isfunction)])
print([(n, type(v).__name__) for n, v in inspect.getmembers(Klass()) if not n.startswith('__')])
print([(n, type(v).__name__) for n, v in inspect.getmembers_static(Klass) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(types.SimpleNamespace(a=1, b=2)) if not n.startswith('_')])
print(inspect.getmembers(inspect, inspect.isclass)[:3])


class Getattr:
    def __getattr__(self, name):
        raise AttributeError(name)

    def __dir__(self):
        return ['ghost', 'real']

    real = 1


print(inspect.getmembers(Getattr()))

# classify_class_attrs.
for a in inspect.classify_class_attrs(Klass):
    if not a.name.startswith('__') or a.name in ('__init__', '__doc__'):
        print(a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)
print(inspect.Attribute._fields)
print(inspect.getmro(Concrete) == Concrete.__mro__, inspect.getmro(bool))

# unwrap.
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper


w = deco(deco(func))
print(inspect.unwrap(w) is func, inspect.unwrap(func) is func)
print(inspect.unwrap(w, stop=lambda f: f.__wrapped__ is func) is w.__wrapped__)


def loop():
    pass


loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])


class WrappedClass:
    __wrapped__ = func


print(inspect.unwrap(WrappedClass) is WrappedClass)

# getattr_static.


class Desc:
    def __get__(self, obj, cls=None):
        return 'computed'


class DataDesc(Desc):
    def __set__(self, obj, value):
        pass


class Static:
    d = Desc()
    dd = DataDesc()
    cls_attr = 'class'

    def __getattr__(self, name):
        return 'dynamic'

    @property
    def p(self):
        raise RuntimeError('should not run')


s = Static()
s.__dict__['d'] = 'instance'
s.__dict__['dd'] = 'instance'
s.__dict__['own'] = 'own'
for name in ('d', 'dd', 'cls_attr', 'own', 'p'):
    print(name, type(inspect.getattr_static(s, name)).__name__, getattr(s, name) if name != 'p' else '-')
print(inspect.getattr_static(s, 'missing', 'default'))
try:
    inspect.getattr_static(s, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print(inspect.getattr_static(Static, 'cls_attr'), type(inspect.getattr_static(Static, 'd')).__name__)
print(inspect.getattr_static(Klass, 'mro') is type.__dict__['mro'])
print(type(inspect.getattr_static(Klass, 'cmeth')).__name__, type(inspect.getattr_static(Klass(), 'smeth')).__name__)
print(inspect.getattr_static(Slotted, 's') is Slotted.__dict__['s'])

# isabstract.


class AbstractMid(Abstract):
    pass


print(inspect.isabstract(Abstract), inspect.isabstract(AbstractMid), inspect.isabstract(Concrete),
      inspect.isabstract(Abstract()) if False else inspect.isabstract(Concrete()), inspect.isabstract(int))

# Generator and coroutine states.
def counter():
    x = 1
    yield x
    y = 2
    yield y


gg = counter()
print(inspect.getgeneratorstate(gg), inspect.getgeneratorlocals(gg))
next(gg)
print(inspect.getgeneratorstate(gg), inspect.getgeneratorlocals(gg))
next(gg)
print(inspect.getgeneratorlocals(gg))
gg.close()
print(inspect.getgeneratorstate(gg), inspect.getgeneratorlocals(gg))


def self_state():
    yield inspect.getgeneratorstate(me)


me = self_state()
print(next(me))
try:
    inspect.getgeneratorlocals(3)
except TypeError as e:
    print('TypeError', e)


async def co2(a):
    b = a + 1
    return b


cc = co2(1)
print(inspect.getcoroutinestate(cc), inspect.getcoroutinelocals(cc))
try:
    cc.send(None)
except StopIteration as e:
    print('result', e.value)
print(inspect.getcoroutinestate(cc), inspect.getcoroutinelocals(cc))
print(inspect.GEN_CREATED, inspect.CORO_CLOSED, inspect.AGEN_RUNNING)
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS,
      inspect.CO_NESTED, inspect.CO_OPTIMIZED, inspect.CO_NEWLOCALS, inspect.CO_NOFREE,
      inspect.CO_ITERABLE_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.TPFLAGS_IS_ABSTRACT)
print([(m.name, m.value) for m in inspect.BufferFlags], inspect.BufferFlags.FULL_RO.value)
print(sorted(inspect.__all__) == sorted(set(inspect.__all__)), len(inspect.__all__))
