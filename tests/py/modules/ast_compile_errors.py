# compile() of malformed ASTs: the type and value errors Python gives.
import ast, re

def L(node, **kw):
    node.lineno = 1
    node.col_offset = 0
    return node

cases = [
    ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []),
    ast.Module([L(ast.Expr(ast.Name('x', ast.Load())))], []),
    ast.Module(ast.Name('x'), []),
    ast.Module([L(ast.Expr(3))], []),
    ast.Module([L(ast.Expr(L(ast.Constant([1]))))], []),
    ast.Module([L(ast.Expr(L(ast.Name(3, ast.Load()))))], []),
    ast.Module([L(ast.Expr(L(ast.Name('x', ast.Store()))))], []),
    ast.Module([L(ast.If(L(ast.Name('x', ast.Load())), [], []))], []),
    ast.Expression(L(ast.Name('x', ast.Load()))),
    ast.Module([L(ast.Expr(L(ast.Name('x', 3))))], []),
    ast.Module([L(ast.Expr(ast.Name('x', ast.Load(), lineno='a', col_offset=0)))], []),
    ast.Module([L(ast.Assign([L(ast.Name('x', ast.Load()))], L(ast.Constant(1))))], []),
    ast.Module([L(ast.Expr(L(ast.BoolOp(ast.And(), [L(ast.Constant(1))]))))], []),
    ast.Module([L(ast.Expr(L(ast.Compare(L(ast.Constant(1)), [ast.Lt()], []))))], []),
    ast.Module([L(ast.Expr(L(ast.Compare(L(ast.Constant(1)), [ast.Lt()], [L(ast.Constant(2)), L(ast.Constant(3))]))))], []),
    ast.Module([L(ast.FunctionDef('f', ast.arguments(), [], []))], []),
    ast.Module([L(ast.Expr(L(ast.BinOp(L(ast.Constant(1)), ast.Load(), L(ast.Constant(2))))))], []),
    ast.Module([L(ast.Expr(L(ast.Constant('x', kind=3))))], []),
    ast.Module([L(ast.Pass())], None),
    ast.Module([L(ast.Delete([L(ast.Name('x', ast.Load()))]))], []),
    ast.Module([L(ast.Expr(L(ast.Dict([L(ast.Constant(1))], []))))], []),
    ast.Module([L(ast.Expr(L(ast.Lambda(ast.arguments(), L(ast.Constant(1))))))], []),
    ast.Module([L(ast.ImportFrom('os', [ast.alias('path')], 0))], []),
    ast.Module([L(ast.Expr(L(ast.Constant(1))))], [], lineno=1),
]
for i, t in enumerate(cases):
    try:
        r = compile(t, '<t>', 'exec' if not isinstance(t, ast.Expression) else 'exec')
        print(i, type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(e)))
try:
    compile(ast.Name('x'), '<t>', 'eval')
except TypeError as e:
    print(type(e).__name__, e)
try:
    compile(ast.Module([], []), '<t>', 'eval')
except TypeError as e:
    print(type(e).__name__, e)
print(type(compile(ast.Module([], []), '<t>', 'exec')).__name__)
try:
    compile(42, '<t>', 'exec')
except TypeError as e:
    print(type(e).__name__, e)
