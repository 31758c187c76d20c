"""Pretty-printing of Python data structures.

A PrettyPrinter first tries an object's one-line safe repr; when that does not fit
in the remaining width, and the object's type has a layout routine registered in
_dispatch (keyed by the type's __repr__, so subclasses that override __repr__ keep
their own text), the object is laid out over several lines.  Recursive structures
are detected through a context dict of the ids of the containers being printed.
"""

import sys as _sys
import re as _re
from io import StringIO as _StringIO
import collections as _collections
import dataclasses as _dataclasses
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None,
           *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Write the pretty form of object, then a newline, to stream
    (sys.stdout when stream is None)."""
    PrettyPrinter(indent, width, depth, stream, compact=compact,
                  sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None,
            *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty form of object, as a string."""
    printer = PrettyPrinter(indent, width, depth, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dictionaries kept in insertion order by default."""
    kwargs['sort_dicts'] = sort_dicts
    pprint(object, *args, **kwargs)


def _flags(object):
    # (text, readable, recursive) for one line with default settings.
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr() that survives self-referencing containers."""
    return _flags(object)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back by eval()."""
    return _flags(object)[1]


def isrecursive(object):
    """Whether object contains a reference to itself."""
    return _flags(object)[2]


class _safe_key:
    """Sort key that orders values of mutually unorderable types by type name
    and then id, so that mixed sets and dicts can still be sorted."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _is_generated_dataclass_repr(object):
    # Only a repr written by the dataclass machinery may be expanded: a user
    # __repr__ on a dataclass must be printed as is.
    if not _dataclasses.is_dataclass(object) or isinstance(object, type):
        return False
    if not object.__dataclass_params__.repr:
        return False
    r = getattr(type(object), '__repr__', None)
    if getattr(r, '__module__', None) == 'dataclasses':
        return True
    wrapped = getattr(r, '__wrapped__', None)
    return wrapped is not None and "__create_fn__" in getattr(wrapped, '__qualname__', '')


def _wrap_bytes_repr(object, width, allowance):
    # Bytes are cut in groups of four so that escapes are never split.
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i: i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None,
                 *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        """Settings for pretty printing.

        indent: extra spaces per nesting level; width: the line width
        aimed at; depth: nesting shown before '...'; stream: where
        pprint() writes (sys.stdout by default); compact: pack short
        sequence items on shared lines; sort_dicts: order dict entries
        by key; underscore_numbers: group int digits with '_'.
        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is not None:
            self._stream = stream
        else:
            self._stream = _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts, self._underscore_numbers = sort_dicts, underscore_numbers

    def pprint(self, object):
        out = self._stream
        if out is None:
            return
        self._format(object, out, 0, 0, {}, 0)
        out.write("\n")

    def pformat(self, object):
        buffer = _StringIO()
        self._format(object, buffer, 0, 0, {}, 0)
        return buffer.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, ok, loops = self.format(object, {}, 0, 0)
        return ok and not loops

    # `allowance` is the room kept free on the last line for closing brackets
    # written by the enclosing containers.
    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) + indent + allowance <= self._width:
            stream.write(text)
            return
        layout = self._dispatch.get(type(object).__repr__)
        if layout is None and _is_generated_dataclass_repr(object):
            layout = type(self)._pprint_dataclass
        if layout is None:
            stream.write(text)
            return
        context[objid] = 1
        layout(self, object, stream, indent, allowance, context, level + 1)
        del context[objid]

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name))
                 for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._keyword_items(items, stream, indent + len(name) + 1,
                            allowance, context, level)
        stream.write(')')

    def _open_padding(self, write):
        # With indent > 1, the first item is pushed right to line up with
        # the items on the following lines.
        if self._indent_per_level > 1:
            write(' ' * (self._indent_per_level - 1))

    def _dict_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_safe_tuple)
        return mapping.items()

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._open_padding(stream.write)
        if len(object):
            self._format_dict_items(self._dict_items(object), stream, indent,
                                    allowance + 1, context, level)
        stream.write('}')

    def _open_named(self, object, stream, opener):
        # Empty containers print as their repr (and None comes back); others
        # start with their class name and opener, and the name comes back.
        if not len(object):
            stream.write(repr(object))
            return None
        name = object.__class__.__name__
        stream.write(name + opener)
        return name

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        name = self._open_named(object, stream, '(')
        if name is None:
            return
        pairs = list(object.items())
        self._format(pairs, stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')


    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        closing = ')' if len(object) != 1 else ',)'
        stream.write('(')
        self._format_items(object, stream, indent, allowance + len(closing),
                           context, level)
        stream.write(closing)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write(typ.__name__ + '({')
            endchar = '})'
            indent += len(typ.__name__) + 1
        object = sorted(object, key=_safe_key)
        self._format_items(object, stream, indent, allowance + len(endchar), context,
                           level)
        stream.write(endchar)


    def _pprint_str(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            # A top-level string is wrapped in parentheses so that the
            # adjacent literals still read as one expression.
            indent += 1
            allowance += 1
        room = self._width - indent
        last_room = room - allowance
        for i, line in enumerate(lines):
            rep = repr(line)
            final_line = i == len(lines) - 1
            if len(rep) <= (last_room if final_line else room):
                chunks.append(rep)
            else:
                # Split after runs of whitespace, keeping the whitespace with
                # the word before it.
                parts = _re.findall(r'\S*\s*', line)[:-1]
                current = ''
                for j, part in enumerate(parts):
                    candidate = current + part
                    limit = room
                    if final_line and j == len(parts) - 1:
                        limit = last_room
                    if len(repr(candidate)) > limit:
                        if current:
                            chunks.append(repr(current))
                        current = part
                    else:
                        current = candidate
                if current:
                    chunks.append(repr(current))
        if len(chunks) == 1:
            write(chunks[0])
            return
        if level == 1:
            write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                write('\n' + ' ' * indent)
            write(rep)
        if level == 1:
            write(')')


    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            write('(')
        delim = ''
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            write(delim)
            write(rep)
            if not delim:
                delim = '\n' + ' ' * indent
        if parens:
            write(')')


    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + len('bytearray('),
                           allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        opening = 'mappingproxy('
        stream.write(opening)
        self._format(object.copy(), stream, indent + len(opening),
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context,
                                level):
        # The class's repr says "namespace", not "SimpleNamespace".
        name = ('namespace' if type(object) is _types.SimpleNamespace
                else object.__class__.__name__)
        stream.write(name + '(')
        self._keyword_items(object.__dict__.items(), stream,
                            indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + indent * ' '
        remaining = len(items)
        for key, value in items:
            remaining -= 1
            key_text = self._repr(key, context, level)
            stream.write(key_text + ': ')
            self._format(value, stream, indent + len(key_text) + 2,
                         1 if remaining else allowance, context, level)
            if remaining:
                stream.write(separator)

    def _keyword_items(self, items, stream, indent, allowance, context, level):
        # name=value pairs, as in dataclass and namespace reprs.
        separator = ',\n' + indent * ' '
        remaining = len(items)
        for name, value in items:
            remaining -= 1
            stream.write(name + '=')
            if id(value) in context:
                # Matches the generated reprs, which show a cycle as "...".
                stream.write("...")
            else:
                self._format(value, stream, indent + len(name) + 1,
                             1 if remaining else allowance, context, level)
            if remaining:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        self._open_padding(write)
        delimnl = ',\n' + indent * ' '
        delim = ''
        max_width = self._width + 1 - indent
        width = max_width
        it = iter(items)
        try:
            next_ent = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            ent = next_ent
            try:
                next_ent = next(it)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        repr, readable, recursive = self.format(object, context.copy(), self._depth,
                                                level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return repr

    def format(self, object, context, maxlevels, level):
        """One-line text of object as (text, readable, recursive).

        readable tells whether eval() could rebuild the value from the
        text; recursive whether a self-reference was met.  Subclasses
        may override this to change how values are shown.
        """
        return self._safe_repr(object, context, maxlevels, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(f'{name}({factory},\n' + indent * ' ')
        self._pprint_dict(object, stream, indent, allowance + 1, context,
                          level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        name = self._open_named(object, stream, '({')
        if name is None:
            return
        self._open_padding(stream.write)
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps) or (len(maps) == 1 and not len(maps[0])):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        *inner, last = maps
        for mapping in inner:
            self._format(mapping, stream, indent, 1, context, level)
            stream.write(',\n' + indent * ' ')
        self._format(last, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        name = self._open_named(object, stream, '([')
        if name is None:
            return
        indent += len(name) + 1
        bounded = object.maxlen is not None
        self._format_items(object, stream, indent,
                           2 if bounded else allowance + 2, context, level)
        if not bounded:
            stream.write('])')
            return
        limit = self._repr(object.maxlen, context, level)
        stream.write('],\n' + indent * ' ' + 'maxlen=' + limit + ')')

    def _pprint_user_wrapper(self, object, stream, indent, allowance, context,
                             level):
        # UserDict, UserList and UserString print as the object they wrap,
        # at the same nesting level.
        self._format(object.data, stream, indent, allowance, context,
                     level - 1)

    # Layout routines, keyed by the __repr__ of the types they handle.
    _dispatch = {
        dict.__repr__: _pprint_dict,
        _collections.OrderedDict.__repr__: _pprint_ordered_dict,
        list.__repr__: _pprint_list,
        tuple.__repr__: _pprint_tuple,
        set.__repr__: _pprint_set,
        frozenset.__repr__: _pprint_set,
        str.__repr__: _pprint_str,
        bytes.__repr__: _pprint_bytes,
        bytearray.__repr__: _pprint_bytearray,
        _types.MappingProxyType.__repr__: _pprint_mappingproxy,
        _types.SimpleNamespace.__repr__: _pprint_simplenamespace,
        _collections.defaultdict.__repr__: _pprint_default_dict,
        _collections.Counter.__repr__: _pprint_counter,
        _collections.ChainMap.__repr__: _pprint_chain_map,
        _collections.deque.__repr__: _pprint_deque,
        _collections.UserDict.__repr__: _pprint_user_wrapper,
        _collections.UserList.__repr__: _pprint_user_wrapper,
        _collections.UserString.__repr__: _pprint_user_wrapper,
    }

    def _safe_repr(self, object, context, maxlevels, level):
        # Returns (repr string, readable by eval?, recursive?).
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False

        r = getattr(typ, "__repr__", None)

        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False

        # Dicts, lists and tuples share the walk below; a dict's components
        # are "key: value" pairs.
        is_dict = issubclass(typ, dict) and r is dict.__repr__
        if is_dict:
            if not object:
                return "{}", True, False
            fmt = "{%s}"
        elif ((issubclass(typ, list) and r is list.__repr__) or
                (issubclass(typ, tuple) and r is tuple.__repr__)):
            if issubclass(typ, list):
                if not object:
                    return "[]", True, False
                fmt = "[%s]"
            elif len(object) == 1:
                fmt = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                fmt = "(%s)"
        else:
            rep = repr(object)
            return rep, (rep and not rep.startswith('<')), False

        objid = id(object)
        if maxlevels and level >= maxlevels:
            return fmt % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        components = []
        level += 1
        for item in (self._dict_items(object) if is_dict else object):
            if is_dict:
                k, v = item
                ktext, kok, kloop = self.format(k, context, maxlevels, level)
                vtext, vok, vloop = self.format(v, context, maxlevels, level)
                text, ok, loop = ktext + ": " + vtext, kok and vok, kloop or vloop
            else:
                text, ok, loop = self.format(item, context, maxlevels, level)
            components.append(text)
            if not ok:
                readable = False
            if loop:
                recursive = True
        del context[objid]
        return fmt % ", ".join(components), readable, recursive
