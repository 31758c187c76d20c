# lru_cache around a builtin the cache machinery itself uses (len).
import builtins, functools
orig = builtins.len
builtins.len = functools.lru_cache(4)(orig)
try:
    print(len('abc'), len((1, 2)), len('abc'), builtins.len.cache_info())
finally:
    builtins.len = orig
for maxsize in (None, 0, 2):
    f = functools.lru_cache(maxsize)(lambda *a, **k: (a, k))
    print(f(1), f(1, x=2), f('a'), f(1), f.cache_info())
