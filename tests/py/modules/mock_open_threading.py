# unittest.mock mock_open() (read/readline/readlines/iteration/write) and
# ThreadingMock (wait_until_called, wait_until_any_call_with, timeouts).
import re
import threading
from unittest.mock import (mock_open, patch, call, MagicMock, ThreadingMock,
                           DEFAULT)


def r(obj):
    return re.sub(r"id='\d+'", "id='?'", repr(obj))


def show(label, func):
    try:
        print(label, r(func()))
    except Exception as e:
        print(label, type(e).__name__, re.sub(r"id='\d+'", "id='?'", str(e)))


data = 'line one\nline two\nline three\n'
m = mock_open(read_data=data)
with patch('builtins.open', m):
    with open('some/file.txt') as f:
        print(repr(f.read()))
    with open('some/file.txt') as f:
        print(repr(f.readline()), repr(f.readline()))
        print(f.readlines())
        print(repr(f.readline()))
    with open('other') as f:
        print(list(f))
    with open('other') as f:
        print(repr(next(f)), repr(f.read(4)), repr(f.read()))
    f = open('w', 'w')
    f.write('text')
    f.close()
print(r(m), r(m.return_value))
m.assert_called_with('w', 'w')
print(m.call_args_list)
handle = m()
handle.write.assert_called_once_with('text')
print(handle.mock_calls[:4])
print(r(m.return_value.__enter__()))

b = mock_open(read_data=b'bin\ndata')
with patch('builtins.open', b):
    with open('x', 'rb') as f:
        print(f.read())
    with open('x', 'rb') as f:
        print(list(f))
        print(f.read())

m = mock_open()
with patch('builtins.open', m):
    with open('empty') as f:
        print(repr(f.read()), f.readlines(), repr(f.readline()))
m = mock_open(read_data='a\nb\n')
m.return_value.read.return_value = 'overridden'
m.return_value.readline.return_value = 'fixed line'
print(m().read(), m().readline(), m().readline())
h = m()
it = iter(h)
print(next(it), next(it))
m = mock_open(read_data='x\ny')
h = m()
h.readline.side_effect = ['custom']
print(h.readline())
m()
print(h.readline.side_effect is not None)
existing = MagicMock(name='mine')
m2 = mock_open(existing, read_data='q')
print(m2 is existing, m2().read())
print(r(m2))

# ThreadingMock
tm = ThreadingMock(name='tm')
print(r(tm), r(tm.child), type(tm()).__name__, tm.DEFAULT_TIMEOUT)
tm = ThreadingMock(timeout=0.05)
show('not called', tm.wait_until_called)
show('not called explicit', lambda: tm.wait_until_called(timeout=0.01))
show('no such call', lambda: tm.wait_until_any_call_with(1, a=2))
tm = ThreadingMock(return_value='r', timeout=5)
worker = threading.Thread(target=lambda: tm(7, k='v'))
worker.start()
tm.wait_until_called()
tm.wait_until_any_call_with(7, k='v')
worker.join()
print('waited', tm.call_args, tm.call_count)
child = tm.method
threading.Thread(target=lambda: child('x')).start()
child.wait_until_called()
child.wait_until_any_call_with('x')
print(child.call_args, child._mock_wait_timeout)
tm.reset_mock()
print(tm.call_count)
tm = ThreadingMock(timeout=0.01)
show('after reset', tm.wait_until_called)
tm(1)
tm.wait_until_called()
show('other args', lambda: tm.wait_until_any_call_with(2))
tm.wait_until_any_call_with(1)


class Quick(ThreadingMock):
    DEFAULT_TIMEOUT = 0.01

show('class default', Quick(name='q').wait_until_called)
print(Quick()._mock_wait_timeout, Quick(timeout=None)._mock_wait_timeout)
