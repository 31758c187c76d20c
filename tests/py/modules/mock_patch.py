# unittest.mock patching: patch as decorator (functions, classes,
# TEST_PREFIX), context manager, start/stop, new/new_callable/create/spec/
# autospec, patch.object, patch.dict, patch.multiple, patch.stopall.
import os
import re
import sys
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, sentinel, DEFAULT, call


def r(obj):
    return re.sub(r"id='\d+'", "id='?'", repr(obj))


def show(label, func):
    try:
        print(label, r(func()))
    except Exception as e:
        print(label, type(e).__name__, re.sub(r"id='\d+'", "id='?'", str(e)))


def target_func(a=0, b=1):
    return 'real'


class Target:
    value = 'class value'

    def method(self, x):
        return 'real method'

    @classmethod
    def cm(cls):
        return 'real cm'


async def async_target():
    return 'real async'


config = {'a': 1, 'b': 2}

# as a decorator
@patch('__main__.target_func')
def test_one(m):
    print('in test_one', r(m), r(target_func))
    target_func(1)
    m.assert_called_once_with(1)
    return 'result'

print(test_one(), target_func(1))


@patch('__main__.target_func', new='replacement')
def test_new(*args):
    print('new', target_func, args)

test_new()


@patch('__main__.Target.value', 'other')
@patch('__main__.target_func')
@patch.object(Target, 'method')
def test_stack(extra, m_method, m_func):
    print('stack', r(m_method), r(m_func), Target.value, extra)
    print(Target().method(1) is m_method.return_value)

test_stack('extra')
print(Target.value, test_stack.__name__, len(test_stack.patchings))

# as a context manager
with patch('__main__.target_func', return_value=5) as m:
    print('ctx', target_func(), r(m))
print('restored', target_func())
with patch.object(Target, 'value', sentinel.v):
    print(Target.value)
print(Target.value)
with patch('os.getcwd') as fake_cwd:
    fake_cwd.return_value = '/fake'
    print(os.getcwd())
print(os.getcwd() != '/fake')

# start/stop
p = patch('__main__.target_func', new_callable=lambda: 'made')
print(p.start(), target_func)
p.stop()
print(target_func(), p.stop())
p1 = patch.object(Target, 'value', 1)
p2 = patch.object(Target, 'value', 2)
p1.start()
p2.start()
print(Target.value)
patch.stopall()
print(Target.value)

# create
show('missing attr', lambda: patch.object(Target, 'no_such_thing').start())
with patch('__main__.no_such_thing', create=True, new=3):
    print(no_such_thing)
print('no_such_thing' in globals())
with patch.object(Target, 'newattr', 7, create=True):
    print(Target.newattr)
print(hasattr(Target, 'newattr'))
with patch('builtins.open_or_not', create=True) as x:
    print(r(x))
with patch('__main__.print_it', create=True, new=lambda: 'created'):
    print(print_it())

# new_callable / kwargs / spec
with patch('__main__.target_func', new_callable=Mock, return_value=1) as m:
    print(r(m), target_func())
with patch('__main__.Target', spec=True) as m:
    print(r(m), r(Target()), r(m.return_value))
    show('spec missing', lambda: m.nothing)
with patch('__main__.Target', spec_set=True) as m:
    show('spec_set', lambda: setattr(m, 'x', 1))
with patch('__main__.config', spec=dict) as m:
    print(r(m))
with patch('__main__.Target.value', spec=True) as m:
    print(r(m))
with patch('__main__.target_func', autospec=True) as m:
    print(type(target_func).__name__, r(m.mock))
    target_func(1, b=2)
    show('autospec bad', lambda: target_func(1, 2, 3))
    m.assert_called_once_with(1, b=2)
with patch('__main__.Target', autospec=True) as M:
    inst = Target()
    inst.method(1)
    show('autospec method bad', lambda: inst.method())
    print(r(M), r(inst), M.mock_calls)
with patch.object(Target, 'method', autospec=True) as m:
    t = Target()
    t.method(3)
    m.assert_called_once_with(t, 3)
    print(m.call_args == call(t, 3))
with patch('__main__.async_target') as m:
    print(type(m).__name__)

# argument errors
show('new and new_callable', lambda: patch('os.sep', new=1, new_callable=Mock))
show('autospec and new_callable', lambda: patch('os.sep', autospec=True, new_callable=Mock))
show('bad target', lambda: patch('nodots'))
show('non str target', lambda: patch(3))
show('object with str', lambda: patch.object('os', 'sep'))
show('spec and autospec', lambda: patch('__main__.target_func', spec=True, autospec=True).start())
show('kwargs with new', lambda: patch('__main__.target_func', new=1, x=2).start())
show('autospec and new', lambda: patch('__main__.target_func', new=1, autospec=True).start())
show('autospec create', lambda: patch('__main__.zzz', create=True, autospec=True).start())
show('spec create', lambda: patch('__main__.zzz', create=True, spec=True).start())
show('typo', lambda: patch('__main__.target_func', auto_spec=True))
show('spec is mock', lambda: patch('__main__.target_func', spec=Mock()))
show('bad import', lambda: patch('no_such_module_x.attr').start())
with patch('__main__.target_func', unsafe=True, autospect=True) as m:
    print(m.autospect)


# class decorator
@patch('__main__.target_func')
class TestCls:
    def test_a(self, m):
        return ('a', r(m), target_func is m)

    def test_b(self, m):
        return ('b', r(m))

    def helper(self, *args):
        return ('helper', args)

t = TestCls()
print(t.test_a(), t.test_b(), t.helper())

patch.TEST_PREFIX = 'check'


@patch.object(Target, 'value', 'patched')
class Other:
    def check_it(self):
        return Target.value

    def test_it(self):
        return Target.value

print(Other().check_it(), Other().test_it())
patch.TEST_PREFIX = 'test'

# patch.dict
with patch.dict(config, {'a': 10, 'c': 3}) as d:
    print(d is config, sorted(config.items()))
print(sorted(config.items()))
with patch.dict(config, clear=True):
    print(config)
print(config)
with patch.dict('__main__.config', b=20):
    print(config)
with patch.dict(os.environ, {'MOCK_TEST_VAR': 'yes'}):
    print(os.environ['MOCK_TEST_VAR'])
print('MOCK_TEST_VAR' in os.environ)


@patch.dict(config, [('z', 26)])
def with_dict(x):
    return sorted(config), x

print(with_dict(1), sorted(config))


@patch.dict(config, {'k': 'v'}, clear=True)
class DictCls:
    def test_x(self):
        return dict(config)

print(DictCls().test_x(), config)
pd = patch.dict(config, q=1)
print(pd.start() is config, config.get('q'))
pd.stop()
print(config.get('q'), pd.stop())
with patch.dict(config, {'a': 'changed'}):
    config['new'] = 1
    del config['b']
print(config)


class MappingLike:
    def __init__(self):
        self.d = {'m': 1}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(list(self.d))

ml = MappingLike()
with patch.dict(ml, {'n': 2}, clear=True):
    print(ml.d)
print(ml.d)

# patch.multiple
with patch.multiple('__main__', target_func=DEFAULT, config=DEFAULT) as ms:
    print(sorted(ms), r(ms['target_func']), r(config))
with patch.multiple(Target, value=1, cm=DEFAULT) as ms:
    print(Target.value, r(Target.cm), list(ms))


@patch.multiple(Target, value=DEFAULT, method='m')
def multi(value):
    return r(value), Target.method

print(multi())


@patch('__main__.target_func')
@patch.multiple(Target, value=DEFAULT)
def multi2(m, value):
    return r(m), r(value)

print(multi2())
show('multiple empty', lambda: patch.multiple(Target))
print(Target.value, target_func())

# exceptions inside still unpatch
try:
    with patch('__main__.target_func'):
        raise KeyError('inner')
except KeyError as e:
    print('caught', e, target_func())


@patch('__main__.target_func')
def raising(m):
    raise ValueError('from test')

show('raising', raising)
print(target_func())

# patching a module attribute by import path
with patch('os.path.exists', return_value='sure'):
    print(os.path.exists('/nonexistent'))
with patch('sys.argv', ['x', 'y']):
    print(sys.argv)
print(sys.argv != ['x', 'y'])
