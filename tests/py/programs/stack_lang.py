"""A small Forth-like stack language interpreter with a dict dispatch table."""
import operator
import math
import sys
from functools import wraps


class StackError(RuntimeError):
    pass


class Halt(Exception):
    pass


class Interpreter:
    def __init__(self, out=None):
        self.stack = []
        self.rstack = []
        self.words = {}
        self.vars = {}
        self.out = out if out is not None else []
        self.steps = 0
        self.max_steps = 100_000
        self.dispatch = {
            "+": self.binary(operator.add), "-": self.binary(operator.sub),
            "*": self.binary(operator.mul), "/": self.binary(operator.floordiv),
            "mod": self.binary(operator.mod), "**": self.binary(pow),
            "=": self.binary(lambda a, b: -1 if a == b else 0),
            "<": self.binary(lambda a, b: -1 if a < b else 0),
            ">": self.binary(lambda a, b: -1 if a > b else 0),
            "and": self.binary(operator.and_), "or": self.binary(operator.or_),
            "negate": self.unary(operator.neg), "abs": self.unary(abs),
            "sqrt": self.unary(math.isqrt), "not": self.unary(lambda a: 0 if a else -1),
            "dup": self.op_dup, "drop": self.op_drop, "swap": self.op_swap,
            "over": self.op_over, "rot": self.op_rot, ".": self.op_print,
            ".s": self.op_show, "cr": lambda: self.out.append("\n"),
            "emit": lambda: self.out.append(chr(self.pop())),
            "!": self.op_store, "@": self.op_fetch, "halt": self.op_halt,
            "depth": lambda: self.push(len(self.stack)),
        }

    # --- helpers -----------------------------------------------------------
    def push(self, value):
        self.stack.append(value)

    def pop(self):
        if not self.stack:
            raise StackError("stack underflow")
        return self.stack.pop()

    def binary(self, fn):
        def op():
            b, a = self.pop(), self.pop()
            self.push(fn(a, b))
        op.__name__ = getattr(fn, "__name__", "lambda")
        return op

    def unary(self, fn):
        return lambda: self.push(fn(self.pop()))

    # --- primitive words ------------------------------------------------------
    def op_dup(self):
        v = self.pop()
        self.stack += [v, v]

    def op_drop(self):
        self.pop()

    def op_swap(self):
        b, a = self.pop(), self.pop()
        self.stack += [b, a]

    def op_over(self):
        b, a = self.pop(), self.pop()
        self.stack += [a, b, a]

    def op_rot(self):
        c, b, a = self.pop(), self.pop(), self.pop()
        self.stack += [b, c, a]

    def op_print(self):
        self.out.append(f"{self.pop()} ")

    def op_show(self):
        self.out.append(f"<{len(self.stack)}> " + " ".join(map(str, self.stack)) + " ")

    def op_store(self):
        name, value = self.pop(), self.pop()
        self.vars[name] = value

    def op_fetch(self):
        name = self.pop()
        try:
            self.push(self.vars[name])
        except KeyError:
            raise StackError(f"unknown variable {name!r}") from None

    def op_halt(self):
        raise Halt()

    # --- compiler -------------------------------------------------------------
    @staticmethod
    def tokenize(src):
        tokens, in_comment = [], False
        for tok in src.split():
            if tok == "(":
                in_comment = True
            elif tok == ")" and in_comment:
                in_comment = False
            elif not in_comment:
                tokens.append(tok)
        return tokens

    def compile_block(self, tokens, pos, terminators):
        body = []
        while pos < len(tokens):
            tok = tokens[pos].lower()
            if tok in terminators:
                return body, pos, tok
            if tok == "if":
                then_body, pos, end = self.compile_block(tokens, pos + 1, {"else", "then"})
                else_body = []
                if end == "else":
                    else_body, pos, end = self.compile_block(tokens, pos + 1, {"then"})
                body.append(("if", then_body, else_body))
            elif tok == "begin":
                loop_body, pos, _ = self.compile_block(tokens, pos + 1, {"until"})
                body.append(("loop", loop_body))
            elif tok == "do":
                loop_body, pos, _ = self.compile_block(tokens, pos + 1, {"loop"})
                body.append(("do", loop_body))
            elif tok.startswith("'") and len(tok) > 1:
                body.append(("lit", tok[1:]))
            else:
                try:
                    body.append(("lit", int(tok, 0)))
                except ValueError:
                    body.append(("word", tok))
            pos += 1
        if terminators:
            raise SyntaxError(f"missing {' or '.join(sorted(terminators))}")
        return body, pos, None

    def execute(self, body):
        for node in body:
            self.steps += 1
            if self.steps > self.max_steps:
                raise StackError(f"step limit {self.max_steps} exceeded")
            match node:
                case ("lit", value):
                    self.push(value)
                case ("word", "i"):
                    self.push(self.rstack[-1])
                case ("word", name) if name in self.words:
                    self.execute(self.words[name])
                case ("word", name) if name in self.dispatch:
                    self.dispatch[name]()
                case ("word", name):
                    raise StackError(f"unknown word {name!r}")
                case ("if", then_body, else_body):
                    self.execute(then_body if self.pop() else else_body)
                case ("loop", loop_body):
                    while True:
                        self.execute(loop_body)
                        if self.pop():
                            break
                case ("do", loop_body):
                    start, limit = self.pop(), self.pop()
                    for i in range(start, limit):
                        self.rstack.append(i)
                        try:
                            self.execute(loop_body)
                        finally:
                            self.rstack.pop()

    def run(self, src):
        tokens = self.tokenize(src)
        i = 0
        while i < len(tokens):
            if tokens[i] == ":":
                end = tokens.index(";", i)
                name = tokens[i + 1].lower()
                self.words[name], _, _ = self.compile_block(tokens[i + 2:end], 0, set())
                i = end + 1
                continue
            j = i
            while j < len(tokens) and tokens[j] != ":":
                j += 1
            body, _, _ = self.compile_block(tokens[i:j], 0, set())
            self.execute(body)
            i = j


PROGRAMS = [
    ("arith", "2 3 + 4 * . 17 5 mod . 2 10 ** . -7 2 / . .s"),
    ("stack ops", "1 2 3 rot .s cr drop drop drop 5 6 over .s swap .s"),
    ("words", ": sq dup * ; : cube dup sq * ; 7 sq . 3 cube . 0x1f sq ."),
    ("if/else", ": sign dup 0 < if drop 'neg else 0 = if 'zero else 'pos then then . ; -5 sign 0 sign 9 sign"),
    ("fact", ": fact dup 1 > if dup 1 - fact * then ; 10 fact . 20 fact ."),
    ("do loop", "5 0 do i i * . loop cr 3 1 do 3 1 do i . loop loop"),
    ("begin until", "1 begin dup . 2 * dup 100 > until drop"),
    ("vars", "42 'x ! 'x @ 1 + 'x ! 'x @ . ( this is a comment ) 'y @"),
    ("gcd", ": gcd begin swap over mod dup 0 = until drop ; 1071 462 gcd . 17 5 gcd ."),
    ("emit", "72 emit 105 emit 33 emit"),
    ("underflow", "1 + ."),
    ("unknown", "1 2 frobnicate"),
    ("divzero", "1 0 /"),
    ("halt", "1 . halt 2 ."),
    ("runaway", ": spin begin 0 until ; spin"),
    ("syntax", ": broken 1 if 2 ; broken"),
    ("sqrt", "1000000 sqrt . -4 sqrt"),
    ("bool", "3 4 < . 3 4 > . -1 not . 0 not 5 and ."),
]

failures = 0
for name, src in PROGRAMS:
    vm = Interpreter()
    status = "ok"
    try:
        vm.run(src)
    except Halt:
        status = "halted"
    except (StackError, SyntaxError) as exc:
        status = f"{type(exc).__name__}: {exc}"
        failures += 1
    except ArithmeticError as exc:
        status = f"arith {type(exc).__name__}: {exc}"
        failures += 1
    except ValueError as exc:
        status = f"value {exc}"
        failures += 1
    output = "".join(vm.out).rstrip().replace("\n", " | ")
    print(f"{name:<12} [{status}] {output}  stack={vm.stack}")

print(f"{failures} of {len(PROGRAMS)} programs failed", file=sys.stderr)
print("dispatch size:", len(Interpreter().dispatch), Interpreter().dispatch["+"].__name__, Interpreter().dispatch["="].__name__)
sys.exit(1 if failures > 10 else 0)
