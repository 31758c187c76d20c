from __future__ import annotations
# exec/eval/compile of text inherit the caller's future annotations unless dont_inherit.
ns = {}
exec("def g(x: undefined2) -> int: pass", ns); print(ns['g'].__annotations__)
co = compile("def k(y: undefined3): pass", "f", "exec"); exec(co, ns); print(ns['k'].__annotations__)
co = compile("def m(y: undefined3): pass", "f", "exec", 0, True)
try:
    exec(co, ns)
except NameError as e:
    print('NameError', e)
print(eval("(lambda: 1)()"))
