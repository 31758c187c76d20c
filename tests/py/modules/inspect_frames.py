# inspect frames and tracebacks, argument values, closures and annotations.
import builtins
import inspect
import os
import sys


def show_info(info):
    print(os.path.basename(info.filename), info.lineno, info.function, info.code_context,
          info.index, info.positions)


def f(a, b=2, *args, k=3, **kw):
    frame = inspect.currentframe()
    print(frame is sys._getframe(), inspect.getlineno(frame), frame.f_code.co_name)
    show_info(inspect.getframeinfo(frame))
    show_info(inspect.getframeinfo(frame, context=3))
    show_info(inspect.getframeinfo(frame, context=0))
    info = inspect.getframeinfo(frame)
    print(type(info).__name__, info._fields, tuple(info)[1:3], len(info))
    av = inspect.getargvalues(frame)
    print(av.args, av.varargs, av.keywords, sorted(av.locals))
    print(inspect.formatargvalues(av.args, av.varargs, av.keywords, {'a': 1, 'b': 2, 'k': 3, 'args': (), 'kw': {}}))
    print(inspect.formatargvalues(av.args, av.varargs, av.keywords, av.locals,
                                  formatvalue=lambda v: ':' + type(v).__name__))
    print(inspect.getargs(frame.f_code))
    outer = inspect.getouterframes(frame)
    print([(fi.function, fi.lineno) for fi in outer])
    st = inspect.stack()
    print([(fi.function, fi.lineno, fi.code_context, fi.index) for fi in st])
    print(st[0].frame is frame, type(st[0]).__name__, st[0]._fields)
    print(st[0][1:4] == (st[0].filename, st[0].lineno, st[0].function))
    print([(fi.function, len(fi.code_context)) for fi in inspect.stack(5)])
    print(inspect.stack(0)[0].code_context)
    return frame


def caller():
    return f(1, 2, 3, 4, k=5, z=6)


frame = caller()
print(frame.f_back is None or frame.f_back.f_code.co_name)


def fail(n):
    if n == 0:
        raise KeyError('boom')
    return fail(n - 1)


try:
    fail(2)
except KeyError:
    for fi in inspect.trace():
        print(fi.function, fi.lineno, fi.code_context, fi.index, fi.positions)
    tb = sys.exc_info()[2]
    inner = inspect.getinnerframes(tb, context=3)
    print([(fi.function, fi.lineno, fi.index) for fi in inner])
    show_info(inspect.getframeinfo(tb))
    show_info(inspect.getframeinfo(tb.tb_next))
print(inspect.trace())
try:
    inspect.getframeinfo(42)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

# Traceback and FrameInfo objects.
t = inspect.Traceback('file.py', 3, 'fn', ['line\n'], 0)
print(t, t.positions, t._fields)
t = inspect.Traceback('file.py', 3, 'fn', None, None, positions=(3, 3, 0, 1))
print(repr(t), t.filename, t[0])
fi = inspect.FrameInfo(None, 'f.py', 1, 'g', None, None, positions=None)
print(repr(fi), fi.frame, fi._fields)

# getclosurevars.
GLOBAL = 10


def make():
    free = [1]

    def inner(x):
        print(len(free), GLOBAL, x.attr, missing_name)
    return inner


cv = inspect.getclosurevars(make())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))
print(type(cv).__name__, cv._fields)


class M:
    def meth(self):
        return GLOBAL + len(self.x)


cv = inspect.getclosurevars(M().meth)
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))
for bad in (1, len):
    try:
        inspect.getclosurevars(bad)
    except TypeError as e:
        print('TypeError', str(e).split(' at ')[0])
print(inspect.getclosurevars(lambda: None).globals)

# get_annotations.


class Ann:
    a: int
    b: 'str' = 'x'


def fa(x: 'int', y: 'List[int]' = None) -> 'Ann':
    pass


class NoAnn:
    pass


print(inspect.get_annotations(Ann), inspect.get_annotations(Ann, eval_str=True))
print(inspect.get_annotations(fa))
try:
    inspect.get_annotations(fa, eval_str=True)
except NameError as e:
    print('NameError', e)
print(inspect.get_annotations(fa, eval_str=True, locals={'List': list}))
print(inspect.get_annotations(NoAnn), inspect.get_annotations(len), inspect.get_annotations(print))
print(inspect.get_annotations(sys.modules[__name__])['GLOBAL_ANN'] if False else inspect.get_annotations(builtins))
for bad in (1, 'x'):
    try:
        inspect.get_annotations(bad)
    except TypeError as e:
        print('TypeError', e)


def bad_ann():
    pass


bad_ann.__annotations__ = None
print(inspect.get_annotations(bad_ann))


class WeirdAnn:
    def __call__(self):
        pass
    __annotations__ = [1]


try:
    inspect.get_annotations(WeirdAnn())
except ValueError as e:
    print('ValueError', str(e).split('>')[-1])
d = inspect.get_annotations(fa)
d['z'] = 1
print('z' in fa.__annotations__)
