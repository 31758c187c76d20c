# Frame and traceback objects: sys._getframe, f_back, f_lineno, f_locals, f_code,
# tb_next/tb_lineno/tb_frame, and frames that outlive their call.
import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def caller():
    x = 10
    return where()

print(caller())

def locals_of_caller():
    return sorted(sys._getframe(1).f_locals.items())

def has_locals(a, b=2):
    c = a + b
    return locals_of_caller()

print(has_locals(1))

def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def level2():
    return chain()
def level1():
    return level2()
print(level1())

try:
    sys._getframe(1000)
except ValueError as e:
    print(e)

def thrower(n):
    if n == 0:
        raise ValueError("bottom")
    thrower(n - 1)

try:
    thrower(3)
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
    print(type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__)

def keep_frame():
    secret = "kept"
    return sys._getframe()

fr = keep_frame()
print(fr.f_code.co_name, fr.f_locals, fr.f_back is None)
print(fr.f_globals is globals(), type(fr.f_builtins).__name__)

def gen_frames():
    yield sys._getframe().f_code.co_name
g = gen_frames()
print(g.gi_frame.f_code.co_name, next(g), g.gi_running)
list(g)
print(g.gi_frame)

print(sys._getframe().f_code.co_name, sys._getframe().f_back)
def f_lineno_changes():
    f = sys._getframe()
    a = f.f_lineno
    b = f.f_lineno
    return b - a
print(f_lineno_changes())

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_next, tb.tb_lineno, tb.tb_frame is sys._getframe())
    try:
        tb.tb_next = tb
    except ValueError as err:
        print(err)
    try:
        tb.tb_next = 5
    except TypeError as err:
        print(err)

import types
print(types.TracebackType.__name__, types.FrameType.__name__)
