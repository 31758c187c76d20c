# Attributes and str of the specialised exceptions: SystemExit, StopIteration,
# AttributeError, NameError, ImportError, SyntaxError, Unicode errors, exception groups.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for args in ((), (3,), (3, 4), (None,)):
    e = SystemExit(*args)
    print('SystemExit', e.code, e.args)
e = StopIteration(); print(e.value, e.args)
e = StopIteration(5, 6); print(e.value, e.args)
e.value = 7; print(e.value, e.args)
t(lambda: SystemExit(foo=1))
t(lambda: StopIteration(value=1))
print(SystemExit.code, StopIteration.value)
e = AttributeError('x', name='n', obj=3); print(e.name, e.obj, e.args, repr(e))
e = AttributeError('x'); print(e.name, e.obj)
t(lambda: AttributeError('x', foo=1))
try:
    object().missing_attr
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e)
e = NameError('x', name='n'); print(e.name, e.args, repr(e))
t(lambda: NameError('x', obj=1))
try:
    undefined_variable_name
except NameError as e:
    print(e.name, e)
e = ImportError('a', 'b', name='n', path='p')
print(repr(e), str(e), e.msg, e.name, e.path, e.name_from)
e = ImportError('only'); print(str(e), e.msg, e.__reduce__())
e = ImportError(); print(repr(e), repr(str(e)), e.msg)
e.msg = 'z'; print(e)
t(lambda: ImportError('a', foo=1))
t(lambda: ModuleNotFoundError('x', foo=1))
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(e.name, e)

e = SyntaxError('invalid syntax', ('x.py', 3, 4, 'a b\n', 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e), repr(e), e.args)
for info in (('x.py', None, None, None), (None, 5, None, None), ('/a/b/x.py', 5, None, None),
             ('f', 'q', 2, 'x')):
    print(str(SyntaxError('m', info)))
print(str(SyntaxError('m')), SyntaxError('m').print_file_and_line, str(SyntaxError()),
      str(IndentationError('a', ('f', 3, 2, 'x'))))
t(lambda: SyntaxError('m', (1, 2)))
t(lambda: SyntaxError('m', (1, 2, 3, 4, 5, 6, 7)))
t(lambda: SyntaxError('m', 3))
e = SyntaxError(1, 2, 3); print(e.msg, str(e), e.args)
try:
    compile('a b', 'src.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, e)

e = UnicodeDecodeError('utf-8', b'abc', 1, 2, 'bad')
print(repr(e), '|', e, '|', e.encoding, e.object, e.start, e.end, e.reason)
print(UnicodeDecodeError('utf-8', b'abc', 0, 2, 'bad'))
print(UnicodeDecodeError('utf-8', b'abc', 5, 7, 'bad'))
print(UnicodeEncodeError('ascii', 'a\xff', 1, 2, 'ordinal not in range(128)'))
print(UnicodeEncodeError('ascii', 'a\u1234', 1, 2, 'r'), UnicodeEncodeError('ascii', 'a\U00012345', 1, 2, 'r'))
print(UnicodeEncodeError('ascii', 'abc', 0, 3, 'bad'))
print(UnicodeTranslateError('abc', 1, 2, 'r'), UnicodeTranslateError('abc', 0, 2, 'r').encoding)
e = UnicodeDecodeError('utf-8', b'abc', 1, 2, 'bad'); e.start = 0; e.end = 3; print(e)
print(repr(str(UnicodeDecodeError.__new__(UnicodeDecodeError))), repr(UnicodeDecodeError.__new__(UnicodeDecodeError)))
t(lambda: UnicodeDecodeError('utf-8', 'abc', 0, 2, 'bad'))
t(lambda: UnicodeDecodeError('utf-8'))
t(lambda: UnicodeEncodeError('ascii', b'x', 0, 1, 'r'))
t(lambda: UnicodeEncodeError(1, 'x', 0, 1, 'r'))
t(lambda: UnicodeEncodeError('ascii', 'x', 'a', 1, 'r'))
t(lambda: UnicodeEncodeError('ascii', 'x', 0, 1, 'r', foo=1))
print(str(UnicodeError('x')))

eg = ExceptionGroup('msg', [ValueError(1), TypeError(2)])
print(repr(eg), '|', eg, '|', eg.message, eg.exceptions, eg.args)
print(str(ExceptionGroup('m', [ValueError(1)])), type(BaseExceptionGroup('m', [ValueError()])).__name__)
beg = BaseExceptionGroup('m', [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg), isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))
print([c.__name__ for c in ExceptionGroup.__mro__])
print(repr(eg.derive([KeyError()])))
t(lambda: ExceptionGroup('msg', [KeyboardInterrupt()]))
t(lambda: ExceptionGroup('msg', []))
t(lambda: ExceptionGroup('msg'))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup('m', [1]))
t(lambda: ExceptionGroup('m', ValueError()))
t(lambda: ExceptionGroup('m', [ValueError()], x=3))
t(lambda: BaseExceptionGroup('m', [ValueError()], x=3))
class MyEG(ExceptionGroup):
    pass
t(lambda: MyEG('m', [KeyboardInterrupt()]))
print(repr(MyEG('m', [ValueError()])))
