# compile() of parsed and hand-edited trees: compiler errors, constant values, deep nesting.
import ast
for s in ['return 1', 'nonlocal x', 'def f():\n  x = 1\n  global x', 'break', 'await x', 'yield', 'def f(a, a): pass', 'f(x for x in y, 1)']:
    try:
        compile(ast.parse(s), '<t>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename)
t = ast.parse('x = 1')
t.body[0].value = ast.Constant(10**30, lineno=1, col_offset=4)
ns = {}; exec(compile(t, 't', 'exec'), ns); print(ns['x'])
t.body[0].value = ast.Constant('a\ud800b', lineno=1, col_offset=4)
exec(compile(t, 't', 'exec'), ns); print(ascii(ns['x']))
t.body[0].value = ast.Constant(float('inf'), lineno=1, col_offset=4)
exec(compile(t, 't', 'exec'), ns); print(ns['x'])
t.body[0].value = ast.Constant(-2.5, lineno=1, col_offset=4)
exec(compile(t, 't', 'exec'), ns); print(ns['x'])
t.body[0].value = ast.Constant(True, lineno=1, col_offset=4)
exec(compile(t, 't', 'exec'), ns); print(ns['x'])
t.body[0].value = ast.Constant(-3, lineno=1, col_offset=4)
exec(compile(t, 't', 'exec'), ns); print(ns['x'])
t.body[0].value = ast.Constant(2j, lineno=1, col_offset=4)
exec(compile(t, 't', 'exec'), ns); print(ns['x'])
t.body[0].value = ast.Constant(b'\x00a', lineno=1, col_offset=4)
exec(compile(t, 't', 'exec'), ns); print(ns['x'])
for v in [(1, 2), 1+2j, ((), (1.5, "s"), -1j), 3-0j]:
    t.body[0].value = ast.Constant(v, lineno=1, col_offset=4)
    try:
        exec(compile(t, 't', 'exec'), ns); print(ns['x'])
    except Exception as e:
        print(type(e).__name__, e)
import sys
deep = 'x = ' + '(' * 150 + '1' + ')' * 150
print(ast.dump(ast.parse(deep))[:40])
try:
    ast.parse('1' + '+1' * 100000)
    print('deep ok')
except Exception as e:
    print(type(e).__name__, e)
