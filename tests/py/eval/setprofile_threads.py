# sys.setprofile (call/return and c_call/c_return/c_exception around builtins) and
# threading.settrace applied to new threads.
import sys
log = []
def prof(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    name = arg.__name__ if event.startswith('c_') else ''
    log.append((event, frame.f_code.co_name, name))
def h(x):
    return len(x) + abs(-x[0])
def k():
    try:
        int('x')
    except ValueError:
        pass
    return sorted([3, 1])
sys.setprofile(prof)
h([1, 2])
k()
[].append(1)
sys.setprofile(None)
for e in log:
    print(*e)
print(sys.getprofile())
import threading
seen = []
def tr(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'work':
        seen.append('traced')
    return None
threading.settrace(tr)
def work():
    return 1
t = threading.Thread(target=work); t.start(); t.join()
threading.settrace(None)
print(seen, threading.gettrace())
