# unittest.mock assertion methods and their exact failure messages.
import re
from unittest.mock import Mock, MagicMock, call, ANY, create_autospec


def show(label, func):
    try:
        func()
        print(label, 'ok')
    except AssertionError as e:
        text = re.sub(r"id='\d+'", "id='?'", str(e))
        cause = e.__cause__
        print(label, 'AssertionError:', text)
        if cause is not None:
            print('   cause:', type(cause).__name__, cause)
    except Exception as e:
        print(label, type(e).__name__, e)


m = Mock()
show('not_called ok', m.assert_not_called)
show('called none', m.assert_called)
show('called_once none', m.assert_called_once)
show('called_with none', lambda: m.assert_called_with(1, a=2))
show('called_once_with none', lambda: m.assert_called_once_with(1))
show('any_call none', lambda: m.assert_any_call(1))
show('has_calls none', lambda: m.assert_has_calls([call(1)]))
show('has_calls empty', lambda: m.assert_has_calls([]))
m(1, 2, key='v')
m('x')
show('not_called', m.assert_not_called)
show('called', m.assert_called)
show('called_once', m.assert_called_once)
show('called_with ok', lambda: m.assert_called_with('x'))
show('called_with bad', lambda: m.assert_called_with(1, 2, key='v'))
show('called_with ANY', lambda: m.assert_called_with(ANY))
show('called_once_with', lambda: m.assert_called_once_with('x'))
show('any_call ok', lambda: m.assert_any_call(1, 2, key='v'))
show('any_call ANY', lambda: m.assert_any_call(1, ANY, key=ANY))
show('any_call bad', lambda: m.assert_any_call(3, k=[1, 2]))
show('has_calls seq', lambda: m.assert_has_calls([call(1, 2, key='v'), call('x')]))
show('has_calls order', lambda: m.assert_has_calls([call('x'), call(1, 2, key='v')]))
show('has_calls any_order', lambda: m.assert_has_calls(
    [call('x'), call(1, 2, key='v')], any_order=True))
show('has_calls any_order bad', lambda: m.assert_has_calls(
    [call('x'), call('y'), call('x')], any_order=True))

named = Mock(name='named')
named.meth(1)
named.meth(2)
show('named once', named.meth.assert_called_once)
show('named not', named.meth.assert_not_called)
show('named with', lambda: named.meth.assert_called_with(3))
show('named once_with', lambda: named.meth.assert_called_once_with(2))
show('named any', lambda: named.meth.assert_any_call(3))
show('named has', lambda: named.assert_has_calls([call.meth(2), call.meth(1)]))
show('named has ok', lambda: named.assert_has_calls([call.meth(1), call.meth(2)]))
show('named has any', lambda: named.assert_has_calls([call.meth(3)], any_order=True))
show('named called', Mock(name='n').assert_called)
print(named.meth.call_args_list, named.method_calls)

# many calls: message truncation via safe_repr and pprint of long lists
big = Mock(name='big')
for i in range(12):
    big(i, 'some longer argument text')
show('long not_called', big.assert_not_called)
show('long has_calls', lambda: big.assert_has_calls([call(99)]))
print(big.call_args_list)

# signature-aware assertions
def f(a, b, c=1):
    pass

sf = Mock(spec=f)
sf(1, 2)
show('spec kw match', lambda: sf.assert_called_with(a=1, b=2))
show('spec default', lambda: sf.assert_called_with(1, 2, 1))
show('spec bad sig', lambda: sf.assert_called_with(1, 2, 3, 4))
show('spec any_call bad sig', lambda: sf.assert_any_call(1, 2, 3, 4))
show('spec has_calls bad sig', lambda: sf.assert_has_calls([call(1, 2, 3, 4), call(1, 2)]))
show('spec has_calls bad any', lambda: sf.assert_has_calls([call(1, 2, 3, 4)], any_order=True))
af = create_autospec(f)
af(1, b=2)
show('autospec kw', lambda: af.assert_called_once_with(1, 2))
show('autospec fail', lambda: af.assert_called_once_with(1, 3))
show('autospec any', lambda: af.assert_any_call(a=1, b=2, c=1))


class K:
    def meth(self, x, y=0):
        pass

ka = create_autospec(K)
ka.meth(ka, 1)
inst = ka()
inst.meth(5, y=6)
show('autospec has method', lambda: ka.assert_has_calls([call(), call().meth(5, 6)]))
show('autospec has method bad', lambda: ka.assert_has_calls([call().meth(7)]))
show('autospec child', lambda: inst.meth.assert_called_with(x=5, y=6))

# mock_calls containing ANY / comparisons
m = Mock()
m(1)
m.a.b(2)
print(m.mock_calls == [call(1), call.a.b(2)], m.mock_calls == [call(ANY), ANY])
print([call(1), call.a.b(2)] in m.mock_calls.__class__([m.mock_calls]),
      call.a.b(2) in m.mock_calls, [call(1)] == m.mock_calls[:1])
print(m.mock_calls)
show('eq check', lambda: m.assert_has_calls([call(1), call.a.b(ANY)]))

# custom __eq__ objects as arguments
class Weird:
    def __eq__(self, other):
        raise ValueError('no eq')

    def __repr__(self):
        return 'Weird()'

w = Mock()
w(ANY)
show('ANY vs weird', lambda: w.assert_called_with(Weird()))

# MagicMock with magic calls
mm = MagicMock(name='mm')
len(mm)
mm[1]
show('magic has', lambda: mm.assert_has_calls([call.__len__(), call.__getitem__(1)]))
show('magic not called', mm.assert_not_called)
show('magic method once', mm.__len__.assert_called_once)
