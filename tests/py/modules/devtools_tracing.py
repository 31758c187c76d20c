# sys.settrace / sys.setprofile / sys._getframe: the events and frame and
# code attributes that debuggers, profilers and coverage tools rely on.
import os
import sys

events = []


def name_of(frame):
    return frame.f_code.co_name


def tracer(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    elif event == 'return' and not isinstance(arg, (int, str, type(None))):
        arg = type(arg).__name__
    events.append((event, name_of(frame), frame.f_lineno, arg))
    return tracer


def compute(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total


def raiser():
    x = 1
    raise KeyError(x)


def catcher():
    try:
        raiser()
    except KeyError:
        return 'caught'
    finally:
        pass


def gen(n):
    for i in range(n):
        yield i
    return 'done'


def comp():
    return [x * 2 for x in range(2)]


class Thing:
    attr = 1

    def method(self):
        return self.attr


def run_traced(func, *args):
    del events[:]
    sys.settrace(tracer)
    try:
        func(*args)
    except Exception:
        pass
    finally:
        sys.settrace(None)
    for e in events:
        print('   ', e)


print('=== line/call/return')
run_traced(compute, 3)
print('=== exception events')
run_traced(catcher)
run_traced(raiser)
print('=== generator')
run_traced(lambda: list(gen(2)))
print('=== comprehension')
run_traced(comp)
print('=== method')
run_traced(Thing().method)
print('=== class body')


def make_class():
    class K:
        a = 1
        b = a + 1
    return K


run_traced(make_class)

print('=== local tracer only for one function')
local = []


def only_compute(frame, event, arg):
    if frame.f_code.co_name == 'compute':
        def local_tracer(frame, event, arg):
            local.append((event, frame.f_lineno))
            return local_tracer
        return local_tracer
    return None


sys.settrace(only_compute)
compute(2)
catcher()
sys.settrace(None)
print(local)

print('=== gettrace/getprofile')
print(sys.gettrace(), sys.getprofile())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)

print('=== profile events')
pevents = []


def profiler(frame, event, arg):
    if event.startswith('c_'):
        pevents.append((event, name_of(frame), arg.__name__))
    else:
        pevents.append((event, name_of(frame),
                        arg if isinstance(arg, (int, str, type(None)))
                        else type(arg).__name__))


def uses_builtins():
    n = len([1, 2])
    m = abs(-n)
    try:
        int('x')
    except ValueError:
        pass
    try:
        len(5)
    except TypeError:
        pass
    return compute(m)


sys.setprofile(profiler)
uses_builtins()
list(gen(1))
sys.setprofile(None)
for e in pevents:
    print('   ', e)

print('=== frames')


def inner():
    f = sys._getframe()
    back = sys._getframe(1)
    code = f.f_code
    print(code.co_name, os.path.basename(code.co_filename),
          code.co_firstlineno, f.f_lineno)
    print(back.f_code.co_name, back.f_lineno, f.f_back is back)
    print(sorted(f.f_locals), f.f_globals is globals())
    print(f.f_builtins is __builtins__ or f.f_builtins is vars(__builtins__))
    print(code.co_argcount, code.co_varnames[:2], code.co_qualname)
    try:
        sys._getframe(1000)
    except ValueError as e:
        print(type(e).__name__, e)
    return f


def outer(a, b=2):
    c = a + b
    return inner()


fr = outer(1)
print(fr.f_code.co_name, type(fr).__name__)
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_locals is globals())
print(outer.__code__.co_firstlineno, Thing.method.__code__.co_firstlineno,
      outer.__code__.co_argcount, outer.__code__.co_varnames)
