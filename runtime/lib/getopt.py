"""Parser for command line options in the style of the C getopt() function.

getopt() stops at the first non-option argument, as POSIX getopt does;
gnu_getopt() lets options and operands mix, unless the short option
string starts with '+' or POSIXLY_CORRECT is set in the environment.

Short options are letters of `shortopts`; a letter followed by ':' takes
an argument.  Long options are names in `longopts`; a trailing '=' means
the option takes an argument.  A long option may be abbreviated to any
unique prefix of its name.
"""

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parse args; return (list of (option, value) pairs, remaining args)."""
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    opts = []
    # Slicing keeps the caller's sequence type for the operands returned.
    while args and args[0].startswith('-') and args[0] != '-':
        arg = args[0]
        args = args[1:]
        if arg == '--':
            break
        if arg.startswith('--'):
            args = _take_long(opts, arg[2:], longopts, args)
        else:
            args = _take_shorts(opts, arg[1:], shortopts, args)
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow operands (GNU style)."""
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    options_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    elif os.environ.get('POSIXLY_CORRECT'):
        options_first = True
    opts = []
    operands = []
    while args:
        arg = args[0]
        if arg == '--':
            operands.extend(args[1:])
            break
        if arg.startswith('--'):
            args = _take_long(opts, arg[2:], longopts, args[1:])
        elif arg.startswith('-') and arg != '-':
            args = _take_shorts(opts, arg[1:], shortopts, args[1:])
        elif options_first:
            operands.extend(args)
            break
        else:
            operands.append(arg)
            args = args[1:]
    return opts, operands


def _take_long(opts, text, longopts, args):
    """Record one long option; return the arguments left after it."""
    if '=' in text:
        name, value = text.split('=', 1)
    else:
        name, value = text, None
    wants_value, name = _match_long(name, longopts)
    if wants_value:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value = args[0]
            args = args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return args


def _match_long(name, longopts):
    """Return (takes a value, full name) for a possibly abbreviated name."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    # An exact match wins over longer names it is a prefix of.
    if name + '=' in candidates:
        return True, name
    if name in candidates:
        return False, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _take_shorts(opts, letters, shortopts, args):
    """Record a cluster of short options such as -abc or -ofile."""
    while letters:
        letter = letters[0]
        letters = letters[1:]
        if _short_wants_value(letter, shortopts):
            if not letters:
                if not args:
                    raise GetoptError('option -%s requires argument' % letter,
                                      letter)
                letters = args[0]
                args = args[1:]
            # The rest of the cluster is this option's value.
            opts.append(('-' + letter, letters))
            letters = ''
        else:
            opts.append(('-' + letter, ''))
    return args


def _short_wants_value(letter, shortopts):
    for i, c in enumerate(shortopts):
        if c == letter and letter != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)
