# __context__, __cause__, __suppress_context__ and __traceback__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

e = ValueError(1)
print(e.__suppress_context__, e.__cause__, e.__context__, e.__traceback__)
e.__cause__ = KeyError()
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__cause__ = None
print(e.__suppress_context__, e.__cause__)
t(lambda: setattr(e, '__suppress_context__', 'x'))
t(lambda: setattr(e, '__cause__', 5))
t(lambda: setattr(e, '__context__', 5))
t(lambda: setattr(e, '__traceback__', 5))
t(lambda: delattr(e, '__traceback__'))
t(lambda: delattr(e, '__cause__'))
t(lambda: delattr(e, '__context__'))
e.__context__ = TypeError('ctx')
print(repr(e.__context__))

try:
    try:
        raise ValueError(1)
    except ValueError:
        raise KeyError(2)
except KeyError as k:
    print(repr(k.__context__), k.__cause__, k.__suppress_context__)
try:
    try:
        raise ValueError(1)
    except ValueError as v:
        raise KeyError(2) from v
except KeyError as k:
    print(repr(k.__context__), repr(k.__cause__), k.__suppress_context__)
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise KeyError(2) from None
except KeyError as k:
    print(repr(k.__context__), k.__cause__, k.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}['missing']
except KeyError as k:
    print(type(k.__context__).__name__, k.__context__)
def reraise():
    try:
        raise ValueError('a')
    except ValueError as v:
        raise v
try:
    reraise()
except ValueError as v:
    print('same object context is None:', v.__context__ is None)
try:
    raise ValueError('x')
except ValueError as v:
    print(type(v.__traceback__).__name__, v.__traceback__.tb_next)
