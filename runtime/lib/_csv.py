"""Core CSV machinery: dialects, the record parser and the record writer.

The parser is a character-level state machine, so quoting, escaping and
embedded newlines behave the same however the input is split into lines.
Lines without any special character take a fast path that splits them
directly; the result is the same as running the state machine.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = '_csv'

# Keyword names accepted by Dialect, reader, writer and register_dialect, in
# the order of the positional parameters of Dialect.
_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
           'quotechar', 'quoting', 'skipinitialspace', 'strict')
_ATTRS = frozenset(_PARAMS)


def _check_kwargs(kwargs):
    for name in kwargs:
        if name not in _ATTRS:
            raise TypeError("this function got an unexpected keyword argument %r" % name)


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return str(value)


def _truth(value):
    return True if value else False


class Dialect:
    """The formatting parameters shared by CSV readers and writers."""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, *args, **kwargs):
        if len(args) > len(_PARAMS):
            raise TypeError("Dialect() takes at most %d arguments (%d given)"
                            % (len(_PARAMS) + 1, len(args) + 1))
        for name, value in zip(_PARAMS, args):
            if name in kwargs:
                raise TypeError("argument for Dialect() given by name ('%s') and position"
                                % name)
            kwargs[name] = value
        if 'dialect' in kwargs:
            if dialect is not None:
                raise TypeError("argument for Dialect() given by name ('dialect') and position")
            dialect = kwargs.pop('dialect')
        _check_kwargs(kwargs)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            # An existing, unmodified dialect object is shared, not copied.
            if type(dialect) is Dialect and cls is Dialect and not kwargs:
                return dialect

        def pick(name, default):
            if name in kwargs:
                return kwargs[name], True
            if dialect is not None:
                try:
                    return getattr(dialect, name), True
                except Exception:
                    pass
            return default, False

        self = object.__new__(cls)
        setattr_ = object.__setattr__
        delimiter = _char('delimiter', pick('delimiter', ',')[0], False)
        doublequote = _truth(pick('doublequote', True)[0])
        escapechar = _char('escapechar', pick('escapechar', None)[0], True)
        lineterminator = pick('lineterminator', '\r\n')[0]
        if lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = _char('quotechar', pick('quotechar', '"')[0], True)
        quoting, quoting_given = pick('quoting', QUOTE_MINIMAL)
        if not isinstance(quoting, int) or isinstance(quoting, bool):
            raise TypeError('"quoting" must be an integer')
        if not -2**31 <= quoting < 2**31:
            raise OverflowError("Python int too large to convert to C int")
        skipinitialspace = _truth(pick('skipinitialspace', False)[0])
        strict = _truth(pick('strict', False)[0])

        if quotechar is None and not quoting_given:
            quoting = QUOTE_NONE
        if not QUOTE_MINIMAL <= quoting <= QUOTE_NOTNULL:
            raise TypeError('bad "quoting" value')
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        # The special characters must be told apart from each other and from
        # line endings; checked in a fixed order so the message is stable.
        chars = {'delimiter': delimiter, 'escapechar': escapechar, 'quotechar': quotechar}
        for name, ch in chars.items():
            if ch is not None and ch in '\r\n':
                raise ValueError("bad %s value" % name)
        for name, ch in chars.items():
            if ch is not None and ch in lineterminator:
                raise ValueError("bad %s or lineterminator value" % name)
        for first, second in (('delimiter', 'escapechar'), ('delimiter', 'quotechar'),
                              ('escapechar', 'quotechar')):
            if chars[first] is not None and chars[first] == chars[second]:
                raise ValueError("bad %s or %s value" % (first, second))

        setattr_(self, '_delimiter', delimiter)
        setattr_(self, '_doublequote', doublequote)
        setattr_(self, '_escapechar', escapechar)
        setattr_(self, '_lineterminator', str(lineterminator))
        setattr_(self, '_quotechar', quotechar)
        setattr_(self, '_quoting', int(quoting))
        setattr_(self, '_skipinitialspace', skipinitialspace)
        setattr_(self, '_strict', strict)
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                                 % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s' and no __dict__ "
                             "for setting new attributes" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __dir__(self):
        return sorted(set(object.__dir__(self)) - set(Dialect.__slots__))

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' object")


Dialect.__module__ = '_csv'


def _make_dialect(dialect, kwargs):
    # Without a dialect argument the built-in defaults apply directly, so
    # quotechar=None alone still selects QUOTE_NONE.
    return Dialect(dialect, **kwargs)


def _split_args(args, kwargs, first):
    # reader() and writer() take (first, dialect='excel', **fmtparams).
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    dialect = args[1] if len(args) > 1 else None
    if 'dialect' in kwargs:
        dialect = kwargs.pop('dialect')
    _check_kwargs(kwargs)
    return args[0], dialect


# Parser states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

# Sentinel fed to the state machine after the last character of each line.
_EOL = None


class Reader:
    """Iterator over the records parsed from a source of CSV lines."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_csv.reader' instances")

    def __iter__(self):
        return self

    def __dir__(self):
        return [name for name in object.__dir__(self) if not name.startswith('_')
                or name.startswith('__')]

    def __setattr__(self, name, value):
        if name in ('dialect', 'line_num'):
            raise AttributeError("readonly attribute")
        raise AttributeError("'_csv.reader' object has no attribute '%s'" % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.reader' object")

    def _reset(self):
        d = object.__setattr__
        d(self, '_fields', [])
        d(self, '_field', [])
        d(self, '_state', _START_RECORD)
        d(self, '_numeric', False)
        d(self, '_unquoted', True)

    def _add(self, text):
        if self._size + len(text) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(text)
        object.__setattr__(self, '_size', self._size + len(text))

    def _convert(self, text, numeric, unquoted):
        quoting = self.dialect.quoting
        if unquoted and not text and quoting in (QUOTE_NOTNULL, QUOTE_STRINGS):
            return None
        if numeric:
            return float(text)
        return text

    def _save(self):
        text = ''.join(self._field)
        self._fields.append(self._convert(text, self._numeric, self._unquoted))
        self._field.clear()
        d = object.__setattr__
        d(self, '_size', 0)
        d(self, '_numeric', False)
        d(self, '_unquoted', True)

    def __next__(self):
        self._reset()
        object.__setattr__(self, '_size', 0)
        dialect = self.dialect
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._size != 0 or self._state == _IN_QUOTED_FIELD:
                    if dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be "
                            "opened in text mode)" % type(line).__name__)
            object.__setattr__(self, 'line_num', self.line_num + 1)
            if self._state == _START_RECORD and self._fast_line(line):
                break
            self._parse_line(line)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        object.__setattr__(self, '_fields', [])
        return fields

    def _fast_line(self, line):
        # A whole record on one line with no quoting, escaping, embedded
        # newlines or spaces to skip splits directly on the delimiter.
        body = line.rstrip('\r\n')
        if '\r' in body or '\n' in body:
            return False
        d = self.dialect
        if d.skipinitialspace:
            return False
        if d.escapechar is not None and d.escapechar in body:
            return False
        if d.quoting != QUOTE_NONE and d.quotechar in body:
            return False
        if not body:
            return True
        numeric = d.quoting in (QUOTE_NONNUMERIC, QUOTE_STRINGS)
        fields = self._fields
        for text in body.split(d.delimiter):
            if len(text) > _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
            fields.append(self._convert(text, numeric and bool(text), True))
        return True

    def _parse_line(self, line):
        d = self.dialect
        delim = d.delimiter
        quote = d.quotechar if d.quoting != QUOTE_NONE else None
        esc = d.escapechar
        for c in line:
            self._step(c, d, delim, quote, esc)
        self._step(_EOL, d, delim, quote, esc)

    def _step(self, c, d, delim, quote, esc):
        state = self._state
        setstate = object.__setattr__
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                setstate(self, '_state', _EAT_CRNL)
                return
            state = _START_FIELD
            setstate(self, '_state', state)
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                setstate(self, '_state', _START_RECORD if c is _EOL else _EAT_CRNL)
            elif c == quote:
                setstate(self, '_unquoted', False)
                setstate(self, '_state', _IN_QUOTED_FIELD)
            elif c == esc:
                setstate(self, '_state', _ESCAPED_CHAR)
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == delim:
                self._save()
            else:
                if d.quoting in (QUOTE_NONNUMERIC, QUOTE_STRINGS):
                    setstate(self, '_numeric', True)
                self._add(c)
                setstate(self, '_state', _IN_FIELD)
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                setstate(self, '_state', _AFTER_ESCAPED_CRNL)
                return
            self._add('\n' if c is _EOL else c)
            setstate(self, '_state', _IN_FIELD)
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                setstate(self, '_state', _START_RECORD if c is _EOL else _EAT_CRNL)
            elif c == esc:
                setstate(self, '_state', _ESCAPED_CHAR)
            elif c == delim:
                self._save()
                setstate(self, '_state', _START_FIELD)
            else:
                self._add(c)
                setstate(self, '_state', _IN_FIELD)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == esc:
                setstate(self, '_state', _ESCAPE_IN_QUOTED_FIELD)
            elif c == quote:
                setstate(self, '_state',
                         _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD)
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            setstate(self, '_state', _IN_QUOTED_FIELD)
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if c == quote:
                self._add(c)
                setstate(self, '_state', _IN_QUOTED_FIELD)
            elif c == delim:
                self._save()
                setstate(self, '_state', _START_FIELD)
            elif c is _EOL or c == '\n' or c == '\r':
                self._save()
                setstate(self, '_state', _START_RECORD if c is _EOL else _EAT_CRNL)
            elif not d.strict:
                self._add(c)
                setstate(self, '_state', _IN_FIELD)
            else:
                raise Error("'%c' expected after '%c'" % (delim, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                setstate(self, '_state', _START_RECORD)
            else:
                raise Error("new-line character seen in unquoted field - do you need "
                            "to open the file with newline=''?")


Reader.__name__ = Reader.__qualname__ = 'reader'
Reader.__module__ = '_csv'


def reader(*args, **kwargs):
    """reader(iterable, dialect='excel', **fmtparams) -> iterator of rows

ITERABLE yields lines of text (a file, a list of strings, ...).  The
dialect, a name or a Dialect, sets the format, and keyword arguments
override single parameters of it.  Each item produced is one record as a
list of strings; a quoted field may span several input lines.
"""
    source, dialect = _split_args(args, kwargs, 'iterable')
    self = object.__new__(Reader)
    d = object.__setattr__
    d(self, '_input', iter(source))
    d(self, 'dialect', _make_dialect(dialect, kwargs))
    d(self, 'line_num', 0)
    d(self, '_size', 0)
    self._reset()
    return self


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    t = type(value)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__'))


class Writer:
    """Formats rows of values as CSV records and writes them to a file."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_csv.writer' instances")

    def __dir__(self):
        return [name for name in object.__dir__(self) if not name.startswith('_')
                or name.startswith('__')]

    def __setattr__(self, name, value):
        if name == 'dialect':
            raise AttributeError("readonly attribute")
        raise AttributeError("'_csv.writer' object has no attribute '%s'" % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.writer' object")

    def writerow(self, *args):
        """Write one record made of the items of ROW (str() of non-strings)."""
        if len(args) != 1:
            raise TypeError("writer.writerow() takes exactly one argument (%d given)"
                            % len(args))
        row = args[0]
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        d = self.dialect
        quoting = d.quoting
        delim = d.delimiter
        quote = d.quotechar
        esc = d.escapechar
        lineterm = d.lineterminator
        parts = []
        last_null = False
        for field in fields:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif quoting == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            last_null = field is None
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            out = []
            for c in text:
                if (c == delim or c == esc or c == quote or c == '\n' or c == '\r'
                        or c in lineterm):
                    want_escape = False
                    if quoting == QUOTE_NONE:
                        want_escape = True
                    else:
                        if c == quote:
                            if d.doublequote:
                                out.append(quote)
                            else:
                                want_escape = True
                        elif c == esc:
                            want_escape = True
                        if not want_escape:
                            quoted = True
                    if want_escape:
                        if esc is None:
                            raise Error("need to escape, but no escapechar set")
                        out.append(esc)
                out.append(c)
            # An empty field would read back as nothing when leading spaces
            # are skipped and the delimiter itself is a space.
            if not text and not quoted and delim == ' ' and d.skipinitialspace:
                if quoting != QUOTE_MINIMAL:
                    raise Error("empty field must be quoted if delimiter is a space "
                                "and skipinitialspace is true")
                quoted = True
            if quoted:
                parts.append(quote + ''.join(out) + quote)
            else:
                parts.append(''.join(out))
        if len(parts) == 1 and parts[0] == '':
            if quoting == QUOTE_NONE or (last_null and quoting in (QUOTE_STRINGS,
                                                                   QUOTE_NOTNULL)):
                raise Error("single empty field record must be quoted")
            parts[0] = quote * 2
        return self._write(delim.join(parts) + lineterm)

    def writerows(self, rows):
        """Write each item of ROWS as a record, as writerow() does."""
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = 'writer'
Writer.__module__ = '_csv'


def writer(*args, **kwargs):
    """writer(fileobj, dialect='excel', **fmtparams) -> writer object

FILEOBJ needs only a write() method.  The dialect and keyword arguments
choose the format as for reader(); records are written with writerow()
or writerows().
"""
    target, dialect = _split_args(args, kwargs, 'fileobj')
    write = getattr(target, 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    self = object.__new__(Writer)
    object.__setattr__(self, '_write', write)
    object.__setattr__(self, 'dialect', _make_dialect(dialect, kwargs))
    return self


def register_dialect(*args, **kwargs):
    """register_dialect(name, dialect=None, **fmtparams)

Make NAME refer to a dialect built from DIALECT and the keyword arguments."""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    name = args[0]
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _check_kwargs(kwargs)
    dialect = args[1] if len(args) > 1 else None
    _dialects[name] = Dialect(dialect, **kwargs)


def unregister_dialect(name):
    """Forget the dialect registered as NAME (csv.Error if there is none)."""
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name):
    """The dialect registered as NAME (csv.Error if there is none)."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """The names of the registered dialects, as a list."""
    return list(_dialects)



def field_size_limit(*args, **kwargs):
    """field_size_limit([new_limit]) -> the limit in force before the call

The limit is the largest field, in characters, that the parser accepts;
calling without an argument only reads it."""
    global _field_limit
    if 'new_limit' in kwargs:
        args = args + (kwargs.pop('new_limit'),)
    if kwargs:
        raise TypeError("field_size_limit() got an unexpected keyword argument '%s'"
                        % next(iter(kwargs)))
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        _field_limit = int(limit)
    return old
