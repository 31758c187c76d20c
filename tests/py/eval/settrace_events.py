# sys.settrace: call/line/return/exception events for functions, loops, exceptions passing
# through frames, generators (yield reports 'return', resuming 'call', a generator ending
# a for loop shows StopIteration), local trace functions replacing themselves, and
# f_trace_lines.
import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == 'exception':
        arg = arg[0].__name__
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg if event != 'line' else ''))
    return tracer

def run(fn, *args):
    del events[:]
    sys.settrace(tracer)
    try:
        fn(*args)
    except Exception as e:
        events.append(('raised', type(e).__name__))
    sys.settrace(None)
    for e in events:
        print(*e)
    print('--')

def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            pass
    k = 0
    while k < 2:
        k += 1
    while True:
        break
    return total

def inner():
    raise KeyError('k')

def outer():
    try:
        inner()
    except KeyError:
        pass
    try:
        inner()
    finally:
        x = 1

def gen():
    yield 1
    x = yield 2
    return x

def use_gen():
    for v in gen():
        pass
    g = gen()
    next(g)
    next(g)
    try:
        g.send(5)
    except StopIteration as e:
        return e.value

run(loops, 3)
run(outer)
run(use_gen)

# A local trace function that returns None keeps tracing the frame; one that returns
# another function switches to it.
log = []
def second(frame, event, arg):
    log.append(('second', event, frame.f_lineno))
    return second
def first(frame, event, arg):
    if frame.f_code.co_name != 'small':
        return None
    log.append(('first', event, frame.f_lineno))
    return second if event == 'line' else first
def small():
    a = 1
    b = 2
    return a + b
sys.settrace(first)
small()
sys.settrace(None)
for e in log:
    print(*e)

# f_trace_lines = False: no line events, calls and returns still reported.
log = []
def nolines(frame, event, arg):
    if frame.f_code.co_name != 'small':
        return None
    frame.f_trace_lines = False
    log.append(event)
    return nolines
sys.settrace(nolines)
small()
sys.settrace(None)
print(log)

# A trace function that raises is removed and its exception propagates.
def bad(frame, event, arg):
    if event == 'line':
        raise RuntimeError('tracer broke')
    return bad
sys.settrace(bad)
try:
    small()
except RuntimeError as e:
    print('RuntimeError', e, sys.gettrace())
sys.settrace(None)

# f_trace set directly on a running frame starts line events there.
def direct():
    f = sys._getframe()
    seen = []
    def local(frame, event, arg):
        seen.append((event, frame.f_lineno))
        return local
    f.f_trace = local
    sys.settrace(lambda *a: None)
    y = 1
    y = 2
    sys.settrace(None)
    return seen
print(direct())
print(sys.gettrace(), sys.getprofile())
