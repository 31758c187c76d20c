# NodeVisitor, NodeTransformer, walk, iter_fields/iter_child_nodes and the location helpers,
# with transformed trees compiled and run.
import ast

src = '''
def add(a, b):
    """Add two numbers.

        Indented line.
    """
    return a + b

class K:
    "doc"
    x = 1

total = add(2, 3) * 10
print(total, 'x' + 'y')
'''
tree = ast.parse(src)

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.counts = {}
    def visit_Name(self, node):
        self.names.append(node.id)
    def generic_visit(self, node):
        k = type(node).__name__
        self.counts[k] = self.counts.get(k, 0) + 1
        super().generic_visit(node)

c = Counter()
c.visit(tree)
print(c.names)
print(sorted(c.counts.items()))
print(sorted(type(n).__name__ for n in ast.walk(tree)))
print([name for name, _ in ast.iter_fields(tree.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])
print(repr(ast.get_docstring(tree.body[0])))
print(repr(ast.get_docstring(tree.body[0], clean=False)))
print(repr(ast.get_docstring(tree.body[1])), repr(ast.get_docstring(tree)))
try:
    ast.get_docstring(tree.body[2])
except TypeError as e:
    print(type(e).__name__, e)
for node in tree.body:
    print(repr(ast.get_source_segment(src, node)))
print(repr(ast.get_source_segment(src, tree.body[0].body[1], padded=True)))
print(repr(ast.get_source_segment(src, tree.body[0], padded=True)))
print(ast.get_source_segment(src, ast.Name('x')))
print(repr(ast.get_source_segment('a = "é" + b\r\nc', ast.parse('a = "é" + b\r\nc').body[0].value.right)))

class Rewrite(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult):
            return ast.copy_location(ast.BinOp(node.left, ast.Add(), node.right), node)
        return node
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(node.value * 100)
        return node
    def visit_Assign(self, node):
        self.generic_visit(node)
        extra = ast.Expr(ast.Call(ast.Name('print', ast.Load()),
                                  [ast.Constant('assigned')], []))
        return [node, extra]
    def visit_ClassDef(self, node):
        return None

new = ast.fix_missing_locations(Rewrite().visit(tree))
print(ast.unparse(new))
code = compile(new, '<rewritten>', 'exec')
ns = {}
exec(code, ns)
print(sorted(k for k in ns if not k.startswith('__')))

# increment_lineno and copy_location
t = ast.parse('x = 1\ny = 2')
ast.increment_lineno(t, 3)
print([(n.lineno, n.end_lineno) for n in ast.walk(t) if hasattr(n, 'lineno')])
a = ast.Name('a', ast.Load())
ast.copy_location(a, t.body[0].value)
print(a.lineno, a.col_offset, a.end_lineno, a.end_col_offset)
b = ast.Name('b', ast.Load(), lineno=5, col_offset=1, end_lineno=None, end_col_offset=None)
c = ast.copy_location(ast.Name('c', ast.Load()), b)
print(c.lineno, c.col_offset, c.end_lineno, c.end_col_offset, sorted(c.__dict__))
m = ast.fix_missing_locations(ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))], []))
print(ast.dump(m, include_attributes=True))

# an expression tree through eval
e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(e), '<e>', 'eval')))
print(eval(compile(ast.parse('[x * 2 for x in range(3)]', mode='eval'), '<e>', 'eval')))
exec(compile(ast.parse('print("single")', mode='single'), '<i>', 'single'))
t = ast.parse('x = 1')
print(compile(t, '<s>', 'exec', ast.PyCF_ONLY_AST) is t)
