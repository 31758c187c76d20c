# Structural pattern matching: class patterns (__match_args__, self-matching builtins),
# mapping patterns (rest, duplicates), sequences, guards, and the TypeErrors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Bare:
    def __init__(self):
        self.a = 1

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 7):
    print(where(p))

def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case str(s):
            return f"str {s}"
        case list([a, *rest]):
            return f"list head {a} rest {rest}"
        case dict({"k": v2, **others}):
            return f"dict k={v2} others={others}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case _:
            return "other"

for v in (True, 5, "s", [1, 2, 3], {"k": 1, "z": 2}, (), 2.5):
    print(builtin(v))

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y, *_]:
            return f"many {x} {y}"
        case _:
            return "no"
for v in ([], [1], (1, 2, 3), "ab", range(2)):
    print(seq(v))

def errors(v, cls):
    try:
        match v:
            case cls(a, b, c):
                return "matched"
    except TypeError as e:
        return f"TypeError: {e}"
    return "no match"

print(errors(Point(1, 2), Point))
print(errors(1, int))
print(errors(Bare(), Bare))
try:
    compile("match 5:\n    case P(x=1, x=2):\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("syntax:", e)
def not_class(v):
    x = 5
    match v:
        case x.real:
            return "value pattern"
print(not_class(5))
class BadArgs:
    __match_args__ = ("a", 1)
    a = 1
try:
    match BadArgs():
        case BadArgs(_, _):
            pass
except TypeError as e:
    print(e)
class NotTuple:
    __match_args__ = ["a"]
try:
    match NotTuple():
        case NotTuple(_):
            pass
except TypeError as e:
    print(e)
try:
    match {"a": 1}:
        case {"a": 1, **rest} if rest:
            print("no")
        case {"a": x}:
            print("got", x)
except Exception as e:
    print(type(e).__name__, e)
match {"a": 1, "b": 2}:
    case {"a": _, "c": _}:
        print("wrong")
    case {"b": b, **kw}:
        print("b", b, kw)
import collections
match collections.OrderedDict(a=1):
    case {"a": a}:
        print("ordered", a)
dd = collections.defaultdict(int)
match dd:
    case {"missing": _}:
        print("should not match")
    case _:
        print("defaultdict untouched", dict(dd))
