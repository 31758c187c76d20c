# Structural pattern matching: every pattern kind, guards, captures, failures.
from dataclasses import dataclass

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(s):
    match s:
        case 0 | 1 | 2:
            return "small int"
        case -1:
            return "minus one"
        case 1.5 | 2j | -3j:
            return "float/complex"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case []:
            return "empty seq"
        case [x]:
            return f"one item {x}"
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case [x, *rest] if not rest:
            return "unreachable?"
        case [1, 2, *rest]:
            return f"starts 1,2 then {rest}"
        case [_, _, *_, last]:
            return f"long, last={last}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": t, **others}:
            return f"mapping {t} {sorted(others)}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, yy):
            return f"on y axis {yy}"
        case Point(x=xx) as p if xx > 10:
            return f"far point {p.x}"
        case int() | float() as num:
            return f"number {num}"
        case str(text):
            return f"string {text!r}"
        case (a, b) | [a, b, _]:
            return "unreachable"
        case _:
            return "something else"

for v in [0, 2, -1, 1.5, 2j, -3j, "hello", b"raw", None, True, [], [5], [3, 3], [3, 4],
          [1, 2, 3, 4], (7, 8, 9), {"type": "circle", "r": 2}, {"type": "sq", "a": 1, "b": 2},
          {"z": 1}, Point(0, 0), Point(0, 5), Point(11, 1), Point(1, 1), 42, 4.5, "txt", object]:
    print(repr(v)[:20] if not isinstance(v, Point) else "Point", "->", describe(v))

@dataclass
class Cmd:
    name: str
    args: list

def run(c):
    match c:
        case Cmd(name="go", args=[direction]):
            return "go " + direction
        case Cmd("look"):
            return "look around"
        case Cmd(name, args=[*a]) if len(a) > 1:
            return f"{name} with {len(a)} args"
        case _:
            return "?"

print(run(Cmd("go", ["north"])), run(Cmd("look", [])), run(Cmd("take", [1, 2])), run(Cmd("x", [])))

def bind_in_or(v):
    match v:
        case (1, x) | (x, 2):
            return x
    return "nomatch"
print(bind_in_or((1, 5)), bind_in_or((7, 2)), bind_in_or((3, 3)))

def guard_binding(v):
    match v:
        case [x] if x > 0:
            pass
        case _:
            pass
    return x
print(guard_binding([-1]))

class Color:
    RED = "red"
    GREEN = "green"

def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
    return "other"
print(color("red"), color("green"), color("blue"))

match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)

match "abc":
    case [*_]:
        print("str is not a sequence pattern")
    case _:
        print("str not matched as sequence")

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

for src in ["match x:\n case a:\n  pass\n case b:\n  pass",
            "match x:\n case [a, a]:\n  pass",
            "match x:\n case a | b:\n  pass",
            "match x:\n case {1: a, 1: b}:\n  pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e)
