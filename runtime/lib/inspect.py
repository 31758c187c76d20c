"""Get information about live objects: modules, classes, functions, frames.

The module has four parts:

- type predicates (ismodule, isfunction, isgenerator, ...) and member
  listing (getmembers, getattr_static, classify_class_attrs);
- source retrieval (getsource, getsourcelines, getcomments, getdoc), which
  reads files through linecache and finds the extent of a definition with
  the tokenize module;
- frames and generators (stack, getframeinfo, getgeneratorstate, ...);
- call signatures: Signature, Parameter and BoundArguments, computed from
  code objects, functools.partial objects, classes and bound methods.

Builtins without a __text_signature__ have no signature; signature() then
raises ValueError as it does for any builtin it cannot describe.
"""

import builtins
import collections
import collections.abc
import enum
import functools
import itertools
import linecache
import os
import re
import sys
import tokenize
import types
from keyword import iskeyword
from operator import attrgetter

__all__ = [
    'AGEN_CLOSED', 'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'ArgInfo', 'Arguments',
    'Attribute', 'BlockFinder', 'BoundArguments', 'BufferFlags', 'CORO_CLOSED', 'CORO_CREATED',
    'CORO_RUNNING', 'CORO_SUSPENDED', 'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR',
    'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED',
    'CO_VARARGS', 'CO_VARKEYWORDS', 'ClassFoundException', 'ClosureVars', 'EndOfBlock',
    'FrameInfo', 'FullArgSpec', 'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED',
    'Parameter', 'Signature', 'TPFLAGS_IS_ABSTRACT', 'Traceback', 'classify_class_attrs',
    'cleandoc', 'currentframe', 'findsource', 'formatannotation', 'formatannotationrelativeto',
    'formatargvalues', 'get_annotations', 'getabsfile', 'getargs', 'getargvalues',
    'getasyncgenlocals', 'getasyncgenstate', 'getattr_static', 'getblock', 'getcallargs',
    'getclasstree', 'getclosurevars', 'getcomments', 'getcoroutinelocals', 'getcoroutinestate',
    'getdoc', 'getfile', 'getframeinfo', 'getfullargspec', 'getgeneratorlocals',
    'getgeneratorstate', 'getinnerframes', 'getlineno', 'getmembers', 'getmembers_static',
    'getmodule', 'getmodulename', 'getmro', 'getouterframes', 'getsource', 'getsourcefile',
    'getsourcelines', 'indentsize', 'isabstract', 'isasyncgen', 'isasyncgenfunction',
    'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction',
    'isdatadescriptor', 'isframe', 'isfunction', 'isgenerator', 'isgeneratorfunction',
    'isgetsetdescriptor', 'ismemberdescriptor', 'ismethod', 'ismethoddescriptor',
    'ismethodwrapper', 'ismodule', 'isroutine', 'istraceback', 'markcoroutinefunction',
    'signature', 'stack', 'trace', 'unwrap', 'walktree',
]

# Code object flags (the values of code.co_flags bits).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

# Type flag set on classes with abstract methods left.
TPFLAGS_IS_ABSTRACT = 1 << 20


class BufferFlags(enum.IntFlag):
    SIMPLE = 0x0
    WRITABLE = 0x1
    FORMAT = 0x4
    ND = 0x8
    STRIDES = 0x10 | ND
    C_CONTIGUOUS = 0x20 | STRIDES
    F_CONTIGUOUS = 0x40 | STRIDES
    ANY_CONTIGUOUS = 0x80 | STRIDES
    INDIRECT = 0x100 | STRIDES
    CONTIG = ND | WRITABLE
    CONTIG_RO = ND
    STRIDED = STRIDES | WRITABLE
    STRIDED_RO = STRIDES
    RECORDS = STRIDES | WRITABLE | FORMAT
    RECORDS_RO = STRIDES | FORMAT
    FULL = INDIRECT | WRITABLE | FORMAT
    FULL_RO = INDIRECT | FORMAT
    READ = 0x100
    WRITE = 0x200


# ----------------------------------------------------------------------------
# Annotations

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a module, class or callable (a new dict).

    With eval_str, string annotations are evaluated in the object's
    globals (and, for classes, its namespace) or in those given.
    """
    obj_locals = None
    if isinstance(obj, type):
        # Only the class's own annotations, never those inherited.
        namespace = getattr(obj, '__dict__', None)
        ann = None
        if namespace and hasattr(namespace, 'get'):
            ann = namespace.get('__annotations__')
            if isinstance(ann, types.GetSetDescriptorType):
                ann = None
        obj_globals = None
        owner_name = getattr(obj, '__module__', None)
        owner = sys.modules.get(owner_name) if owner_name else None
        if owner:
            obj_globals = getattr(owner, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap_from = obj
    elif isinstance(obj, types.ModuleType) or callable(obj):
        ann = getattr(obj, '__annotations__', None)
        if isinstance(obj, types.ModuleType):
            obj_globals, unwrap_from = obj.__dict__, None
        else:
            obj_globals, unwrap_from = getattr(obj, '__globals__', None), obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap_from is not None:
        # Strings are evaluated in the globals of the innermost wrapped
        # function, where they were written.
        while True:
            if hasattr(unwrap_from, '__wrapped__'):
                unwrap_from = unwrap_from.__wrapped__
                continue
            if isinstance(unwrap_from, functools.partial):
                unwrap_from = unwrap_from.func
                continue
            break
        if hasattr(unwrap_from, '__globals__'):
            obj_globals = unwrap_from.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals or {}
    type_params = getattr(obj, '__type_params__', ())
    if type_params:
        # Type parameters are visible, but names in locals win.
        scope = {tp.__name__: tp for tp in type_params}
        scope.update(locals)
        locals = scope
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


# ----------------------------------------------------------------------------
# Type predicates

def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes."""
    return isinstance(object, type)


def ismethod(object):
    """True for bound methods of Python functions."""
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    """True for method descriptors that are not data descriptors or classes."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, functools.partial):
        # partial.__get__ exists only to warn about a future change; partial
        # objects are not methods yet.
        return False
    tp = type(object)
    return (hasattr(tp, '__get__') and not hasattr(tp, '__set__')
            and not hasattr(tp, '__delete__'))


def isdatadescriptor(object):
    """True for descriptors defining __set__ or __delete__."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """True for descriptors of __slots__ members."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """True for getset descriptors of builtin types."""
    return isinstance(object, types.GetSetDescriptorType)


def isfunction(object):
    """True for Python functions (including lambdas)."""
    return isinstance(object, types.FunctionType)


def _unwrap_callable(f):
    # Look through bound methods and functools.partial objects.
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            pm = getattr(f, '__partialmethod__', None) or getattr(f, '_partialmethod', None)
            if isinstance(pm, functools.partialmethod):
                f = pm.func
            else:
                return f


def _has_code_flag(f, flag):
    f = _unwrap_callable(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """True for functions (or methods, partials) that make generators."""
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_mark = object()


def _has_coroutine_mark(f):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    return getattr(f, '_is_coroutine_marker', None) is _is_coroutine_mark


def markcoroutinefunction(func):
    """Mark func so that iscoroutinefunction() is true for it."""
    if hasattr(func, '__func__'):
        func = func.__func__
    setattr(func, '_is_coroutine_marker', _is_coroutine_mark)
    return func


def iscoroutinefunction(obj):
    """True for 'async def' functions and functions marked as such."""
    return _has_code_flag(obj, CO_COROUTINE) or _has_coroutine_mark(obj)


def isasyncgenfunction(obj):
    """True for 'async def' functions containing yield."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def _async_generator_type():
    # types.AsyncGeneratorType, found the way the types module finds it.
    async def agen():
        yield
    return type(agen())


_AsyncGeneratorType = getattr(types, 'AsyncGeneratorType', None) or _async_generator_type()


def isasyncgen(object):
    """True for asynchronous generator objects."""
    return isinstance(object, _AsyncGeneratorType)


def isgenerator(object):
    """True for generator objects."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """True for coroutine objects."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """True for objects usable in an await expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        # A generator decorated with types.coroutine.
        if object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
            return True
    return isinstance(object, collections.abc.Awaitable)


def istraceback(object):
    """True for traceback objects."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """True for frame objects."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """True for code objects."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """True for builtin functions and bound builtin methods."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """True for method-wrapper objects (bound slot wrappers)."""
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """True for classes that still have abstract methods."""
    if not isinstance(object, type):
        return False
    # The interpreter sets TPFLAGS_IS_ABSTRACT exactly when __abstractmethods__
    # is non-empty; Weft's __flags__ bits differ, so the set is read instead.
    try:
        if object.__dict__.get('__abstractmethods__', None) is not None:
            return bool(object.__abstractmethods__)
    except AttributeError:
        pass
    if not issubclass(type(object), _abc_meta()):
        return False
    if hasattr(object, '__abstractmethods__'):
        # A class with no abstract methods left.
        return False
    # During __init_subclass__ the ABC machinery has not run yet: look at
    # the class body and at the bases.
    for name, value in object.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(object, name, None)
            if getattr(value, '__isabstractmethod__', False):
                return True
    return False


def _abc_meta():
    import abc
    return abc.ABCMeta


# ----------------------------------------------------------------------------
# Members

def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        # DynamicClassAttributes of the bases are listed too.
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            # Some attributes are only in a class __dict__ (for instance
            # when a metaclass' __getattr__ hides them).
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """All (name, value) attribute pairs of object, sorted by name."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers(), but without running descriptors or __getattr__."""
    return _getmembers(object, predicate, getattr_static)


Attribute = collections.namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each name of cls.

    kind is 'class method', 'static method', 'property', 'method' or 'data'.
    """
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    names = dir(cls)
    for base in mro:
        for k, v in base.__dict__.items():
            if isinstance(v, types.DynamicClassAttribute) and v.fget is not None:
                names.append(k)
    result = []
    processed = set()
    for name in names:
        homecls = None
        get_obj = None
        dict_obj = None
        if name not in processed:
            try:
                if name == '__dict__':
                    # Avoid the mappingproxy; the class dict entry is wanted.
                    raise Exception
                get_obj = getattr(cls, name)
            except Exception:
                pass
            else:
                homecls = getattr(get_obj, '__objclass__', homecls)
                if homecls not in class_bases:
                    homecls = None
                    last_cls = None
                    for candidate in class_bases:
                        if getattr(candidate, name, None) is get_obj:
                            last_cls = candidate
                    for meta in metamro:
                        try:
                            found = meta.__getattr__(cls, name)
                        except AttributeError:
                            continue
                        if found is get_obj:
                            last_cls = meta
                    if last_cls is not None:
                        homecls = last_cls
        for base in all_bases:
            if name in base.__dict__:
                dict_obj = base.__dict__[name]
                if homecls not in metamro:
                    homecls = base
                break
        if homecls is None:
            continue
        if isinstance(dict_obj, (staticmethod, types.BuiltinMethodType)):
            kind, value = 'static method', dict_obj
        elif isinstance(dict_obj, (classmethod, types.ClassMethodDescriptorType)):
            kind, value = 'class method', dict_obj
        elif isinstance(dict_obj, property):
            kind, value = 'property', dict_obj
        else:
            value = dict_obj if get_obj is None else get_obj
            kind = 'method' if isroutine(value) else 'data'
        result.append(Attribute(name, kind, homecls, value))
        processed.add(name)
    return result


def getmro(cls):
    """The method resolution order of cls, as a tuple."""
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes to the innermost object.

    stop(f) may end the walk early.  A cycle raises ValueError.
    """
    outer = func
    # The objects are kept alive so that their ids stay unique while walking.
    seen = {id(outer): outer}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        key = id(func)
        if key in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(outer))
        seen[key] = func
    return func


# ----------------------------------------------------------------------------
# Static attribute lookup

_sentinel = object()


def _static_getmro(klass):
    return type.__dict__['__mro__'].__get__(klass)


def _get_dunder_dict_of_class(klass):
    try:
        return type.__dict__['__dict__'].__get__(klass)
    except TypeError:
        return {}


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        instance_dict = {}
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            dunder = _get_dunder_dict_of_class(entry)
            if attr in dunder:
                return dunder[attr]
    return _sentinel


def _shadowed_dict(klass):
    # A '__dict__' entry in a class dict that is not the usual getset
    # descriptor hides the instance dict.
    for entry in _static_getmro(klass):
        namespace = _get_dunder_dict_of_class(entry)
        if '__dict__' not in namespace:
            continue
        slot = namespace['__dict__']
        usual = (type(slot) is types.GetSetDescriptorType
                 and slot.__name__ == '__dict__' and slot.__objclass__ is entry)
        if not usual:
            return slot
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Find attr on obj without triggering descriptors or __getattr__."""
    from_instance = _sentinel
    objtype = type(obj)
    if type in _static_getmro(objtype):
        # obj is a class: look in it and its bases first.
        klass = obj
    else:
        klass = objtype
        shadow = _shadowed_dict(klass)
        if shadow is _sentinel or type(shadow) is types.MemberDescriptorType:
            from_instance = _check_instance(obj, attr)
    from_class = _check_class(klass, attr)
    if from_instance is not _sentinel:
        if from_class is not _sentinel:
            # A data descriptor on the class wins over the instance dict.
            desc_type = type(from_class)
            if (_check_class(desc_type, '__get__') is not _sentinel and
                    (_check_class(desc_type, '__set__') is not _sentinel or
                     _check_class(desc_type, '__delete__') is not _sentinel)):
                return from_class
        return from_instance
    if from_class is not _sentinel:
        return from_class
    if obj is klass:
        # For classes, look in the metaclass too.
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                try:
                    return entry.__dict__[attr]
                except KeyError:
                    pass
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ----------------------------------------------------------------------------
# Generators and coroutines

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


# Generators, coroutines and async generators share one life cycle; they
# differ only in the prefix of their attributes (gi_, cr_, ag_).
def _runstate(obj, prefix, created, running, suspended, closed):
    if getattr(obj, prefix + '_running'):
        return running
    if getattr(obj, prefix + '_suspended'):
        return suspended
    if getattr(obj, prefix + '_frame') is None:
        return closed
    return created


def _framelocals(obj, prefix):
    frame = getattr(obj, prefix + '_frame', None)
    if frame is not None:
        return frame.f_locals
    return {}


def getgeneratorstate(generator):
    """One of GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED."""
    return _runstate(generator, 'gi',
                     GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED)


def getgeneratorlocals(generator):
    """The local variables of a live generator (a dict)."""
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    return _framelocals(generator, 'gi')


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """One of CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED."""
    return _runstate(coroutine, 'cr',
                     CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED)


def getcoroutinelocals(coroutine):
    """The local variables of a live coroutine (a dict)."""
    return _framelocals(coroutine, 'cr')


AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'


def getasyncgenstate(agen):
    """One of AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED."""
    return _runstate(agen, 'ag',
                     AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED)


def getasyncgenlocals(agen):
    """The local variables of a live asynchronous generator (a dict)."""
    if not isasyncgen(agen):
        raise TypeError(f'{agen!r} is not a Python async generator')
    return _framelocals(agen, 'ag')


# ----------------------------------------------------------------------------
# Documentation and source

def indentsize(line):
    """The width of the leading whitespace of line, tabs expanded."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    # The docstring an object inherits from the same name up its class's
    # MRO, for objects that have none of their own.
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                try:
                    doc = base.__doc__
                except AttributeError:
                    continue
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__') is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if isclass(self) and self.__qualname__ + '.' + name == obj.__qualname__:
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        name = getattr(obj, '__name__', None) or obj.fget.__name__
        cls = _findclass(obj.fget)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The cleaned-up docstring of object, inherited if it has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Remove the common indentation of a docstring's lines after the first.

    Tabs are expanded; leading and trailing blank lines are dropped.
    """
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _code_of(object):
    # Methods, functions, tracebacks and frames all lead to a code object;
    # anything else comes back as it is.
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    return object


def getfile(object):
    """The name of the file in which object was defined."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            owner = sys.modules.get(object.__module__)
            if getattr(owner, '__file__', None):
                return owner.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    object = _code_of(object)
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def _all_suffixes():
    try:
        import importlib.machinery
        return importlib.machinery.all_suffixes()
    except (ImportError, AttributeError):
        # Weft has no extension modules: only source and bytecode files.
        return ['.py', '.pyc']


def getmodulename(path):
    """The module name a file path would import as, or None."""
    fname = os.path.basename(path)
    suffixes = sorted((-len(suffix), suffix) for suffix in _all_suffixes())
    for neglen, suffix in suffixes:
        if fname.endswith(suffix):
            return fname[:neglen]
    return None


def getsourcefile(object):
    """The Python source file of object, or None when there is none."""
    filename = getfile(object)
    if filename.endswith(('.pyc', '.pyo')):
        filename = filename[:-1]
    elif any(filename.endswith(s) for s in _all_suffixes() if s not in ('.py', '.pyc')):
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    """The normalized absolute path of object's source (or compiled) file."""
    path = _filename
    if path is None:
        path = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(path))


modulesbyfile = {}
_filesbymodname = {}


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in modulesbyfile:
        return sys.modules.get(modulesbyfile[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    for modname, module in sys.modules.copy().items():
        if ismodule(module) and hasattr(module, '__file__'):
            f = module.__file__
            if f == _filesbymodname.get(modname, None):
                continue
            _filesbymodname[modname] = f
            f = getabsfile(module)
            modulesbyfile[f] = modulesbyfile[os.path.realpath(f)] = module.__name__
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    main = sys.modules['__main__']
    if not hasattr(object, '__name__'):
        return None
    if hasattr(main, object.__name__):
        if getattr(main, object.__name__) is object:
            return main
    builtin = sys.modules['builtins']
    if hasattr(builtin, object.__name__):
        if getattr(builtin, object.__name__) is object:
            return builtin
    return None


class ClassFoundException(Exception):
    pass


def findsource(object):
    """(all lines of the source file, index of object's first line).

    Raises OSError when the source cannot be found.
    """
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__ if module else None)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        # The compiler records where the class statement (or its first
        # decorator) starts.
        try:
            first = vars(object)['__firstlineno__']
        except (TypeError, KeyError):
            raise OSError('source code not available')
        lnum = first - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    object = _code_of(object)
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def getcomments(object):
    """The comment lines just above object's source (or atop a module)."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        # The first run of comment lines, after a '#!' line and blank or
        # bare '#' lines.
        n = len(lines)
        first = 1 if lines and lines[0][:2] == '#!' else 0
        while first < n and lines[first].strip() in ('', '#'):
            first += 1
        stop = first
        while stop < n and lines[stop][:1] == '#':
            stop += 1
        if stop > first:
            return ''.join(line.expandtabs() for line in lines[first:stop])
    elif lnum > 0:
        # Comment lines directly above, indented like the definition.
        indent = indentsize(lines[lnum])
        above = []
        row = lnum - 1
        while row >= 0:
            text = lines[row].expandtabs().lstrip()
            if text[:1] != '#' or indentsize(lines[row]) != indent:
                break
            above.append(text)
            row -= 1
        if above:
            above.reverse()
            lo, hi = 0, len(above)
            while lo < hi and above[lo].strip() == '#':
                lo += 1
            while hi > lo and above[hi - 1].strip() == '#':
                hi -= 1
            return ''.join(above[lo:hi])
    return None


class EndOfBlock(Exception):
    pass


class BlockFinder:
    """Feed tokens to tokeneater(); EndOfBlock ends the first definition."""

    def __init__(self):
        self.indent = 0
        self.islambda = False
        self.started = False
        self.passline = False
        self.indecorator = False
        self.last = 1
        self.body_col0 = None

    def tokeneater(self, type, token, srowcol, erowcol, line):
        if not self.started and not self.indecorator:
            # Decorators come first, then 'def', 'class' or 'lambda'.
            if token == '@':
                self.indecorator = True
            elif token in ('def', 'class', 'lambda'):
                if token == 'lambda':
                    self.islambda = True
                self.started = True
            self.passline = True
        elif token == '(':
            if self.indecorator:
                self.decoratorhasargs = True
        elif token == ')':
            if self.indecorator:
                self.indecorator = False
                self.decoratorhasargs = False
        elif type == tokenize.NEWLINE:
            self.passline = False
            self.last = srowcol[0]
            if self.islambda:
                # A lambda ends with its logical line.
                raise EndOfBlock
            if self.indecorator:
                self.indecorator = False
        elif self.passline:
            pass
        elif type == tokenize.INDENT:
            if self.body_col0 is None and self.started:
                self.body_col0 = erowcol[1]
            self.indent += 1
            self.passline = True
        elif type == tokenize.DEDENT:
            self.indent -= 1
            if self.indent <= 0:
                raise EndOfBlock
        elif type == tokenize.COMMENT:
            if self.body_col0 is not None and srowcol[1] >= self.body_col0:
                # Comments indented like the body belong to it.
                self.last = srowcol[0]
        elif self.indent == 0 and type not in (tokenize.COMMENT, tokenize.NL):
            # Code at the definition's own level ends the block.
            raise EndOfBlock


def getblock(lines):
    """The lines of the first block (definition) at the top of lines."""
    finder = BlockFinder()
    last = None
    try:
        for last in tokenize.generate_tokens(iter(lines).__next__):
            finder.tokeneater(*last)
    except (EndOfBlock, IndentationError):
        pass
    except SyntaxError as e:
        if 'unmatched' not in e.msg:
            raise e from None
        # An unmatched closing bracket: let the last token end the block.
        try:
            finder.tokeneater(tokenize.NEWLINE, *last[1:])
        except (EndOfBlock, IndentationError):
            pass
    except tokenize.TokenError:
        pass
    return lines[:finder.last]


def getsourcelines(object):
    """(list of source lines of object, line number of the first one)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of object, as one string."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def walktree(classes, children, parent):
    """Nested lists of (class, bases) for getclasstree()."""
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    tree = []
    for c in classes:
        tree.append((c, c.__bases__))
        subclasses = children.get(c)
        if subclasses is not None:
            tree.append(walktree(subclasses, children, c))
    return tree


def getclasstree(classes, unique=False):
    """Arrange classes into a tree of nested lists by inheritance."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


# ----------------------------------------------------------------------------
# Argument lists of code objects and frames

Arguments = collections.namedtuple('Arguments', 'args, varargs, varkw')


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs])
    kwonlyargs = list(names[nargs:nargs + nkwargs])
    nargs += nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args + kwonlyargs, varargs, varkw)


FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """FullArgSpec of a callable, from its signature (bound args kept)."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False, sigcls=Signature,
                                       eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations.update({'return': sig.return_annotation})
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY or kind is _POSITIONAL_OR_KEYWORD:
            (posonlyargs if kind is _POSITIONAL_ONLY else args).append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults or None,
                       kwonlyargs, kwdefaults or None, annotations)


ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    return ArgInfo(*getargs(frame.f_code), frame.f_locals)


def formatannotation(annotation, base_module=None):
    """Text of an annotation as written in a signature."""
    if getattr(annotation, '__module__', None) == 'typing':
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'),
                      repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    """A formatannotation() that leaves out object's own module name."""
    home = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, home)
    return _formatannotation


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Format the output of getargvalues() as '(a=1, *args=(), **kw={})'."""
    parts = [formatarg(name) + formatvalue(locals[name]) for name in args]
    for name, decorate in ((varargs, formatvarargs), (varkw, formatvarkw)):
        if name:
            parts.append(decorate(name) + formatvalue(locals[name]))
    return '(%s)' % ', '.join(parts)


def _missing_arguments(f_name, argnames, pos, values):
    absent = [repr(n) for n in argnames if n not in values]
    count = len(absent)
    listed = absent[-1]
    if count > 1:
        # 'a', 'b' and 'c'
        listed = ', '.join(absent[:-1]) + ' and ' + listed
    kind = 'positional' if pos else 'keyword-only'
    plural = '' if count == 1 else 's'
    raise TypeError('%s() missing %i required %s argument%s: %s' %
                    (f_name, count, kind, plural, listed))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = sum(1 for name in kwonly if name in values)
    if varargs:
        plural = atleast != 1
        sig = 'at least %d' % (atleast,)
    elif defcount:
        plural = True
        sig = 'from %d to %d' % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ''
    if kwonly_given:
        kwonly_sig = (' positional argument%s (and %d keyword-only argument%s)' %
                      ('s' if given != 1 else '', kwonly_given,
                       's' if kwonly_given != 1 else ''))
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given' %
                    (f_name, sig, 's' if plural else '', given, kwonly_sig,
                     'was' if given == 1 and not kwonly_given else 'were'))


def getcallargs(func, /, *positional, **named):
    """Map the arguments of a call func(*positional, **named) to names.

    Errors are reported as the call itself would report them.
    """
    spec = getfullargspec(func)
    names, star, starstar = spec.args, spec.varargs, spec.varkw
    defaults = spec.defaults or ()
    kwonly, kwdefaults = spec.kwonlyargs, spec.kwonlydefaults or {}
    fname = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__, *positional)
    given = len(positional)
    n_names = len(names)
    bound = dict(zip(names, positional))
    if star:
        bound[star] = tuple(positional[n_names:])
    accepted = set(names) | set(kwonly)
    if starstar:
        bound[starstar] = {}
    for key, value in named.items():
        if key in accepted:
            if key in bound:
                raise TypeError('%s() got multiple values for argument %r' % (fname, key))
            bound[key] = value
        elif starstar:
            bound[starstar][key] = value
        else:
            raise TypeError('%s() got an unexpected keyword argument %r' % (fname, key))
    if given > n_names and not star:
        _too_many(fname, names, kwonly, star, len(defaults), given, bound)
    if given < n_names:
        first_optional = n_names - len(defaults)
        required = names[:first_optional]
        if any(name not in bound for name in required):
            _missing_arguments(fname, required, True, bound)
        for name, default in zip(names[first_optional:], defaults):
            bound.setdefault(name, default)
    incomplete = False
    for name in kwonly:
        if name in bound:
            continue
        if name in kwdefaults:
            bound[name] = kwdefaults[name]
        else:
            incomplete = True
    if incomplete:
        _missing_arguments(fname, kwonly, False, bound)
    return bound


ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound) used by func.

    Global and builtin names come from the code's co_names, so attribute
    names that are also globals count as globals.
    """
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents
                         for var, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


# ----------------------------------------------------------------------------
# Frames and tracebacks

try:
    from dis import Positions as _Positions
except ImportError:
    _Positions = collections.namedtuple(
        'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
        defaults=[None] * 4)

_Traceback = collections.namedtuple('_Traceback', 'filename lineno function code_context index')


def _fields_and_positions(record):
    # 'name=value, ...' for the tuple fields and the extra positions attribute.
    names = record._fields + ('positions',)
    return ', '.join('%s=%r' % (name, getattr(record, name)) for name in names)


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = _Traceback.__new__(cls, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return 'Traceback(%s)' % _fields_and_positions(self)


def _get_code_position_from_tb(tb):
    return _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    # One entry of co_positions() per two-byte code unit.
    positions_gen = code.co_positions()
    return next(itertools.islice(positions_gen, instruction_index // 2, None))


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame
    or traceback; code_context holds context lines around the current one.
    """
    if istraceback(frame):
        lineno = frame.tb_lineno
        code, offset = frame.tb_frame.f_code, frame.tb_lasti
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        code, offset = frame.f_code, frame.f_lasti
    positions = tuple(_get_code_position(code, offset))
    if positions[0] is None:
        # No position information: fall back on the line number.
        positions = (lineno,) + positions[1:]
    lineno = positions[0]
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame)
    if not filename:
        filename = getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(min(start, len(lines) - context), 0)
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=_Positions(*positions))


def getlineno(frame):
    """The current line number of a frame."""
    return frame.f_lineno


_FrameInfo = collections.namedtuple('_FrameInfo', ('frame',) + Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        self = _FrameInfo.__new__(cls, frame, filename, lineno, function,
                                  code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return 'FrameInfo(%s)' % _fields_and_positions(self)


def _frameinfos(link, context, frame_of, next_of):
    # FrameInfo records along a chain of frames or of traceback entries.
    framelist = []
    while link:
        info = getframeinfo(link, context)
        framelist.append(FrameInfo(frame_of(link), *info, positions=info.positions))
        link = next_of(link)
    return framelist


def getouterframes(frame, context=1):
    """FrameInfo records for frame and the frames that called it."""
    return _frameinfos(frame, context, lambda f: f, attrgetter('f_back'))


def getinnerframes(tb, context=1):
    """FrameInfo records for the frames of a traceback, outermost first."""
    return _frameinfos(tb, context, attrgetter('tb_frame'), attrgetter('tb_next'))


def currentframe():
    """The frame of the caller."""
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def stack(context=1):
    """FrameInfo records for the caller's frame and its callers."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records for the traceback of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)


# ----------------------------------------------------------------------------
# Signatures

class _void:
    """A private marker: the argument was not given."""


class _empty:
    """Stands for 'nothing given' (no default, no annotation) in signatures."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 'positional-only'
    POSITIONAL_OR_KEYWORD = 'positional or keyword'
    VAR_POSITIONAL = 'variadic positional'
    KEYWORD_ONLY = 'keyword-only'
    VAR_KEYWORD = 'variadic keyword'

    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation.

    Parameters are immutable; replace() makes a changed copy.
    """

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                raise ValueError(f'{self._kind.description} parameters '
                                 'cannot have default values')
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # Comprehensions and generator expressions take an implicit
            # '.0' argument.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = ('implicit arguments must be passed as positional or keyword '
                       'arguments, not {}')
                raise ValueError(msg.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        # Keywords are allowed only for positional-only parameters.
        if not name.isidentifier() or (
                iskeyword(name) and self._kind is not _POSITIONAL_ONLY):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of the parameter with the given attributes changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    __replace__ = replace

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            # PEP 8 spacing: 'x=1' but 'x: int = 1'.
            text += (' = ' if annotated else '=') + repr(self._default)
        stars = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self.kind, '')
        return stars + text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): a mapping of parameter names to values.

    arguments holds only the explicitly bound values (apply_defaults() adds
    the rest); args and kwargs rebuild a call.
    """

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                # The rest goes to kwargs.
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Fill in the defaults (and empty *args/**kwargs) of unbound parameters."""
        given = self.arguments
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in given:
                filled[name] = given[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind is _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The call signature of a callable: its parameters and return annotation.

    Signatures are immutable; replace() makes a changed copy.
    """

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = {}
        elif __validate_parameters__:
            params = {}
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = 'wrong parameter order: {} parameter before {} parameter'
                    raise ValueError(msg.format(top_kind.description, kind.description))
                if kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        else:
            params = {param.name: param for param in parameters}
        self._return_annotation = return_annotation
        self._parameters = types.MappingProxyType(params)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of a callable object."""
        return _signature_from_callable(obj, sigcls=cls, eval_str=eval_str,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of the signature with the given attributes changed."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self.return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    __replace__ = replace

    def _hash_basis(self):
        # Keyword-only parameters compare regardless of their order.
        ordered = []
        by_name = {}
        for p in self.parameters.values():
            if p.kind == _KEYWORD_ONLY:
                by_name[p.name] = p
            else:
                ordered.append(p)
        return tuple(ordered), by_name, self.return_annotation

    def __hash__(self):
        ordered, by_name, returns = self._hash_basis()
        return hash((ordered, frozenset(by_name.values()), returns))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        remaining = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        pos_only_param_in_kwargs = []
        # Positional arguments first, matched in order.
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(remaining)
                except StopIteration:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        # An error only if no **kwargs takes the name.
                        pos_only_param_in_kwargs.append(param)
                        continue
                    parameters_ex = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty:
                    parameters_ex = (param,)
                    break
                if partial:
                    parameters_ex = (param,)
                    break
                argtype = ' keyword-only' if param.kind == _KEYWORD_ONLY else ''
                raise TypeError('missing a required{argtype} argument: {arg!r}'.format(
                    arg=param.name, argtype=argtype)) from None
            else:
                try:
                    param = next(remaining)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments') from None
                if param.kind == _VAR_POSITIONAL:
                    values = [arg_val]
                    values.extend(arg_vals)
                    arguments[param.name] = tuple(values)
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument {arg!r}'.format(
                        arg=param.name)) from None
                arguments[param.name] = arg_val
        # Then keyword arguments for the parameters left.
        kwargs_param = None
        for param in itertools.chain(parameters_ex, remaining):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.format(
                        arg=param_name)) from None
            else:
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            elif pos_only_param_in_kwargs:
                raise TypeError(
                    'got some positional-only arguments passed as keyword arguments: '
                    '{arg!r}'.format(arg=', '.join(p.name for p in pos_only_param_in_kwargs)))
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with these arguments; TypeError if it
        would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        state = {'_return_annotation': self._return_annotation}
        return type(self), (tuple(self._parameters.values()),), state

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None):
        """The signature as text; one parameter a line when longer than
        max_width."""
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                # A bare '*' before the first keyword-only parameter.
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '(' + ', '.join(result) + ')'
        if max_width is not None and len(rendered) > max_width:
            # One parameter a line, indented by four spaces.
            rendered = '(\n    ' + ',\n    '.join(result) + '\n)'
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable object."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   eval_str=eval_str, globals=globals, locals=locals)


# Callables whose signature comes from the interpreter, never from Python
# code.
_NonUserDefinedCallables = (types.WrapperDescriptorType, types.MethodWrapperType,
                            types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _signature_get_user_defined_method(cls, method_name):
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables):
        return None
    if method_name != '__new__' and ismethoddescriptor(meth):
        return None
    return meth


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """The signature left after a functools.partial binds some arguments."""
    params = wrapped_sig.parameters
    result = collections.OrderedDict(params.items())
    bound_args = extra_args + (partial.args or ())
    bound_kwargs = partial.keywords or {}
    try:
        bound = wrapped_sig.bind_partial(*bound_args, **bound_kwargs).arguments
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    # Once a parameter is given by keyword, it and every later one that
    # could be positional become keyword-only.
    kw_only_from_here = False
    for name, param in params.items():
        kind = param.kind
        if name in bound:
            if kind is _POSITIONAL_ONLY:
                # Bound positional-only parameters disappear.
                del result[name]
                continue
            if kind is _POSITIONAL_OR_KEYWORD:
                if name not in bound_kwargs:
                    del result[name]
                    continue
                kw_only_from_here = True
                result[name] = param.replace(default=bound[name])
            elif kind is _KEYWORD_ONLY:
                result[name] = param.replace(default=bound[name])
        if not kw_only_from_here:
            continue
        if kind is _POSITIONAL_OR_KEYWORD:
            result[name] = result[name].replace(kind=_KEYWORD_ONLY)
            result.move_to_end(name)
        elif kind is _KEYWORD_ONLY or kind is _VAR_KEYWORD:
            result.move_to_end(name)
        elif kind is _VAR_POSITIONAL:
            del result[name]
    return wrapped_sig.replace(parameters=result.values())


def _signature_bound_method(sig):
    """The signature without its first parameter (bound to an object)."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    # '(*args)' stays as it is: the bound object is one of args.
    return sig.replace(parameters=params)


def _signature_is_builtin(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj) or
            isinstance(obj, _NonUserDefinedCallables) or obj in (type, object))


def _signature_is_functionlike(obj):
    """True for objects that look enough like Python functions (Cython's)."""
    if not callable(obj) or isclass(obj):
        return False
    # Each attribute must be missing-or-None or of the type functions use.
    # (A missing __defaults__ or __kwdefaults__ disqualifies; a missing
    # __annotations__ does not.)
    expected = (('__code__', types.CodeType, False, None),
                ('__name__', str, False, None),
                ('__defaults__', tuple, True, _void),
                ('__kwdefaults__', dict, True, _void),
                ('__annotations__', dict, True, None))
    for attr, kind, none_ok, missing in expected:
        value = getattr(obj, attr, missing)
        if not (isinstance(value, kind) or (none_ok and value is None)):
            return False
    return True


def _split_text_signature(text):
    # Split '(a, b=(1, 2), *, c)' into parameter texts at top-level commas.
    body = text.strip()
    if not (body.startswith('(') and ')' in body):
        return None
    close = body.rindex(')')
    ret = body[close + 1:].strip()
    body = body[1:close]
    parts = []
    depth = 0
    quote = None
    current = ''
    for c in body:
        if quote:
            current += c
            if c == quote:
                quote = None
            continue
        if c in '\'"':
            quote = c
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c == ',' and depth == 0:
            parts.append(current.strip())
            current = ''
            continue
        current += c
    if current.strip():
        parts.append(current.strip())
    return parts, ret


def _signature_fromstr(cls, obj, s, skip_bound_arg=True):
    """A Signature from a __text_signature__ such as '($self, a, /, b=1)'."""
    split = _split_text_signature(s)
    if split is None:
        raise ValueError('{!r} builtin has invalid signature'.format(obj))
    parts, ret = split
    owner_name = getattr(obj, '__module__', None)
    owner = sys.modules.get(owner_name) if owner_name else None
    namespace = dict(getattr(owner, '__dict__', {}) or {})
    namespace.setdefault('sys', sys)
    Parameter = cls._parameter_cls
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    self_param = False
    for index, part in enumerate(parts):
        if part == '/':
            params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
            continue
        if part == '*':
            kind = _KEYWORD_ONLY
            continue
        if part.startswith('**'):
            params.append(Parameter(part[2:], _VAR_KEYWORD))
            continue
        if part.startswith('*'):
            params.append(Parameter(part[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        if index == 0 and part.startswith('$'):
            self_param = True
            part = part[1:]
        name, eq, default_text = part.partition('=')
        name = name.strip()
        default = _empty
        if eq:
            try:
                default = eval(default_text.strip(), namespace)
            except Exception:
                raise ValueError('{!r} builtin has invalid signature'.format(obj)) from None
        params.append(Parameter(name, kind, default=default))
    if self_param and params:
        # A '$self' or '$module' parameter is dropped when the object is
        # bound (always for a module), else it is positional-only.
        bound_to = getattr(obj, '__self__', None)
        if bound_to is not None and (ismodule(bound_to) or skip_bound_arg):
            params = params[1:]
        else:
            params[0] = params[0].replace(kind=_POSITIONAL_ONLY)
    return cls(params, return_annotation=cls.empty)


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    if not _signature_is_builtin(func):
        raise TypeError('{!r} is not a Python builtin function'.format(func))
    s = getattr(func, '__text_signature__', None)
    if not s:
        raise ValueError('no signature found for builtin {!r}'.format(func))
    return _signature_fromstr(cls, func, s, skip_bound_arg)


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False):
    """The signature of a Python function, from its code object."""
    is_duck_function = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            is_duck_function = True
        else:
            raise TypeError('{!r} is not a Python function'.format(func))
    s = getattr(func, '__text_signature__', None)
    if s:
        return _signature_fromstr(cls, func, s, skip_bound_arg)
    Parameter = cls._parameter_cls
    code = func.__code__
    names = code.co_varnames
    n_pos = code.co_argcount
    n_posonly = code.co_posonlyargcount
    n_kwonly = code.co_kwonlyargcount
    ann = get_annotations(func, eval_str=eval_str, globals=globals, locals=locals)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__
    first_default = n_pos - len(defaults)

    def make(name, kind, default=_empty):
        return Parameter(name, annotation=ann.get(name, _empty), kind=kind,
                         default=default)

    params = []
    for i, name in enumerate(names[:n_pos]):
        kind = _POSITIONAL_ONLY if i < n_posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(make(name, kind, default))
    # co_varnames: positional names, keyword-only names, *args, **kwargs.
    extra = n_pos + n_kwonly
    if code.co_flags & CO_VARARGS:
        params.append(make(names[extra], _VAR_POSITIONAL))
        extra += 1
    for name in names[n_pos:n_pos + n_kwonly]:
        default = _empty if kwdefaults is None else kwdefaults.get(name, _empty)
        params.append(make(name, _KEYWORD_ONLY, default))
    if code.co_flags & CO_VARKEYWORDS:
        params.append(make(names[extra], _VAR_KEYWORD))
    returns = ann.get('return', _empty)
    return cls(params, return_annotation=returns, __validate_parameters__=is_duck_function)


def _descriptor_get(descriptor, obj):
    if isclass(descriptor):
        return descriptor
    getter = getattr(type(descriptor), '__get__', _sentinel)
    if getter is _sentinel:
        return descriptor
    return getter(descriptor, obj, type(obj))


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    """The signature of any callable, by the kind of object it is."""

    def recurse(o):
        return _signature_from_callable(o, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if follow_wrapper_chains:
        # Stop at objects that carry their own signature, and at bound
        # methods (whose first parameter must be dropped).
        obj = unwrap(obj, stop=(lambda f: hasattr(f, '__signature__') or
                                isinstance(f, types.MethodType)))
        if isinstance(obj, types.MethodType):
            return recurse(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if isinstance(sig, str):
            # A text signature, as builtins have.
            return _signature_fromstr(sigcls, obj, sig)
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig

    partialmethod = getattr(obj, '__partialmethod__', None)
    if partialmethod is None:
        partialmethod = getattr(obj, '_partialmethod', None)
    if isinstance(partialmethod, functools.partialmethod):
        # An unbound partialmethod: bind as a partial, but the first
        # argument (self) is still to come.
        inner = recurse(partialmethod.func)
        sig = _signature_get_partial(inner, partialmethod, (None,))
        self_param = [*inner.parameters.values()][0]
        if self_param.kind is Parameter.VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=(self_param, *sig.parameters.values()))

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        eval_str=eval_str, globals=globals, locals=locals)

    if isinstance(obj, functools.partial):
        wrapped_sig = recurse(obj.func)
        return _signature_get_partial(wrapped_sig, obj)

    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)

    if isinstance(obj, type):
        # A metaclass __call__ decides what calling the class takes.
        meta_call = _signature_get_user_defined_method(type(obj), '__call__')
        if meta_call is not None:
            sig = recurse(meta_call)
        else:
            chosen = None
            candidates = [(m, _signature_get_user_defined_method(obj, m))
                          for m in ('__new__', '__init__')]
            # Whichever of __new__ and __init__ comes first in the MRO.
            for base in obj.__mro__:
                chosen = next((found for m, found in candidates
                               if found is not None and m in base.__dict__), None)
                if chosen is not None:
                    break
            sig = None if chosen is None else recurse(chosen)
        if sig is None:
            for base in obj.__mro__[:-1]:
                try:
                    text_sig = base.__text_signature__
                except AttributeError:
                    pass
                else:
                    if text_sig:
                        return _signature_fromstr(sigcls, base, text_sig)
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    # The signature of object() itself.
                    return sigcls()
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if not isinstance(obj, _NonUserDefinedCallables):
        # An instance of a class with __call__.
        call_attr = getattr_static(type(obj), '__call__', None)
        if call_attr is not None:
            return recurse(_descriptor_get(call_attr, obj))

    raise ValueError('callable {!r} is not supported by signature'.format(obj))
