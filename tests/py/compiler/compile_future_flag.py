# compile(): the CO_FUTURE_ANNOTATIONS flag and dont_inherit.
import __future__
co = compile("def h(x: undefined): pass\n", "f", "exec", __future__.annotations.compiler_flag, True)
ns = {}; exec(co, ns); print(ns["h"].__annotations__, bool(co.co_flags & __future__.annotations.compiler_flag))
try:
    exec("def g(x: undefined2): pass")
except NameError as e:
    print('NameError', e)
co = compile("def k(y: undefined3): pass", "f", "exec")
print(bool(co.co_flags & 0x1000000))
