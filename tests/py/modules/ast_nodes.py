# The ast node classes: hierarchy, _fields, _attributes, constructors, defaults, pickling.
import ast, copy, pickle, warnings

for name in ['AST', 'mod', 'Module', 'stmt', 'FunctionDef', 'expr', 'Name', 'Constant',
             'expr_context', 'Load', 'Store', 'Del', 'boolop', 'And', 'operator', 'Add',
             'unaryop', 'USub', 'cmpop', 'NotIn', 'comprehension', 'excepthandler',
             'ExceptHandler', 'arguments', 'arg', 'keyword', 'alias', 'withitem',
             'match_case', 'pattern', 'MatchAs', 'type_ignore', 'TypeIgnore', 'type_param',
             'TypeVar', 'ParamSpec', 'TypeVarTuple', 'TryStar', 'TypeAlias']:
    cls = getattr(ast, name)
    print(name, [c.__name__ for c in cls.__mro__], cls._fields, cls._attributes,
          cls.__match_args__ if hasattr(cls, '__match_args__') else None, cls.__module__)
print(ast.Name.__doc__)
print(ast.BinOp.__doc__)
print(repr(ast.Name))

n = ast.Name('x')
print(sorted(n.__dict__), n.id, type(n.ctx).__name__, n.end_lineno, n.end_col_offset)
try:
    n.lineno
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(ast.FunctionDef(name='f').__dict__))
print(sorted(ast.arguments().__dict__))
print(ast.Constant(1).kind, ast.arg('a').annotation, ast.FunctionDef.returns)
for args, kw in [((1, 2, 3), {}), ((1,), {'id': 2})]:
    try:
        ast.Name(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    b = ast.Name('x', foo=3)
    print(b.foo, [str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    ast.Expr()
    print([str(x.message) for x in w])
b = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2), lineno=3)
print(b.lineno, ast.dump(b, include_attributes=True))

class My(ast.AST):
    _fields = ('a', 'b')
m = My(1)
print(m.a, hasattr(m, 'b'))

# shared singletons from the parser
t = ast.parse('a = b; c = d')
print(t.body[0].targets[0].ctx is t.body[1].targets[0].ctx,
      t.body[0].value.ctx is t.body[1].value.ctx, ast.Load() is ast.Load())

r = ast.Name('x', ast.Load(), lineno=1).__reduce__()
print(r[0].__name__, r[1], sorted(r[2]))
t = ast.parse('def f(a, *b): return a + 1')
for clone in (copy.deepcopy(t), pickle.loads(pickle.dumps(t))):
    print(ast.dump(clone, include_attributes=True) == ast.dump(t, include_attributes=True))
c = copy.copy(t.body[0])
print(c.body is t.body[0].body)

# match on nodes via __match_args__
for node in ast.walk(ast.parse('x = f(1) + y')):
    match node:
        case ast.Call(ast.Name(fname), [ast.Constant(v)]):
            print('call', fname, v)
        case ast.BinOp(left, ast.Add(), right):
            print('add', type(left).__name__, type(right).__name__)
print(isinstance(ast.Constant(1), ast.expr), issubclass(ast.Load, ast.AST))

# _field_types (also the classes' __annotations__)
for name in ['FunctionDef', 'Dict', 'Constant', 'arguments', 'Compare', 'MatchSingleton',
             'Global', 'comprehension', 'Load', 'Name', 'Module', 'ExceptHandler', 'withitem']:
    cls = getattr(ast, name)
    print(name, cls._field_types, cls.__annotations__ is cls._field_types)
