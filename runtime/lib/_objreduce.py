# weft: hide-frames
"""The default reduction of objects for pickle and copy at protocol 2 and up.

object.__reduce_ex__ calls reduce_newobj here (and copyreg._reduce_ex for protocols 0
and 1). Its frames stay out of tracebacks, like the rest of object's own methods.
"""

from copyreg import __newobj__, __newobj_ex__, _is_heap_type, _slotnames, _type_name


def _new_arguments(obj):
    cls = type(obj)
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        result = getnewargs_ex(obj)
        if not isinstance(result, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % _type_name(type(result)))
        if len(result) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(result))
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            "must be a tuple, not '%s'" % _type_name(type(args)))
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            "must be a dict, not '%s'" % _type_name(type(kwargs)))
        return args, kwargs
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(obj)
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % _type_name(type(args)))
        return args, None
    return None, None


def _default_state(obj, required):
    cls = type(obj)
    if required:
        # Instances whose layout comes from a builtin type other than object hold
        # state that neither __dict__ nor slots can express.
        for klass in cls.__mro__:
            if not _is_heap_type(klass):
                if klass is not object:
                    raise TypeError("cannot pickle %r object" % _type_name(cls))
                break
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    state = dict(d) if d else None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _object_state(obj, required):
    getstate = getattr(type(obj), '__getstate__', None)
    if getstate is object.__getstate__:
        return _default_state(obj, required)
    return obj.__getstate__()


def reduce_newobj(obj):
    """object.__reduce_ex__(protocol) for protocols 2 and up: rebuild with cls.__new__."""
    cls = type(obj)
    args, kwargs = _new_arguments(obj)
    hasargs = args is not None
    if not kwargs:
        func = __newobj__
        newargs = (cls,) + (args or ())
    else:
        func = __newobj_ex__
        newargs = (cls, args, kwargs)
    state = _object_state(obj, not (hasargs or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems
