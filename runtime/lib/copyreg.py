"""Registration hooks used by pickle and copy.

dispatch_table maps a type to a reduction function; it matters for types
whose instances cannot be reduced otherwise (builtin or C-level types).
The module also keeps the extension-code registry and the helpers named
inside pickles (_reconstructor, __newobj__, __newobj_ex__).
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table.update({ob_type: pickle_function})
    # The constructor is only checked: unpickling finds it by name.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, constructor_ob=complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


# Reconstruction helpers named in pickles: their names must stay stable.

def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _is_heap_type(cls):
    # Classes made at run time, as opposed to the builtin types.
    return bool(cls.__flags__ & _HEAPTYPE)


def _type_name(cls):
    # The name a type reports in messages: bare for classes, dotted for builtins
    # that live outside builtins.
    if _is_heap_type(cls) or cls.__module__ == 'builtins':
        return cls.__name__
    return cls.__module__ + '.' + cls.__qualname__


def _reduce_ex(self, proto):
    """Reduction for protocols 0 and 1: rebuild through _reconstructor."""
    assert proto < 2
    cls = self.__class__
    # The first base whose __new__ is its own builtin one holds the C-level state.
    base = object
    for klass in cls.__mro__:
        if not _is_heap_type(klass):
            base = klass
            break
        new = klass.__new__
        if isinstance(new, _new_type) and new.__self__ is klass:
            base = klass
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            "a class that defines __slots__ without defining "
                            f"__getstate__ cannot be pickled with protocol {proto}"
                            ) from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__
                and getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like __newobj__, but also passes keyword arguments (protocol 4+)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Names of the slots of cls and of all its bases (mangled as stored).

    The list is remembered as cls.__slotnames__ when the class allows it.
    """
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    # Private names are stored mangled with the defining class.
                    stripped = klass.__name__.lstrip('_')
                    if stripped:
                        name = '_%s%s' % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        # Not a writable class (for instance a builtin type).
        pass
    return names


# Extension codes: a registry of globals that pickles may name by a small integer.
# Codes 1-127 are reserved for the Python core, 128-191 for third parties
# (assigned by the Python maintainers), 192-239 for them too, 240-255 for private use.

# (module, name) -> code, its inverse, and code -> the object once loaded.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Give the global module.name the extension code code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Undo add_extension(module, name, code) (meant for tests)."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
