# Arity errors of module functions name the module (not for builtins).
import math, os, sys, time, _thread
for f in [lambda: math.sqrt(), lambda: os.getcwd(1), lambda: sys.getrecursionlimit(1),
          lambda: time.time(1), lambda: len(), lambda: _thread.get_ident(1), lambda: sys.intern(),
          lambda: math.floor(1, 2), lambda: os.getpid(2), lambda: time.sleep(), lambda: abs(1, 2)]:
    try:
        f()
    except TypeError as e:
        print(e)
