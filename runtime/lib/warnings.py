"""Issuing warnings and filtering them."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1
_seen = set()


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def formatwarning(message, category, filename, lineno, line=None):
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _getline(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _getline(filename, lineno):
    # Through linecache, so pseudo-files (the -c command as "<string>") have lines too.
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _formatwarnmsg(msg):
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    if msg.source is not None:
        # A warning about an object (an unawaited coroutine, an unclosed file) can name
        # where it was allocated, when tracemalloc traces allocations.
        try:
            import tracemalloc
            suggest = not tracemalloc.is_tracing()
        except Exception:
            suggest = False
        if suggest:
            text += (f"{msg.category.__name__}: Enable tracemalloc to get the object "
                     f"allocation traceback\n")
    return text


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(_formatwarnmsg(msg))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    # A replaced showwarning gets the warning's fields; the default path keeps the source.
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in {"error", "ignore", "always", "all", "default", "module", "once"}:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    # Regular expressions, as CPython's: the message case-insensitively, matched at the start.
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in {"error", "ignore", "always", "all", "default", "module", "once"}:
        raise ValueError(f"invalid action: {action!r}")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return text.lower().startswith(pattern.lower()) if pattern else True
    return bool(pattern.match(text))


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(
            type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    except (ValueError, AttributeError):
        globals_ = sys.__dict__
        filename = "<sys>"
        lineno = 0
    module = globals_.get('__name__', '<string>')
    warn_explicit(message, category, filename, lineno, module, source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    action = defaultaction
    for item in filters:
        act, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            action = act
            break
    if action == "error":
        raise message
    if action == "ignore":
        return
    key = (text, category, lineno)
    if action in ("default", "module", "once"):
        if action == "once":
            key = (text, category)
        elif action == "module":
            key = (text, category, module)
        else:
            key = (text, category, filename, lineno)
        if key in _seen:
            return
        _seen.add(key)
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" %
                (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon exiting."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        global showwarning, _showwarnmsg_impl
        self._filters = filters[:]
        self._showwarning = showwarning
        self._seen = set(_seen)
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._showwarnmsg_impl = _showwarnmsg_impl
            showwarning = _showwarning_orig
            _showwarnmsg_impl = log.append
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning, _showwarnmsg_impl
        if self._record:
            _showwarnmsg_impl = self._showwarnmsg_impl
        filters[:] = self._filters
        _filters_mutated()
        showwarning = self._showwarning
        _seen.clear()
        _seen.update(self._seen)


def _setup_default_filters():
    for cat in (DeprecationWarning, PendingDeprecationWarning, ImportWarning,
                ResourceWarning):
        filters.append(("ignore", None, cat, None, 0))
    filters.insert(0, ("default", None, DeprecationWarning, "__main__", 0))


_setup_default_filters()


class _OptionError(Exception):
    """A -W option or $PYTHONWARNINGS entry that cannot be applied."""


def _getaction(action):
    if not action:
        return "default"
    for name in ("default", "always", "all", "ignore", "module", "once", "error"):
        if name.startswith(action):
            return name
    raise _OptionError(f"invalid action: {action!r}")


def _getcategory(category):
    if not category:
        return Warning
    if "." in category:
        modname, _, name = category.rpartition(".")
        try:
            module = __import__(modname, None, None, [name])
        except ImportError:
            raise _OptionError(f"invalid module name: {modname!r}") from None
    else:
        import builtins as module
        name = category
    try:
        found = getattr(module, name)
    except AttributeError:
        raise _OptionError(f"unknown warning category: {category!r}") from None
    if not isinstance(found, type) or not issubclass(found, Warning):
        raise _OptionError(f"invalid warning category: {category!r}")
    return found


def _setoption(arg):
    # action:message:category:module:lineno, trailing fields optional.
    fields = arg.split(":")
    if len(fields) > 5:
        raise _OptionError(f"too many fields (max 5): {arg!r}")
    fields += [""] * (5 - len(fields))
    action, message, category, module, lineno = (f.strip() for f in fields)
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r"\Z"
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError(f"invalid lineno {lineno!r}") from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


_processoptions(sys.warnoptions)


def _warn_unawaited_coroutine(coro):
    # Called by the interpreter when a coroutine that never ran is destroyed.
    warn(f"coroutine '{coro.__qualname__}' was never awaited", category=RuntimeWarning,
         stacklevel=2, source=coro)
