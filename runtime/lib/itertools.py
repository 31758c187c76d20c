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
        self._times = None if times is None else max(times, 0)

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


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
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


def batched(iterable, n, *, strict=False):
    if n < 1:
        raise ValueError('n must be at least one')
    it = iter(iterable)
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError('batched(): incomplete batch')
        yield batch


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
                self._active = iter(next(self._sources))
            for item in self._active:
                return item
            self._active = None

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


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
            if v is not None and (not isinstance(v, int) or v < 0):
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


def pairwise(iterable):
    it = iter(iterable)
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


class _TeeLink:
    __slots__ = ('value', 'next')


class _Tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if not hasattr(link, 'next'):
            value = next(self._it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _Tee(self._it, self._link)


def tee(iterable, n=2, /):
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    link = _TeeLink()
    return tuple(_Tee(it, link) for _ in range(n))


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


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError('r must be non-negative')
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


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
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


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
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
