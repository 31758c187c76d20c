"""Short textual forms of callbacks and values, as reprs of handles and futures use them."""

import functools
import traceback
import types


def _shorten(s, limit):
    # Keep both ends of an over-long text: "abc...xyz".
    if len(s) <= limit:
        return s
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return s[:head] + '...' + s[len(s) - tail:]


def _sequence_repr(items, left, right, limit, level, trailing_comma=False):
    if not items:
        return left + right
    if level <= 0:
        return left + '...' + right
    parts = [limited_repr(x, level - 1) for x in items[:limit]]
    if len(items) > limit:
        parts.append('...')
    if trailing_comma and len(items) == 1:
        return left + parts[0] + ',' + right
    return left + ', '.join(parts) + right


def _sorted_or_not(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def limited_repr(obj, level=6):
    """repr() with long strings, numbers and containers abbreviated, as reprlib does."""
    if isinstance(obj, str) and type(obj) is str:
        s = repr(obj[:30])
        if len(s) > 30:
            head = max(0, (30 - 3) // 2)
            tail = max(0, 30 - 3 - head)
            s = repr(obj[:head] + obj[len(obj) - tail:])
            s = s[:head] + '...' + s[len(s) - tail:]
        return s
    if type(obj) is int:
        return _shorten(repr(obj), 40)
    if type(obj) is list:
        return _sequence_repr(obj, '[', ']', 6, level)
    if type(obj) is tuple:
        return _sequence_repr(obj, '(', ')', 6, level, trailing_comma=True)
    if type(obj) is set:
        if not obj:
            return 'set()'
        return _sequence_repr(_sorted_or_not(obj), '{', '}', 6, level)
    if type(obj) is frozenset:
        if not obj:
            return 'frozenset()'
        return _sequence_repr(_sorted_or_not(obj), 'frozenset({', '})', 6, level)
    if type(obj) is dict:
        if not obj:
            return '{}'
        if level <= 0:
            return '{...}'
        keys = _sorted_or_not(obj)
        parts = [f'{limited_repr(k, level - 1)}: {limited_repr(obj[k], level - 1)}'
                 for k in keys[:4]]
        if len(obj) > 4:
            parts.append('...')
        return '{' + ', '.join(parts) + '}'
    try:
        s = repr(obj)
    except Exception as exc:
        return f'<{type(obj).__name__} instance at {id(obj):#x}>'
    return _shorten(s, 30)


def _function_source(func):
    # (filename, first line) of a plain Python function, looking through partials.
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if isinstance(func, functools.partial):
        return _function_source(func.func)
    if isinstance(func, functools.partialmethod):
        return _function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs, debug):
    # Argument values may hold secrets: they are shown in debug mode only.
    if not debug:
        return '()'
    items = []
    if args:
        items.extend(limited_repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={limited_repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, debug, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs, debug) + suffix
        return _format_callback(func.func, func.args, func.keywords, debug, suffix)
    if hasattr(func, '__qualname__') and func.__qualname__:
        func_repr = func.__qualname__
    elif hasattr(func, '__name__') and func.__name__:
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    return func_repr + _format_args_and_kwargs(args, kwargs, debug) + suffix


def format_callback_source(func, args, debug=False):
    """"name(args) at file:line" for a callback; the arguments only when debug is true."""
    text = _format_callback(func, args, None, debug)
    where = _function_source(func)
    if where:
        filename, lineno = where
        text = f'{text} at {filename}:{lineno}'
    return text


def extract_stack(f=None, limit=None):
    """The stack above frame f as a list of FrameSummary entries (debug mode tracebacks)."""
    if f is None:
        import sys
        f = sys._getframe().f_back
    stack = traceback.StackSummary.extract(traceback.walk_stack(f), limit=limit,
                                           lookup_lines=False)
    stack.reverse()
    return stack
