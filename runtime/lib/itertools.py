# weft: hide-frames
"""Functions creating iterators for efficient looping."""

import operator as _operator

_marker = object()


class count:
    """count(start=0, step=1) --> count object"""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and isinstance(self._step, int):
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class cycle:
    """cycle(iterable) --> cycle object"""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._exhausted = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._exhausted:
            for item in self._it:
                self._saved.append(item)
                return item
            self._exhausted = True
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(_as_ssize(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'




class chain:
    """chain(*iterables) --> chain object"""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls()
        self._sources = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                try:
                    self._active = iter(next(self._sources))
                except BaseException:
                    self._sources = iter(())  # an error ends the chain, as in CPython
                    raise
            for item in self._active:
                return item
            self._active = None

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)





class groupby:
    """groupby(iterable, key=None) -> make an iterator that returns consecutive keys
    and groups from the iterable."""

    def __init__(self, iterable, key=None):
        self._keyfunc = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is _marker or self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, iterable, *args):
        s = slice(*args)
        start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
        for v, name in ((start, 'Indices'), (stop, 'Stop argument')):
            if v is not None and (not isinstance(v, int) or v < 0 or v > _MAXSIZE):
                if name == 'Stop argument':
                    raise ValueError('Stop argument for islice() must be None or an integer: '
                                     '0 <= x <= sys.maxsize.')
                raise ValueError('Indices for islice() must be None or an integer: '
                                 '0 <= x <= sys.maxsize.')
        if not isinstance(step, int) or step <= 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            # Consume up to stop, as CPython does, then finish.
            while self._pos < self._stop:
                try:
                    next(self._it)
                except StopIteration:
                    break
                self._pos += 1
            self._it = None
            raise StopIteration
        while self._pos < self._next:
            try:
                next(self._it)
            except StopIteration:
                self._it = None
                raise
            self._pos += 1
        try:
            item = next(self._it)
        except StopIteration:
            self._it = None
            raise
        self._pos += 1
        self._next += self._step
        return item





class _TeeLink:
    __slots__ = ('value', 'next')


class _TeeSource:
    # The iterator the tee copies share, and whether one of them is fetching from it.
    __slots__ = ('it', 'running')

    def __init__(self, it):
        self.it = it
        self.running = False


class _tee:
    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if not hasattr(link, 'next'):
            source = self._source
            if source.running:
                raise RuntimeError('cannot re-enter the tee iterator')
            source.running = True
            try:
                value = next(source.it)
            finally:
                source.running = False
            if not hasattr(link, 'next'):
                link.value = value
                link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2, /):
    if n < 0:
        raise ValueError('n must be >= 0')
    if isinstance(iterable, _tee):
        copies = [iterable.__copy__() for _ in range(n)]
        return tuple(copies)
    source = _TeeSource(iter(iterable))
    link = _TeeLink()
    return tuple(_tee(source, link) for _ in range(n))


class zip_longest:
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object"""

    def __init__(self, *iterables, fillvalue=None):
        self._iters = [iter(it) for it in iterables]
        self._active = len(self._iters)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._iters or not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(self._iters):
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                self._iters[i] = None
                values.append(self._fill)
        return tuple(values)


# ---- iterators driven by a generator ----
# Each is a class, as in CPython (type(accumulate([])) is itertools.accumulate), that
# checks its arguments when it is called and then delegates to a private generator.

def _iter_self(self):
    return self


def _next_gen(self):
    return next(self._gen)


_MAXSIZE = 2 ** 63 - 1  # sys.maxsize


def _as_index(v):
    return _operator.index(v)


def _as_ssize(v):
    # An index argument that must fit a C ssize_t, as CPython's are.
    v = _operator.index(v)
    if not -_MAXSIZE - 1 <= v <= _MAXSIZE:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return v


def _check_alloc(count):
    # CPython's iterators allocate an index array of `count` entries up front; one larger
    # than an address space (8-byte entries, 2**47 bytes) cannot be had.
    if count * 8 >= 2 ** 47:
        raise MemoryError


_NO_ARG = object()


def _want_args(name, args, n):
    if len(args) != n:
        raise TypeError(f'{name} expected {n} arguments, got {len(args)}')
    return args


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        func = _operator.add
    for element in it:
        total = func(total, element)
        yield total


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""
    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, iterable=_NO_ARG, func=None, *, initial=None):
        if iterable is _NO_ARG:
            raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
        self._gen = _accumulate(iter(iterable), func, initial)


def _batched(it, n, strict):
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError('batched(): incomplete batch')
        yield batch


class batched:
    """Batch data into tuples of length n. The last batch may be shorter than n."""
    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, iterable=_NO_ARG, n=_NO_ARG, *, strict=False):
        if iterable is _NO_ARG:
            raise TypeError("batched() missing required argument 'iterable' (pos 1)")
        if n is _NO_ARG:
            raise TypeError("batched() missing required argument 'n' (pos 2)")
        n = _as_index(n)
        if n < 1:
            raise ValueError('n must be at least one')
        self._gen = _batched(iter(iterable), n, strict)


class compress:
    """Return data elements corresponding to true selector elements."""
    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, data, selectors):
        data, selectors = iter(data), iter(selectors)
        self._gen = (d for d, s in zip(data, selectors) if s)


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""
    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, *args):
        predicate, iterable = _want_args('dropwhile', args, 2)
        self._gen = _dropwhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


class filterfalse:
    """Return those items of iterable for which function(item) is false."""
    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, *args):
        function, iterable = _want_args('filterfalse', args, 2)
        self._gen = _filterfalse(function, iter(iterable))


def _pairwise(it):
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, iterable, /):
        self._gen = _pairwise(iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*tuple(args))


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an
    argument tuple taken from the given sequence."""
    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, *args):
        function, iterable = _want_args('starmap', args, 2)
        self._gen = _starmap(function, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to
    true for each entry."""
    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, *args):
        predicate, iterable = _want_args('takewhile', args, 2)
        self._gen = _takewhile(predicate, iter(iterable))


def _product(pools):
    n = len(pools)
    if any(not pool for pool in pools):
        return
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        for i in reversed(range(n)):
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
        else:
            return
        yield tuple(pool[j] for pool, j in zip(pools, indices))


class product:
    """Cartesian product of input iterables. Equivalent to nested for-loops."""
    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, *iterables, repeat=1):
        repeat = _as_ssize(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        # The pools are counted before any iterable is read.
        if iterables and len(iterables) * repeat > _MAXSIZE // 8:
            raise OverflowError('repeat argument too large')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = _product(pools)


def _check_r(r, int_message):
    if int_message and not isinstance(r, int):
        raise TypeError('Expected int as r')
    r = _as_ssize(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    _check_alloc(r)
    return r


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class permutations:
    """Return successive r-length permutations of elements in the iterable."""
    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _check_r(r, True)
        self._gen = _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations:
    """Return successive r-length combinations of elements in the iterable."""
    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, iterable=_marker, r=_marker):
        if iterable is _marker:
            raise TypeError("combinations() missing required argument 'iterable' (pos 1)")
        if r is _marker:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        self._gen = _combinations(pool, _check_r(r, False))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing
    individual elements to have successive repeats."""
    __iter__ = _iter_self
    __next__ = _next_gen

    def __init__(self, iterable=_marker, r=_marker):
        if iterable is _marker:
            raise TypeError("combinations_with_replacement() missing required argument "
                            "'iterable' (pos 1)")
        if r is _marker:
            raise TypeError("combinations_with_replacement() missing required argument "
                            "'r' (pos 2)")
        pool = tuple(iterable)
        self._gen = _combinations_with_replacement(pool, _check_r(r, False))


# Argument errors name the type, as CPython's do ("product() got an unexpected keyword
# argument ..."), not its __init__.
for _cls in (count, cycle, repeat, chain, groupby, islice, zip_longest, accumulate, batched,
             compress, dropwhile, filterfalse, pairwise, starmap, takewhile, product,
             permutations, combinations, combinations_with_replacement):
    _cls.__init__.__qualname__ = _cls.__name__
del _cls
