# ast.parse and ast.dump over a wide range of syntax, with and without positions.
import ast
src = '''
"""doc"""
from __future__ import annotations
import os.path as p, sys
from .. import x as y
@dec(1)
class C(B, metaclass=M):
    "cls doc"
    x: int = 3
    def f[T: int, *Ts, **P](self, a, /, b=1, *args, c, d=2, **kw) -> None:
        global g
        nonlocal_ = lambda x, *y: (yield)
        return a if b else c
async def g():
    async with a as b, c:
        await x
    async for i in y: pass
    return [i async for i in z]
for i, j in enumerate(x):
    continue
else:
    break
while x: del a[1:2, ::3], b.c
try:
    pass
except* ValueError as e:
    raise X from e
try: pass
except: pass
else: pass
finally: pass
with open(f) as (a, b): pass
x = y = f"a{b!r:>{w}} {c=} {{}}" 'z'
x += 1; x **= 2
assert x, "m"
match p:
    case [1, *rest] if rest: pass
    case {"k": v, **kw}: pass
    case Point(x=0, y=_) | None: pass
    case (1 | 2) as z: pass
    case -1+2j: pass
type A[T] = list[T]
print(*a, **k, sep='')
{1: 2, **d}; {1, 2}; {*()}; (); (1,); a[b, c]; not a and b or c; -x ** -y; (a := 1)
x = [i for i in y if i if not i]; {k: v for k, v in z}; (i for i in j); {i for i in j}
b'\\x00' ; u'uni'; 1e400; ...; 0x1f; 1_000
if a: pass
elif b: pass
else:
    if c: pass
'''
t = ast.parse(src)
print(ast.dump(t, indent=1))
print(ast.dump(t, include_attributes=True)[:3000])
print(ast.unparse(t))
print(ast.dump(ast.parse('x', mode='eval'), annotate_fields=False))
print(ast.unparse(ast.parse('x+1;y', mode='single')))

# positions: UTF-8 byte columns
t = ast.parse("s = 'héllo' + x\nif x:\n    y = f'{a}b'\n")
for node in ast.walk(t):
    if hasattr(node, 'lineno'):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
print(ast.dump(ast.parse('1 +\\\n 2'), include_attributes=True))
print(ast.dump(ast.parse('x', mode='single')))
print(ast.dump(ast.parse("u'a' 'b'")))
print(ast.dump(ast.parse("f'{x!a}' f'{y:{z}.{w}}'")))
print(ast.dump(ast.parse("def f(*, a=1, b): pass")))
print(ast.dump(ast.parse("lambda: 0"), indent='\t'))
print(ast.dump(ast.parse("x = None; y = True; z = 1j; w = 2.5; v = ...")))
print(ast.dump(ast.parse("a[1:2:3]"), annotate_fields=False, include_attributes=True))
print(ast.dump(ast.parse("pass"), show_empty=True))
print(ast.dump(ast.parse("global a, b\nnonlocal c") if False else ast.parse("def f():\n  global a, b")))
# SyntaxErrors as for normal compilation
for bad in ['x = (', 'def f(:', '  x', 'return 1 +', 'x = 1 = 2', 'f(**a, *b)']:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
# semantic errors are not the parser's business
print(ast.dump(ast.parse('return 1')))
print(ast.dump(ast.parse('nonlocal x')))
import _ast
print(_ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_OPTIMIZED_AST)
print(ast.dump(compile('a.b = c', '<s>', 'exec', ast.PyCF_ONLY_AST)))
print(ast.dump(compile(b'# coding: latin-1\nx = "\xe9"', '<s>', 'exec', ast.PyCF_ONLY_AST)))
try:
    compile('x', '<s>', 'func_type')
except ValueError as e:
    print(type(e).__name__, e)
try:
    ast.dump(1)
except TypeError as e:
    print(type(e).__name__, e)
