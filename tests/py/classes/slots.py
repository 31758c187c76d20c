# __slots__: member descriptors, layout, __dict__ / __weakref__ slots and errors.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y, P.__slots__, type(P.x).__name__, P.x.__name__)
print(hasattr(p, "__dict__"), hasattr(p, "__weakref__"))
show(lambda: setattr(p, "z", 3))
show(lambda: p.__dict__)
del p.x
show(lambda: p.x)
show(lambda: delattr(p, "x"))
p.x = 10
print(p.x)
print(repr(P.x), P.x.__get__(p), P.x.__objclass__.__name__)
show(lambda: P.x.__get__(1))
show(lambda: P.x.__set__(1, 2))


class Q(P):
    __slots__ = ("z",)


q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))


class R(P):
    pass


r = R(1, 2)
r.w = 5
print(r.x, r.w, r.__dict__)


class S:
    __slots__ = "only"


s = S()
s.only = "one"
print(s.only, S.__slots__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Private:
    __slots__ = ("__secret", "public")

    def __init__(self):
        self.__secret = "s"

    def reveal(self):
        return self.__secret


pr = Private()
print(pr.reveal(), pr._Private__secret, sorted(k for k in Private.__dict__ if "secret" in k or k == "public"))


class Empty:
    __slots__ = ()


show(lambda: setattr(Empty(), "a", 1))
print(Empty().__class__.__name__)

show(lambda: type("Z", (), {"__slots__": 1}))
show(lambda: type("Z", (), {"__slots__": ("1a",)}))
show(lambda: type("Z", (), {"__slots__": (1,)}))
show(lambda: type("Z", (), {"__slots__": ("__dict__", "__dict__")}))
show(lambda: type("Z", (R,), {"__slots__": ("__dict__",)}))
show(lambda: type("Z", (R,), {"__slots__": ("__weakref__",)}))
show(lambda: type("Z", (), {"__slots__": ("a",), "a": 1}))
show(lambda: type("Z", (tuple,), {"__slots__": ("a",)}))
show(lambda: type("Z", (int,), {"__slots__": ("a",)}))
print(type("Z", (tuple,), {"__slots__": ()})((1, 2)))


class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("b",)


class Plain:
    pass


show(lambda: type("Z", (S1, S2), {}))
print(type("Z", (S1, Plain), {}).__name__)
print(type("Z", (Plain, S1), {}).__mro__[1].__name__)


# class assignment between compatible slot layouts
class L1:
    __slots__ = ("a",)


class L2:
    __slots__ = ("a",)


class L3:
    __slots__ = ("b",)


o = L1()
o.__class__ = L2
print(type(o).__name__)
show(lambda: setattr(o, "__class__", L3))
show(lambda: setattr(o, "__class__", int))
show(lambda: setattr(1, "__class__", bool))

# tuple subclass with __dict__ after the items
class TT(tuple):
    pass


tt = TT((1, 2, 3))
tt.label = "lbl"
print(tt, len(tt), tt.label, tt.__dict__, tt[1:])


class Point(tuple):
    __slots__ = ()

    @property
    def x(self):
        return self[0]


print(Point((7, 8)).x)
