# compile() reports SyntaxWarnings through the warnings machinery; an "error" filter turns
# them into SyntaxError.
import warnings
for src in ('x = "\\d"', 'x = 1 is 1', 'assert (1, 2)', '[(1,2) (3,4)]', 'x = 0x1for x in y'):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, 'f', 'exec')
        except SyntaxError as e:
            print('SyntaxError', e)
        print(repr(src), [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        compile('x = 1 is 1', 'f', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e)
