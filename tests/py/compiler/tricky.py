# Less common flows: maybe-unbound locals, cells deleted, finally with continue,
# class names free in methods, super() in nested code, big argument lists.
def maybe(c):
    if c:
        x = 1
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(maybe(True), maybe(False))

def loop_assign(n):
    for i in range(n):
        last = i
    try:
        return last
    except UnboundLocalError as e:
        return "unbound"
print(loop_assign(3), loop_assign(0))

def in_try():
    try:
        y = int("x")
    except ValueError:
        pass
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(in_try())

def cell_del():
    v = 1
    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        return str(e)
print(cell_del())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            if i == 1:
                continue
            out.append("f")
    return out
print(continue_in_finally())

def return_overrides_exception():
    for _ in range(2):
        try:
            raise ValueError
        finally:
            return "swallowed"
print(return_overrides_exception())

def free_class():
    name = "outer name"
    class K:
        name = "class name"
        def get(self):
            return name
        def getk(self):
            return K.name
    return K().get(), K().getk()
print(free_class())

class Base:
    def greet(self):
        return "base"
class Child(Base):
    def greet(self):
        def inner():
            return super(Child, self).greet()
        gen = (super().greet() for _ in range(1))
        return inner() + "/" + next(gen) + "/" + (lambda: super(Child, self).greet())()
print(Child().greet())

class UsesClass:
    def who(self):
        return __class__
print(UsesClass().who() is UsesClass)

def many_args(*a, **k):
    return len(a), len(k)
print(many_args(*range(40), **{"k%d" % i: i for i in range(40)}))
print(many_args(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, a=1, b=2, c=3, d=4, e=5, f=6,
                g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16, q=17, r=18))
big = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
       24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, x := 40]
print(len(big), x)
d = {"a%d" % i: i for i in range(3)}
big_dict = {"k0": 0, "k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8,
            "k9": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "k14": 14, "k15": 15,
            "k16": 16, "k17": 17, **d, "z": None}
print(len(big_dict), list(big_dict)[-2:])
s = f"{'x' * 3}" + "".join(f"{i}" for i in range(3))
print(s)

def gen_in_finally():
    try:
        yield 1
    finally:
        yield 2
print(list(gen_in_finally()))

def nested_except_names():
    try:
        raise KeyError("a")
    except KeyError as e:
        try:
            raise ValueError("b")
        except ValueError as e2:
            return repr(e), repr(e2)
print(nested_except_names())

def global_del():
    global gv
    gv = 1
    del gv
    try:
        gv
    except NameError as e:
        return str(e)
print(global_del())

def star_in_middle():
    a, *b, c, d = range(10)
    [e, [*f, g]] = [1, [2, 3, 4]]
    return a, b, c, d, e, f, g
print(star_in_middle())

i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
else:
    print("no")
print("i =", i)

def conditional_expr_jumps(a, b):
    if (a and not b) or (not a and b):
        return "xor"
    if a if b else not a:
        return "mixed"
    return "neither"
print([conditional_expr_jumps(p, q) for p in (0, 1) for q in (0, 1)])

print([1, 2, 3] == [1, 2, 3] is not None, (lambda: (yield))().__class__.__name__)
