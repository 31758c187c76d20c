"""Reading and writing INI-style configuration files.

A file holds named sections of "name = value" options, with a DEFAULT
section whose options every other section inherits.
Values may span several indented lines and may refer to other options
through an interpolation scheme (BasicInterpolation's %(name)s by default
for ConfigParser, none for RawConfigParser).

Options are stored raw, as read; interpolation happens on each get.  Every
section, the default one included, is also reachable through a SectionProxy,
so a parser behaves as a mapping of section names to mappings of options.
"""

import functools
import io
import itertools
import os
import re
import sys
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = ("NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "MultilineContinuationError", "ConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "SectionProxy", "ConverterMapping", "DEFAULTSECT",
           "MAX_INTERPOLATION_DEPTH", "UNNAMED_SECTION")

_default_dict = dict
DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


class _UnnamedSection:
    def __repr__(self):
        return "<UNNAMED_SECTION>"


# Key of the options that precede the first section header when the parser
# is created with allow_unnamed_section=True.
UNNAMED_SECTION = _UnnamedSection()

# Marks "argument not given" where None is a meaningful value.
_UNSET = object()


# Exceptions

class Error(Exception):
    """Base class of the module's exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """The named section does not exist."""

    def __init__(self, section):
        super().__init__('No section: %r' % (section,))
        self.section = section
        self.args = (section,)


def _where(source, lineno):
    # "While reading from 'f' [line  3]" prefix of duplicate errors.
    text = "While reading from %r" % (source,)
    if lineno is not None:
        text += " [line {0:2d}]".format(lineno)
    return text


def _duplicate_message(kind, what, source, lineno):
    # "<where>: section ..." when the source is known, else "Section ...".
    if source is not None:
        return _where(source, lineno) + ": " + kind + " " + what
    return kind.capitalize() + " " + what


class DuplicateSectionError(Error):
    """A section was added twice, or appeared twice in one strict source."""

    def __init__(self, section, source=None, lineno=None):
        what = "%r already exists" % (section,)
        Error.__init__(self, _duplicate_message("section", what, source, lineno))
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """An option appeared twice in one section of one strict source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        Error.__init__(self, _duplicate_message("option", what, source, lineno))
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """The named option does not exist in the section."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class of substitution errors."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A substitution names an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains "
               "an interpolation key {!r} which is not a valid option name. "
               "Raw value: {!r}".format(option, section, reference, rawval))
        super().__init__(option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value holds a malformed substitution reference."""


class InterpolationDepthError(InterpolationError):
    """Substitutions nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} "
               "in section {!r} contains an interpolation key which "
               "cannot be substituted in {} steps. Raw value: {!r}"
               "".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        super().__init__(option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Lines of a source could not be parsed; `errors` lists them."""

    def __init__(self, source, *args):
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        self.args = (source,)
        if args:
            self.append(*args)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %r' % (lineno, line)

    def combine(self, others):
        for other in others:
            for error in other.errors:
                self.append(*error)
        return self


def _init_line_error(exc, headline, filename, lineno, line):
    # The errors about one bad line of a source share their message layout
    # and attributes.
    Error.__init__(exc, '%s\nfile: %r, line: %d\n%r'
                   % (headline, filename, lineno, line))
    exc.source = filename
    exc.lineno = lineno
    exc.line = line
    exc.args = (filename, lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option line came before any section header."""

    def __init__(self, filename, lineno, line):
        _init_line_error(self, 'File contains no section headers.',
                         filename, lineno, line)


class MultilineContinuationError(ParsingError):
    """An option without a value is followed by an indented line."""

    def __init__(self, filename, lineno, line):
        _init_line_error(self, "Key without value continued with an indented line.",
                         filename, lineno, line)


# Interpolation

class Interpolation:
    """Hooks called around every read, write, set and get of a value.

    This base class returns values unchanged; it is what interpolation=None
    selects.
    """

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _SigilInterpolation(Interpolation):
    """Shared engine of the two substitution syntaxes.

    A sigil character introduces a reference ("%(name)s" or "${name}"); the
    sigil doubled stands for itself.  Subclasses supply the reference pattern
    and resolve a matched reference to (value, section, option, mapping),
    where the last three describe where nested references in the value are
    looked up.
    """

    _SIGIL = ''
    _OPEN = ''
    _KEYCRE = None

    def before_get(self, parser, section, option, value, defaults):
        parts = []
        self._expand(parser, option, parts, value, section, defaults, 1)
        return ''.join(parts)

    def before_set(self, parser, section, option, value):
        sigil = self._SIGIL
        leftover = self._KEYCRE.sub('', value.replace(sigil * 2, ''))
        if sigil in leftover:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, leftover.find(sigil)))
        return value

    def _expand(self, parser, option, parts, rest, section, mapping, depth):
        raw_text = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw_text)
        sigil = self._SIGIL
        while rest:
            at = rest.find(sigil)
            if at < 0:
                parts.append(rest)
                return
            if at > 0:
                parts.append(rest[:at])
                rest = rest[at:]
            follower = rest[1:2]
            if follower == sigil:
                parts.append(sigil)
                rest = rest[2:]
            elif follower == self._OPEN:
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section, "bad interpolation variable reference %r" % rest)
                rest = rest[m.end():]
                value, sect, opt, where = self._resolve(parser, option, section, raw_text,
                                                        m.group(1), mapping, rest)
                if sigil in value:
                    self._expand(parser, opt, parts, value, sect, where(), depth + 1)
                else:
                    parts.append(value)
            else:
                raise InterpolationSyntaxError(option, section, self._bad_follower(rest))


class BasicInterpolation(_SigilInterpolation):
    """Substitutes "%(name)s" with the value of option `name`.

    Names are looked up in the same section, then in the defaults; "%%"
    stands for a literal percent sign.
    """

    _SIGIL = '%'
    _OPEN = '('
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def _resolve(self, parser, option, section, rawval, name, mapping, rest):
        key = parser.optionxform(name)
        try:
            value = mapping[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, rawval, key) from None
        return value, section, option, lambda: mapping

    def _bad_follower(self, rest):
        return "'%%' must be followed by '%%' or '(', found: %r" % (rest,)


class ExtendedInterpolation(_SigilInterpolation):
    """Substitutes "${name}" from the same section and "${section:name}"
    from another one; "$$" stands for a literal dollar sign."""

    _SIGIL = '$'
    _OPEN = '{'
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def _resolve(self, parser, option, section, rawval, name, mapping, rest):
        path = name.split(':')
        try:
            if len(path) == 1:
                opt = parser.optionxform(path[0])
                value = mapping[opt]
                sect = section
            elif len(path) == 2:
                sect = path[0]
                opt = parser.optionxform(path[1])
                value = parser.get(sect, opt, raw=True)
            else:
                raise InterpolationSyntaxError(
                    option, section, "More than one ':' found: %r" % (rest,))
        except (NoSectionError, NoOptionError, KeyError):
            raise InterpolationMissingOptionError(option, section, rawval,
                                                  ":".join(path)) from None
        # A value pulled from another section expands in that section.
        return value, sect, opt, lambda: dict(parser.items(sect, raw=True))

    def _bad_follower(self, rest):
        return "'$' must be followed by '$' or '{', found: %r" % (rest,)


# Reading

class _Reader:
    """One pass of the line parser over a single source.

    Holds the per-source state: the current section and option, the
    indentation of the option's first line (deeper lines continue its
    value), the names seen so far for duplicate detection, and the
    collected non-fatal errors.
    """

    def __init__(self, parser, fpname):
        self.parser = parser
        self.fpname = fpname
        self.section = None      # dict of the current section
        self.sectname = None
        self.optname = None
        self.indent = sys.maxsize
        self.seen = set()
        self.errors = None

    def error(self, lineno, line):
        if self.errors is None:
            self.errors = ParsingError(self.fpname)
        self.errors.append(lineno, line)

    def strip_comments(self, line):
        # Returns the text before any comment, and whether a comment was
        # found.  An inline prefix counts at the start of the line or after
        # whitespace; a full-line prefix only starts the stripped line.
        p = self.parser
        stripped = line.strip()
        for prefix in p._comment_prefixes:
            if stripped.startswith(prefix):
                return '', True
        cut = None
        for prefix in p._inline_comment_prefixes:
            at = line.find(prefix)
            while at != -1:
                if at == 0 or line[at - 1].isspace():
                    if cut is None or at < cut:
                        cut = at
                    break
                at = line.find(prefix, at + 1)
        if cut is None:
            return stripped, False
        return line[:cut].strip(), True

    def feed(self, lineno, line):
        p = self.parser
        value, commented = self.strip_comments(line)
        if not value:
            if p._blank_lines_in_values:
                # A blank line inside a value is kept; a comment line is not.
                if (not commented and self.section is not None and self.optname
                        and self.section[self.optname] is not None):
                    self.section[self.optname].append('')
            else:
                self.indent = sys.maxsize
            return
        m = p.NONSPACECRE.search(line)
        level = m.start() if m else 0
        if self.section is not None and self.optname and level > self.indent:
            if self.section[self.optname] is None:
                raise MultilineContinuationError(self.fpname, lineno, line)
            self.section[self.optname].append(value)
            return
        if self.section is None and p._unnamed_ok:
            self.start_section(UNNAMED_SECTION)
        self.indent = level
        m = p.SECTCRE.match(value)
        if m:
            self.header(m.group('header'), lineno)
        elif self.section is None:
            raise MissingSectionHeaderError(self.fpname, lineno, line)
        else:
            self.option(value, lineno, line)

    def start_section(self, name):
        self.section = _new_section(self.parser, name)
        self.sectname = name
        self.optname = None

    def header(self, name, lineno):
        p = self.parser
        if name in p._sections:
            if p._strict and name in self.seen:
                raise DuplicateSectionError(name, self.fpname, lineno)
            self.section = p._sections[name]
            self.seen.add(name)
        elif name == p.default_section:
            self.section = p._defaults
        else:
            self.start_section(name)
            self.seen.add(name)
        self.sectname = name
        # A value cannot continue across a section header.
        self.optname = None

    def option(self, value, lineno, line):
        p = self.parser
        m = p._optcre.match(value)
        if not m:
            self.error(lineno, line)
            return
        name, val = m.group('option', 'value')
        if not name:
            self.error(lineno, line)
        name = p.optionxform(name.rstrip())
        if p._strict and (self.sectname, name) in self.seen:
            raise DuplicateOptionError(self.sectname, name, self.fpname, lineno)
        self.seen.add((self.sectname, name))
        self.optname = name
        # Lines are gathered in a list and joined once the source is read.
        self.section[name] = None if val is None else [val.strip()]


def _new_section(parser, name):
    # Register an empty section NAME (and its proxy); return its options dict.
    options = parser._sections[name] = parser._dict()
    parser._proxies[name] = SectionProxy(parser, name)
    return options


def _verbose_re(template, delim=None):
    # Compile one of the parser's line templates, filling in the delimiters.
    if delim is not None:
        template = template.format(delim=delim)
    return re.compile(template, re.VERBOSE)


class RawConfigParser(MutableMapping):
    """Parser of INI-style files that returns values as stored."""

    # A header is anything between the first "[" and the last "]".  An
    # option line splits at the first delimiter; the name is the shortest
    # prefix before it, and blanks around the delimiter are dropped.  The
    # _NV form also accepts a bare name (value None).
    _SECT_TMPL = r"\[(?P<header>.+)\]"
    _OPT_TMPL = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
    _OPT_NV_TMPL = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = _verbose_re(_SECT_TMPL)
    OPTCRE = _verbose_re(_OPT_TMPL, "=|:")
    OPTCRE_NV = _verbose_re(_OPT_NV_TMPL, "=|:")
    NONSPACECRE = re.compile(r"\S")
    # Spellings accepted by getboolean(), compared in lower case.
    BOOLEAN_STATES = dict.fromkeys(('1', 'yes', 'true', 'on'), True)
    BOOLEAN_STATES.update(dict.fromkeys(('0', 'no', 'false', 'off'), False))

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET, allow_unnamed_section=False):
        self.default_section = default_section
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        # The converter registry comes first: every proxy copies its getters.
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[self.default_section] = SectionProxy(self, self.default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            # The class patterns, so that subclasses may replace them.
            self._optcre = self.OPTCRE if not allow_no_value else self.OPTCRE_NV
        else:
            alternatives = "|".join(map(re.escape, delimiters))
            self._optcre = _verbose_re(self._OPT_NV_TMPL if allow_no_value
                                       else self._OPT_TMPL, alternatives)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._blank_lines_in_values = empty_lines_in_values
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if interpolation is None:
            interpolation = Interpolation()
        self._interpolation = interpolation
        if not isinstance(interpolation, Interpolation):
            raise TypeError(
                f"interpolation= must be None or an instance of Interpolation;"
                f" got an object of type {type(interpolation)}"
            )
        if converters is not _UNSET:
            self._converters.update(converters)
        self._unnamed_ok = allow_unnamed_section
        if defaults:
            self._read_defaults(defaults)

    def defaults(self):
        return self._defaults

    def sections(self):
        """Names of the sections, DEFAULT excluded."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Add an empty section; it must not exist yet nor be DEFAULT."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        _new_section(self, section)

    def has_section(self, section):
        """Whether the section exists (always False for DEFAULT)."""
        return section in self._sections

    def options(self, section):
        """Option names of a section, inherited defaults included."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names.keys())

    def read(self, filenames, encoding=None):
        """Parse one file name or each of an iterable of them.

        Files that cannot be opened are skipped, so a list of candidate
        locations can be given.  Returns the names that were read.
        """
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        done = []
        for path in filenames:
            try:
                with open(path, encoding=encoding) as stream:
                    self._read(stream, path)
            except OSError:
                continue
            done.append(os.fspath(path) if isinstance(path, os.PathLike) else path)
        return done

    def read_file(self, f, source=None):
        """Parse an iterable of lines, such as an open file.

        `source` names it in error messages; it defaults to f.name, or
        "<???>" when there is none.
        """
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Parse the text of a configuration."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Load a mapping of section names to mappings of options.

        Names and values are converted with str() (None values are kept);
        `source` names the mapping in error messages.
        """
        seen = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (ValueError, DuplicateSectionError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """Value of an option, looked up in `vars`, the section, then DEFAULT.

        A missing section or option returns `fallback` when one is given.
        Substitutions are expanded unless `raw` is true.
        """
        try:
            chain = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = chain[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, chain)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        """get() converted with int()."""
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        """get() converted with float()."""
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET,
                   **kwargs):
        """get() read as a boolean through BOOLEAN_STATES."""
        conv = self._convert_to_boolean
        return self._get_conv(section, option, conv, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """(name, value) pairs of a section, defaults included.

        Without a section, the (name, proxy) pairs of the parser mapping.
        `vars` only feeds substitutions; it adds no names to the result.
        """
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        try:
            merged.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(merged.keys())
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, merged[name], merged))
                for name in names]

    def popitem(self):
        """Remove the first section and return (name, proxy); never DEFAULT."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether the option is set in the section or in DEFAULT.

        A false section name means DEFAULT; a missing section gives False.
        """
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    def set(self, section, option, value=None):
        """Set an option of a section; a false section name means DEFAULT."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def _section_dict(self, section):
        # The options dict for set/remove_option; None or "" means DEFAULT.
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in INI format (comments are not kept).

        The first delimiter separates names from values, padded with single
        spaces when `space_around_delimiters` is true.
        """
        if space_around_delimiters:
            d = " {} ".format(self._delimiters[0])
        else:
            d = self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), d)
        if UNNAMED_SECTION in self._sections:
            self._write_section(fp, UNNAMED_SECTION,
                                self._sections[UNNAMED_SECTION].items(), d, unnamed=True)
        for section in self._sections:
            if section is UNNAMED_SECTION:
                continue
            self._write_section(fp, section, self._sections[section].items(), d)

    def _write_section(self, fp, section_name, section_items, delimiter, unnamed=False):
        if not unnamed:
            fp.write("[{}]\n".format(section_name))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                fp.write("{}\n".format(key))
                continue
            # Continuation lines are indented so they read back as one value.
            lines = str(value).split('\n')
            fp.write("{}{}{}\n".format(key, delimiter, '\n\t'.join(lines)))
        fp.write("\n")

    def remove_option(self, section, option):
        """Remove an option; returns whether it existed."""
        options = self._section_dict(section)
        option = self.optionxform(option)
        if option not in options:
            return False
        del options[option]
        return True

    def remove_section(self, section):
        """Remove a section; returns whether it existed."""
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        # Assigning a mapping replaces the section's options.
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1  # the default section

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    def _read(self, fp, fpname):
        # Fatal problems (missing header, duplicates) raise at once; lines
        # that are merely unparsable are reported together at the end.
        reader = _Reader(self, fpname)
        try:
            for lineno, line in enumerate(fp, start=1):
                reader.feed(lineno, line)
        finally:
            # Values read so far are kept even when a fatal error stops the
            # parse.
            self._join_multiline_values()
        if reader.errors is not None:
            raise reader.errors

    def _join_multiline_values(self):
        all_sections = itertools.chain(((self.default_section, self._defaults),),
                                       self._sections.items())
        for section, options in all_sections:
            for name, val in options.items():
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, val)

    def _read_defaults(self, defaults):
        # The raw parser stores constructor defaults as given, non-strings
        # included.
        xform = self.optionxform
        for key, value in defaults.items():
            self._defaults[xform(key)] = value

    def _unify_values(self, section, vars):
        # Lookup order of get(): vars, then the section, then DEFAULT.
        sectiondict = {}
        try:
            sectiondict = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        vardict = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                vardict[self.optionxform(key)] = value
        return _ChainMap(vardict, sectiondict, self._defaults)

    def _convert_to_boolean(self, value):
        key = value.lower()
        if key not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[key]

    def _check_types(self, *, section="", option="", value=""):
        # Names must be strings, and so must values unless valueless
        # options are allowed (then a false value such as None passes).
        # RawConfigParser.set() skips this check; the mapping API does not.
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """Parser that expands %(name)s substitutions (BasicInterpolation)."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Set an option after checking that names and value are strings."""
        self._check_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Add an empty section; its name must be a string."""
        self._check_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # Constructor defaults are converted to strings but their syntax is
        # not checked for substitutions.
        saved = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = saved


class SectionProxy(MutableMapping):
    """Mapping view of one section of a parser."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            name = 'get' + conv
            _attach_getter(self, name, getattr(parser, name))

    def __repr__(self):
        return '<Section: {}>'.format(self._name)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._check_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        parser, name = self._parser, self._name
        if not parser.has_option(name, key) or not parser.remove_option(name, key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return self._options().__iter__()

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        """Value of an option of this section, or `fallback` (None)."""
        # _impl is the parser's typed getter (getint, ...) when called
        # through a converter.
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars,
                     fallback=fallback, **kwargs)


def _attach_getter(proxy, name, impl):
    # PROXY.<name>(option, ...) calls IMPL for the proxy's section.
    setattr(proxy, name, functools.partial(proxy.get, _impl=impl))


class ConverterMapping(MutableMapping):
    """Registry of the typed getters: name -> conversion function.

    Setting "x" adds getx() to the parser and to every section proxy; getters
    defined as methods of the parser class appear here with value None.
    """

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for getter in dir(self._parser):
            m = self.GETTERCRE.match(getter)
            if not m or not callable(getattr(self._parser, getter)):
                continue
            self._data[m.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            k = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'
                             ''.format(key, type(key)))
        if k == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        parser = self._parser
        typed_get = functools.partial(parser._get_conv, conv=value)
        typed_get.converter = value
        setattr(parser, k, typed_get)
        for proxy in parser.values():
            _attach_getter(proxy, k, typed_get)

    def __delitem__(self, key):
        try:
            k = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for inst in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(inst, k)
            except AttributeError:
                # The entry was in _data, so there is nothing left to undo.
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
