# unittest.mock specs: spec, spec_set, mock_add_spec, create_autospec with
# signature checking for functions, methods, classes and instances.
import inspect
import re
from unittest import mock
from unittest.mock import (Mock, MagicMock, NonCallableMagicMock,
                           create_autospec, call, ANY, AsyncMock)


def r(obj):
    return re.sub(r"id='\d+'", "id='?'", repr(obj))


def show(label, func):
    try:
        print(label, r(func()))
    except Exception as e:
        print(label, type(e).__name__, re.sub(r"id='\d+'", "id='?'", str(e)))


class Thing:
    attr = 1

    def __init__(self, a, b=2):
        self.a = a

    def method(self, x, y=0, *, z=None):
        return x

    @classmethod
    def cmeth(cls, v):
        return v

    @staticmethod
    def smeth(v, w):
        return v

    @property
    def prop(self):
        return 'p'

    async def amethod(self, q):
        return q


def func(a, b, c=3, *args, key=None, **kwargs):
    return a


async def afunc(x, y=1):
    return x


# spec
m = Mock(spec=Thing)
print(r(m), isinstance(m, Thing), m.__class__ is Thing)
print(r(m.method), r(m.attr), r(m.prop))
show('missing', lambda: m.nonexistent)
m.nonexistent = 5
print(m.nonexistent)
print(type(m.amethod).__name__)
m = Mock(spec=['a', 'b'])
print(r(m.a))
show('list spec', lambda: m.c)
m = Mock(spec=Thing(0))
print(r(m), isinstance(m, Thing))
m = Mock(spec=Thing)
m(1)
m.assert_called_with(1)
m.assert_called_with(a=1)
show('spec sig mismatch', lambda: m.assert_called_with(2))
show('sig bad call', lambda: m.assert_called_with(1, 2, 3))

# spec_set
m = Mock(spec_set=Thing)
print(r(m))
m.attr = 5
print(m.attr)
show('spec_set set', lambda: setattr(m, 'other', 1))
show('spec_set get', lambda: m.other)
m = MagicMock(spec_set=['x'])
m.x = 1
show('spec_set list', lambda: setattr(m, 'y', 1))

# mock_add_spec
m = Mock()
m.mock_add_spec(['one'])
print(r(m.one))
show('added spec', lambda: m.two)
m.mock_add_spec(Thing, spec_set=True)
show('added spec_set', lambda: setattr(m, 'zz', 1))
print(r(m))
show('spec a mock', lambda: Mock(spec=Mock()))

# create_autospec on a function
f = create_autospec(func, return_value='ret')
print(type(f).__name__, f.__name__, inspect.signature(f))
print(f(1, 2), f(1, 2, 3, 4, key=5, other=6))
show('bad args', lambda: f(1))
show('bad kw', lambda: f(b=1))
print(f.call_count, f.call_args, f.mock_calls)
f.assert_called_with(1, 2, 3, 4, key=5, other=6)
f.assert_any_call(1, 2)
f.assert_any_call(a=1, b=2)
show('autospec assert', lambda: f.assert_called_with(9, 9))
show('autospec once', lambda: f.assert_called_once_with(1, 2))
print(r(f.mock))
f.reset_mock()
print(f.call_count, f.called, f.mock_calls)
f.side_effect = ValueError('nope')
show('side effect', lambda: f(1, 2))
f.return_value = 'again'
f.side_effect = None
print(f(1, 2))

# autospec on a class
Klass = create_autospec(Thing)
print(r(Klass), inspect.signature(Klass))
inst = Klass(1)
print(r(inst), r(Klass.return_value) == r(inst), isinstance(inst, Thing))
show('class bad init', lambda: Klass())
inst.method(1, y=2, z=3)
show('method bad', lambda: inst.method())
show('method kwonly', lambda: inst.method(1, 2, 3))
inst.method.assert_called_once_with(1, y=2, z=3)
inst.method.assert_called_once_with(x=1, y=2, z=3)
print(inst.method.mock_calls, Klass.mock_calls, inst.mock_calls)
show('missing attr', lambda: inst.nope)
print(r(inst.attr), r(inst.prop))
show('cmeth', lambda: Klass.cmeth(1))
show('cmeth bad', lambda: Klass.cmeth(1, 2))
show('smeth', lambda: inst.smeth(1, 2))
show('smeth bad', lambda: inst.smeth(1))
show('unbound method', lambda: Klass.method(inst, 5))
show('unbound method bad', lambda: Klass.method(5))
print(type(inst.amethod).__name__, inspect.iscoroutinefunction(inst.amethod))
show('call instance', inst)
Inst = create_autospec(Thing, instance=True)
print(r(Inst), type(Inst).__name__)
show('call instance spec', Inst)


class CallableThing:
    def __call__(self, a):
        return a

ct = create_autospec(CallableThing, instance=True)
print(type(ct).__name__, r(ct(1)))
show('callable instance bad', lambda: ct())
ct2 = create_autospec(CallableThing())
print(r(ct2(5)))

# spec_set autospec
S = create_autospec(Thing, spec_set=True)
show('autospec spec_set', lambda: setattr(S, 'nothere', 1))
S.attr = 3
print(S.attr)

# async function autospec
af = create_autospec(afunc)
print(inspect.iscoroutinefunction(af), type(af).__name__, r(af.mock))
import asyncio
show('async bad', lambda: asyncio.run(af()))
print(asyncio.run(af(1)) is af.mock.return_value, af.await_count)
show('async instance', lambda: create_autospec(afunc, instance=True))

# autospec of module-level objects and non-callables
ns = create_autospec(42)
print(type(ns).__name__, r(ns.real))
show('int call', ns)
lst = create_autospec([1, 2])
print(r(lst), r(lst.append(3)))
show('list append bad', lambda: lst.append())
show('autospec mock', lambda: create_autospec(Mock()))
show('typo', lambda: create_autospec(func, autospect=True))
named_f = create_autospec(func, name='named')
print(named_f.__name__, r(named_f.mock))

# autospec + assert_has_calls with signatures
m = create_autospec(Thing)
o = m(1)
o.method(1)
o.method(x=2)
m.return_value.method.assert_has_calls([call(x=1), call(2)])
m.assert_has_calls([call(1), call().method(1), call().method(x=2)])
show('has_calls sig', lambda: m.assert_has_calls([call().method(1, 2, 3, 4)]))
show('has_calls mismatch', lambda: m.assert_has_calls([call(7)]))

# mock_calls / method_calls on autospecced children
m = create_autospec(Thing, instance=True)
m.method(1)
m.cmeth(2)
print(m.method_calls, m.mock_calls)
print(r(m.method), r(m.cmeth))
