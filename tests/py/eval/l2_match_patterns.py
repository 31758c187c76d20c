# Pattern matching as programs use it: value patterns through modules and enums,
# singletons by identity, nested sequences/mappings, or-patterns binding in every
# alternative, as-patterns, star captures of every position, and the subject
# evaluated once.
import enum
import collections


class Op(enum.Enum):
    ADD = "+"
    SUB = "-"


class Lvl(enum.IntEnum):
    LOW = 1
    HIGH = 2


def ev(expr):
    match expr:
        case int(n) | float(n):
            return n
        case (Op.ADD, left, right):
            return ev(left) + ev(right)
        case (Op.SUB, left, right):
            return ev(left) - ev(right)
        case (Op.SUB, operand):
            return -ev(operand)
        case {"op": "neg", "arg": arg}:
            return -ev(arg)
        case [*items] if all(isinstance(i, int) for i in items):
            return sum(items)
        case _:
            raise ValueError(f"bad expr {expr!r}")


print(ev((Op.ADD, 1, (Op.SUB, 10, 4))))
print(ev((Op.SUB, 2.5)))
print(ev({"op": "neg", "arg": (Op.ADD, 1, 2)}))
print(ev([1, 2, 3]))
try:
    ev("nope")
except ValueError as e:
    print(type(e).__name__, e)


def level(v):
    match v:
        case Lvl.LOW:
            return "low"
        case Lvl.HIGH:
            return "high"
    return "?"


# IntEnum compares equal to ints: value patterns use ==
print(level(1), level(Lvl.HIGH), level(2.0), level(3))


def singletons(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "one"
        case 0:
            return "zero"
    return "other"


# True/False/None match by identity; 1 == True but 1 is not True
print([singletons(v) for v in (True, 1, 1.0, False, 0, 0.0, None, "")])


def stars(v):
    match v:
        case [*init, 0]:
            return f"ends in zero, init={init}"
        case [first, *mid, last] if mid:
            return f"first={first} mid={mid} last={last}"
        case [a, *rest]:
            return f"a={a} rest={rest}"
        case [*_]:
            return "empty"
    return "not a sequence"


for v in ([1, 2, 0], (5,), [1, 2, 3, 4], (1, 2), [], "xy", b"xy", bytearray(b"ab"),
          range(3, 7), collections.deque([9, 8, 0]), {1: 2}):
    print(type(v).__name__, stars(v))


def nested(v):
    match v:
        case {"user": {"name": str(name), "roles": [*roles]}, **extra} if "admin" in roles:
            return f"admin {name} extra={sorted(extra)}"
        case {"user": {"name": name}}:
            return f"user {name}"
        case [(x, y), *_] | [[x, y], *_]:
            return f"pair {x},{y}"
        case ((1 | 2) as a, (3 | 4) as b):
            return f"as {a} {b}"
    return "none"


print(nested({"user": {"name": "ann", "roles": ["dev", "admin"]}, "z": 1, "a": 2}))
print(nested({"user": {"name": "bob", "roles": ("dev",)}}))
print(nested({"user": {"name": 3, "roles": ["admin"]}}))
print(nested([(1, 2), 3]))
print(nested([[5, 6]]))
print(nested((2, 4)))
print(nested((2, 5)))

calls = 0


def subject():
    global calls
    calls += 1
    return [1, 2]


match subject():
    case [3, _]:
        pass
    case [1, 3]:
        pass
    case [1, x]:
        print("x =", x, "subject evaluated", calls, "time(s)")


# bindings from a failed case may leak; later case rebinds
match (1, 2):
    case (a, 3):
        pass
    case (b, c):
        print("b c", b, c)

# mapping keys may be literal values of any hashable kind
match {1: "int", (1, 2): "tuple", None: "none", b"k": "bytes", -2: "neg"}:
    case {1: a, None: b, b"k": c, -2: d}:
        print(a, b, c, d)

match {"x": 1}:
    case {**rest}:
        print("rest copy", rest, type(rest).__name__)

match 3 + 4j:
    case 3 + 4j:
        print("complex literal")
match -0.0:
    case 0:
        print("negative zero equals 0")
match float("nan"):
    case x if x != x:
        print("nan only via guard")

# compile-time pattern errors, with positions
for src in [
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case (a | a):\n        pass",
    "match x:\n    case [a, *b, *c]:\n        pass",
    "match x:\n    case {**rest, 'a': 1}:\n        pass",
    "match x:\n    case C(a=1, 2):\n        pass",
    "match x:\n    case [a] | [b]:\n        pass",
    "match x:\n    case 1 + 2:\n        pass",
    "match x:\n    case f'x':\n        pass",
    "match x:\n    case 1 as _:\n        pass",
    "match x:\n    case [x, *_] as x:\n        pass",
    "match x:\n    case {1: _, True: _}:\n        pass",
    "match x:\n    case {'a': _, 'a' 'b': _, 'ab': _}:\n        pass",
    "match x:\n    case 1j + 1:\n        pass",
    "match x:\n    case 1:\n    pass",
    "match x, *y:\n    case (1, *z):\n        pass",
    "match = 5\nmatch.x = 1\ncase = 2\n_ = match, case",
]:
    try:
        compile(src, "<m>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{e.msg!r} {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
