# unittest.mock patching: PropertyMock via new_callable, inherited and instance
# attributes, autospecced methods, patch.dict with clear on os.environ.
import re
from unittest.mock import *
def r(o): return re.sub(r"id='\d+'", "id='?'", repr(o))
class Base_:
    inherited = 'base'
class C(Base_):
    @property
    def p(self): return 'real'
    def meth(self, a): return 'm'
with patch('__main__.C.p', new_callable=PropertyMock) as pm:
    pm.return_value = 'fake'
    print(C().p, pm.mock_calls)
print(C().p)
with patch.object(C, 'inherited', 'patched'):
    print(C.inherited, 'inherited' in C.__dict__)
print(C.inherited, 'inherited' in C.__dict__)
obj = C()
obj.attr = 1
with patch.object(obj, 'attr', 2):
    print(obj.attr)
print(obj.attr)
with patch.object(obj, 'meth', autospec=True) as m:
    obj.meth(1)
    print(m.__name__, r(m.mock), m.call_args)
    try: obj.meth()
    except TypeError as e: print(e)
print(obj.meth(1))
with patch.object(C, 'meth', autospec=True, return_value=4) as m:
    print(obj.meth(2), m.call_args == call(obj, 2))
with patch('__main__.C', autospec=True, spec_set=True) as M:
    try: M.zzz = 1
    except AttributeError as e: print(e)
p = patch('__main__.C')
M = p.start(); print(r(M), r(C)); p.stop(); print(C.__name__)
@patch('__main__.C.meth', side_effect=ValueError)
@patch('__main__.C.p', new_callable=PropertyMock, return_value=7)
def t(p_mock, m_mock):
    try: C().meth()
    except ValueError: print('ve')
    return C().p
print(t())
print(sorted(n for n in dir(patch) if not n.startswith('_')))
with patch.dict('os.environ', {}, clear=True):
    import os; print(dict(os.environ))
print(len(os.environ) > 0)
