# The ast module: Python's abstract syntax trees. The node classes come from the C module
# _ast; this file adds parsing, literal evaluation, dumping, tree walking and rewriting
# helpers, and an unparser that turns a tree back into source text.
import sys
from _ast import *
from contextlib import contextmanager as _contextmanager


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None, optimize=-1):
    flags = PyCF_ONLY_AST
    if optimize > 0:
        flags |= PyCF_OPTIMIZED_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
        # The parser keeps no type comments: refuse sources that have any rather than
        # return a tree without them.
        import re
        text = source if isinstance(source, (str, bytes)) else None
        pattern = r'#\s*type:' if isinstance(text, str) else rb'#\s*type:'
        if text is not None and re.search(pattern, text):
            raise NotImplementedError("ast.parse(): type comments are not supported")
    if feature_version is not None:
        if isinstance(feature_version, tuple):
            major, minor = feature_version
            if major != 3:
                raise ValueError(f"Unsupported major version: {major}")
    return compile(source, filename, mode, flags)


def literal_eval(node_or_string):
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        where = ''
        lineno = getattr(node, 'lineno', None)
        if lineno:
            where = f' on line {lineno}'
        raise ValueError(f'malformed node or string{where}: {node!r}')

    def number(node):
        if isinstance(node, Constant) and type(node.value) in (int, float, complex):
            return node.value
        malformed(node)

    def signed_number(node):
        if isinstance(node, UnaryOp):
            if isinstance(node.op, UAdd):
                return +number(node.operand)
            if isinstance(node.op, USub):
                return -number(node.operand)
        return number(node)

    def value_of(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple([value_of(e) for e in node.elts])
        if isinstance(node, List):
            return [value_of(e) for e in node.elts]
        if isinstance(node, Set):
            return {value_of(e) for e in node.elts}
        if (isinstance(node, Call) and isinstance(node.func, Name)
                and node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            keys = [value_of(k) for k in node.keys]
            values = [value_of(v) for v in node.values]
            return dict(zip(keys, values))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed_number(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed_number(node)

    return value_of(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *,
         indent=None, show_empty=False):
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(node, level):
        # Returns (text, simple): simple values may share a line with two others.
        if indent is not None:
            level += 1
            opener = '\n' + indent * level
            joiner = ',\n' + indent * level
        else:
            opener = ''
            joiner = ', '
        if isinstance(node, AST):
            cls = type(node)
            parts = []
            skipped = []   # omitted empty values, written back if a later field is positional
            simple = True
            named = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    named = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                if (not show_empty and (value is None or value == [])
                        and not isinstance(node, (Constant, MatchSingleton))):
                    skipped.append(repr(value))
                    continue
                if not named:
                    parts.extend(skipped)
                    skipped = []
                text, is_simple = fmt(value, level)
                simple = simple and is_simple
                parts.append(f'{name}={text}' if named else text)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    text, is_simple = fmt(value, level)
                    simple = simple and is_simple
                    parts.append(f'{name}={text}')
            cname = node.__class__.__name__
            if simple and len(parts) <= 3:
                return f"{cname}({', '.join(parts)})", not parts
            return f'{cname}({opener}{joiner.join(parts)})', False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (opener, joiner.join(fmt(x, level)[0] for x in node)), False
        return repr(node), True

    return fmt(node, 0)[0]


_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    for attr in _POSITIONS:
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            # The end positions are optional: copied even when None.
            if value is not None or (attr.startswith('end_') and hasattr(old_node, attr)):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    def fix(node, lineno, col, end_lineno, end_col):
        attrs = node._attributes
        if 'lineno' in attrs:
            if hasattr(node, 'lineno'):
                lineno = node.lineno
            else:
                node.lineno = lineno
        if 'end_lineno' in attrs:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in attrs:
            if hasattr(node, 'col_offset'):
                col = node.col_offset
            else:
                node.col_offset = col
        if 'end_col_offset' in attrs:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col
            else:
                end_col = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col, end_lineno, end_col)

    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            # lineno is a field of TypeIgnore, not a position
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def iter_fields(node):
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _source_lines(source, limit=None):
    # Lines as the tokenizer splits them: \r\n, \n or \r end a line, form feeds do not.
    lines = []
    start = 0
    n = len(source)
    while True:
        if limit is not None and len(lines) >= limit:
            break
        i = start
        while i < n and source[i] not in '\r\n':
            i += 1
        if i < n:
            i += 2 if source.startswith('\r\n', i) else 1
        lines.append(source[start:i])
        if i >= n:
            break
        start = i
    return lines


def get_source_segment(source, node, *, padded=False):
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_line = node.lineno - 1
        last_line = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source, last_line + 1)
    if first_line == last_line:
        return lines[first_line].encode()[col:end_col].decode()
    pad = ''
    if padded:
        lead = lines[first_line].encode()[:col].decode()
        pad = ''.join(c if c in '\f\t' else ' ' for c in lead)
    head = pad + lines[first_line].encode()[col:].decode()
    tail = lines[last_line].encode()[:end_col].decode()
    return ''.join([head, *lines[first_line + 1:last_line], tail])


def walk(node):
    from collections import deque
    pending = deque([node])
    while pending:
        node = pending.popleft()
        pending.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    def visit(self, node):
        handler = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return handler(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                replaced = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replaced.extend(item)
                            continue
                    replaced.append(item)
                old[:] = replaced
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


# ---------------------------------------------------------------------------------------
# Unparsing.

# Binding strength of expression forms, weakest first.
class _Prec:
    NAMED_EXPR = 1
    TUPLE = 2
    YIELD = 3
    TEST = 4
    OR = 5
    AND = 6
    NOT = 7
    CMP = 8
    EXPR = 9
    BOR = 9
    BXOR = 10
    BAND = 11
    SHIFT = 12
    ARITH = 13
    TERM = 14
    FACTOR = 15
    POWER = 16
    AWAIT = 17
    ATOM = 18


def _above(p):
    return p + 1 if p < _Prec.ATOM else p


_INFSTR = "1e" + repr(sys.float_info.max_10_exp + 1)
_SINGLE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _TRIPLE_QUOTES

_UNARY = {'Invert': ('~', _Prec.FACTOR), 'Not': ('not', _Prec.NOT),
          'UAdd': ('+', _Prec.FACTOR), 'USub': ('-', _Prec.FACTOR)}
_BINARY = {'Add': ('+', _Prec.ARITH), 'Sub': ('-', _Prec.ARITH),
           'Mult': ('*', _Prec.TERM), 'MatMult': ('@', _Prec.TERM),
           'Div': ('/', _Prec.TERM), 'Mod': ('%', _Prec.TERM),
           'LShift': ('<<', _Prec.SHIFT), 'RShift': ('>>', _Prec.SHIFT),
           'BitOr': ('|', _Prec.BOR), 'BitXor': ('^', _Prec.BXOR),
           'BitAnd': ('&', _Prec.BAND), 'FloorDiv': ('//', _Prec.TERM),
           'Pow': ('**', _Prec.POWER)}
_COMPARE = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
            'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOL = {'And': ('and', _Prec.AND), 'Or': ('or', _Prec.OR)}


def _quote_text(text, quotes=_ALL_QUOTES, escape_whitespace=False):
    # Escape `text` for a string literal with as few backslashes as possible; returns the
    # escaped body and the quotes it may be written with (best first).
    out = []
    for c in text:
        if c in '\n\t' and not escape_whitespace:
            out.append(c)
        elif c == '\\' or not c.isprintable():
            out.append(c.encode('unicode_escape').decode('ascii'))
        else:
            out.append(c)
    body = ''.join(out)
    usable = list(quotes)
    if '\n' in body:
        usable = [q for q in usable if q in _TRIPLE_QUOTES]
    usable = [q for q in usable if q not in body]
    if not usable:
        # Nothing fits: fall back to repr, keeping a preferred quote if it matches.
        r = repr(text)
        chosen = next((q for q in quotes if r[0] in q), r[0])
        return r[1:-1], [chosen]
    if body:
        # prefer a quote that differs from the last character
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


class _Unparser:
    def __init__(self):
        self._out = []
        self._prec = {}
        self._ignores = {}
        self._level = 0
        self._try_star = False

    # ---- output helpers ----

    def write(self, *parts):
        self._out.extend(parts)

    def fill(self, text=''):
        if self._out:
            self._out.append('\n')
        self._out.append('    ' * self._level + text)

    def newline_if_output(self):
        if self._out:
            self._out.append('\n')

    @_contextmanager
    def block(self, extra=None):
        self.write(':')
        if extra:
            self.write(extra)
        self._level += 1
        yield
        self._level -= 1

    @_contextmanager
    def wrap(self, start, end, when=True):
        if when:
            self.write(start)
        yield
        if when:
            self.write(end)

    @_contextmanager
    def capture(self):
        saved = self._out
        self._out = buf = []
        yield buf
        self._out = saved

    def parens(self, prec, node):
        return self.wrap('(', ')', self._prec.get(node, _Prec.TEST) > prec)

    def set_prec(self, prec, *nodes):
        for n in nodes:
            self._prec[n] = prec

    def joined(self, sep, func, items):
        for i, item in enumerate(items):
            if i:
                self.write(sep)
            func(item)

    def tuple_items(self, func, items):
        if len(items) == 1:
            func(items[0])
            self.write(',')
        else:
            self.joined(', ', func, items)

    def run(self, node):
        if isinstance(node, list):
            for item in node:
                self.run(item)
        else:
            method = getattr(self, 'visit_' + node.__class__.__name__, None)
            if method is not None:
                method(node)
                return
            # No dedicated writer (Expression, Interactive, ...): each child is written
            # afresh, so only the last one's text remains, as Python's unparser does.
            for child in iter_child_nodes(node):
                self._out = []
                self.run(child)

    def visit(self, node):
        self._out = []
        self.run(node)
        return ''.join(self._out)

    def type_comment(self, node):
        comment = self._ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f' # type: {comment}'
        return None

    def docstring_node(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
            return None
        if not node.body or not isinstance(node.body[0], Expr):
            return None
        value = node.body[0].value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def body_with_docstring(self, node):
        doc = self.docstring_node(node)
        if doc:
            self.fill()
            if doc.kind == 'u':
                self.write('u')
            self.string_literal(doc.value, _TRIPLE_QUOTES)
            self.run(node.body[1:])
        else:
            self.run(node.body)

    def string_literal(self, text, quotes=_ALL_QUOTES):
        body, usable = _quote_text(text, quotes)
        self.write(usable[0] + body + usable[0])

    # ---- modules and statements ----

    def visit_Module(self, node):
        self._ignores = {ti.lineno: f'ignore{ti.tag}' for ti in node.type_ignores}
        self.body_with_docstring(node)
        self._ignores.clear()

    def visit_FunctionType(self, node):
        with self.wrap('(', ')'):
            self.joined(', ', self.run, node.argtypes)
        self.write(' -> ')
        self.run(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_prec(_Prec.YIELD, node.value)
        self.run(node.value)

    def visit_Import(self, node):
        self.fill('import ')
        self.joined(', ', self.run, node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.joined(', ', self.run, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_prec(_Prec.TUPLE, target)
            self.run(target)
            self.write(' = ')
        self.run(node.value)
        comment = self.type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.run(node.target)
        self.write(' ' + _BINARY[node.op.__class__.__name__][0] + '= ')
        self.run(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with self.wrap('(', ')', not node.simple and isinstance(node.target, Name)):
            self.run(node.target)
        self.write(': ')
        self.run(node.annotation)
        if node.value:
            self.write(' = ')
            self.run(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.run(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.joined(', ', self.run, node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.run(node.test)
        if node.msg:
            self.write(', ')
            self.run(node.msg)

    def visit_Global(self, node):
        self.fill('global ')
        self.joined(', ', self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ')
        self.joined(', ', self.write, node.names)

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.run(node.exc)
        if node.cause:
            self.write(' from ')
            self.run(node.cause)

    def try_statement(self, node, star):
        outer = self._try_star
        self._try_star = star
        try:
            self.fill('try')
            with self.block():
                self.run(node.body)
            for handler in node.handlers:
                self.run(handler)
            if node.orelse:
                self.fill('else')
                with self.block():
                    self.run(node.orelse)
            if node.finalbody:
                self.fill('finally')
                with self.block():
                    self.run(node.finalbody)
        finally:
            self._try_star = outer

    def visit_Try(self, node):
        self.try_statement(node, False)

    def visit_TryStar(self, node):
        self.try_statement(node, True)

    def visit_ExceptHandler(self, node):
        self.fill('except*' if self._try_star else 'except')
        if node.type:
            self.write(' ')
            self.run(node.type)
        if node.name:
            self.write(' as ', node.name)
        with self.block():
            self.run(node.body)

    def decorators(self, node):
        self.newline_if_output()
        for deco in node.decorator_list:
            self.fill('@')
            self.run(deco)

    def type_params(self, params):
        if params:
            with self.wrap('[', ']'):
                self.joined(', ', self.run, params)

    def visit_ClassDef(self, node):
        self.decorators(node)
        self.fill('class ' + node.name)
        if hasattr(node, 'type_params'):
            self.type_params(node.type_params)
        with self.wrap('(', ')', bool(node.bases or node.keywords)):
            self.joined(', ', self.run, node.bases + node.keywords)
        with self.block():
            self.body_with_docstring(node)

    def function(self, node, keyword):
        self.decorators(node)
        self.fill(keyword + ' ' + node.name)
        if hasattr(node, 'type_params'):
            self.type_params(node.type_params)
        with self.wrap('(', ')'):
            self.run(node.args)
        if node.returns:
            self.write(' -> ')
            self.run(node.returns)
        with self.block(self.type_comment(node)):
            self.body_with_docstring(node)

    def visit_FunctionDef(self, node):
        self.function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self.function(node, 'async def')

    def param_default(self, node):
        if node.default_value:
            self.write(' = ')
            self.run(node.default_value)

    def visit_TypeVar(self, node):
        self.write(node.name)
        if node.bound:
            self.write(': ')
            self.run(node.bound)
        self.param_default(node)

    def visit_TypeVarTuple(self, node):
        self.write('*' + node.name)
        self.param_default(node)

    def visit_ParamSpec(self, node):
        self.write('**' + node.name)
        self.param_default(node)

    def visit_TypeAlias(self, node):
        self.fill('type ')
        self.run(node.name)
        self.type_params(node.type_params)
        self.write(' = ')
        self.run(node.value)

    def for_statement(self, node, keyword):
        self.fill(keyword)
        self.set_prec(_Prec.TUPLE, node.target)
        self.run(node.target)
        self.write(' in ')
        self.run(node.iter)
        with self.block(self.type_comment(node)):
            self.run(node.body)
        self.else_clause(node.orelse)

    def else_clause(self, orelse):
        if orelse:
            self.fill('else')
            with self.block():
                self.run(orelse)

    def visit_For(self, node):
        self.for_statement(node, 'for ')

    def visit_AsyncFor(self, node):
        self.for_statement(node, 'async for ')

    def visit_If(self, node):
        self.fill('if ')
        self.run(node.test)
        with self.block():
            self.run(node.body)
        # a lone nested If in the else branch reads as elif
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.run(node.test)
            with self.block():
                self.run(node.body)
        self.else_clause(node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.run(node.test)
        with self.block():
            self.run(node.body)
        self.else_clause(node.orelse)

    def with_statement(self, node, keyword):
        self.fill(keyword)
        self.joined(', ', self.run, node.items)
        with self.block(self.type_comment(node)):
            self.run(node.body)

    def visit_With(self, node):
        self.with_statement(node, 'with ')

    def visit_AsyncWith(self, node):
        self.with_statement(node, 'async with ')

    def visit_Match(self, node):
        self.fill('match ')
        self.run(node.subject)
        with self.block():
            for case in node.cases:
                self.run(case)

    def visit_match_case(self, node):
        self.fill('case ')
        self.run(node.pattern)
        if node.guard:
            self.write(' if ')
            self.run(node.guard)
        with self.block():
            self.run(node.body)

    # ---- f-strings and constants ----

    def visit_JoinedStr(self, node):
        self.write('f')
        pieces = []
        for value in node.values:
            with self.capture() as buf:
                self.fstring_part(value)
            pieces.append((''.join(buf), isinstance(value, Constant)))
        quotes = list(_ALL_QUOTES)
        written = []
        use_repr = False
        for text, literal in pieces:
            if literal:
                text, allowed = _quote_text(text, quotes, escape_whitespace=True)
                if set(allowed).isdisjoint(quotes):
                    use_repr = True
                    break
                quotes = allowed
            elif '\n' in text:
                quotes = [q for q in quotes if q in _TRIPLE_QUOTES]
            written.append(text)
        if use_repr:
            # no single quote style fits every literal part
            quotes = ["'''"]
            written = []
            for text, literal in pieces:
                if literal:
                    text = repr('"' + text)[2:-1]
                written.append(text)
        self.write(quotes[0] + ''.join(written) + quotes[0])

    def fstring_part(self, node, in_spec=False):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_part(value, in_spec)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            text = node.value.replace('{', '{{').replace('}', '}}')
            if in_spec:
                text = (text.replace('\\', '\\\\').replace("'", "\\'")
                        .replace('"', '\\"').replace('\n', '\\n'))
            self.write(text)
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def visit_FormattedValue(self, node):
        inner = type(self)()
        inner.set_prec(_above(_Prec.TEST), node.value)
        text = inner.visit(node.value)
        self.write('{')
        if text.startswith('{'):
            self.write(' ')  # "{ {" keeps the braces apart
        self.write(text)
        if node.conversion != -1:
            self.write('!' + chr(node.conversion))
        if node.format_spec:
            self.write(':')
            self.fstring_part(node.format_spec, True)
        self.write('}')

    def constant(self, value):
        if isinstance(value, (float, complex)):
            # infinities as an overflowing literal, NaN as inf - inf
            self.write(repr(value).replace('inf', _INFSTR)
                       .replace('nan', f'({_INFSTR}-{_INFSTR})'))
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.wrap('(', ')'):
                self.tuple_items(self.constant, value)
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.constant(value)

    # ---- expressions ----

    def visit_Name(self, node):
        self.write(node.id)

    def visit_NamedExpr(self, node):
        with self.parens(_Prec.NAMED_EXPR, node):
            self.set_prec(_Prec.ATOM, node.target, node.value)
            self.run(node.target)
            self.write(' := ')
            self.run(node.value)

    def prefixed(self, node, keyword, prec):
        with self.parens(prec, node):
            self.write(keyword)
            if node.value:
                self.write(' ')
                self.set_prec(_Prec.ATOM, node.value)
                self.run(node.value)

    def visit_Await(self, node):
        self.prefixed(node, 'await', _Prec.AWAIT)

    def visit_Yield(self, node):
        self.prefixed(node, 'yield', _Prec.YIELD)

    def visit_YieldFrom(self, node):
        with self.parens(_Prec.YIELD, node):
            self.write('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_prec(_Prec.ATOM, node.value)
            self.run(node.value)

    def visit_List(self, node):
        with self.wrap('[', ']'):
            self.joined(', ', self.run, node.elts)

    def comprehension_body(self, node, start, end, head):
        with self.wrap(start, end):
            head()
            for gen in node.generators:
                self.run(gen)

    def visit_ListComp(self, node):
        self.comprehension_body(node, '[', ']', lambda: self.run(node.elt))

    def visit_GeneratorExp(self, node):
        self.comprehension_body(node, '(', ')', lambda: self.run(node.elt))

    def visit_SetComp(self, node):
        self.comprehension_body(node, '{', '}', lambda: self.run(node.elt))

    def visit_DictComp(self, node):
        def head():
            self.run(node.key)
            self.write(': ')
            self.run(node.value)
        self.comprehension_body(node, '{', '}', head)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_prec(_Prec.TUPLE, node.target)
        self.run(node.target)
        self.write(' in ')
        self.set_prec(_above(_Prec.TEST), node.iter, *node.ifs)
        self.run(node.iter)
        for cond in node.ifs:
            self.write(' if ')
            self.run(cond)

    def visit_IfExp(self, node):
        with self.parens(_Prec.TEST, node):
            self.set_prec(_above(_Prec.TEST), node.body, node.test)
            self.run(node.body)
            self.write(' if ')
            self.run(node.test)
            self.write(' else ')
            self.set_prec(_Prec.TEST, node.orelse)
            self.run(node.orelse)

    def visit_Set(self, node):
        if not node.elts:
            self.write('{*()}')  # `{}` is a dict and `set` may be rebound
            return
        with self.wrap('{', '}'):
            self.joined(', ', self.run, node.elts)

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:
                self.write('**')
                self.set_prec(_Prec.EXPR, value)
                self.run(value)
            else:
                self.run(key)
                self.write(': ')
                self.run(value)
        with self.wrap('{', '}'):
            self.joined(', ', item, list(zip(node.keys, node.values)))

    def visit_Tuple(self, node):
        bare = node.elts and self._prec.get(node, _Prec.TEST) <= _Prec.TUPLE
        with self.wrap('(', ')', not bare):
            self.tuple_items(self.run, node.elts)

    def visit_UnaryOp(self, node):
        op, prec = _UNARY[node.op.__class__.__name__]
        with self.parens(prec, node):
            self.write(op)
            if prec != _Prec.FACTOR:
                self.write(' ')
            self.set_prec(prec, node.operand)
            self.run(node.operand)

    def visit_BinOp(self, node):
        op, prec = _BINARY[node.op.__class__.__name__]
        with self.parens(prec, node):
            if op == '**':   # right-associative
                self.set_prec(_above(prec), node.left)
                self.set_prec(prec, node.right)
            else:
                self.set_prec(prec, node.left)
                self.set_prec(_above(prec), node.right)
            self.run(node.left)
            self.write(f' {op} ')
            self.run(node.right)

    def visit_Compare(self, node):
        with self.parens(_Prec.CMP, node):
            self.set_prec(_above(_Prec.CMP), node.left, *node.comparators)
            self.run(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ' + _COMPARE[op.__class__.__name__] + ' ')
                self.run(right)

    def visit_BoolOp(self, node):
        op, prec = _BOOL[node.op.__class__.__name__]
        with self.parens(prec, node):
            level = prec
            for i, value in enumerate(node.values):
                if i:
                    self.write(f' {op} ')
                level = _above(level)
                self.set_prec(level, value)
                self.run(value)

    def visit_Attribute(self, node):
        self.set_prec(_Prec.ATOM, node.value)
        self.run(node.value)
        # `3.real` would read as a float: write `3 .real`
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.', node.attr)

    def visit_Call(self, node):
        self.set_prec(_Prec.ATOM, node.func)
        self.run(node.func)
        with self.wrap('(', ')'):
            self.joined(', ', self.run, node.args + node.keywords)

    def visit_Subscript(self, node):
        self.set_prec(_Prec.ATOM, node.value)
        self.run(node.value)
        with self.wrap('[', ']'):
            index = node.slice
            if isinstance(index, Tuple) and index.elts:
                self.tuple_items(self.run, index.elts)
            else:
                self.run(index)

    def visit_Starred(self, node):
        self.write('*')
        self.set_prec(_Prec.EXPR, node.value)
        self.run(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.run(node.lower)
        self.write(':')
        if node.upper:
            self.run(node.upper)
        if node.step:
            self.write(':')
            self.run(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.run(node.annotation)

    def visit_arguments(self, node):
        parts = []   # one writer per comma-separated piece

        def positional(arg, default, last_posonly):
            def emit():
                self.run(arg)
                if default:
                    self.write('=')
                    self.run(default)
                if last_posonly:
                    self.write(', /')
            return emit

        positionals = node.posonlyargs + node.args
        defaults = [None] * (len(positionals) - len(node.defaults)) + node.defaults
        for i, (arg, default) in enumerate(zip(positionals, defaults), 1):
            parts.append(positional(arg, default, i == len(node.posonlyargs)))
        if node.vararg or node.kwonlyargs:
            def star():
                self.write('*')
                if node.vararg:
                    self.write(node.vararg.arg)
                    if node.vararg.annotation:
                        self.write(': ')
                        self.run(node.vararg.annotation)
            parts.append(star)
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            parts.append(positional(arg, default, False))
        if node.kwarg:
            def double_star():
                self.write('**' + node.kwarg.arg)
                if node.kwarg.annotation:
                    self.write(': ')
                    self.run(node.kwarg.annotation)
            parts.append(double_star)
        self.joined(', ', lambda emit: emit(), parts)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg, '=')
        self.run(node.value)

    def visit_Lambda(self, node):
        with self.parens(_Prec.TEST, node):
            self.write('lambda')
            with self.capture() as params:
                self.run(node.args)
            if params:
                self.write(' ', *params)
            self.write(': ')
            self.set_prec(_Prec.TEST, node.body)
            self.run(node.body)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def visit_withitem(self, node):
        self.run(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.run(node.optional_vars)

    # ---- patterns ----

    def visit_MatchValue(self, node):
        self.run(node.value)

    def visit_MatchSingleton(self, node):
        self.constant(node.value)

    def visit_MatchSequence(self, node):
        with self.wrap('[', ']'):
            self.joined(', ', self.run, node.patterns)

    def visit_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def visit_MatchMapping(self, node):
        def pair(kp):
            self.run(kp[0])
            self.write(': ')
            self.run(kp[1])
        with self.wrap('{', '}'):
            self.joined(', ', pair, list(zip(node.keys, node.patterns, strict=True)))
            if node.rest is not None:
                if node.keys:
                    self.write(', ')
                self.write('**' + node.rest)

    def visit_MatchClass(self, node):
        self.set_prec(_Prec.ATOM, node.cls)
        self.run(node.cls)
        with self.wrap('(', ')'):
            self.joined(', ', self.run, node.patterns)
            if node.kwd_attrs:
                def keyword(ap):
                    self.write(ap[0] + '=')
                    self.run(ap[1])
                if node.patterns:
                    self.write(', ')
                self.joined(', ', keyword,
                            list(zip(node.kwd_attrs, node.kwd_patterns, strict=True)))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.parens(_Prec.TEST, node):
                self.set_prec(_Prec.BOR, node.pattern)
                self.run(node.pattern)
                self.write(' as ' + node.name)

    def visit_MatchOr(self, node):
        with self.parens(_Prec.BOR, node):
            self.set_prec(_above(_Prec.BOR), *node.patterns)
            self.joined(' | ', self.run, node.patterns)


def unparse(ast_obj):
    return _Unparser().visit(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-',
                        help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and '
                             'column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()
    if args.infile == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        name = args.infile
        with open(args.infile, 'rb') as f:
            source = f.read()
    tree = parse(source, name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
