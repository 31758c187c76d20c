"""Build-cost estimator with memoised recursion (functools.lru_cache) and a reduce-based
aggregate, ending with an uncaught KeyError raised deep inside the memoised recursion.
Checks that the traceback shows only the program's own frames, as in CPython."""
import functools
import operator

COSTS = {"libc": 5, "zlib": 3, "ssl": 12, "http": 7, "json": 2, "app": 4, "cli": 1}
DEPS = {
    "zlib": ["libc"], "ssl": ["libc", "zlib"], "http": ["ssl", "zlib"],
    "json": ["libc"], "app": ["http", "json"], "cli": ["app", "plugins"],
}


@functools.lru_cache(maxsize=None)
def total_cost(pkg):
    own = COSTS[pkg]
    return own + sum(total_cost(d) for d in DEPS.get(pkg, ()))


@functools.lru_cache(maxsize=32)
def depth(pkg):
    return 1 + max((depth(d) for d in DEPS.get(pkg, ())), default=0)


def closure(pkg, seen=None):
    seen = set() if seen is None else seen
    for d in DEPS.get(pkg, ()):
        if d not in seen:
            seen.add(d)
            closure(d, seen)
    return seen


def report(pkgs):
    for p in pkgs:
        deps = sorted(closure(p))
        print(f"{p:<5} depth={depth(p)} naive={total_cost(p):>3} unique={COSTS[p] + sum(COSTS[d] for d in deps):>3} deps={deps}")
    print("cache:", total_cost.cache_info())
    print("product of depths:", functools.reduce(operator.mul, (depth(p) for p in pkgs), 1))


report(["libc", "zlib", "ssl", "http", "json", "app"])
print("cli closure:", sorted(closure("cli")))
print("estimating cli...", flush=True)
print(total_cost("cli"))
