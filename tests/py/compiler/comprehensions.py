# Comprehension scoping as in Python 3.12+ (inlined, but isolated iteration variables).
x = "outer"
lst = [x for x in range(3)]
print(lst, x)

def f():
    y = "before"
    r = [y for y in "ab"]
    return r, y
print(f())

# walrus binds in the enclosing scope
data = [1, 2, 3, 4]
total = 0
ev = [t for v in data if (t := v * 2) > 4]
print(ev, t)

def g():
    res = [last := i for i in range(4)]
    return res, last
print(g())

# class body: comprehension cannot see class variables except the first iterable
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v + len(vals) for v in range(2)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)

# closures over comprehension variables
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])
gs = [(lambda j=j: j) for j in range(3)]
print([fn() for fn in gs])

# nested comprehensions
print([(a, b) for a in range(3) for b in range(a)])
print([[c * r for c in range(3)] for r in range(3)])
print({k: [v for v in range(k)] for k in range(3)})
print({c for c in "hello"} == set("helo"))

# generator expressions keep their own scope and are lazy
g = (i * i for i in range(4))
print(next(g), list(g))
print(sum(i for i in range(5) if i % 2))

# exception inside a comprehension restores the outer variable
z = "keep"
try:
    [1 / (z - 1) for z in [1]]
except ZeroDivisionError:
    pass
print(z)

def cell_in_comp():
    funcs = [lambda: n for n in range(2)]
    n = "outer n"
    return [fn() for fn in funcs], n
print(cell_in_comp())

def outer_cell():
    v = 1
    def get():
        return v
    r = [v for v in range(3)]
    return r, v, get()
print(outer_cell())

try:
    exec("[(yield 1) for x in range(2)]")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    exec("[i := 0 for i in range(2)]")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    exec("class Q:\n    [y := 1 for i in range(2)]")
except SyntaxError as e:
    print(type(e).__name__, e)
