# weft: hide-frames
"""The parts of functools that CPython writes in C (its _functools module): reduce,
partial, cmp_to_key and the lru_cache wrapper. Their frames stay out of tracebacks and do
not count toward the recursion limit, as C functions do not."""

_sentinel = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial], /): fold iterable into one value.

    The running value starts as initial (or the first item) and becomes
    function(running, item) for each following item, left to right."""
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError("reduce expected at least 2 arguments, got %d" % len(args))
    if len(args) > 3:
        raise TypeError("reduce expected at most 3 arguments, got %d" % len(args))
    function, iterable = args[0], args[1]
    initial = args[2] if len(args) == 3 else _sentinel
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _sentinel:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def cmp_to_key(mycmp):
    """Turn an old-style comparison function (returning <0, 0 or >0) into a key
    function for sorted(), min(), max() and the like."""
    class KeyWrapper:
        __slots__ = ('obj',)
        __hash__ = None

        def __init__(self, obj):
            self.obj = obj

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

    KeyWrapper.__qualname__ = 'KeyWrapper'
    KeyWrapper.__module__ = 'functools'
    return KeyWrapper


class _ReadOnlyMember:
    """A read-only attribute backed by a slot, as the members of a C object."""

    def __init__(self, slot, doc):
        self._slot = slot
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


class partial:
    """partial(func, *args, **keywords): a callable that calls func with args and
    keywords ahead of the arguments it is given itself."""

    __slots__ = ("_func", "_args", "_keywords", "__dict__", "__weakref__")
    __module__ = 'functools'

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            # partial(partial(f, a), b) is stored as partial(f, a, b).
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self = super(partial, cls).__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    func = _ReadOnlyMember('_func', "the callable the partial calls")
    args = _ReadOnlyMember('_args', "positional arguments put before the call's own")
    keywords = _ReadOnlyMember('_keywords', "keyword arguments the call's own ones override")

    def __call__(self, /, *args, **keywords):
        if self._keywords:
            keywords = dict(self._keywords, **keywords)
        return self._func(*self._args, *args, **keywords)

    def __delattr__(self, name):
        if name == '__dict__':
            raise TypeError('cannot delete __dict__')  # as CPython's C partial
        object.__delattr__(self, name)

    def __repr__(self):
        cls = type(self)
        shown = [repr(self.func)]
        shown += map(repr, self.args)
        shown += ["%s=%r" % kv for kv in self.keywords.items()]
        return "%s.%s(%s)" % (cls.__module__, cls.__qualname__, ", ".join(shown))

    def __get__(self, obj, objtype=None):
        return self

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords,
                                          self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self._func = func
        self._args = tuple(args)
        self._keywords = {} if kwds is None else dict(kwds)
        if namespace is not None:
            self.__dict__.clear()
            self.__dict__.update(namespace)


_kwd_mark = object()
# The cache machinery holds its own references to the builtins it uses, so that a program
# caching a builtin itself (builtins.len = lru_cache(len)) does not make it call itself.
_len, _type, _tuple, _list, _map, _next, _iter = len, type, tuple, list, map, next, iter


def _make_key(args, kwds, typed):
    # Positional arguments, then a marker and the keyword pairs; with typed, the
    # types of all the values follow. A lone int or str is its own key.
    parts = _list(args)
    if kwds:
        parts.append(_kwd_mark)
        for pair in kwds.items():
            parts.extend(pair)
    if typed:
        parts.extend(_map(_type, args))
        parts.extend(_map(_type, kwds.values()))
    elif _len(parts) == 1 and _type(parts[0]) in (int, str):
        return parts[0]
    return _tuple(parts)


def _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type):
    # The cache is a dict whose insertion order is the recency order: a hit moves the
    # key to the end; when full, the first (least recently used) key is evicted.
    cache = {}
    stats = [0, 0]  # hits, misses
    sentinel = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, sentinel)
            if result is not sentinel:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, sentinel)
            if result is not sentinel:
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                if _len(cache) >= maxsize:
                    del cache[_next(_iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        return cache_info_type(stats[0], stats[1], maxsize, _len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper
