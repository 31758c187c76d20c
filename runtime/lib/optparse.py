# optparse: the classic command-line option parser (OptionParser, Option,
# OptionGroup, Values and the help formatters).

__version__ = "1.5.3"

__all__ = ['Option',
           'make_option',
           'SUPPRESS_HELP',
           'SUPPRESS_USAGE',
           'Values',
           'OptionContainer',
           'OptionGroup',
           'OptionParser',
           'HelpFormatter',
           'IndentedHelpFormatter',
           'TitledHelpFormatter',
           'OptParseError',
           'OptionError',
           'OptionConflictError',
           'OptionValueError',
           'BadOptionError',
           'check_choice']

import sys
import os
import textwrap


def _repr(self):
    return "<%s at 0x%x: %s>" % (self.__class__.__name__, id(self), self)


try:
    from gettext import gettext, ngettext
except ImportError:
    def gettext(message):
        return message

    def ngettext(singular, plural, n):
        return singular if n == 1 else plural

_ = gettext


# -- exceptions ----------------------------------------------------------------

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """An Option was created with bad or inconsistent arguments."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        if self.option_id:
            return "option %s: %s" % (self.option_id, self.msg)
        return self.msg


class OptionConflictError(OptionError):
    """Two options of one parser use the same option string."""


class OptionValueError(OptParseError):
    """A value given on the command line is not valid for its option."""


class BadOptionError(OptParseError):
    """The command line names an option that does not exist."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _("no such option: %s") % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """A long option abbreviation matches several options."""

    def __init__(self, opt_str, possibilities):
        BadOptionError.__init__(self, opt_str)
        self.possibilities = possibilities

    def __str__(self):
        return (_("ambiguous option: %s (%s?)")
                % (self.opt_str, ", ".join(list(self.possibilities))))


# -- help formatting -----------------------------------------------------------

class HelpFormatter:
    """Base class of the help formatters.

    Subclasses supply format_usage() and format_heading(); this class lays
    out option lists, wrapping help text at *width* columns and starting
    it at most at column *max_help_position*."""

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width,
                 short_first):
        if width is None:
            # COLUMNS minus a two-column margin; 78 when unset or garbage
            cols = os.environ.get('COLUMNS', '')
            try:
                width = int(cols) - 2
            except ValueError:
                width = 78
        step = indent_increment
        cap = max_help_position
        floor = 2 * step
        if width - 20 > floor:
            floor = width - 20
        if floor < cap:
            cap = floor
        self.parser = None
        self.indent_increment, self.width = step, width
        self.max_help_position = cap
        self.help_position = cap
        self.current_indent = self.level = 0
        self.help_width = None      # computed in store_option_strings()
        self.short_first = short_first
        self.default_tag = "%default"
        self.option_strings = {}
        self._short_opt_fmt, self._long_opt_fmt = "%s %s", "%s=%s"

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim != "" and delim != " ":
            raise ValueError("invalid metavar delimiter for short options: "
                             "%r" % (delim,))
        self._short_opt_fmt = "%%s%s%%s" % delim

    def set_long_opt_delimiter(self, delim):
        if delim != "=" and delim != " ":
            raise ValueError("invalid metavar delimiter for long options: "
                             "%r" % (delim,))
        self._long_opt_fmt = "%%s%s%%s" % delim

    def _shift(self, steps):
        self.current_indent = self.current_indent + steps * self.indent_increment
        self.level = self.level + steps

    def indent(self):
        self._shift(1)

    def dedent(self):
        self._shift(-1)
        assert self.current_indent >= 0, "Indent decreased below 0."

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        # fill the paragraph at the current indentation, never narrower
        # than 11 columns
        pad = self.current_indent * " "
        avail = self.width - len(pad)
        return textwrap.fill(text, avail if avail > 11 else 11,
                             initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        if description:
            return self._format_text(description) + "\n"
        return ""

    def format_epilog(self, epilog):
        if epilog:
            return "\n" + self._format_text(epilog) + "\n"
        return ""

    def expand_default(self, option):
        if self.parser is None or not self.default_tag:
            return option.help
        dflt = self.parser.defaults.get(option.dest)
        if dflt is None or dflt is NO_DEFAULT:
            dflt = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(dflt))

    def format_option(self, option):
        # The option strings go in a column of width help_position; help
        # text starts on the same line when they fit, otherwise on the next
        # line, and continues wrapped at help_position.
        label = self.option_strings[option]
        lead = " " * self.current_indent
        column = self.help_position - self.current_indent - 2
        overflow = len(label) > column
        if overflow:
            pieces = [lead + label + "\n"]
        else:
            pieces = [lead + label.ljust(column) + "  "]
        if not option.help:
            if not overflow:
                pieces.append("\n")
            return "".join(pieces)
        wrapped = textwrap.wrap(self.expand_default(option), self.help_width)
        hang = " " * self.help_position
        for i, chunk in enumerate(wrapped):
            if i == 0 and not overflow:
                pieces.append(chunk + "\n")
            else:
                pieces.append(hang + chunk + "\n")
        return "".join(pieces)

    def store_option_strings(self, parser):
        widest = 0

        def remember(options):
            nonlocal widest
            for o in options:
                label = self.format_option_strings(o)
                self.option_strings[o] = label
                widest = max(widest, self.current_indent + len(label))

        self.indent()
        remember(parser.option_list)
        self.indent()
        for grp in parser.option_groups:
            remember(grp.option_list)
        self.dedent()
        self.dedent()
        pos = widest + 2
        if pos > self.max_help_position:
            pos = self.max_help_position
        self.help_position = pos
        self.help_width = self.width - pos if self.width - pos > 11 else 11

    def format_option_strings(self, option):
        """Return the option's strings with metavariables, comma-separated."""
        shorts = list(option._short_opts)
        longs = list(option._long_opts)
        if option.takes_value():
            mv = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, mv) for s in shorts]
            longs = [self._long_opt_fmt % (s, mv) for s in longs]
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Help with "Heading:" lines and indented sections."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None,
                 short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position,
                               width, short_first)

    def format_usage(self, usage):
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        return "%*s%s:\n" % (self.current_indent, "", heading)


class TitledHelpFormatter(HelpFormatter):
    """Help with underlined section titles."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None,
                 short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position,
                               width, short_first)

    def format_usage(self, usage):
        return "%s  %s\n" % (self.format_heading(_("Usage")), usage)

    def format_heading(self, heading):
        return "%s\n%s\n" % (heading, "=-"[self.level] * len(heading))


# -- value conversion ----------------------------------------------------------

def _parse_num(val, type):
    prefix = val[:2].lower()
    if prefix == "0x":
        radix = 16
    elif prefix == "0b":
        radix = 2
        val = val[2:] or "0"
    elif val[:1] == "0":
        radix = 8
    else:
        radix = 10
    return type(val, radix)


def _parse_int(val):
    return _parse_num(val, int)


_builtin_cvt = {"int": (_parse_int, _("integer")),
                "long": (_parse_int, _("integer")),
                "float": (float, _("floating-point")),
                "complex": (complex, _("complex"))}


def check_builtin(option, opt, value):
    convert, label = _builtin_cvt[option.type]
    try:
        converted = convert(value)
    except ValueError:
        msg = _("option %s: invalid %s value: %r")
        raise OptionValueError(msg % (opt, label, value))
    return converted


def check_choice(option, opt, value):
    if value not in option.choices:
        allowed = ", ".join([repr(c) for c in option.choices])
        msg = _("option %s: invalid choice: %r (choose from %s)")
        raise OptionValueError(msg % (opt, value, allowed))
    return value


# Marks an option whose default was not given (None is a valid default).
NO_DEFAULT = ("NO", "DEFAULT")


class Option:
    """One command-line option: its strings (-f, --file) and what to do
    when it is seen (action, type, dest, default, nargs, const, choices,
    callback, callback_args, callback_kwargs, help, metavar)."""

    ATTRS = ['action',
             'type',
             'dest',
             'default',
             'nargs',
             'const',
             'choices',
             'callback',
             'callback_args',
             'callback_kwargs',
             'help',
             'metavar']

    ACTIONS = ("store",
               "store_const",
               "store_true",
               "store_false",
               "append",
               "append_const",
               "count",
               "callback",
               "help",
               "version")

    # actions that store a value somewhere (and so need a dest)
    STORE_ACTIONS = ("store",
                     "store_const",
                     "store_true",
                     "store_false",
                     "append",
                     "append_const",
                     "count")

    # actions that may take a typed value from the command line
    TYPED_ACTIONS = ("store",
                     "append",
                     "callback")

    # actions that always take a value (string when no type is given)
    ALWAYS_TYPED_ACTIONS = ("store",
                            "append")

    # actions that use the const attribute
    CONST_ACTIONS = ("store_const",
                     "append_const")

    TYPES = ("string",) + ("int", "long", "float", "complex") + ("choice",)

    # type name -> function(option, opt_string, value) returning the
    # converted value or raising OptionValueError
    TYPE_CHECKER = {"int": check_builtin,
                    "long": check_builtin,
                    "float": check_builtin,
                    "complex": check_builtin,
                    "choice": check_choice,
                    }

    # validation methods run by __init__, filled in below
    CHECK_METHODS = None

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        opts = self._check_opt_strings(opts)
        self._set_opt_strings(opts)
        self._set_attrs(attrs)
        for checker in self.CHECK_METHODS:
            checker(self)

    def _check_opt_strings(self, opts):
        opts = [opt for opt in opts if opt]
        if not opts:
            raise TypeError("at least one option string must be supplied")
        return opts

    def _set_opt_strings(self, opts):
        for s in opts:
            problem = None
            if len(s) < 2:
                problem = ("invalid option string %r: must be at least "
                           "two characters long")
            elif len(s) == 2:
                if s[0] != "-" or s[1] == "-":
                    problem = ("invalid short option string %r: must be of "
                               "the form -x, (x any non-dash char)")
                else:
                    self._short_opts.append(s)
            elif not s.startswith("--") or s[2] == "-":
                problem = ("invalid long option string %r: must start "
                           "with --, followed by non-dash")
            else:
                self._long_opts.append(s)
            if problem is not None:
                raise OptionError(problem % (s,), self)

    def _set_attrs(self, attrs):
        for attr in self.ATTRS:
            if attr in attrs:
                setattr(self, attr, attrs.pop(attr))
            elif attr == 'default':
                setattr(self, attr, NO_DEFAULT)
            else:
                setattr(self, attr, None)
        if attrs:
            raise OptionError(
                "invalid keyword arguments: %s" % ", ".join(sorted(attrs)),
                self)

    # -- consistency checks (see CHECK_METHODS) --

    def _check_action(self):
        if self.action is None:
            self.action = "store"
        elif self.action not in self.ACTIONS:
            raise OptionError("invalid action: %r" % self.action, self)

    def _check_type(self):
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "string" if self.choices is None else "choice"
            return
        # a builtin type may be given instead of its name
        if isinstance(self.type, type):
            self.type = self.type.__name__
        if self.type == "str":
            self.type = "string"
        if self.type not in self.TYPES:
            raise OptionError("invalid option type: %r" % self.type, self)
        if self.action not in self.TYPED_ACTIONS:
            self._complain("must not supply a type for action %r",
                           self.action)

    def _complain(self, template, *args):
        raise OptionError(template % args if args else template, self)

    def _check_choice(self):
        if self.type != "choice":
            if self.choices is not None:
                self._complain("must not supply choices for type %r",
                               self.type)
            return
        if self.choices is None:
            self._complain("must supply a list of choices for type 'choice'")
        if not isinstance(self.choices, (tuple, list)):
            kind = str(type(self.choices)).split("'")[1]
            self._complain("choices must be a list of strings "
                           "('%s' supplied)", kind)

    def _check_dest(self):
        # derive the dest from the first long option, else the first short
        if self.dest is not None:
            return
        if self.type is None and self.action not in self.STORE_ACTIONS:
            return
        if self._long_opts:
            self.dest = "_".join(self._long_opts[0][2:].split("-"))
        else:
            self.dest = self._short_opts[0][1]

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            self._complain("'const' must not be supplied for action %r",
                           self.action)

    def _check_nargs(self):
        if self.action not in self.TYPED_ACTIONS:
            if self.nargs is not None:
                self._complain("'nargs' must not be supplied for action %r",
                               self.action)
        elif self.nargs is None:
            self.nargs = 1

    def _check_callback(self):
        if self.action != "callback":
            for attr in ("callback", "callback_args", "callback_kwargs"):
                val = getattr(self, attr)
                if val is None:
                    continue
                if attr == "callback":
                    self._complain("callback supplied (%r) for "
                                   "non-callback option", val)
                self._complain("%s supplied for non-callback option" % attr)
            return
        if not callable(self.callback):
            self._complain("callback not callable: %r", self.callback)
        cargs, ckw = self.callback_args, self.callback_kwargs
        if cargs is not None and not isinstance(cargs, tuple):
            self._complain("callback_args, if supplied, must be a tuple: "
                           "not %r", cargs)
        if ckw is not None and not isinstance(ckw, dict):
            self._complain("callback_kwargs, if supplied, must be a dict: "
                           "not %r", ckw)

    CHECK_METHODS = [_check_action,
                     _check_type,
                     _check_choice,
                     _check_dest,
                     _check_const,
                     _check_nargs,
                     _check_callback]

    # -- misc --

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    __repr__ = _repr

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        if self._long_opts:
            return self._long_opts[0]
        return self._short_opts[0]

    # -- processing a value from the command line --

    def check_value(self, opt, value):
        conv = self.TYPE_CHECKER.get(self.type)
        return value if conv is None else conv(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs != 1:
            return tuple(self.check_value(opt, item) for item in value)
        return self.check_value(opt, value)

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted,
                                values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        stored = {"store": lambda: value,
                  "store_const": lambda: self.const,
                  "store_true": lambda: True,
                  "store_false": lambda: False}
        if action in stored:
            setattr(values, dest, stored[action]())
        elif action in ("append", "append_const"):
            bucket = values.ensure_value(dest, [])
            bucket.append(value if action == "append" else self.const)
        elif action == "count":
            setattr(values, dest, 1 + values.ensure_value(dest, 0))
        elif action == "callback":
            extra = self.callback_args or ()
            kw = self.callback_kwargs or {}
            self.callback(self, opt, value, parser, *extra, **kw)
        elif action in ("help", "version"):
            if action == "help":
                parser.print_help()
            else:
                parser.print_version()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1


SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"


class Values:
    """Plain attribute holder for parsed option values."""

    def __init__(self, defaults=None):
        if defaults:
            for attr, val in defaults.items():
                setattr(self, attr, val)

    def __str__(self):
        return str(self.__dict__)

    __repr__ = _repr

    def __eq__(self, other):
        if isinstance(other, Values):
            return self.__dict__ == other.__dict__
        if isinstance(other, dict):
            return self.__dict__ == other
        return NotImplemented

    def _update_careful(self, dict):
        # only names that already exist here, and only non-None values
        for attr in dir(self):
            if attr in dict:
                dval = dict[attr]
                if dval is not None:
                    setattr(self, attr, dval)

    def _update_loose(self, dict):
        self.__dict__.update(dict)

    def _update(self, dict, mode):
        if mode == "careful":
            self._update_careful(dict)
        elif mode == "loose":
            self._update_loose(dict)
        else:
            raise ValueError("invalid update mode: %r" % mode)

    def read_module(self, modname, mode="careful"):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        namespace = {}
        with open(filename) as f:
            exec(f.read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        if not hasattr(self, attr) or getattr(self, attr) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


class OptionContainer:
    """Common base of OptionParser and OptionGroup.

    option_list holds the options in order; _short_opt, _long_opt and
    defaults map option strings and dests and are shared by a parser and
    all of its groups."""

    def __init__(self, option_class, conflict_handler, description):
        self._create_option_list()
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def _create_option_mappings(self):
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def _share_option_mappings(self, parser):
        for name in ("_short_opt", "_long_opt", "defaults"):
            setattr(self, name, getattr(parser, name))

    def set_conflict_handler(self, handler):
        if handler not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value %r" % handler)
        self.conflict_handler = handler

    def set_description(self, description):
        self.description = description

    def get_description(self):
        return self.description

    def destroy(self):
        del self._short_opt
        del self._long_opt
        del self.defaults

    # -- option management --

    def _check_conflict(self, option):
        clashes = [(s, self._short_opt[s]) for s in option._short_opts
                   if s in self._short_opt]
        clashes += [(s, self._long_opt[s]) for s in option._long_opts
                    if s in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == "error":
            names = ", ".join(s for s, _ignored in clashes)
            raise OptionConflictError(
                "conflicting option string(s): %s" % names, option)
        # "resolve": the earlier option gives up each clashing string and
        # disappears from its container when nothing is left
        for s, prev in clashes:
            is_long = s[:2] == "--"
            (prev._long_opts if is_long else prev._short_opts).remove(s)
            (self._long_opt if is_long else self._short_opt).pop(s)
            if not prev._short_opts and not prev._long_opts:
                prev.container.option_list.remove(prev)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...)"""
        if isinstance(args[0], str):
            opt_obj = self.option_class(*args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError("invalid arguments")
        else:
            opt_obj = args[0]
            if not isinstance(opt_obj, Option):
                raise TypeError("not an Option instance: %r" % opt_obj)

        self._check_conflict(opt_obj)
        self.option_list.append(opt_obj)
        opt_obj.container = self
        self._short_opt.update(dict.fromkeys(opt_obj._short_opts, opt_obj))
        self._long_opt.update(dict.fromkeys(opt_obj._long_opts, opt_obj))

        key = opt_obj.dest
        if key is not None:
            if opt_obj.default is NO_DEFAULT:
                self.defaults.setdefault(key, None)
            else:
                self.defaults[key] = opt_obj.default
        return opt_obj

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def _lookup(self, opt_str):
        found = self._short_opt.get(opt_str)
        return found if found else self._long_opt.get(opt_str)

    def get_option(self, opt_str):
        return self._lookup(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        victim = self._lookup(opt_str)
        if victim is None:
            raise ValueError("no such option %r" % opt_str)
        for table, names in ((self._short_opt, victim._short_opts),
                             (self._long_opt, victim._long_opts)):
            for s in names:
                del table[s]
        victim.container.option_list.remove(victim)

    # -- help --

    def format_option_help(self, formatter):
        if not self.option_list:
            return ""
        return "".join(formatter.format_option(option)
                       for option in self.option_list
                       if option.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


class OptionGroup(OptionContainer):
    """A titled set of options that is listed separately in the help."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class,
                                 parser.conflict_handler, description)
        self.title = title

    def _create_option_list(self):
        self.option_list = []
        self._share_option_mappings(self.parser)

    def set_title(self, title):
        self.title = title

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        try:
            body = OptionContainer.format_help(self, formatter)
        finally:
            formatter.dedent()
        return heading + body


class OptionParser(OptionContainer):
    """Parses a command line into option values and positional arguments.

    Attributes of note: usage ("%prog" is replaced by the program name),
    prog, description, epilog, option_groups, allow_interspersed_args,
    process_default_values, and while parse_args() runs rargs (arguments
    still to parse), largs (positional arguments seen) and values."""

    standard_option_list = []

    def __init__(self,
                 usage=None,
                 option_list=None,
                 option_class=Option,
                 version=None,
                 conflict_handler="error",
                 description=None,
                 formatter=None,
                 add_help_option=True,
                 prog=None,
                 epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler,
                                 description)
        self.set_usage(usage)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = formatter or IndentedHelpFormatter()
        self.formatter.set_parser(self)
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        """Break the reference cycles of this parser; it is unusable
        afterwards."""
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.option_list
        del self.option_groups
        del self.formatter

    # -- set-up --

    def _create_option_list(self):
        self.option_list = []
        self.option_groups = []
        self._create_option_mappings()

    def _add_help_option(self):
        text = _("show this help message and exit")
        self.add_option("-h", "--help", action="help", help=text)

    def _add_version_option(self):
        text = _("show program's version number and exit")
        self.add_option("--version", action="version", help=text)

    def _populate_option_list(self, option_list, add_help=True):
        for extra in (self.standard_option_list, option_list):
            if extra:
                self.add_options(extra)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        self.rargs = None
        self.largs = None
        self.values = None

    # -- configuration --

    def set_usage(self, usage):
        if usage is None:
            self.usage = _("%prog [options]")
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith("usage: "):
            # the formatter adds its own "Usage: " prefix
            self.usage = usage[7:]
        else:
            self.usage = usage

    def enable_interspersed_args(self):
        """Let options and positional arguments come in any order (the
        default)."""
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        """Stop option processing at the first positional argument."""
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        self.process_default_values = process

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def _get_all_options(self):
        options = self.option_list[:]
        for group in self.option_groups:
            options.extend(group.option_list)
        return options

    def get_default_values(self):
        if not self.process_default_values:
            return Values(self.defaults)
        # a string default is converted like a command-line value would be
        initial = dict(self.defaults)
        for o in self._get_all_options():
            raw = initial.get(o.dest)
            if isinstance(raw, str):
                initial[o.dest] = o.check_value(o.get_opt_string(), raw)
        return Values(initial)

    def add_option_group(self, *args, **kwargs):
        if isinstance(args[0], str):
            grp = OptionGroup(self, *args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError("invalid arguments")
        else:
            grp = args[0]
            if not isinstance(grp, OptionGroup):
                raise TypeError("not an OptionGroup instance: %r" % grp)
            if grp.parser is not self:
                raise ValueError("invalid OptionGroup (wrong parser)")
        self.option_groups.append(grp)
        return grp

    def get_option_group(self, opt_str):
        found = self._lookup(opt_str)
        if not found or found.container is self:
            return None
        return found.container

    # -- parsing --

    def _get_args(self, args):
        if args is None:
            return sys.argv[1:]
        return args[:]     # the caller's list is left alone

    def parse_args(self, args=None, values=None):
        """Parse *args* (default sys.argv[1:]) and return (values, args),
        the option values and the leftover positional arguments.  Errors
        are reported through error(), which exits by default."""
        pending = self._get_args(args)
        if values is None:
            values = self.get_default_values()
        positional = []
        self.rargs, self.largs, self.values = pending, positional, values
        try:
            self._process_args(positional, pending, values)
        except (OptionValueError, BadOptionError) as exc:
            self.error(str(exc))
        return self.check_values(values, positional + pending)

    def check_values(self, values, args):
        """Hook for subclasses to validate or adjust the parse result;
        returns (values, args) unchanged here."""
        return (values, args)

    def _process_args(self, largs, rargs, values):
        while rargs:
            arg = rargs[0]
            if arg == "--":
                # end of options
                del rargs[0]
                return
            if arg[0:2] == "--":
                self._process_long_opt(rargs, values)
            elif arg[:1] == "-" and len(arg) > 1:
                # one or more short options, maybe with a value attached
                self._process_short_opts(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(arg)
                del rargs[0]
            else:
                return

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, rargs, option, opt):
        count = option.nargs
        if len(rargs) < count:
            singular = "%(option)s option requires %(number)d argument"
            plural = "%(option)s option requires %(number)d arguments"
            self.error(ngettext(singular, plural, count)
                       % {"option": opt, "number": count})
        elif count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        rargs[:count] = []
        return taken

    def _process_long_opt(self, rargs, values):
        token = rargs.pop(0)
        # "--name=value" is treated as "--name value"
        name, eq, attached = token.partition("=")
        if eq:
            rargs.insert(0, attached)
        name = self._match_long_opt(name)
        target = self._long_opt[name]
        val = None
        if target.takes_value():
            val = self._take_values(rargs, target, name)
        elif eq:
            self.error(_("%s option does not take a value") % name)
        target.process(name, val, values, self)

    def _process_short_opts(self, rargs, values):
        cluster = rargs.pop(0)
        for pos in range(1, len(cluster)):
            flag = "-" + cluster[pos]
            target = self._short_opt.get(flag)
            if not target:
                raise BadOptionError(flag)
            val = None
            consumed_rest = False
            if target.takes_value():
                # whatever follows the letter in this word is its value
                rest = cluster[pos + 1:]
                if rest:
                    rargs.insert(0, rest)
                    consumed_rest = True
                val = self._take_values(rargs, target, flag)
            target.process(flag, val, values, self)
            if consumed_rest:
                break

    # -- feedback --

    def get_prog_name(self):
        if self.prog is None:
            return os.path.basename(sys.argv[0])
        return self.prog

    def expand_prog_name(self, s):
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Print the usage and *msg* to stderr and exit with status 2.
        An override must not return."""
        self.print_usage(sys.stderr)
        prog = self.get_prog_name()
        self.exit(2, "%s: error: %s\n" % (prog, msg))

    def get_usage(self):
        if self.usage:
            return self.formatter.format_usage(
                self.expand_prog_name(self.usage))
        return ""

    def print_usage(self, file=None):
        """Print the usage message to *file* (default stdout)."""
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        if self.version:
            return self.expand_prog_name(self.version)
        return ""

    def print_version(self, file=None):
        """Print the version message to *file* (default stdout)."""
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        fmt = formatter if formatter is not None else self.formatter
        fmt.store_option_strings(self)
        sections = [fmt.format_heading(_("Options"))]
        fmt.indent()
        if self.option_list:
            sections += [OptionContainer.format_option_help(self, fmt), "\n"]
        for grp in self.option_groups:
            sections += [grp.format_help(fmt), "\n"]
        fmt.dedent()
        # drop the separator after the final section
        sections.pop()
        return "".join(sections)

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        fmt = formatter if formatter is not None else self.formatter
        text = ""
        if self.usage:
            text += self.get_usage() + "\n"
        if self.description:
            text += self.format_description(fmt) + "\n"
        return text + self.format_option_help(fmt) + self.format_epilog(fmt)

    def print_help(self, file=None):
        """Print the full help message to *file* (default stdout)."""
        if file is None:
            file = sys.stdout
        file.write(self.format_help())


def _match_abbrev(s, wordmap):
    """Return the key of *wordmap* that *s* is, or unambiguously
    abbreviates; raise BadOptionError otherwise."""
    if s in wordmap:
        return s
    candidates = sorted(w for w in wordmap if w.startswith(s))
    if not candidates:
        raise BadOptionError(s)
    if len(candidates) > 1:
        raise AmbiguousOptionError(s, candidates)
    return candidates[0]


# Some users expect a factory function rather than a class.
make_option = Option
