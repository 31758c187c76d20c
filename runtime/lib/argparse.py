"""Command-line parsing library: Weft's implementation of argparse.

Behaviour, messages and help layout follow CPython 3.13's argparse
documentation.  The module has three parts:

* Actions: objects created by add_argument() that describe one argument
  and store its value into the namespace when called.
* HelpFormatter and its subclasses, which lay out usage and help text.
  Help is built as a tree of sections whose text is produced lazily, so
  that the help column can depend on the widest invocation of all the
  arguments added.
* ArgumentParser, whose parsing works on a "pattern" string with one
  letter per command-line word: 'O' for something that looks like an
  option, 'A' for an argument and '-' for the '--' separator.  The nargs
  of each action becomes a regular expression over that pattern, which
  tells how many words each action takes.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
# Namespace attribute through which a sub-parser hands back the words it
# did not recognise.
_UNRECOGNIZED_ARGS = '_unrecognized_args'


# ---------------------------------------------------------------------------
# Utilities

class _AttributeHolder(object):
    """Gives a repr listing positional values then keyword attributes."""

    def __repr__(self):
        type_name = type(self).__name__
        shown = [repr(arg) for arg in self._get_args()]
        odd_names = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                odd_names[name] = value
        if odd_names:
            shown.append('**%s' % repr(odd_names))
        return '%s(%s)' % (type_name, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


def _copy_items(items):
    if items is None:
        return []
    # A plain list is copied directly; anything else goes through copy so
    # that append actions never mutate a shared default.
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


def _terminal_columns():
    """Width of the terminal, taken from COLUMNS (80 when unset or bad)."""
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        columns = 80
    return columns


# ---------------------------------------------------------------------------
# Help formatting

class HelpFormatter(object):
    """Lays out usage and help text for an ArgumentParser.

    Pass the class (or a subclass) as formatter_class; the methods are
    internal and may change.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog, self._width = prog, width
        self._indent_step = indent_increment
        # Help text starts at most at max_help_position, and the invocation
        # column keeps room for 20 columns of help when it can.
        self._help_column_limit = min(
            max_help_position, max(2 * indent_increment, width - 20))
        self._margin = self._level = self._widest_invocation = 0
        self._top_section = self._open_section = self._Section(self, None)
        self._space_runs = _re.compile(r'\s+', flags=_re.ASCII)
        self._blank_runs = _re.compile('\n{3,}')

    def _indent(self):
        self._shift(+1)

    def _dedent(self):
        self._shift(-1)
        assert self._margin >= 0, 'Indent decreased below 0.'

    def _shift(self, levels):
        self._level += levels
        self._margin += levels * self._indent_step

    class _Section(object):
        """A titled block whose items are rendered when help is formatted."""

        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            fmt = self.formatter
            if self.parent is not None:
                fmt._indent()
            body = fmt._join_parts([func(*args) for func, args in self.items])
            if self.parent is not None:
                fmt._dedent()
            if not body:
                return ''
            if self.heading is not SUPPRESS and self.heading is not None:
                heading = '%*s%s:\n' % (fmt._margin, '', self.heading)
            else:
                heading = ''
            return fmt._join_parts(['\n', heading, body, '\n'])

    def _add_item(self, func, args):
        # Items are rendered later, once every argument's width is known.
        section = self._open_section
        section.items.append((func, args))

    # Public-ish interface used by ArgumentParser

    def start_section(self, heading):
        self._indent()
        child = self._Section(self, self._open_section, heading)
        self._add_item(child.format_help, [])
        self._open_section = child

    def end_section(self):
        finished = self._open_section
        self._open_section = finished.parent
        self._dedent()

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._add_item(self._format_text, (text,))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # Remember the widest invocation so the help column fits them all.
        invocations = [self._format_action_invocation(action)]
        for sub in self._iter_indented_subactions(action):
            invocations.append(self._format_action_invocation(sub))
        width = max(len(s) for s in invocations) + self._margin
        if width > self._widest_invocation:
            self._widest_invocation = width
        self._add_item(self._format_action, (action,))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._top_section.format_help()
        if text:
            text = self._blank_runs.sub('\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join([p for p in part_strings if p and p is not SUPPRESS])

    # Usage

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % {'prog': self._prog}
        elif not actions:
            usage = str(self._prog)
        else:
            usage = self._build_usage(actions, groups, prefix)
        return prefix + usage + '\n\n'

    def _build_usage(self, actions, groups, prefix):
        prog = str(self._prog)
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        # On one line a group may span optionals and positionals; wrapped
        # usage lays the two kinds out separately.
        action_usage = self._format_actions_usage(optionals + positionals,
                                                  groups)
        usage = ' '.join(filter(None, (prog, action_usage)))
        text_width = self._width - self._margin
        if len(prefix) + len(usage) <= text_width:
            return usage
        opt_parts, pos_parts = [self._get_actions_usage_parts(kind, groups)
                                for kind in (optionals, positionals)]

        def wrap(parts, indent, first_prefix=None):
            # Greedy filling; the first line may start after a prefix.
            lines = []
            line = []
            if first_prefix is not None:
                line_len = len(first_prefix) - 1
            else:
                line_len = len(indent) - 1
            for part in parts:
                if line and line_len + 1 + len(part) > text_width:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            # Continuation lines line up after the program name.
            indent = ' ' * (len(prefix + prog) + 1)
            if opt_parts:
                lines = wrap([prog] + opt_parts, indent, prefix)
                lines.extend(wrap(pos_parts, indent))
            elif pos_parts:
                lines = wrap([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            # A long program name goes on a line of its own.
            indent = ' ' * len(prefix)
            lines = wrap(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = wrap(opt_parts, indent) + wrap(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        return ' '.join(self._get_actions_usage_parts(actions, groups))

    def _get_actions_usage_parts(self, actions, groups):
        """Usage words of the actions, with mutually exclusive groups marked.

        A group whose actions appear contiguously gets brackets around its
        visible members, each but the last followed by ' |'.
        """
        in_group = set()
        group_at = {}
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            try:
                start = actions.index(members[0])
            except ValueError:
                continue
            if actions[start:start + len(members)] == members:
                in_group.update(members)
                group_at[start] = group

        parts = []
        i = 0
        while i < len(actions):
            group = group_at.get(i)
            if group is None:
                part = self._action_usage_part(actions[i], actions[i] in in_group)
                if part is not None:
                    parts.append(part)
                i += 1
                continue
            members = group._group_actions
            shown = [self._action_usage_part(a, True) for a in members]
            shown = [s for s in shown if s is not None]
            i += len(members)
            if not shown:
                continue
            if not group.required:
                opening, closing = '[', ']'
            elif len(shown) > 1:
                opening, closing = '(', ')'
            else:
                opening = closing = ''
            shown[0] = opening + shown[0]
            shown[-1] = shown[-1] + closing
            # Each separator ends the word before it, so a wrapped line
            # never starts with '|'.
            for j in range(len(shown) - 1):
                shown[j] += ' |'
            parts.extend(shown)
        return parts

    def _action_usage_part(self, action, grouped):
        if action.help is SUPPRESS:
            return None
        if not action.option_strings:
            fallback = self._get_default_metavar_for_positional(action)
            part = self._format_args(action, fallback)
            # Inside a group the group's own brackets replace the optional
            # brackets of the positional.
            if grouped and part[:1] == '[' and part[-1:] == ']':
                part = part[1:-1]
            return part
        if action.nargs == 0:
            part = action.format_usage()
        else:
            fallback = self._get_default_metavar_for_optional(action)
            part = '%s %s' % (action.option_strings[0],
                              self._format_args(action, fallback))
        if not action.required and not grouped:
            part = '[%s]' % part
        return part

    # Text and actions

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._margin, 11)
        indent = ' ' * self._margin
        return self._fill_text(text, text_width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._widest_invocation + 2,
                            self._help_column_limit)
        help_width = max(11, self._width - help_position)
        action_width = help_position - self._margin - 2
        header = self._format_action_invocation(action)

        if not action.help:
            header = '%*s%s\n' % (self._margin, '', header)
        elif len(header) <= action_width:
            # The help starts on the same line, in the help column.
            header = '%*s%-*s  ' % (self._margin, '', action_width,
                                    header)
            first_indent = 0
        else:
            header = '%*s%s\n' % (self._margin, '', header)
            first_indent = help_position

        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                indents = [first_indent] + [help_position] * (len(lines) - 1)
                for pad, line in zip(indents, lines):
                    parts.append(' ' * pad + line + '\n')
        elif not header.endswith('\n'):
            parts.append('\n')

        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            fallback = self._get_default_metavar_for_positional(action)
            # A positional has one name in the help list; a tuple metavar
            # of another length is an error.
            (name,) = self._metavar_formatter(action, fallback)(1)
            return name
        names = ', '.join(action.option_strings)
        if action.nargs == 0:
            return names
        fallback = self._get_default_metavar_for_optional(action)
        return names + ' ' + self._format_args(action, fallback)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        metavars = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % metavars(1)
        if nargs == OPTIONAL:
            return '[%s]' % metavars(1)
        if nargs == ZERO_OR_MORE:
            metavar = metavars(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % metavars(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavars(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s'] * nargs
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % metavars(nargs)

    def _expand_help(self, action):
        # Values for %(name)s in help: the action's attributes (functions and
        # classes by their names), the program name, choices as a list.
        params = {}
        for name, value in {**vars(action), 'prog': self._prog}.items():
            if value is SUPPRESS:
                continue
            params[name] = getattr(value, '__name__', value)
        if params.get('choices') is not None:
            params['choices'] = ', '.join(map(str, params['choices']))
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        try:
            get_subactions = action._get_subactions
        except AttributeError:
            return
        self._indent()
        yield from get_subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        text = self._space_runs.sub(' ', text).strip()
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = self._space_runs.sub(' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written (argument help is still wrapped)."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every piece of help text as written, line breaks included."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to argument help that does not mention it."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL,
                                                         ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names argument values after their type (int, float, ...) in usage and help,
    where the default formatter would use the dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------
# Errors

def _get_action_name(argument):
    """The name of an action as shown in error messages, or None."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument, in its definition or on the command line.

    str() gives 'argument NAME: MESSAGE' (just the message without a name).
    """

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type= functions to reject a string; the parser reports it."""


# ---------------------------------------------------------------------------
# Actions

class Action(_AttributeHolder):
    """Describes one argument: which strings it consumes and how it stores them.

    Subclasses implement __call__(parser, namespace, values, option_string)
    to store the converted values into the namespace.
    """

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None, deprecated=False):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.deprecated = deprecated

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'required', 'help', 'metavar',
                 'deprecated']
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """Adds a --no-NAME companion to each --NAME option string."""

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None, deprecated=False):
        strings = []
        for option_string in option_strings:
            strings.append(option_string)
            if option_string.startswith('--'):
                strings.append('--no-' + option_string[2:])
        super().__init__(option_strings=strings, dest=dest, nargs=0,
                         default=default, required=required, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest,
                    not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _check_store_nargs(nargs, const, kind):
    if nargs == 0:
        if kind == 'store':
            hint = ('if you have nothing to store, actions such as store '
                    'true or store const may be more appropriate')
        else:
            hint = ('if arg strings are not supplying the value to append, '
                    'the append const action may be more appropriate')
        raise ValueError('nargs for %s actions must be != 0; %s'
                         % (kind, hint))
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None, deprecated=False):
        _check_store_nargs(nargs, const, 'store')
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None, deprecated=False):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None, deprecated=False):
        super().__init__(option_strings=option_strings, dest=dest, const=True,
                         default=default, required=required, help=help,
                         deprecated=deprecated)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None, deprecated=False):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=False, default=default, required=required,
                         help=help, deprecated=deprecated)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None, deprecated=False):
        _check_store_nargs(nargs, const, 'append')
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None, deprecated=False):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None, deprecated=False):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None, deprecated=False):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS,
                 help="show program's version number and exit",
                 deprecated=False):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help,
                         deprecated=deprecated)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        text = formatter.format_help()
        parser._print_message(text, _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The action behind add_subparsers(): picks a parser by name."""

    class _ChoicesPseudoAction(Action):
        # Stands for one sub-command in the help listing.

        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help,
                             metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        self._deprecated = set()
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, *, deprecated=False, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self,
                                    'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            help = kwargs.pop('help')
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        if deprecated:
            self._deprecated.add(name)
            self._deprecated.update(aliases)
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            subparser = self._name_parser_map[name]
        except KeyError:
            msg = 'unknown parser %r (choices: %s)' % (
                name, ', '.join(self._name_parser_map))
            raise ArgumentError(self, msg)
        if name in self._deprecated:
            parser._warning("command '%s' is deprecated" % name)
        # The sub-parser fills a fresh namespace whose values then override
        # the parent's, so that sub-parser defaults win.
        subnamespace, rest = subparser.parse_known_args(rest, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if rest:
            if not hasattr(namespace, _UNRECOGNIZED_ARGS):
                setattr(namespace, _UNRECOGNIZED_ARGS, [])
            getattr(namespace, _UNRECOGNIZED_ARGS).extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


# ---------------------------------------------------------------------------
# Type factories

class FileType(object):
    """A type= callable that opens the named file with fixed open() arguments.

    '-' stands for stdin or stdout, whichever the mode calls for.
    """

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        for name, value in (('encoding', self._encoding),
                            ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------------------
# Namespace

class Namespace(_AttributeHolder):
    """The attribute bag that parse_args() fills in and returns.

    Two namespaces are equal when their attributes are; 'in' tests for an
    attribute name.
    """

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__



# ---------------------------------------------------------------------------
# Containers of actions

class _ActionsContainer(object):
    """What parsers and argument groups share: adding and finding actions."""

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler

        self._registries = {}
        for name, cls in (
                (None, _StoreAction), ('store', _StoreAction),
                ('store_const', _StoreConstAction),
                ('store_true', _StoreTrueAction),
                ('store_false', _StoreFalseAction),
                ('append', _AppendAction),
                ('append_const', _AppendConstAction),
                ('count', _CountAction), ('help', _HelpAction),
                ('version', _VersionAction), ('parsers', _SubParsersAction),
                ('extend', _ExtendAction)):
            self.register('action', name, cls)

        # Fails early on an unknown conflict handler name.
        self._get_handler()

        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_re = _re.compile(r'^-\d+$|^-\d*\.\d+$')
        # A one-element list once an option looks like a negative number;
        # a list so that groups share it with their parser.
        self._negative_like_options = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """Define an argument: a positional by a bare name, or an optional by
        one or more prefixed option strings, configured by keywords (action,
        nargs, default, type, ...)."""
        # A single name without a prefix character makes a positional.
        positional = not args or (len(args) == 1
                                  and args[0][0] not in self.prefix_chars)
        if positional and args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional '
                             'argument')
        if positional:
            normalize = self._get_positional_kwargs
        else:
            normalize = self._get_optional_kwargs
        kwargs = normalize(*args, **kwargs)

        if 'default' not in kwargs:
            # set_defaults() wins over the parser-wide argument_default.
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs.update(default=self._defaults[dest])
            elif self.argument_default is not None:
                kwargs.update(default=self.argument_default)

        factory = self._pop_action_class(kwargs)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**kwargs)

        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (converter,))

        # Formatting the usage now reports a bad nargs or metavar at once.
        if hasattr(self, '_get_formatter'):
            try:
                probe = self._get_formatter()
                probe._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match '
                                 'nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        new_group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(new_group)
        return new_group

    def add_mutually_exclusive_group(self, **kwargs):
        new_group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(new_group)
        return new_group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for name in action.option_strings:
            self._option_string_actions[name] = action
            if (self._negative_number_re.match(name)
                    and not self._negative_like_options):
                self._negative_like_options.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # Groups are matched by title, so a parent's groups merge into ours.
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named '
                                 '%r' % (group.title,))
            by_title[group.title] = group

        # Where each of the container's actions is to be added.
        destination = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            target = by_title[group.title]
            for action in group._group_actions:
                destination[action] = target

        for group in container._mutually_exclusive_groups:
            if group._container is container:
                owner = self
            else:
                owner = by_title[group._container.title]
            exclusive = owner.add_mutually_exclusive_group(
                required=group.required)
            for action in group._group_actions:
                destination[action] = exclusive

        for action in container._actions:
            destination.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for "
                            "positionals")
        # A positional that may match nothing is optional, except '*'
        # without a default.
        nargs = kwargs.get('nargs')
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        elif nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        prefixes = self.prefix_chars
        names = []
        long_names = []
        for opt in args:
            if not opt or opt[0] not in prefixes:
                raise ValueError(
                    'invalid option string %r: must start with a character %r'
                    % (opt, prefixes))
            names.append(opt)
            if len(opt) > 1 and opt[1] in prefixes:
                long_names.append(opt)

        dest = kwargs.pop('dest', None)
        if dest is None:
            # The first long option names the destination, else the first.
            dest = (long_names or names)[0].lstrip(prefixes)
            if not dest:
                # (The message quotes the last option string given.)
                raise ValueError('dest= is required for options like %r'
                                 % opt)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=names)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _get_handler(self):
        name = '_handle_conflict_%s' % self.conflict_handler
        try:
            return getattr(self, name)
        except AttributeError:
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler)

    def _check_conflict(self, action):
        conflicts = []
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                conflicts.append((option_string,
                                  self._option_string_actions[option_string]))
        if conflicts:
            self._get_handler()(action, conflicts)

    def _handle_conflict_error(self, action, conflicting_actions):
        if len(conflicting_actions) == 1:
            message = 'conflicting option string: %s'
        else:
            message = 'conflicting option strings: %s'
        names = ', '.join([s for s, _ in conflicting_actions])
        raise ArgumentError(action, message % names)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The newer action takes the option strings; an older action left
        # with none disappears.
        for taken, old in conflicting_actions:
            old.option_strings.remove(taken)
            self._option_string_actions.pop(taken, None)
            if not old.option_strings:
                old.container._remove_action(old)


class _ArgumentGroup(_ActionsContainer):
    """A titled group of arguments in the help; shares its parser's tables."""

    def __init__(self, container, title=None, description=None, **kwargs):
        for setting in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(setting, getattr(container, setting))
        super().__init__(description=description, **kwargs)

        self.title = title
        self._group_actions = []

        # The tables are the container's own objects, so that whatever is
        # added through the group is known to the parser.
        for shared in ('_registries', '_actions', '_option_string_actions',
                       '_defaults', '_negative_like_options',
                       '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (or exactly one) may be given."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


# ---------------------------------------------------------------------------
# The parser

# nargs value -> regular expression over the word pattern; '-' stands for
# the '--' separator, which options never consume.
_NARGS_PATTERNS = {
    None: '(-*A-*)',
    OPTIONAL: '(-*A?-*)',
    ZERO_OR_MORE: '(-*[A-]*)',
    ONE_OR_MORE: '(-*A[A-]*)',
    REMAINDER: '([-AO]*)',
    PARSER: '(-*A[-AO]*)',
    SUPPRESS: '(-*-*)',
}

_NARGS_ERRORS = {
    None: 'expected one argument',
    OPTIONAL: 'expected at most one argument',
    ONE_OR_MORE: 'expected at least one argument',
}


class _Parse(object):
    """The state of one parse_known_args() call over a list of words."""

    def __init__(self, parser, namespace, words):
        self.parser = parser
        self.namespace = namespace
        self.words = words
        self.seen = set()
        self.seen_non_default = set()
        self.warned = set()
        self.extras = []
        self.positionals = parser._get_positional_actions()

        # Actions that may not be used together, from exclusive groups.
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                others = self.conflicts.setdefault(action, [])
                others.extend(members[:i])
                others.extend(members[i + 1:])

        # Classify each word; everything after '--' is an argument.
        self.option_at = {}
        letters = []
        after_separator = False
        for i, word in enumerate(words):
            if after_separator:
                letters.append('A')
            elif word == '--':
                letters.append('-')
                after_separator = True
            else:
                found = parser._parse_optional(word)
                if found is None:
                    letters.append('A')
                else:
                    self.option_at[i] = found
                    letters.append('O')
        self.pattern = ''.join(letters)

    def take_action(self, action, strings, option_string=None):
        parser = self.parser
        self.seen.add(action)
        values = parser._get_values(action, strings)
        # Only a value other than the default counts against exclusivity,
        # so that a default passed explicitly is not a conflict.
        if values is not action.default:
            self.seen_non_default.add(action)
            for other in self.conflicts.get(action, []):
                if other in self.seen_non_default:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _get_action_name(other))
        if values is not SUPPRESS:
            action(parser, self.namespace, values, option_string)

    def consume_optional(self, start):
        parser = self.parser
        words = self.words
        action, option_string, sep, explicit_arg = self.option_at[start][0]

        todo = []
        while True:
            if action is None:
                self.extras.append(words[start])
                return start + 1
            if explicit_arg is None:
                first = start + 1
                count = parser._match_argument(action, self.pattern[first:])
                stop = first + count
                todo.append((action, words[first:stop], option_string))
                break
            count = parser._match_argument(action, 'A')
            chars = parser.prefix_chars
            if (count == 0 and option_string[1] not in chars
                    and explicit_arg != ''):
                # A flag such as -x given as '-xyz': the rest holds more
                # single-letter flags.
                if sep or explicit_arg[0] in chars:
                    raise ArgumentError(action, 'ignored explicit argument %r'
                                        % explicit_arg)
                todo.append((action, [], option_string))
                char = option_string[0]
                option_string = char + explicit_arg[0]
                if option_string in parser._option_string_actions:
                    action = parser._option_string_actions[option_string]
                    explicit_arg = explicit_arg[1:]
                    if not explicit_arg:
                        sep = explicit_arg = None
                    elif explicit_arg[0] == '=':
                        sep = '='
                        explicit_arg = explicit_arg[1:]
                    else:
                        sep = ''
                else:
                    self.extras.append(char + explicit_arg)
                    stop = start + 1
                    break
            elif count == 1:
                stop = start + 1
                todo.append((action, [explicit_arg], option_string))
                break
            else:
                raise ArgumentError(action, 'ignored explicit argument %r'
                                    % explicit_arg)

        for action, strings, option_string in todo:
            if action.deprecated and option_string not in self.warned:
                parser._warning("option '%s' is deprecated" % option_string)
                self.warned.add(option_string)
            self.take_action(action, strings, option_string)
        return stop

    def consume_positionals(self, start):
        parser = self.parser
        words = self.words
        counts = parser._match_arguments_partial(self.positionals,
                                                 self.pattern[start:])
        for action, count in zip(self.positionals, counts):
            strings = words[start:start + count]
            start += count
            if strings and action.deprecated and action.dest not in self.warned:
                parser._warning("argument '%s' is deprecated" % action.dest)
                self.warned.add(action.dest)
            self.take_action(action, strings)
        self.positionals[:] = self.positionals[len(counts):]
        return start

    def run(self):
        words = self.words
        start = 0
        last_option = max(self.option_at) if self.option_at else -1
        while start <= last_option:
            next_option = start
            while next_option <= last_option:
                if next_option in self.option_at:
                    break
                next_option += 1
            if start != next_option:
                end = self.consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in self.option_at:
                # Words no positional wanted, before the next option.
                self.extras.extend(words[start:next_option])
                start = next_option
            start = self.consume_optional(start)

        stop = self.consume_positionals(start)
        self.extras.extend(words[stop:])

        self.check_required()
        return self.namespace, self.extras

    def check_required(self):
        parser = self.parser
        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            # A string default is converted only when it is used, so the
            # type function never runs twice.
            elif (action.default is not None
                  and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest,
                        parser._get_value(action, action.default))
        if missing:
            raise ArgumentError(None, 'the following arguments are required: '
                                '%s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if any(a in self.seen_non_default for a in group._group_actions):
                continue
            names = [_get_action_name(a) for a in group._group_actions
                     if a.help is not SUPPRESS]
            raise ArgumentError(None, 'one of the arguments %s is required'
                                % ' '.join(names))


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a list of command-line strings into a Namespace.

    The constructor's keywords set the program name and help texts (prog,
    usage, description, epilog), reuse the arguments of other parsers
    (parents), choose the help layout (formatter_class), set the option
    prefixes and the prefix of argument files (prefix_chars,
    fromfile_prefix_chars), and decide on a default for every argument,
    how clashing option strings are handled, whether -h/--help is added,
    whether long options may be abbreviated and whether errors exit the
    program or raise ArgumentError (exit_on_error).
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)

        if '-' in prefix_chars:
            default_prefix = '-'
        else:
            default_prefix = prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')

        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    # Optional and positional argument management

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            raise ArgumentError(None, 'cannot have multiple subparser '
                                'arguments')
        if 'parser_class' not in kwargs:
            kwargs['parser_class'] = type(self)
        if 'title' in kwargs or 'description' in kwargs:
            # A titled group of its own in the help.
            group_title = kwargs.pop('title', 'subcommands')
            group_text = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(group_title, group_text)
        else:
            self._subparsers = self._positionals

        # Sub-parsers are named after this parser and its positionals.
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(None, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            usage_line = formatter.format_help()
            kwargs['prog'] = usage_line.strip()

        make_action = self._pop_action_class(kwargs, 'parsers')
        subparsers_action = make_action(option_strings=[], **kwargs)
        self._subparsers._add_action(subparsers_action)
        return subparsers_action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # Parsing

    def parse_args(self, args=None, namespace=None):
        return self._no_leftovers(self.parse_known_args(args, namespace))

    def _no_leftovers(self, parsed):
        namespace, extras = parsed
        if extras:
            self._fail('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        return self._parse_known_args2(args, namespace)

    def parse_intermixed_args(self, args=None, namespace=None):
        return self._no_leftovers(
            self.parse_known_intermixed_args(args, namespace))

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Two passes: first the optionals with every positional switched
        # off, then the positionals over the words left over.
        positionals = [a for a in self._actions if not a.option_strings]
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with '
                                'nargs=%s' % action.nargs)
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                if action in positionals:
                    raise TypeError('parse_intermixed_args: positional in '
                                    'mutuallyExclusiveGroup')
        saved_usage = self.usage
        try:
            if self.usage is None:
                # Errors of either pass show the full usage.
                self.usage = self.format_usage()[len('usage: '):]
            saved = [(a, a.nargs, a.default) for a in positionals]
            try:
                for action in positionals:
                    action.nargs = SUPPRESS
                    action.default = SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s'
                                      % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default

            saved_required = [(a, a.required) for a in self._actions
                              if a.option_strings]
            saved_group_required = [(g, g.required)
                                    for g in self._mutually_exclusive_groups]
            try:
                for action, _ in saved_required:
                    action.required = False
                for group in self._mutually_exclusive_groups:
                    group.required = False
                namespace, extras = self.parse_known_args(remaining,
                                                          namespace)
            finally:
                for action, required in saved_required:
                    action.required = required
                for group, required in saved_group_required:
                    group.required = required
        finally:
            self.usage = saved_usage
        return namespace, extras

    def _fail(self, message):
        if self.exit_on_error:
            self.error(message)
        raise ArgumentError(None, message)

    def _parse_known_args2(self, args, namespace):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()

        # Defaults go in first; attributes already set are left alone.
        for action in self._actions:
            dest = action.dest
            if (dest is not SUPPRESS and action.default is not SUPPRESS
                    and not hasattr(namespace, dest)):
                setattr(namespace, dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)

        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))

        # Words a sub-parser did not recognise come back to the caller.
        try:
            leftover = getattr(namespace, _UNRECOGNIZED_ARGS)
        except AttributeError:
            pass
        else:
            delattr(namespace, _UNRECOGNIZED_ARGS)
            args.extend(leftover)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            # '@file' words are replaced by the file's arguments first.
            expanded = self._read_args_from_files(arg_strings)
            return _Parse(self, namespace, expanded).run()
        return _Parse(self, namespace, arg_strings).run()

    def _read_args_from_files(self, arg_strings):
        result = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in self.fromfile_prefix_chars:
                result.append(arg_string)
                continue
            try:
                with open(arg_string[1:],
                          encoding=_sys.getfilesystemencoding(),
                          errors=_sys.getfilesystemencodeerrors()) as f:
                    inner = []
                    for line in f.read().splitlines():
                        inner.extend(self.convert_arg_line_to_args(line))
                    result.extend(self._read_args_from_files(inner))
            except OSError as err:
                raise ArgumentError(None, str(err))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        match = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if match is None:
            msg = _NARGS_ERRORS.get(action.nargs)
            if msg is None:
                if action.nargs == 1:
                    msg = 'expected %s argument' % action.nargs
                else:
                    msg = 'expected %s arguments' % action.nargs
            raise ArgumentError(action, msg)
        return len(match.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # As many positionals as possible, from the left, take their words.
        patterns = [self._get_nargs_pattern(a) for a in actions]
        for count in range(len(actions), 0, -1):
            found = _re.match(''.join(patterns[:count]), arg_strings_pattern)
            if found is not None:
                return [len(s) for s in found.groups()]
        return []

    def _parse_optional(self, arg_string):
        """None for an argument, else the list of options it may mean.

        Each option is (action, option_string, sep, explicit_arg); an
        unknown option has action None.
        """
        if not arg_string:
            return None
        if arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return [(known[arg_string], arg_string, None, None)]
        if len(arg_string) == 1:
            return None
        # '--name=value'
        name, sep, value = arg_string.partition('=')
        if sep and name in known:
            return [(known[name], name, sep, value)]
        found = self._get_option_tuples(arg_string)
        if len(found) > 1:
            names = ', '.join([t[1] for t in found])
            raise ArgumentError(None, 'ambiguous option: %s could match %s'
                                % (arg_string, names))
        if found:
            return found
        # Negative numbers are arguments unless some option looks like one.
        if self._negative_number_re.match(arg_string):
            if not self._negative_like_options:
                return None
        if ' ' in arg_string:
            return None
        return [(None, arg_string, None, None)]

    def _get_option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        actions = self._option_string_actions
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                prefix, sep, explicit_arg = option_string.partition('=')
                if not sep:
                    sep = explicit_arg = None
                for name in actions:
                    if name.startswith(prefix):
                        result.append((actions[name], name, sep, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            # '-xVALUE' may be a short option with its value attached, or
            # an abbreviation of a single-dash long option.
            short_prefix = option_string[:2]
            short_arg = option_string[2:]
            for name in actions:
                if name == short_prefix:
                    result.append((actions[name], name, '', short_arg))
                elif self.allow_abbrev and name.startswith(option_string):
                    result.append((actions[name], name, None, None))
        else:
            raise ArgumentError(None, 'unexpected option string: %s'
                                % option_string)
        return result

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        try:
            pattern = _NARGS_PATTERNS[nargs]
        except (KeyError, TypeError):
            pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
        # Options never take the '--' separator as a value.
        if action.option_strings:
            pattern = pattern.replace('-*', '').replace('-', '')
        return pattern

    # Value conversion

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        # The first '--' given to a positional is the separator, not a
        # value; sub-commands and REMAINDER keep everything.
        if not action.option_strings and nargs not in (PARSER, REMAINDER):
            if '--' in arg_strings:
                arg_strings = list(arg_strings)
                arg_strings.remove('--')
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str) and value is not SUPPRESS:
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and nargs == ZERO_OR_MORE
              and not action.option_strings):
            if action.default is not None:
                value = action.default
                # The default as a whole is checked against the choices.
                self._check_value(action, value)
            else:
                value = arg_strings
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, word) for word in arg_strings]
            if nargs == PARSER:
                # Only the sub-command name is checked against the choices.
                self._check_value(action, value[0])
            elif nargs != REMAINDER:
                for item in value:
                    self._check_value(action, item)
        return value

    def _get_value(self, action, arg_string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            # Named after the type= value (its __name__, else its repr).
            try:
                type_name = action.type.__name__
            except AttributeError:
                type_name = repr(action.type)
            raise ArgumentError(action, 'invalid %s value: %r'
                                % (type_name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, choices))

    # Help formatting

    def _formatter_with_usage(self):
        formatter = self._get_formatter()
        groups = self._mutually_exclusive_groups
        formatter.add_usage(self.usage, self._actions, groups)
        return formatter

    def format_usage(self):
        return self._formatter_with_usage().format_help()

    def format_help(self):
        formatter = self._formatter_with_usage()
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    # Output

    def print_usage(self, file=None):
        text = self.format_usage()
        self._print_message(text, _sys.stdout if file is None else file)

    def print_help(self, file=None):
        text = self.format_help()
        self._print_message(text, _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    # Exiting

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, file=_sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and 'PROG: error: MESSAGE' to stderr, then exit
        with status 2.  Overrides should also exit or raise."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    def _warning(self, message):
        self._print_message('%s: warning: %s\n' % (self.prog, message),
                            _sys.stderr)
