# unittest.mock basics: Mock, return_value, side_effect, wraps, naming,
# call objects, reset_mock, configure_mock, attach_mock, sentinel, seal.
import re
from unittest import mock
from unittest.mock import (Mock, MagicMock, NonCallableMock, call, ANY,
                           DEFAULT, sentinel, seal, PropertyMock)


def r(obj):
    return re.sub(r"id='\d+'", "id='?'", repr(obj))


def show(label, func):
    try:
        print(label, r(func()))
    except Exception as e:
        print(label, type(e).__name__, re.sub(r"id='\d+'", "id='?'", str(e)))


m = Mock()
print(r(m))
print(r(m.foo), r(m.foo.bar), r(m()), r(m.foo()), r(m().bar))
print(r(m.foo().bar()), r(m()()))
print(m.foo is m.foo, m() is m.return_value)
print(m.called, m.call_count, m.call_args, m.call_args_list)
m(1, 2, a=3)
m.foo(4)
m.foo.bar(5, x=6)
print(m.called, m.call_count, m.call_args, m.call_args_list)
print(m.call_args.args, m.call_args.kwargs)
print(m.method_calls)
print(m.mock_calls)
print(m.foo.mock_calls, m.foo.call_args_list)

named = Mock(name='thing')
print(r(named), r(named.attr), r(named.attr()), r(named().x))
named.attr.sub(1)
print(named.mock_calls)

# return_value
m = Mock(return_value=3)
print(m(), m(1))
m.return_value = sentinel.value
print(m(), sentinel.value is sentinel.value, sentinel.other)
print(r(Mock(return_value=None)()))

# side_effect
m = Mock(side_effect=KeyError('boom'))
show('exc', lambda: m())
m = Mock(side_effect=ValueError)
show('exc class', lambda: m(1))
m = Mock(side_effect=[1, 2, ValueError('third'), 4])
print(m(), m())
show('iter exc', m)
print(m())
show('exhausted', m)
m = Mock(side_effect=lambda x: x * 2)
print(m(21))
m = Mock(side_effect=lambda: DEFAULT, return_value='rv')
print(m())
m.side_effect = None
print(m())
m.side_effect = (n for n in 'ab')
print(m(), m())
print(r(Mock(side_effect=iter([1])).side_effect)[:19])


# wraps
class Real:
    x = 10

    def double(self, v):
        return v * 2

w = Mock(wraps=Real())
print(w.double(4), w.double.call_args)
print(r(w.x))
show('missing', lambda: w.nope)
w.double.return_value = 'fixed'
print(w.double(4))
wf = Mock(wraps=len)
print(wf('abc'), wf.call_args)

# configure_mock and keyword arguments
m = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError,
            'attr': 'plain'})
print(m.method(), m.attr)
show('configured', m.other)
m.configure_mock(**{'a.b.c.return_value': 'deep', 'a.b.name': 'x'})
print(m.a.b.c(), r(m.a.b))

# reset_mock
m = Mock(return_value=5, side_effect=[1])
m.child(1)
print(m())
m.reset_mock()
print(m.called, m.call_count, m.mock_calls, m.child.call_count)
m.side_effect = None
print(m())
m.reset_mock(return_value=True, side_effect=True)
print(r(m()))
m2 = Mock()
m2.return_value = m2
m2()
m2.reset_mock()
print(m2.call_count)

# attach_mock
parent = Mock()
child1 = Mock(return_value=None)
child2 = Mock(name='named')
parent.attach_mock(child1, 'child1')
parent.attach_mock(child2, 'child2')
child1(1)
child2(2)
print(parent.mock_calls, r(child1), r(child2))
# assignment only adopts unnamed mocks
p2 = Mock()
p2.a = Mock()
p2.b = Mock(name='b')
p2.a(1)
p2.b(2)
print(p2.mock_calls)

# deleting attributes
m = Mock()
del m.foo
show('deleted', lambda: m.foo)
m.foo = 3
print(m.foo)
del m.foo
show('deleted again', lambda: m.foo)
show('double delete', lambda: delattr(m, 'foo'))

# unsafe
show('assret', lambda: m.assret_called())
show('called_once', lambda: m.called_once)
print(r(Mock(unsafe=True).assret_foo))

# NonCallableMock
nc = NonCallableMock(name='nc')
show('call nc', lambda: nc())
print(r(nc.child), r(nc.child()))

# call objects
print(call(1, 2, a=3), call.foo.bar(4), call()(5), call.x().y(6))
print(call, call.foo, r(call.foo()))
c = call(1, a=2)
print(c.args, c.kwargs, c == ((1,), {'a': 2}), c == call(1, a=3))
print(call.foo(1) == ('foo', (1,), {}), call.foo(1) == call.bar(1))
print(call(1) == ('', (1,)), call(1) == ((1,),), call() == (), call.x == ('x',))
print(call(ANY, 2) == call(1, 2), call(1, 2) == call(ANY, 2), call(1) != call(2))
kall = call.one(1).two(2).three(3)
print(kall.call_list())
m = Mock()
m.one(1).two(2).three(3)
print(m.mock_calls == kall.call_list())
print(call.foo.index, call.count(1))
print(call(1) == 3, repr(ANY), ANY == object(), ANY != 1)
print(len(call(1)), len(mock.call.x(1)), tuple(call.x(1, y=2)))

# PropertyMock
class P:
    @property
    def prop(self):
        return 'real'

pm = PropertyMock(return_value='mocked')
type(P).__dict__
P.prop = pm
p = P()
print(p.prop)
p.prop = 9
print(pm.mock_calls)

# seal
m = Mock()
m.known.value = 1
m.sub = Mock()
m.sub.existing = 2
seal(m)
print(m.known.value, m.sub.existing)
show('sealed attr', lambda: m.unknown)
show('sealed nested', lambda: m.known.other)
show('sealed call', lambda: m.sub.existing2)
show('sealed return', lambda: m.known())
show("sealed set", lambda: setattr(m, "new_attr", 5))


# callable checks and class
print(callable(Mock()), callable(NonCallableMock()), type(Mock()) is Mock,
      isinstance(Mock(), Mock), Mock().__class__ is not Mock)
print(type(Mock()).__name__, type(MagicMock()).__mro__[1] is MagicMock)
m = Mock()
m.__class__ = dict
print(isinstance(m, dict), r(m))
