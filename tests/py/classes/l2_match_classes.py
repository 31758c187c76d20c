# Class patterns: __match_args__ inherited and overridden, keyword patterns via
# properties and __getattr__, dataclasses and namedtuples, self-matching builtin
# subclasses, and every TypeError a class pattern can raise.
from dataclasses import dataclass, field
from collections import namedtuple


def show(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)


class Shape:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class Circle(Shape):
    __match_args__ = ("name", "r")

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def area(self):
        return 3 * self.r * self.r


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side


def describe(s):
    match s:
        case Circle(_, 0):
            return "dot"
        case Circle(_, r, ) if r > 10:
            return f"big circle {r}"
        case Circle(area=a):
            return f"circle area {a}"
        case Square("square", side=s):
            return f"square {s}"
        case Shape(n):
            return f"shape {n}"
    return "not a shape"


for s in (Circle(0), Circle(11), Circle(2), Square(4), Shape("blob"), 5):
    print(describe(s))


@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)


print(Item.__match_args__)


def item(i):
    match i:
        case Item(n, 0):
            return f"{n}: out of stock"
        case Item(n, q, ["sale", *_]):
            return f"{n}: {q} on sale"
        case Item(name=n, qty=q):
            return f"{n}: {q}"


print(item(Item("pen")), item(Item("cup", 3, ["sale", "x"])), item(Item("mug", 2)))

P = namedtuple("P", "x y")
print(P.__match_args__)
match P(1, 2):
    case P(x, y=2):
        print("namedtuple", x)
match P(3, 4):
    case (a, b):
        print("namedtuple as sequence", a, b)


class MyInt(int):
    pass


class MyStr(str):
    __match_args__ = ("upper_form",)

    @property
    def upper_form(self):
        return self.upper()


match MyInt(7):
    case int(v):
        print("int subclass self-match", v, type(v).__name__)
match MyStr("hi"):
    case MyStr(u):
        print("overridden __match_args__", u)
match MyStr("hi"):
    case str(v):
        print("str self-match", v)
for builtin_val in (b"b", bytearray(b"ba"), 1.5, frozenset({1}), {1}, {"k": 1}, [1], (1,)):
    match builtin_val:
        case bytes(v) | bytearray(v) | float(v) | frozenset(v) | set(v) | dict(v) | list(v) | tuple(v):
            print("self", type(v).__name__, v is builtin_val)




def cplx():
    match 2j:
        case complex(v):
            return v


show(cplx)


class Dyn:
    def __getattr__(self, name):
        if name.startswith("k"):
            return name.upper()
        raise AttributeError(name)


match Dyn():
    case Dyn(kx=v, missing=m):
        print("no", v, m)
    case Dyn(kx=v, ky="KY"):
        print("__getattr__ attrs", v)


class Boom:
    @property
    def bad(self):
        raise KeyError("inside property")


def boom():
    match Boom():
        case Boom(bad=_):
            return "matched"
    return "no"


show(boom)


def pat_errors(subject, kind):
    match kind:
        case "too_many":
            match subject:
                case Shape(a, b):
                    return "m"
        case "not_class":
            notcls = 3
            match subject:
                case notcls():
                    return "m"
        case "dup_kw_pos":
            match subject:
                case Shape(n, name=m):
                    return "m"
        case "str_args":
            match subject:
                case BadArgs(x):
                    return "m"
    return "no match"


class BadArgs:
    __match_args__ = "abc"


show(pat_errors, Circle(1), "too_many")
show(pat_errors, 1, "too_many")
show(pat_errors, 1, "not_class")
show(pat_errors, Shape("x"), "dup_kw_pos")
show(pat_errors, BadArgs(), "str_args")
show(pat_errors, Square(1), "too_many")
show(pat_errors, MyInt(1), "too_many")
show(lambda: pat_errors(1.0, "str_args"), )
