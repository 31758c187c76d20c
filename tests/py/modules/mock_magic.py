# unittest.mock MagicMock: default magic method results, configuring magic
# methods, supported/unsupported names, dir() and FILTER_DIR.
import math
import os
import re
import sys
from unittest import mock
from unittest.mock import MagicMock, NonCallableMagicMock, Mock, call


def r(obj):
    return re.sub(r"id='\d+'", "id='?'", repr(obj))


def s(text):
    return re.sub(r"\d{6,}", "ID", text)


def show(label, func):
    try:
        print(label, r(func()))
    except Exception as e:
        print(label, type(e).__name__, s(str(e)))


m = MagicMock(name='m')
print(len(m), int(m), float(m), complex(m), bool(m), m.__index__())
print(3 in m, list(m), list(iter(m)))
print(s(str(m)), s(os.fspath(m)), hash(m) == object.__hash__(m))
print(sys.getsizeof(m) == object.__sizeof__(m) + sys.getsizeof(object()) - object().__sizeof__())
print(m == m, m != m, m == 1, m != 1)
show('lt', lambda: m < 1)
show('ge', lambda: m >= 1)
with m as entered:
    print(r(entered))
print(m.__exit__.return_value)
print(r(m + 1), r(1 + m), r(m - 1), r(m * 2), r(m @ 2), r(m / 2), r(m // 2))
print(r(m % 2), r(m ** 2), r(m << 1), r(m >> 1), r(m & 1), r(m | 1), r(m ^ 1))
print(r(divmod(m, 2)), r(-m), r(+m), r(abs(m)), r(~m), r(round(m)))
print(r(math.trunc(m)), r(math.floor(m)), r(math.ceil(m)))
print(r(m[1]), [0, 1, 2, 3][m])
m[1] = 2
del m[1]
x = m
x += 1
print(r(x))
print(r(next(m)))
print(m.mock_calls[-6:])
print(len(m.mock_calls))

# configuring
m = MagicMock()
m.__len__.return_value = 5
m.__iter__.return_value = [1, 2, 3]
m.__getitem__.side_effect = lambda k: k * 10
m.__contains__.return_value = True
m.__str__.return_value = 'custom'
m.__bool__.return_value = False
m.__int__.return_value = 42
print(len(m), list(m), list(m), m[4], 'x' in m, str(m), bool(m), int(m))
m.__iter__.return_value = iter([7, 8])
print(list(m), list(m))
m.__eq__.return_value = True
print(m == 1, m != 1)
m.__ne__.return_value = True
print(m != m)
m.__enter__.return_value = 'ctx'
with m as v:
    print(v)
m.__exit__.return_value = True
with m:
    raise ValueError('swallowed')
print('after with')
print(m.__len__.call_count, m.__getitem__.call_args)

# assigning functions
m = MagicMock()
m.__len__ = lambda self: 7
m.__getitem__ = lambda self, key: ('item', key)
print(len(m), m['k'])
m.__repr__ = lambda self: 'REPR'
print(repr(m))
m.__format__ = lambda self, spec: 'F' + spec
print(format(m, 'x'), f'{m:y}')
m.__reversed__ = lambda self: iter('ba')
print(list(reversed(m)))
m = Mock()
m.__len__ = Mock(return_value=3)
m.__iter__ = Mock(return_value=iter([1, 2]))
print(len(m), list(m), m.mock_calls)
m.__str__ = Mock(return_value='mockstr')
print(str(m))
show('no magic on Mock', lambda: len(Mock()))
show('getattr magic', lambda: Mock().__len__)
show('unsupported', lambda: setattr(MagicMock(), '__getattr__', lambda s, n: 1))
show('unsupported init', lambda: setattr(MagicMock(), '__init__', None))
del m.__len__
show('deleted len', lambda: len(m))
mm = MagicMock()
del mm.__iter__
show('deleted iter', lambda: type(iter(mm)).__name__)
show('no repr configured', lambda: mm.__reversed__)

# spec restricts magic methods
m = MagicMock(spec=[])
show('spec len', lambda: len(m))
m = MagicMock(spec=['__len__', '__iter__'])
print(len(m), list(m))
show('spec int', lambda: int(m))
show('spec set magic', lambda: setattr(m, '__int__', lambda s: 1))
m = MagicMock(spec=dict)
print(len(m), list(m), 'a' in m, r(m['x']))
show('dict spec int', lambda: int(m))
m = NonCallableMagicMock(name='nc')
print(len(m), r(m.foo()))
show('call', m)
m.mock_add_spec(['__int__'])
print(int(m))
show('after spec', lambda: len(m))

# children types
m = MagicMock()
print(type(m.a).__name__, type(m()).__name__, type(m.__len__).__name__)
nc = NonCallableMagicMock()
print(type(nc.a).__name__, type(Mock().a).__name__,
      type(mock.NonCallableMock().a).__name__)


class MyMock(MagicMock):
    pass

print(type(MyMock().a).__name__, type(MyMock()()).__name__)

# reset_mock keeps magic return values
m = MagicMock()
m.__str__.return_value = 'x'
str(m)
m.reset_mock(return_value=True)
print(s(str(m)) == s(object.__str__(m)) or str(m))
m.__str__.reset_mock(return_value=True)
print(type(str(m)).__name__)

# dir
m = Mock()
m.child
m.attr = 3
print(dir(m))
del m.child
print('child' in dir(m))
print(dir(Mock(spec=['a', 'b'])))
print([n for n in dir(MagicMock()) if n.startswith('__')][:5])
mock.FILTER_DIR = False
d = dir(Mock())
print('_mock_children' in d, '__class__' in d)
mock.FILTER_DIR = True
print('_mock_children' in dir(Mock()))
print(dir(Mock(spec=int))[:6])
m = MagicMock()
m.__len__
print([n for n in dir(m) if n.startswith('__')])
