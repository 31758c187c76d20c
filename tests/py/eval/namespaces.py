# globals()/locals()/vars(), exec and eval with explicit and default namespaces, class
# body namespaces, and name resolution order (locals, globals, builtins).
x = "global x"

def f():
    x = "local x"
    return eval("x"), eval("x", globals()), sorted(locals())

print(f())
ns = {}
exec("a = 1\nb = a + 1\ndef g():\n    return a + b\n", ns)
print(ns["a"], ns["b"], ns["g"](), "__builtins__" in ns)
loc = {}
exec("y = len('abc')", {}, loc)
print(loc)
print(eval("x + '!'"), eval("len(v)", {"v": [1, 2]}))

class Custom(dict):
    def __missing__(self, key):
        return f"<{key}>"
print(eval("undefined_thing", {}, Custom()))

def exec_in_function():
    exec("z = 5")
    return "z" in locals()
print(exec_in_function())

def shadow_builtin():
    len = lambda s: 99
    return len("abc")
print(shadow_builtin(), len("abc"))

import builtins
builtins.my_builtin = "from builtins"
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(e)

class K:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.b, K.names)

g = globals()
g["dynamic"] = 7
print(dynamic)
del g["dynamic"]
try:
    del dynamic
except NameError as e:
    print(e)

def nested_exec():
    v = 1
    def inner():
        return eval("v")
    try:
        return inner()
    except NameError as e:
        return str(e)
print(nested_exec())
print(vars(K)["a"], "K" in vars())
code = compile("result = 6 * 7", "<compiled>", "exec")
space = {}
exec(code, space)
print(space["result"])
print(eval(compile("1 + 2", "<e>", "eval")))
