# Subclassing builtin types: layouts, inherited C slots, overridden methods.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"

    def double(self):
        return MyInt(self * 2)


m = MyInt(21)
print(m, m + 1, type(m + 1).__name__, m.double(), m == 21, hash(m) == hash(21), -m, m > 3)
m.tag = "t"
print(m.tag, m.__dict__, int(m), str(m), isinstance(m, int), f"{m:>5}")


class MyStr(str):
    def shout(self):
        return self.upper() + "!"


s = MyStr("hey")
print(s.shout(), s + "x", type(s + "x").__name__, len(s), s[0], s == "hey", "e" in s)
print(repr(s), str(s), s.__class__.__name__, {s: 1}["hey"])


class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.appends = 0

    def append(self, x):
        self.appends += 1
        super().append(x)


ml = MyList([1, 2])
ml.append(3)
ml.extend([4])
print(ml, ml.appends, len(ml), ml[1:], type(ml[1:]).__name__, sum(ml), isinstance(ml, list))


class MyDict(dict):
    def __missing__(self, key):
        return f"missing {key}"


md = MyDict(a=1)
print(md["a"], md["zz"], md.get("zz"), len(md), sorted(md.items()))


class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __getitem__(self, k):
        if k not in self:
            self[k] = self.factory()
        return super().__getitem__(k)


dd = DefaultDict(list)
dd["x"].append(1)
dd["x"].append(2)
print(dict(dd), dd.factory is list)


class MyTuple(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return MyTuple(self[1], self[0])


mt = MyTuple(1, 2)
print(mt, mt.swap(), len(mt), mt + (3,), type(mt + (3,)).__name__, mt == (1, 2))


class MyFloat(float):
    pass


print(MyFloat(1.5) * 2, type(MyFloat(1.5) * 2).__name__, repr(MyFloat(2.5)))


class MyException(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise MyException("bad thing", 42)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))


class MyObjectList(list):
    __slots__ = ("extra",)


mol = MyObjectList([1])
mol.extra = 5
print(mol, mol.extra)
show(lambda: setattr(mol, "other", 1))


class Sorted(list):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([Sorted([1, 2, 3]), Sorted([1]), Sorted([5, 5])]))


class IterList(list):
    def __iter__(self):
        return iter(["overridden"])


print(list(IterList([1, 2])), [x for x in IterList([1])], len(IterList([1, 2])))


class LenStr(str):
    def __len__(self):
        return 100


print(len(LenStr("ab")), LenStr("ab").upper())


class EqInt(int):
    def __eq__(self, other):
        return True


show(lambda: hash(EqInt(3)))
print(EqInt(1) == 2, 2 == EqInt(1))

show(lambda: type("X", (int, str), {}))
show(lambda: type("X", (list, dict), {}))
print(type("X", (list, object), {})([1]))
