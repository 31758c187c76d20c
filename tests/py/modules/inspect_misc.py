# inspect: async generator states, enum members, exceptions and misc helpers.
import enum
import inspect
import types


async def agen(n):
    total = n
    yield total
    yield total + 1


ag = agen(1)
print(inspect.isasyncgen(ag), inspect.isasyncgenfunction(agen), inspect.isasyncgen(agen))
print(inspect.getasyncgenstate(ag), inspect.getasyncgenlocals(ag))
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print('yielded', e.value)
print(inspect.getasyncgenstate(ag), inspect.getasyncgenlocals(ag))
closer = ag.aclose()
try:
    closer.send(None)
except StopIteration:
    pass
print(inspect.getasyncgenstate(ag), inspect.getasyncgenlocals(ag))
try:
    inspect.getasyncgenlocals(1)
except TypeError as e:
    print('TypeError', e)


async def co():
    return inspect.getcoroutinestate(me)


me = co()
try:
    me.send(None)
except StopIteration as e:
    print('inside:', e.value)
print(inspect.getcoroutinestate(me))


class Color(enum.Enum):
    RED = 1
    GREEN = 2


names = [n for n, v in inspect.getmembers(Color) if not n.startswith('_')]
print(names)
print([(a.name, a.kind) for a in inspect.classify_class_attrs(Color) if a.name in ('RED',)])
print(sorted(n for n, v in inspect.getmembers_static(Color) if not n.startswith('_')))

for exc in (inspect.ClassFoundException, inspect.EndOfBlock):
    print(exc.__name__, exc.__mro__[1].__name__)
bf = inspect.BlockFinder()
print(bf.indent, bf.started, bf.last, bf.islambda, bf.passline)
try:
    for tok in [(1, 'def', (1, 0), (1, 3), ''), (4, '\n', (1, 9), (1, 10), ''),
                (5, '  ', (2, 0), (2, 2), ''), (1, 'x', (2, 2), (2, 3), ''),
                (4, '\n', (2, 3), (2, 4), ''), (6, '', (3, 0), (3, 0), '')]:
        bf.tokeneater(*tok)
except inspect.EndOfBlock:
    print('EndOfBlock at', bf.last)

print(inspect.isgetsetdescriptor(types.FunctionType.__dict__['__name__']) or
      inspect.ismemberdescriptor(types.FunctionType.__dict__['__name__']))
print(inspect.ismethodwrapper(object().__eq__), inspect.ismethodwrapper(object.__eq__))
print(inspect.isroutine(object().__eq__), inspect.isroutine(str.upper), inspect.isroutine(3))
print(inspect.isdatadescriptor(property()), inspect.ismethoddescriptor(property()))


class OnlyGet:
    def __get__(self, obj, cls):
        return 1


class GetSet(OnlyGet):
    def __set__(self, obj, value):
        pass


class GetDelete(OnlyGet):
    def __delete__(self, obj):
        pass


for d in (OnlyGet(), GetSet(), GetDelete(), OnlyGet, len):
    print(type(d).__name__, inspect.ismethoddescriptor(d), inspect.isdatadescriptor(d))

print(inspect.getmodulename('pkg/__init__.py'), inspect.getmodulename('noext'))
print(inspect.formatannotation(list), inspect.formatannotation(types.SimpleNamespace),
      inspect.formatannotation(int | None), inspect.formatannotation(dict[str, 'X']))
