import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key, cache

print(reduce(lambda a, b: a * b, range(1, 10)), reduce(lambda a, b: a + b, [], 7))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
p = partial(int, base=2)
print(p('1011'), p.func is int, p.args, p.keywords)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@cache
def sq(x):
    return x * x


print(sq(4), sq(4))


def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner


@deco
def hello():
    """doc"""
    return 1


print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
