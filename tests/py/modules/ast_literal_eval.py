# ast.literal_eval: valid literals and the errors for everything else.
import ast, re

def show(x):
    try:
        v = ast.literal_eval(x)
        print(type(v).__name__, repr(v))
    except Exception as e:
        # node reprs carry addresses
        print(type(e).__name__, re.sub(r' at 0x[0-9a-fA-F]+', ' at ADDR', str(e)))

for s in ['1', '-1', '+1.5', '1+2j', '-1-2j', '3j', '"abc"', "b'x'", 'None', 'True', 'False',
          '...', '[1, (2, 3), {4: 5}]', '{1, 2}', 'set()', '{}', '()', '(1,)',
          '  \t 42', '0x10', '1_000', "{'a': [1, {'b': ()}]}", '-(1)', '- 1',
          'x', 'f()', 'set(1)', '1 + 1', '1 * 2', '[1, x]', '1 +', '-"a"', '--1',
          '1 + "a"', 'a.b', '{**d}', '\n\n(x\n)', 'lambda: 0', '2 ** 3', '1j + 1',
          "f'{1}'", '[*a]', 'not 1', '(1 if 1 else 2)']:
    show(s)
show(ast.Constant(5))
show(ast.parse('[1, 2]', mode='eval'))
show(ast.Name('x'))
show(ast.Dict(keys=[ast.Constant(1)], values=[]))
show(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j)))
show(ast.UnaryOp(ast.USub(), ast.Constant('s')))
