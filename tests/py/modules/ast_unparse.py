# ast.unparse: exact text for many constructs, and parse/unparse round trips.
import ast

snippets = [
    'x = 1', 'a, b = b, a', '(a, b), c = d', 'x = (yield)', 'x = yield y', 'await x',
    'f(*args, **kwargs)', 'f(a)(b)[c].d', '(1).real', '1 .real', '1.5.real', 'x.y.z',
    'a + b * c', '(a + b) * c', 'a - (b - c)', '(a - b) - c', 'a ** b ** c', '(a ** b) ** c',
    '-a ** b', '(-a) ** b', 'not a == b', '(not a) == b', 'a if b else c',
    '(a if b else c) if d else e', 'a if (b if c else d) else e', 'lambda: (yield)',
    'lambda x, /, y=1, *a, z, **k: x', 'f(lambda: 1)', '(lambda: 1)()', 'a and b or c and d',
    'a and (b or c)', '(a or b) and c', 'a < b < c', '(a < b) < c', 'a is not b', 'a not in b',
    '~a', '-(-a)', '+(+a)', 'not not a', '-(a + b)', 'a[1:2]', 'a[::2]', 'a[1:2, 3]', 'a[()]',
    'a[(1, 2)]', 'a[*b]', 'a[b:=1]', '(x := 1)', 'f(x := 1)', 'print((yield))',
    '{**a, "b": 1}', '{*a, *b}', '[*a, *b]', '(*a,)', 'set()', '{1}',
    'del a, b[1], c.d', 'assert x, y', 'raise', 'raise E', 'raise E from None',
    'global a, b', 'import a.b.c as d', 'from . import a', 'from .a import (b as c, d)',
    'from ... import x', 'x: int', 'x: int = 1', '(x): int = 1', 'a.b: int', 'x += 1',
    'x //= 2', 'x @= y', 'for x in y: pass', 'for x, y in z: pass', 'async def f():\n async for a in b: pass',
    'while 1:\n pass\nelse:\n pass', 'with a, b as c: pass', 'with (a as b, c as d): pass',
    'try:\n pass\nexcept (A, B) as e:\n pass', 'try:\n pass\nexcept* A:\n pass',
    'def f() -> int: pass', '@a\n@b.c(1)\ndef f(): pass', 'class A(B, *C, x=1, **k): pass',
    'class A[T](B): pass', 'def f[T: (int, str) = int, *Ts = *tuple[int], **P = [int]](): pass',
    'type X = int', 'type X[T] = list[T]',
    'match x:\n case 1 | 2: pass\n case [a, *_, b]: pass\n case {1: a, **r}: pass\n case C(1, y=2): pass\n case (a as b) | c: pass\n case None | True: pass\n case -1j: pass\n case _: pass',
    '"a\'b"', "'a\"b'", '\'a\\\'b"c\'', '"\\n\\t\\x00\\\\"', '"""x\ny"""', 'b"\\x00\\xff"',
    'u"x"', '1e400', '-1e400', '1e400j', '(1e400 - 1e400)', '0.1 + 0.2', '10 ** 20',
    'f"{x}"', 'f"{x!r}"', 'f"{x:>10}"', 'f"{x:{w}.{p}}"', 'f"{x=}"', 'f"{ {1: 2}[1] }"',
    'f"{x!r:^{w}}"', "f'{a[\"b\"]}'", 'f"a{b}c{d}e"', 'f"{{}}"', 'f"\\n{x}"', 'f"{x}\\\\"',
    "f'''{x}\n'''", 'f"{x:\'}"', 'f"{(lambda: 1)()}"', 'f"{a if b else c}"', 'f"{yield}"',
    'f"{x,y}"', "f'{\"\\n\".join(a)}'", 'f"{x}" "y" f"{z}"',
    'def f():\n    """Doc string."""\n    return', 'class C:\n    """Doc\n    more."""',
    'def f():\n    "it\'s \\"quoted\\""', '"""module doc"""\nx = 1',
    'if a:\n pass\nelif b:\n pass\nelif c:\n pass\nelse:\n pass',
    'if a:\n pass\nelse:\n if b:\n  pass\n x = 1',
    '[x for x in y if x for z in w]', '{k: v async for k, v in z}', '(x for x in (y, z))',
    'f(x for x in y)', 'f((x for x in y), z)', '[(yield x) for x in y]',
    'x = *a, *b', 'for x in *a, *b: pass', 'return *a, *b', 'a = b = c',
    'print(1, 2, sep="")', 'x[a, b:c]', 'x[1:2,]', 'x = -1', 'x = - 1 ** 2', '(-1) ** 2',
    '(a for a in b)', 'x = (1, 2)', 'del (a, b)', 'del [a, b]', 'nonlocal_x = 1',
    '@(lambda f: f)\ndef g(): pass', 'x = 1; y = 2', '...', 'x = ...',
]
for s in snippets:
    try:
        t = ast.parse(s)
        out = ast.unparse(t)
        again = ast.unparse(ast.parse(out))
        print(repr(s), '->', repr(out), 'stable' if again == out else 'UNSTABLE ' + repr(again))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

# expressions and nodes built by hand
print(ast.unparse(ast.parse('x + 1', mode='eval')))
print(ast.unparse(ast.parse('x; y', mode='single')))
print(repr(ast.unparse(ast.Load())))
print(ast.unparse(ast.Constant((1, 2.5, 'a'))), ast.unparse(ast.Constant((1,))))
print(ast.unparse(ast.Constant(float('nan'))), ast.unparse(ast.Constant(complex(1, float('inf')))))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Name('c'))))
print(ast.unparse(ast.Set([])), ast.unparse(ast.Tuple([])))
print(ast.unparse(ast.Name('x')), ast.unparse(ast.arguments()))
print(ast.unparse(ast.JoinedStr([ast.Constant('a\'b"c'), ast.FormattedValue(ast.Name('x'), -1, None)])))
print(ast.unparse(ast.JoinedStr([ast.Constant('\'\'\'"""'), ast.FormattedValue(ast.Name('x'), 115, None)])))
for bad in [ast.Raise(None, ast.Name('e')), ast.YieldFrom(None)]:
    try:
        ast.unparse(bad)
    except ValueError as e:
        print(type(e).__name__, e)

# this very file round-trips
with open(__file__, encoding='utf-8') as f:
    me = f.read()
t1 = ast.parse(me)
text = ast.unparse(t1)
print(ast.dump(ast.parse(text)) == ast.dump(t1), len(text.splitlines()))
print(text[:600])
