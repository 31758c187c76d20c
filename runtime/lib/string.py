"""Common string constants and the Formatter and Template classes."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
octdigits = digits[:8]
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = ''.join((digits, ascii_letters, punctuation, whitespace))


def capwords(s, sep=None):
    """Split by sep, capitalize each word, join with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class _LazyPattern:
    # Template.pattern, compiled on first use so that importing string does not import re.
    def __get__(self, obj, cls):
        compiled = cls._compile_pattern()
        if cls is Template:
            Template.pattern = compiled
        return compiled


class Template:
    """A template string with $name / ${name} placeholders, filled in by
    substitute() (missing names raise KeyError) or safe_substitute() (they stay).

    Subclasses may change delimiter, idpattern, braceidpattern and flags, or give a whole
    pattern: a regular expression with the groups escaped, named, braced and invalid."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None  # re.IGNORECASE unless a subclass says otherwise
    pattern = _LazyPattern()

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = cls._compile_pattern()

    @classmethod
    def _compile_pattern(cls):
        import re
        flags = re.IGNORECASE if cls.flags is None else cls.flags
        own = cls.__dict__.get('pattern')
        if isinstance(own, str):
            source = own
        elif own is not None and not isinstance(own, _LazyPattern):
            return own  # already compiled
        else:
            delim = re.escape(cls.delimiter)
            brace = cls.braceidpattern or cls.idpattern
            source = (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{cls.idpattern})'
                      f'|{{(?P<braced>{brace})}}|(?P<invalid>))')
        return re.compile(source, flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, match):
        pos = match.start('invalid')
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _fill(self, mapping, safe):
        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                if not safe:
                    return str(mapping[name])
                try:
                    return str(mapping[name])
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                if safe:
                    return match.group()
                self._invalid(match)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(replace, self.template)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainGet(kws, mapping)
        return self._fill(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainGet(kws, mapping)
        return self._fill(mapping, True)

    def is_valid(self):
        for match in self.pattern.finditer(self.template):
            if match.group('invalid') is not None:
                return False
            if (match.group('named') is None and match.group('braced') is None
                    and match.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for match in self.pattern.finditer(self.template):
            name = match.group('named') or match.group('braced')
            if name is not None and name not in ids:
                ids.append(name)
            elif (name is None and match.group('invalid') is None
                  and match.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


class _ChainGet:
    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """The engine behind str.format, with overridable hooks."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        # The keys of the arguments used, for the check_unused_args hook.
        seen = set()
        text, _ = self._vformat(format_string, args, kwargs, seen, 2)
        self.check_unused_args(seen, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        # (CPython words both directions of the mix-up this way.)
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                value, key = self.get_field(field_name, args, kwargs)
                used_args.add(key)
                value = self.convert_field(value, conversion)
                # The spec may itself hold replacement fields ('{0:{1}}').
                spec = ''
                if format_spec:
                    # Automatic numbering carries on through nested fields.
                    spec, auto_arg_index = self._vformat(
                        format_spec, args, kwargs, used_args, recursion_depth - 1,
                        auto_arg_index=auto_arg_index)
                result.append(self.format_field(value, spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        # Yields (literal_text, field_name, format_spec, conversion).
        s = format_string
        i = 0
        n = len(s)
        literal = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    # An escaped brace ends the literal chunk, as CPython's parser does.
                    literal.append('{')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                j = self._field_end(s, i + 1)
                field = s[i + 1:j - 1]
                yield ''.join(literal), *self._split_field(field)
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    @staticmethod
    def _field_end(s, j):
        # Index one past the '}' closing the replacement field whose text starts at j. A
        # field name may hold '[...]' with any characters; after '!' comes one conversion
        # character; a format spec may nest fields. Running out of text in the name is
        # "expected '}'", after a '!' or ':' it is "unmatched '{'".
        n = len(s)
        while j < n and s[j] not in '!:}':
            if s[j] == '{':
                raise ValueError("unexpected '{' in field name")
            if s[j] == '[':
                close = s.find(']', j)
                if close < 0:
                    break
                j = close + 1
            else:
                j += 1
        if j >= n or s[j] == '[':
            raise ValueError("expected '}' before end of string")
        if s[j] == '!':
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if s[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        if s[j] == ':':
            depth = 1
            j += 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
        return j + 1

    @staticmethod
    def _split_field(field):
        conversion = None
        spec = ''
        depth = 0
        name_end = len(field)
        for k, ch in enumerate(field):
            if ch == '[':
                depth += 1
            elif ch == ']':
                depth -= 1
            elif depth == 0 and ch in '!:':
                name_end = k
                break
        name = field[:name_end]
        rest = field[name_end:]
        if rest.startswith('!'):
            if len(rest) < 2:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = rest[1]
            rest = rest[2:]
            if rest and not rest.startswith(':'):
                raise ValueError("expected ':' after conversion specifier")
        if rest.startswith(':'):
            spec = rest[1:]
        return name, spec, conversion

    def get_field(self, field_name, args, kwargs):
        # 'a.b[0]': the argument a, then its attribute b, then item 0 of that.
        first, rest = _formatter_field_name_split(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            value = getattr(value, key) if is_attr else value[key]
        return value, first


def _formatter_field_name_split(name):
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index(']', i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
