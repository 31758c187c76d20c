"""Tools that take or build functions: wrappers, result caches, partial application,
generic functions dispatching on type, and completion of ordering methods."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)

from _functools import reduce, cmp_to_key, partial, _lru_cache_wrapper


_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in assigned, merge
    the dicts named in updated, and point wrapper.__wrapped__ at wrapped."""
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            setattr(wrapper, name, value)
    for name in updated:
        target = getattr(wrapper, name)
        target.update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(f) applied to a wrapper of f."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- total_ordering ----

# For the comparison a class defines, how to compute each of the other three from
# its answer r: (method, use `not r`, then combine with `==` (by or) / `!=` (by and)).
_DERIVED = {
    '__lt__': (('__gt__', True, '!='), ('__le__', False, '=='), ('__ge__', True, None)),
    '__le__': (('__ge__', True, '=='), ('__lt__', False, '!='), ('__gt__', True, None)),
    '__gt__': (('__lt__', True, '!='), ('__ge__', False, '=='), ('__le__', True, None)),
    '__ge__': (('__le__', True, '=='), ('__gt__', False, '!='), ('__lt__', True, None)),
}


def _derived_comparison(source, negate, tie):
    def method(self, other):
        answer = getattr(type(self), source)(self, other)
        if answer is NotImplemented:
            return answer
        if negate:
            answer = not answer
        if tie == '==':
            return answer or self == other
        if tie == '!=':
            return answer and self != other
        return answer
    return method


def total_ordering(cls):
    """Class decorator: from one of __lt__, __le__, __gt__, __ge__ (and __eq__),
    add whichever of the other three the class lacks."""
    defined = [op for op in _DERIVED
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # Preference when several are defined: __lt__, then __le__, __gt__, __ge__.
    source = max(defined)
    for name, negate, tie in _DERIVED[source]:
        if name in defined:
            continue
        method = _derived_comparison(source, negate, tie)
        method.__name__ = name
        method.__qualname__ = f'_{name[2:-2]}_from_{source[2:-2]}'
        setattr(cls, name, method)
    return cls


class partialmethod:
    """Like partial, but for use inside a class body: the stored arguments are
    applied after the instance (or class) the method is looked up on."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            # Flatten nested partialmethods into one.
            self.func = func.func
            self.args = func.args + args
            self.keywords = dict(func.keywords, **keywords)
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound_func = binder(obj, cls)
            if bound_func is not self.func:
                # A descriptor (e.g. classmethod) bound something new: wrap that.
                p = partial(bound_func, *self.args, **self.keywords)
                try:
                    p.__self__ = bound_func.__self__
                except AttributeError:
                    pass
                return p

        def _method(cls_or_self, /, *args, **keywords):
            merged = dict(self.keywords)
            merged.update(keywords)
            return self.func(cls_or_self, *self.args, *args, **merged)
        # inspect.signature() finds the partial through this attribute.
        _method.__partialmethod__ = self
        abstract = self.__isabstractmethod__
        _method.__isabstractmethod__ = abstract
        return _method.__get__(obj, cls)

    def __repr__(self):
        parts = [repr(self.func)]
        parts += [repr(a) for a in self.args]
        parts += ["%s=%r" % item for item in self.keywords.items()]
        cls = type(self)
        return "%s.%s(%s)" % (cls.__module__, cls.__qualname__, ", ".join(parts))

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# ---- caching ----

class _CacheInfo(tuple):
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


def _make_lru(func, maxsize, typed):
    cached = _lru_cache_wrapper(func, maxsize, typed, _CacheInfo)
    cached.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(cached, func)


def lru_cache(maxsize=128, typed=False):
    """Decorator that memoizes a function, keeping at most maxsize results and
    dropping the least recently used one first (maxsize=None: no limit). With
    typed true, arguments of different types are cached apart (1 and 1.0).
    Also usable bare, as @lru_cache."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without parentheses: maxsize is the function.
        return _make_lru(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _make_lru(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """Memoize every result of user_function, without limit."""
    return lru_cache(maxsize=None)(user_function)


# ---- single dispatch ----
# The implementation for a class is found on a linearisation of its bases that also
# places the abstract base classes it is registered with (or passes the subclass hook
# of), merged in C3 order, so that an ABC registration is chosen like a real base.

def _merge_c3(seqs):
    pending = [list(seq) for seq in seqs]
    merged = []
    while True:
        pending = [seq for seq in pending if seq]
        if not pending:
            return merged
        # The first head that appears in no other sequence's tail goes next.
        for seq in pending:
            head = seq[0]
            if all(head not in other[1:] for other in pending):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        merged.append(head)
        for seq in pending:
            if seq[0] == head:
                seq.pop(0)


def _mro_with_abcs(cls, abcs=None):
    bases = cls.__bases__
    # ABCs cls is only virtually derived from are slotted in after its last
    # explicit base that is itself an ABC.
    split = 0
    for pos, base in enumerate(bases):
        if hasattr(base, '__abstractmethods__'):
            split = pos + 1
    pool = list(abcs) if abcs else []
    implied = [abc for abc in pool
               if issubclass(cls, abc) and not any(issubclass(b, abc) for b in bases)]
    for abc in implied:
        pool.remove(abc)
    groups = (list(bases[:split]), implied, list(bases[split:]))
    linearised = [_mro_with_abcs(b, abcs=pool) for group in groups for b in group]
    return _merge_c3([[cls], *linearised, *groups])


def _dispatch_mro(cls, candidates):
    from types import GenericAlias
    own = set(cls.__mro__)
    # Registered types cls derives from only virtually (through an ABC)...
    relevant = [t for t in candidates
                if t not in own and hasattr(t, '__mro__')
                and not isinstance(t, GenericAlias) and issubclass(cls, t)]
    # ...less those that are bases of another such type.
    relevant = [t for t in relevant
                if not any(t != u and t in u.__mro__ for u in relevant)]
    chosen = set(relevant)
    implied = []
    for t in relevant:
        # Subclasses of t that cls also derives from bring in the chosen types on
        # their MROs, longest first; without such subclasses t stands alone.
        chains = sorted(([m for m in sub.__mro__ if m in chosen]
                         for sub in t.__subclasses__()
                         if sub not in own and issubclass(cls, sub)),
                        key=len, reverse=True)
        if not chains:
            implied.append(t)
        for chain in chains:
            for m in chain:
                if m not in implied:
                    implied.append(m)
    return _mro_with_abcs(cls, abcs=implied)


def _find_impl(cls, registry):
    order = _dispatch_mro(cls, registry.keys())
    hits = [pos for pos, t in enumerate(order) if t in registry]
    if not hits:
        return registry.get(None)
    best = order[hits[0]]
    if len(hits) > 1 and hits[1] == hits[0] + 1:
        # The next type on the line is registered too; unless one of the two is a
        # real base of cls or derives from the other, neither is more specific.
        rival = order[hits[1]]
        if rival not in cls.__mro__ and best not in cls.__mro__ \
                and not issubclass(best, rival):
            raise RuntimeError("Ambiguous dispatch: {} or {}".format(best, rival))
    return registry[best]


def _is_union_type(cls):
    from types import UnionType
    if isinstance(cls, UnionType):
        return True
    import typing
    return typing.get_origin(cls) is typing.Union


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in cls.__args__)


def singledispatch(func):
    """Turn func into a generic function that picks an implementation by the type
    of its first argument. func handles types nothing else is registered for;
    add implementations with .register(type) or .register on an annotated
    function. .dispatch(type) tells which implementation a type gets.
    """
    from types import MappingProxyType
    impls = {object: func}
    memo = {}
    # Set once an ABC is registered: ABC registrations made later invalidate memo.
    abc_token = None
    name = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        nonlocal abc_token
        if abc_token is not None:
            from abc import get_cache_token
            now = get_cache_token()
            if now != abc_token:
                memo.clear()
                abc_token = now
        if cls in memo:
            return memo[cls]
        impl = impls[cls] if cls in impls else _find_impl(cls, impls)
        memo[cls] = impl
        return impl

    def _annotated_target(f):
        if isinstance(f, (staticmethod, classmethod)):
            f = f.__func__
        if not getattr(f, '__annotations__', {}):
            raise TypeError(f"Invalid first argument to `register()`: {f!r}. "
                            f"Use either `@register(some_class)` or plain `@register` "
                            f"on an annotated function.")
        import typing
        argname, target = next(iter(typing.get_type_hints(f).items()))
        if not _is_valid_dispatch_type(target):
            if _is_union_type(target):
                raise TypeError(f"Invalid annotation for {argname!r}. "
                                f"{target!r} not all arguments are classes.")
            raise TypeError(f"Invalid annotation for {argname!r}. "
                            f"{target!r} is not a class.")
        return target

    def register(cls, func=None):
        nonlocal abc_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        elif func is not None:
            raise TypeError(f"Invalid first argument to `register()`. "
                            f"{cls!r} is not a class or union type.")
        else:
            func, cls = cls, _annotated_target(cls)
        targets = cls.__args__ if _is_union_type(cls) else (cls,)
        for t in targets:
            impls[t] = func
        if abc_token is None and hasattr(cls, '__abstractmethods__'):
            from abc import get_cache_token
            abc_token = get_cache_token()
        memo.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(impls)
    wrapper._clear_cache = memo.clear
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """singledispatch for methods: the implementation is chosen by the type of the
    first argument after self (or cls)."""

    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        choose = self.dispatcher.dispatch

        def dispatched(*args, **kwargs):
            impl = choose(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        dispatched.__isabstractmethod__ = self.__isabstractmethod__
        dispatched.register = self.register
        return update_wrapper(dispatched, self.func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# A property computed on first access and then stored in the instance's __dict__,
# where later lookups find it directly.
class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        key = self.attrname
        if key is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {key!r} property.")
            raise TypeError(msg) from None
        value = store.get(key, _MISSING)
        if value is _MISSING:
            value = store[key] = self.func(instance)
        return value
