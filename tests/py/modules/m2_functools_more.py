# functools: reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering,
# singledispatch and cached_property as applications use them.
import functools
from functools import (reduce, partial, lru_cache, cache, wraps, update_wrapper, cmp_to_key,
                       total_ordering, singledispatch, cached_property, partialmethod)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + [len(w)], ['ab', 'cde'], []), reduce(operator.add, 'xyz'))
for args in [(operator.add, []), (operator.add, iter(()))]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError', e)
# partial
p = partial(pow, 2)
print(p(10), p.func is pow, p.args, p.keywords, repr(partial(max, key=len)))
print(repr(partial(divmod, 1)), repr(partial(sorted, [3, 1], reverse=True)))
pp = partial(partial(int, '101'), base=2)
print(pp(), pp.func is int, pp.args, pp.keywords)
kw = partial(dict, a=1)
print(kw(b=2), kw(a=3))
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)


class Cell:
    def set_state(self, state, *, force=False):
        self.state = (state, force)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, force=True)


c = Cell()
c.set_alive()
print(c.state, end=' ')
c.set_dead()
print(c.state)
# lru_cache
calls = []


@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    square(v)
print(calls, square.cache_info(), square.cache_info().hits, square.cache_info().maxsize)
square.cache_clear()
print(square.cache_info(), square.__wrapped__(9), square.cache_parameters())


@lru_cache
def typed_default(x):
    return (x, type(x).__name__)


print(typed_default(1), typed_default(1.0), typed_default.cache_info())


@lru_cache(maxsize=None, typed=True)
def typed_cache(x):
    return type(x).__name__


print(typed_cache(1), typed_cache(1.0), typed_cache(True), typed_cache.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1); nocache(1)
print(nocache.cache_info())


@lru_cache(maxsize=10)
def kwcache(a, b=2, *, c=3):
    return a + b + c


print(kwcache(1), kwcache(1, 2), kwcache(1, c=3), kwcache(a=1), kwcache.cache_info())
try:
    square([1])
except TypeError as e:
    print('TypeError', e)


@cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(30), fact.cache_info().currsize, fact.__name__)
# wraps / update_wrapper
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@logged
def area(w: int, h: int = 1) -> int:
    """Area of a rectangle."""
    return w * h


area.extra = 'x'
print(area(3, 4), area.__name__, area.__qualname__, area.__doc__, area.__module__)
print(area.__annotations__, area.__wrapped__.__name__, area.__dict__ == {'__wrapped__': area.__wrapped__, 'extra': 'x'})


def target():
    pass


target.__dict__['marker'] = 1


def shell():
    pass


update_wrapper(shell, target, assigned=('__name__',), updated=())
print(shell.__name__, shell.__qualname__, hasattr(shell, 'marker'), shell.__wrapped__ is target)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
