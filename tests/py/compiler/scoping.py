# Name resolution: locals, globals, nonlocal, closures, class scopes, cells.
x = "global x"

def read_global():
    return x

def shadow():
    x = "local x"
    return x

def use_global_stmt():
    global x
    old = x
    x = "changed"
    return old

print(read_global(), shadow(), use_global_stmt(), x)
x = "global x"

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())

def make_adders():
    return [lambda y, i=i: i + y for i in range(3)]

print([f(10) for f in make_adders()])

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

print(late_binding())

def nested_three():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()()

print(nested_three())

class C:
    y = 10
    z = y + 1
    def method(self):
        return y if False else "method sees global y?"
    def ok(self):
        return self.y

y = "global y"
print(C.z, C().method(), C().ok())

def class_in_function():
    v = "enclosing v"
    class K:
        v = "class v"
        def f(self):
            return v
        w = v
    return K().f(), K.w

print(class_in_function())

def unbound():
    try:
        print(q)
        q = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)

unbound()

def free_unbound():
    def inner():
        return r
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    r = 1

free_unbound()

def del_local():
    a = 1
    del a
    try:
        a
    except UnboundLocalError as e:
        print(type(e).__name__, e)

del_local()

try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)

def arg_cell(a, b):
    def g():
        return a * b
    a = a + 1
    return g()

print(arg_cell(2, 3))

def global_in_nested():
    def setter():
        global gx
        gx = 42
    setter()
    return gx

print(global_in_nested())

class Outer:
    attr = 1
    class Inner:
        def get(self):
            try:
                return attr
            except NameError as e:
                return str(e)
print(Outer.Inner().get())

def locals_order():
    b = 2
    a = 1
    return list(locals())
print(locals_order())

def mangling():
    class M:
        __secret = 5
        def get(self):
            return self.__secret
    return M().get(), hasattr(M, "_M__secret"), hasattr(M, "__secret")
print(mangling())

def walrus_scope():
    if (n := 10) > 5:
        pass
    return n
print(walrus_scope())
