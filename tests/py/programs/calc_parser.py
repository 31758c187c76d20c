"""Recursive-descent arithmetic parser and evaluator with error reporting."""
import math
from dataclasses import dataclass
from typing import Union


class CalcError(Exception):
    def __init__(self, message, pos=None):
        super().__init__(message)
        self.pos = pos


class ParseError(CalcError):
    pass


class EvalError(CalcError):
    pass


@dataclass
class Token:
    kind: str
    text: str
    pos: int


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str
    pos: int


@dataclass
class BinOp:
    op: str
    left: "Node"
    right: "Node"
    pos: int


@dataclass
class Unary:
    op: str
    operand: "Node"


@dataclass
class Call:
    func: str
    args: list
    pos: int


Node = Union[Num, Var, BinOp, Unary, Call]

OPERATORS = "+-*/%^(),="


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            if text.count(".") > 1:
                raise ParseError(f"malformed number {text!r}", start)
            tokens.append(Token("num", text, start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
        elif ch in OPERATORS:
            tokens.append(Token(ch, ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(Token("eof", "", len(src)))
    return tokens


class Parser:
    """expr := term (('+'|'-') term)* ; term := factor (('*'|'/'|'%') factor)*
    factor := ('-'|'+') factor | power ; power := atom ('^' factor)?"""

    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    @property
    def peek(self):
        return self.tokens[self.i]

    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, kind):
        tok = self.peek
        if tok.kind != kind:
            found = "end of input" if tok.kind == "eof" else repr(tok.text)
            raise ParseError(f"expected {kind!r} but found {found}", tok.pos)
        return self.advance()

    def parse_statement(self):
        if self.peek.kind == "name" and self.tokens[self.i + 1].kind == "=":
            name = self.advance().text
            self.advance()
            value = self.parse_expr()
            self.expect("eof")
            return ("assign", name, value)
        node = self.parse_expr()
        self.expect("eof")
        return ("expr", None, node)

    def parse_expr(self):
        node = self.parse_term()
        while self.peek.kind in "+-":
            tok = self.advance()
            node = BinOp(tok.kind, node, self.parse_term(), tok.pos)
        return node

    def parse_term(self):
        node = self.parse_factor()
        while self.peek.kind in ("*", "/", "%"):
            tok = self.advance()
            node = BinOp(tok.kind, node, self.parse_factor(), tok.pos)
        return node

    def parse_factor(self):
        if self.peek.kind in ("-", "+"):
            op = self.advance().kind
            return Unary(op, self.parse_factor())
        return self.parse_power()

    def parse_power(self):
        base = self.parse_atom()
        if self.peek.kind == "^":
            tok = self.advance()
            return BinOp("^", base, self.parse_factor(), tok.pos)
        return base

    def parse_atom(self):
        tok = self.peek
        match tok.kind:
            case "num":
                self.advance()
                return Num(float(tok.text))
            case "name":
                self.advance()
                if self.peek.kind == "(":
                    self.advance()
                    args = []
                    if self.peek.kind != ")":
                        args.append(self.parse_expr())
                        while self.peek.kind == ",":
                            self.advance()
                            args.append(self.parse_expr())
                    self.expect(")")
                    return Call(tok.text, args, tok.pos)
                return Var(tok.text, tok.pos)
            case "(":
                self.advance()
                node = self.parse_expr()
                self.expect(")")
                return node
            case _:
                found = "end of input" if tok.kind == "eof" else repr(tok.text)
                raise ParseError(f"unexpected {found}", tok.pos)


FUNCS = {"sqrt": (math.sqrt, 1), "max": (max, None), "min": (min, None),
         "abs": (abs, 1), "hypot": (math.hypot, 2), "floor": (math.floor, 1)}


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name=name, pos=pos):
            if name in env:
                return env[name]
            raise EvalError(f"undefined variable {name!r}", pos)
        case Unary(op="-", operand=x):
            return -evaluate(x, env)
        case Unary(operand=x):
            return +evaluate(x, env)
        case BinOp(op=op, left=l, right=r, pos=pos):
            a, b = evaluate(l, env), evaluate(r, env)
            try:
                return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
                        "/": lambda: a / b, "%": lambda: a % b, "^": lambda: a ** b}[op]()
            except ZeroDivisionError as exc:
                raise EvalError(str(exc), pos) from exc
            except OverflowError as exc:
                raise EvalError(f"overflow: {exc.args[1] if len(exc.args) > 1 else exc}", pos) from None
        case Call(func=name, args=args, pos=pos):
            if name not in FUNCS:
                raise EvalError(f"unknown function {name}()", pos)
            fn, arity = FUNCS[name]
            if arity is not None and len(args) != arity:
                raise EvalError(f"{name}() takes {arity} argument(s), got {len(args)}", pos)
            values = [evaluate(a, env) for a in args]
            try:
                return fn(*values)
            except (ValueError, TypeError) as exc:
                raise EvalError(f"{name}(): {exc}", pos) from exc
    raise TypeError(f"bad node {node!r}")


def fmt(value):
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def run(lines):
    env = {"pi": math.pi, "e": math.e}
    for line in lines:
        try:
            kind, name, tree = Parser(tokenize(line)).parse_statement()
            value = evaluate(tree, env)
            if kind == "assign":
                env[name] = value
                print(f"{name} = {fmt(value)}")
            else:
                print(f"{line} => {fmt(value)}")
        except CalcError as exc:
            print(line)
            if exc.pos is not None:
                print(" " * exc.pos + "^")
            cause = exc.__cause__
            extra = f" (caused by {type(cause).__name__})" if cause else ""
            print(f"{type(exc).__name__}: {exc}{extra}")
    return env


env = run([
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "x = 10 / 4",
    "y = x * 2 - 1",
    "hypot(3, 4) + sqrt(16)",
    "max(1, y, x, 7 % 4) - min(3, 2)",
    "10 / (y - 4)",
    "1 +",
    "3 $ 4",
    "(1 + 2",
    "foo + 1",
    "sqrt(-1)",
    "bar(2)",
    "hypot(1)",
    "1.2.3 + 4",
    "2 ^ 10000.5",
    "floor(pi * 100) / 100",
    "7 % -3 + -7 % 3",
    ".5 * 4",
])
print(sorted(env))
print(Parser(tokenize("a*(b+2)")).parse_expr())
