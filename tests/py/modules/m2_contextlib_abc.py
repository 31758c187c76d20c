# contextlib (contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout)
# and abc (abstract methods, properties, register, subclass hooks).
import contextlib
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext
from abc import ABC, ABCMeta, abstractmethod
import io

log = []


@contextmanager
def tag(name):
    log.append(f'<{name}>')
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f'handled {e}')
    finally:
        log.append(f'</{name}>')


with tag('a') as t:
    log.append(t)
with tag('b'):
    raise KeyError('k')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    log.append(f'outer {e}')
print(log)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@tag('deco')
def decorated():
    log.append('body')


log.clear()
decorated()
print(log)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
with suppress():
    pass
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('IndexError', e)
with suppress(Exception):
    raise ExceptionGroup('g', [ValueError(1)])
print('after suppress')


class Conn:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closed', self.name)


with closing(Conn('db')) as c:
    print('using', c.name)
with nullcontext(5) as v, nullcontext() as n:
    print(v, n)
with ExitStack() as stack:
    for name in ['x', 'y']:
        stack.enter_context(closing(Conn(name)))
    stack.callback(print, 'callback', 1)
    stack.push(lambda *exc: print('push sees', exc[0]) or False)
    print('inside stack')
with ExitStack() as stack:
    stack.callback(print, 'never')
    moved = stack.pop_all()
print('popped')
moved.close()
try:
    with ExitStack() as stack:
        stack.push(lambda et, ev, tb: et is ValueError)
        raise ValueError('swallowed')
    print('stack suppressed')
except ValueError:
    print('not suppressed')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('hidden')
print(repr(buf.getvalue()))


class AbstractContextManager(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None


with AbstractContextManager() as acm:
    print(type(acm).__name__)
# abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name}: {self.area()}'


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return 'square'


class Half(Shape):
    def area(self):
        return 0


print(Square(3).describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)


class Plugin(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return hasattr(C, 'run') or NotImplemented
        return NotImplemented


class Runner:
    def run(self):
        pass


class Tuple3(tuple):
    pass


Plugin.register(tuple)
print(issubclass(Runner, Plugin), isinstance(Runner(), Plugin), issubclass(int, Plugin), issubclass(Tuple3, Plugin))
print(isinstance((), Plugin), Plugin.register(list) is list, isinstance([], Plugin), issubclass(dict, Plugin))
try:
    Plugin.register(5)
except TypeError as e:
    print('TypeError', e)
print(type(Shape).__name__, isinstance(Shape, ABCMeta), Square.__mro__[-2].__name__)
