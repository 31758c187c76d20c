# BaseException semantics: args, str, repr, attributes, subclassing, notes, pickling
# helpers, and the hierarchy.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for e in (ValueError(), ValueError('x'), ValueError(1, 2), KeyError('k'), KeyError(), KeyError(1, 2),
          Exception([1]), BaseException(ValueError('inner'))):
    print(repr(e), '|', str(e), '|', e.args)
print(str(KeyError('')), repr(str(KeyError(''))))
t(lambda: ValueError(x=1))
class MyErr(Exception):
    pass
t(lambda: MyErr(x=1))
print(repr(MyErr('m')), str(MyErr('m', 2)), MyErr.__mro__[1].__name__)
class WithInit(Exception):
    def __init__(self, a, b):
        self.a = a
e = WithInit(1, 2)
print(e.args, repr(e), str(e), e.a, e.__dict__)
class SuperInit(Exception):
    def __init__(self, a):
        super().__init__('msg', a)
print(SuperInit(5).args, str(SuperInit(5)))
class CustomStr(Exception):
    def __str__(self):
        return 'custom!'
print(repr(CustomStr(1)), str(CustomStr(1)))
e = ValueError(1)
e.args = [3, 4]
print(e.args, str(e))
t(lambda: setattr(e, 'args', 5))
t(lambda: delattr(e, 'args'))
e.extra = 'x'
print(e.__dict__, e.__reduce__())
print(ValueError('x').__reduce__())
e2 = ValueError.__new__(ValueError, 1, 2)
print(e2.args)
ValueError.__init__(e2, 3)
print(e2.args)
t(lambda: BaseException.__new__(int))

e = ValueError('n')
print(e.add_note('first'), e.__notes__)
e.add_note('second')
print(e.__notes__)
t(lambda: e.add_note(5))
e.__notes__ = 'not a list'
t(lambda: e.add_note('x'))
del e.__notes__
t(lambda: e.__notes__)
print(e.with_traceback(None) is e, e.__traceback__)
t(lambda: e.with_traceback(5))
t(lambda: e.with_traceback())

print(OSError is IOError, EnvironmentError is OSError)
print(BaseException.__module__, ValueError.__name__, ValueError.__qualname__)
print([c.__name__ for c in ValueError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception),
      issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError),
      issubclass(TabError, SyntaxError), issubclass(BrokenPipeError, ConnectionError))
import builtins
names = sorted(n for n in dir(builtins) if not n.startswith('_') and isinstance(getattr(builtins, n), type) and
               issubclass(getattr(builtins, n), BaseException))
print(len(names), names[:6])
try:
    raise MyErr('raised')
except Exception as ex:
    print('caught', type(ex).__name__, ex)
try:
    raise ValueError
except ValueError as ex:
    print('class raised', repr(ex))
