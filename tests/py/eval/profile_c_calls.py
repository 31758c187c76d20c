# Profile functions see c_call/c_return for builtins called with keywords or *args, and
# method descriptors bound to their object.
import sys
ev = []
def prof(frame, event, arg):
    if event.startswith('c_'):
        ev.append((event, getattr(arg, '__name__', '?'), getattr(getattr(arg, '__self__', None), '__class__', type(None)).__name__))
sys.setprofile(prof)
sorted([2, 1], key=abs)
l = []
l.append(1)
print(*[1, 2], sep='-')
max(*[3, 4])
d = {}
d.get('x', 0)
sys.setprofile(None)
for e in ev:
    print(e)
