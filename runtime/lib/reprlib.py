"""Size-limited object representations.

Repr produces a repr() of an object that is cut down to fit limits on
nesting depth (maxlevel), on the number of items shown for each container
kind (maxlist, maxdict, ...) and on the length of strings, integers and
other reprs.  Whatever is left out is shown as the fillvalue.  A method
named repr_<typename> handles each type; subclasses add their own.

recursive_repr() guards a __repr__ method against infinite recursion on
self-referencing containers.
"""

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a recursive call returns fillvalue."""

    def decorating_function(user_function):
        # Keys are (object id, thread id) so two threads do not mistake each
        # other's calls for recursion.
        running = set()

        def wrapper(self):
            key = id(self), get_ident()
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        # functools cannot be imported here without a cycle, so copy the
        # metadata by hand.
        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(user_function, attr))
        for attr, default in (('__annotations__', {}), ('__type_params__', ())):
            setattr(wrapper, attr, getattr(user_function, attr, default))
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


def _possibly_sorted(x):
    # Sorted output is easier to read, but items may not be comparable.
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:
    """Holds the limits used by repr() and the per-type formatting methods."""

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5,
                 maxdict=4, maxset=6, maxfrozenset=6, maxdeque=6,
                 maxstring=30, maxlong=40, maxother=30, fillvalue='...',
                 indent=None):
        self.maxlevel = maxlevel
        self.maxtuple = maxtuple
        self.maxlist = maxlist
        self.maxarray = maxarray
        self.maxdict = maxdict
        self.maxset = maxset
        self.maxfrozenset = maxfrozenset
        self.maxdeque = maxdeque
        self.maxstring = maxstring
        self.maxlong = maxlong
        self.maxother = maxother
        self.fillvalue = fillvalue
        self.indent = indent

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = type(x).__name__
        if ' ' in typename:
            typename = '_'.join(typename.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _join(self, pieces, level):
        if self.indent is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        indent = self.indent
        if isinstance(indent, int):
            if indent < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {indent!r})')
            indent *= ' '
        try:
            depth = self.maxlevel - level + 1
            sep = ',\n' + indent * depth
        except TypeError as error:
            raise TypeError(
                f'Repr.indent must be a str, int or None, not {type(indent)}') from error
        # Every piece goes on its own line; the closing bracket is indented
        # one level less than the items.
        text = sep.join(('', *pieces, ''))
        return text[1:-len(indent) or None]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            s = self.fillvalue
        else:
            newlevel = level - 1
            pieces = [self.repr1(elem, newlevel) for elem in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            s = self._join(pieces, level)
            if n == 1 and trail and self.indent is None:
                right = trail + right
        return '%s%s%s' % (left, s, right)

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        header = "array('%s', [" % x.typecode
        return self._repr_iterable(x, level, header, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        x = _possibly_sorted(x)
        return self._repr_iterable(x, level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        x = _possibly_sorted(x)
        return self._repr_iterable(x, level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        newlevel = level - 1
        pieces = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            pieces.append(self.repr1(key, newlevel) + ': ' +
                          self.repr1(x[key], newlevel))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % (self._join(pieces, level),)

    def _shorten(self, s, limit):
        # Keep the head and the tail of s around the fillvalue.
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        return s[:i] + self.fillvalue + s[len(s) - j:]

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            i = max(0, (self.maxstring - 3) // 2)
            j = max(0, self.maxstring - 3 - i)
            # Cut the string itself first so that the quotes survive.
            s = builtins.repr(x[:i] + x[len(x) - j:])
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s

    def repr_int(self, x, level):
        s = builtins.repr(x)
        if len(s) > self.maxlong:
            s = self._shorten(s, self.maxlong)
        return s

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(s) > self.maxother:
            s = self._shorten(s, self.maxother)
        return s


aRepr = Repr()
repr = aRepr.repr
