from contextlib import ExitStack
def a(): raise ValueError('a')
def b(): raise IndexError('b')
try:
    with ExitStack() as s:
        s.callback(a)
        s.callback(b)
except Exception as e:
    seen = []
    x = e
    while x is not None and len(seen) < 6:
        seen.append(type(x).__name__)
        x = x.__context__
    print(seen)
# direct: re-raising an exception that is already in the context chain
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        err = k
        try:
            raise TypeError(2)
        except TypeError as t:
            raise k
except KeyError as e:
    print(type(e.__context__).__name__, e.__context__.__context__)
# with an exception being handled around the with statement
def chain(e):
    out = []
    while e is not None and len(out) < 6:
        out.append(type(e).__name__)
        e = e.__context__
    return out
try:
    raise OSError('outer')
except OSError:
    try:
        with ExitStack() as s:
            s.callback(a)
            s.callback(b)
    except Exception as e:
        print(chain(e))
    try:
        with ExitStack() as s:
            s.callback(a)
            raise LookupError('body')
    except Exception as e:
        print(chain(e))
try:
    with ExitStack() as s:
        s.callback(a)
        raise LookupError('body')
except Exception as e:
    print(chain(e))
