"""Logging: loggers arranged in a dotted hierarchy, handlers, filters and formatters.

A program asks getLogger(name) for a logger and calls its debug/info/warning/error/
critical methods; each call that passes the logger's level becomes a LogRecord, which
goes through the logger's filters and then to the handlers of the logger and of its
ancestors (while propagate is true). A handler filters the record again, formats it
with its Formatter and writes it out. When no handler is found anywhere, records of
level WARNING and above go to sys.stderr through the lastResort handler.

The observable behaviour (messages, record attributes, output formats) follows
CPython's logging package.
"""

import collections.abc
import io
import os
import re
import sys
import threading
import time
import traceback
import warnings
from string import Template
from string import Formatter as _StringFormatter
from types import GenericAlias

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping',
           'getHandlerByName', 'getHandlerNames']

# When true, errors raised while emitting a record are reported on stderr by
# Handler.handleError; when false they are silently ignored.
raiseExceptions = True

# Which optional pieces of information a LogRecord collects.
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True

_startTime = time.time_ns()

# The module-wide lock: it guards the logger tree, the level tables and the
# handler registries. Reentrant, because configuration calls nest.
_lock = threading.RLock()


# ---------------------------------------------------------------------------
# Levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    """Return a copy of the mapping from level names to level numbers."""
    return _nameToLevel.copy()


def getLevelName(level):
    """Return the name of a level number, or the number of a level name.

    Unknown values give the string 'Level %s' % level.
    """
    name = _levelToName.get(level)
    if name is not None:
        return name
    number = _nameToLevel.get(level)
    if number is not None:
        return number
    return "Level %s" % level


def addLevelName(level, levelName):
    """Associate levelName with the level number level (both directions)."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    # Levels may be given as numbers or as registered names.
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1)


# Frames whose code lives in this file are skipped when looking for the caller
# of a logging call.
_srcfile = os.path.normcase(_checkLevel.__code__.co_filename)
_pkgdir = os.path.dirname(_checkLevel.__code__.co_filename)


def _is_internal_frame(frame):
    path = os.path.normcase(frame.f_code.co_filename)
    if path == _srcfile:
        return True
    # The import machinery's frames are not callers either.
    return "importlib" in path and "_bootstrap" in path


# ---------------------------------------------------------------------------
# Records

class LogRecord(object):
    """Everything that is known about one logging event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time_ns()
        self.name = name
        self.msg = msg
        # log('%(a)s', {'a': 1}): a single non-empty mapping argument is used
        # directly, so that the message can refer to its keys.
        if (args and len(args) == 1 and isinstance(args[0], collections.abc.Mapping)
                and args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            base = os.path.basename(pathname)
            module = os.path.splitext(base)[0]
        except (ValueError, TypeError, AttributeError):
            base, module = pathname, "Unknown module"
        self.filename = base
        self.module = module
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now / 1e9
        # Whole milliseconds of the fractional second, as a float.
        self.msecs = (now % 1_000_000_000) // 1_000_000 + 0.0
        if self.msecs == 999.0 and int(self.created) != now // 1_000_000_000:
            # The float seconds were rounded up into the next second.
            self.msecs = 0.0
        self.relativeCreated = (now - _startTime) / 1e6
        self.thread = self.threadName = None
        if logThreads:
            self.thread = threading.get_ident()
            current = threading.current_thread()
            self.threadName = current.name
        self.processName = None
        if logMultiprocessing:
            # Without multiprocessing loaded this can only be the main process.
            self.processName = 'MainProcess'
            mp = sys.modules.get('multiprocessing')
            if mp is not None:
                try:
                    proc = mp.current_process()
                    self.processName = proc.name
                except Exception:
                    pass
        if logProcesses and hasattr(os, 'getpid'):
            self.process = os.getpid()
        else:
            self.process = None
        self.taskName = None
        if logAsyncioTasks:
            asyncio = sys.modules.get('asyncio')
            if asyncio is not None:
                try:
                    task = asyncio.current_task()
                    self.taskName = task.get_name()
                except Exception:
                    pass

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """Return the message with the arguments merged in (msg % args)."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Set the callable used to create LogRecords."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """Return the callable used to create LogRecords."""
    return _logRecordFactory


def makeLogRecord(dict):
    """Make a LogRecord whose attributes are those of the given dictionary."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------------------
# Formatting styles

class PercentStyle(object):
    """%-style formats: '%(levelname)s:%(message)s'."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    validation_pattern = re.compile(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]',
                                    re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raise ValueError unless the format names at least one field."""
        if not self.validation_pattern.search(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        if self._defaults:
            return self._fmt % (self._defaults | record.__dict__)
        return self._fmt % record.__dict__

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    """str.format-style formats: '{levelname}:{message}'."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    fmt_spec = re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$',
                          re.I)
    field_spec = re.compile(r'^(?:\d+|\w+)(?:\.\w+|\[[^]]+\])*$')

    def _format(self, record):
        if self._defaults:
            return self._fmt.format(**self._defaults, **record.__dict__)
        return self._fmt.format(**record.__dict__)

    def validate(self):
        """Raise ValueError unless the format is well formed and names a field."""
        names = set()
        try:
            for _, field, spec, conversion in _StringFormatter().parse(self._fmt):
                if field:
                    if not self.field_spec.match(field):
                        raise ValueError('invalid field name/expression: %r' % field)
                    names.add(field)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not self.fmt_spec.match(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not names:
            raise ValueError('invalid format: no fields')


# The placeholders of string.Template: $$, $name, ${name}, or a bare $.
_template_placeholder = re.compile(
    r'\$(?:(?P<escaped>\$)|(?P<named>[_a-z][_a-z0-9]*)|\{(?P<braced>[_a-z][_a-z0-9]*)\}'
    r'|(?P<invalid>))', re.I | re.A)


class StringTemplateStyle(PercentStyle):
    """string.Template-style formats: '${levelname}:${message}'."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return self._fmt.find('$asctime') >= 0 or self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raise ValueError on a bare '$' or when no field is named."""
        names = set()
        for m in _template_placeholder.finditer(self._fmt):
            name = m.group('named') or m.group('braced')
            if name:
                names.add(name)
            elif m.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not names:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        if self._defaults:
            return self._tpl.substitute(**self._defaults, **record.__dict__)
        return self._tpl.substitute(**record.__dict__)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# Style character -> (style class, default format of basicConfig).
_STYLES = dict([
    ('%', (PercentStyle, BASIC_FORMAT)),
    ('{', (StrFormatStyle, "{levelname}:{name}:{message}")),
    ('$', (StringTemplateStyle, "${levelname}:${name}:${message}")),
])


def _style_error():
    return ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))


# ---------------------------------------------------------------------------
# Formatters

class Formatter(object):
    """Turns a LogRecord into text.

    fmt names record attributes in the chosen style ('%', '{' or '$'); besides
    the record's own attributes it may use 'message' (the merged message) and
    'asctime' (the creation time formatted with datefmt, or with
    default_time_format plus milliseconds).
    """

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise _style_error()
        style_class = _STYLES[style][0]
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """Return the record's creation time as text."""
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """Return the traceback text for an exc_info tuple, without a final newline."""
        sio = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, sio)
        text = sio.getvalue()
        sio.close()
        if text[-1:] == "\n":
            text = text[:-1]
        return text

    def usesTime(self):
        """Whether the format refers to asctime."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        """Return the stack text as it is (a hook for subclasses)."""
        return stack_info

    def format(self, record):
        """Format a record: its message, then any exception and stack text."""
        record.message = record.getMessage()
        if self.usesTime():
            stamp = self.formatTime(record, self.datefmt)
            record.asctime = stamp
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            # Cached: every handler shows the same traceback text.
            shown = self.formatException(record.exc_info)
            record.exc_text = shown
        if record.exc_text:
            if text[-1:] != "\n":
                text += "\n"
            text += record.exc_text
        if record.stack_info:
            if text[-1:] != "\n":
                text += "\n"
            text += self.formatStack(record.stack_info)
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        parts = [self.formatHeader(records)]
        parts.extend(self.linefmt.format(record) for record in records)
        parts.append(self.formatFooter(records))
        return "".join(parts)


# ---------------------------------------------------------------------------
# Filters

class Filter(object):
    """Passes the records of one logger and its descendants.

    Filter('a.b') passes records of 'a.b' and 'a.b.c' but not of 'a.bb' or
    'a'. The default, Filter(''), passes everything.
    """

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen:self.nlen + 1] == "."


class Filterer(object):
    """The base of loggers and handlers: keeps a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Run the record through every filter.

        A filter is an object with a filter(record) method or a plain callable.
        Returns False as soon as one rejects the record; otherwise the record,
        or the LogRecord a filter returned in its place.
        """
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
            if isinstance(result, LogRecord):
                record = result
        return record


# ---------------------------------------------------------------------------
# Handlers

# Handlers by name, and every handler ever created (for shutdown). Weft has no
# weak references, so these hold their handlers; named ones leave _handlers
# when closed.
_handlers = {}
_handlerList = []


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(handler)


def getHandlerByName(name):
    """Return the handler that was given this name, or None."""
    return _handlers.get(name)


def getHandlerNames():
    """Return the names of the named handlers, as a frozenset."""
    return frozenset(_handlers)


class Handler(Filterer):
    """The base of handlers: filters records, formats them and emits them.

    Subclasses define emit(record).
    """

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        formatter = self.formatter if self.formatter else _defaultFormatter
        return formatter.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emit the record, under the handler's lock, if the filters pass it.

        Returns what the filters returned.
        """
        result = self.filter(record)
        if isinstance(result, LogRecord):
            record = result
        if result:
            with self.lock:
                self.emit(record)
        return result

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised by emit() on stderr.

        Prints the traceback, the stack of the logging call and the message and
        arguments, when raiseExceptions is true.
        """
        if not (raiseExceptions and sys.stderr):
            return
        exc = sys.exception()
        err = sys.stderr
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(exc, limit=None, file=err)
            err.write('Call stack:\n')
            # Show the stack from the first frame outside the logging package.
            frame = exc.__traceback__.tb_frame if exc is not None else None
            while frame is not None and os.path.dirname(frame.f_code.co_filename) == _pkgdir:
                frame = frame.f_back
            if frame is not None:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments - possible '
                          'formatting error.\nUse the traceback above to help find '
                          'the error.\n')
        except OSError:
            pass
        finally:
            exc = None

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records, each followed by terminator, to a stream.

    The stream defaults to sys.stderr (as it is when the handler is made).
    """

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch to another stream; return the old one (None if unchanged)."""
        if stream is self.stream:
            return None
        old = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return old

    def __repr__(self):
        name = getattr(self.stream, 'name', '')
        name = str(name)
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, getLevelName(self.level))

    @classmethod
    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


class FileHandler(StreamHandler):
    """Writes formatted records to a file, opened now or (delay=True) at the first record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        # Text mode: the locale encoding unless one is given (with the
        # EncodingWarning of io.text_encoding).
        self.encoding = encoding if "b" in mode else io.text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            # Only the Handler part now; the stream is opened by emit().
            Handler.__init__(self)
            self.stream = None
        else:
            stream = self._open()
            StreamHandler.__init__(self, stream)

    def close(self):
        with self.lock:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream, self.stream = self.stream, None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)

    def _open(self):
        opener = self._builtin_open
        return opener(self.baseFilename, self.mode, encoding=self.encoding,
                      errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            # After close() a 'w' handler stays closed rather than truncate the file.
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the time; used as lastResort."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


# Used when no handler is found for a record (see Logger.callHandlers).
lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """A handler that does nothing: libraries add it to stay quiet by default."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------
# The logger tree

class PlaceHolder(object):
    """Stands in the tree for a logger not yet created that has children."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def setLoggerClass(klass):
    """Set the class that getLogger() instantiates (a subclass of Logger)."""
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    """Return the class that getLogger() instantiates."""
    return _loggerClass


class Manager(object):
    """Holds the logger tree: the root and a dictionary of loggers by name."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """Return the logger of this name, creating it (and linking it) if needed."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if isinstance(existing, Logger):
                return existing
            logger = (self.loggerClass or _loggerClass)(name)
            logger.manager = self
            self.loggerDict[name] = logger
            if existing is not None:
                # A placeholder: its children were created first.
                self._fixupChildren(existing, logger)
            self._fixupParents(logger)
        return logger

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # The parent is the nearest existing ancestor; every missing ancestor
        # gets a placeholder that remembers this logger.
        name = alogger.name
        parent = None
        i = name.rfind(".")
        while i > 0 and parent is None:
            prefix = name[:i]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(node, Logger):
                parent = node
            else:
                node.append(alogger)
            i = name.rfind(".", 0, i - 1)
        alogger.parent = parent if parent is not None else self.root

    def _fixupChildren(self, ph, alogger):
        # Slot the new logger between each waiting child and that child's
        # current parent, unless the child already has a closer ancestor.
        name = alogger.name
        for child in ph.loggerMap.keys():
            if child.parent.name[:len(name)] != name:
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        with _lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel for logging calls, a node in the dotted hierarchy.

    Loggers are made by getLogger(name), never directly.
    """

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs['exc_info'] = exc_info
        self.error(msg, *args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        level = CRITICAL
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """Return (filename, lineno, function name, stack text) of the caller.

        Frames of the logging package are skipped; stacklevel counts the
        remaining frames outwards (1: the immediate caller).
        """
        frame = currentframe()
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0:
            outer = frame.f_back
            if outer is None:
                break      # not deep enough: use the outermost frame
            frame = outer
            if not _is_internal_frame(frame):
                stacklevel -= 1
        code = frame.f_code
        stack = None
        if stack_info:
            stack = ("Stack (most recent call last):\n"
                     + ''.join(traceback.format_stack(frame)))
            if stack.endswith('\n'):
                stack = stack[:-1]
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Create the LogRecord; extra's items become attributes of it."""
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        caller = ("(unknown file)", 0, "(unknown function)", None)
        if _srcfile:
            try:
                caller = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        fn, lno, func, sinfo = caller
        if exc_info:
            # An exception instance or True (the exception being handled) becomes
            # an exc_info tuple.
            if isinstance(exc_info, BaseException):
                exc = exc_info
                exc_info = (type(exc), exc, exc.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info,
                                 func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Pass the record to the handlers, unless disabled or filtered out."""
        if self.disabled:
            return
        result = self.filter(record)
        if not result:
            return
        if isinstance(result, LogRecord):
            record = result
        self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Whether this logger or an ancestor it propagates to has handlers."""
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                break
            logger = logger.parent
        return False

    def callHandlers(self, record):
        """Give the record to the handlers here and up the propagation chain."""
        found = 0
        logger = self
        while logger:
            for handler in logger.handlers:
                found += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
            logger = logger.parent if logger.propagate else None
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            else:
                # Said once per manager.
                manager = self.manager
                if raiseExceptions and not manager.emittedNoHandlerWarning:
                    sys.stderr.write('No handlers could be found for logger "%s"\n'
                                     % self.name)
                    manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The level of the nearest logger, upwards from this one, that has one set."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record of this level would be processed by this logger."""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            pass
        with _lock:
            if self.manager.disable >= level:
                enabled = False
            else:
                enabled = level >= self.getEffectiveLevel()
            self._cache[level] = enabled
        return enabled

    def getChild(self, suffix):
        """getLogger('a').getChild('b.c') is getLogger('a.b.c')."""
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def getChildren(self):
        """Return the set of loggers that are immediate children of this one."""
        def depth(logger):
            if logger is logger.manager.root:
                return 0
            return 1 + logger.name.count('.')

        with _lock:
            mine = depth(self)
            return set(node for node in self.manager.loggerDict.values()
                       if isinstance(node, Logger) and node.parent is self
                       and depth(node) == mine + 1)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is not self:
            raise TypeError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the tree, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def getLogger(name=None):
    """Return the logger with this name; the root logger when name is None or empty."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


class LoggerAdapter(object):
    """Wraps a logger to add contextual information (extra) to its records.

    process() decides what each call passes on; by default it replaces the
    call's extra with the adapter's, or merges the two when merge_extra is true.
    """

    def __init__(self, logger, extra=None, merge_extra=False):
        self.logger = logger
        self.extra = extra
        self.merge_extra = merge_extra

    def process(self, msg, kwargs):
        if self.merge_extra and "extra" in kwargs:
            # The call's own extra wins over the adapter's.
            own = kwargs["extra"]
            kwargs["extra"] = {**self.extra, **own}
        else:
            kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs['exc_info'] = exc_info
        self.log(ERROR, msg, *args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        level = CRITICAL
        self.log(level, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        target = self.logger
        target.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        return self.logger._log(level, msg, args, **kwargs)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))

    @classmethod
    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


# ---------------------------------------------------------------------------
# Module-level configuration and convenience functions

def basicConfig(**kwargs):
    """Give the root logger a handler and a format, unless it already has handlers.

    Keywords: filename, filemode, format, datefmt, style, level, stream,
    handlers, force, encoding, errors.
    """
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors') if 'errors' in kwargs else 'backslashreplace'
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if root.handlers:
            return
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        elif "stream" in kwargs or "filename" in kwargs:
            raise ValueError("'stream' or 'filename' should not be specified together "
                             "with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", 'a')
            if filename:
                if 'b' in mode:
                    errors = None
                else:
                    encoding = io.text_encoding(encoding)
                h = FileHandler(filename, mode, encoding=encoding, errors=errors)
            else:
                h = StreamHandler(kwargs.pop("stream", None))
            handlers = [h]
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        if style not in _STYLES:
            raise _style_error()
        fmt = kwargs.pop("format", _STYLES[style][1])
        formatter = Formatter(fmt, datefmt, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(formatter)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def critical(msg, *args, **kwargs):
    """Log on the root logger at CRITICAL (configuring it first if it has no handlers)."""
    if not root.handlers:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    """Log on the root logger at ERROR."""
    if not root.handlers:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log on the root logger at ERROR, with the current exception's traceback."""
    kwargs['exc_info'] = exc_info
    error(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    """Log on the root logger at WARNING."""
    if not root.handlers:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Log on the root logger at INFO."""
    if not root.handlers:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Log on the root logger at DEBUG."""
    if not root.handlers:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log on the root logger at the given level."""
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Ignore every logging call of this level and below, on all loggers."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, most recent first (run at exit)."""
    for entry in reversed(handlerList[:]):
        try:
            # Entries may also be callables returning a handler (weak references).
            h = entry if isinstance(entry, Handler) else entry()
            if h:
                try:
                    h.acquire()
                    if getattr(h, 'flushOnClose', True):
                        h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


# ---------------------------------------------------------------------------
# Routing warnings through logging

# warnings.showwarning as it was before captureWarnings(True), or None.
_saved_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    # Replaces warnings.showwarning: warnings go to the 'py.warnings' logger,
    # unless a file was given explicitly.
    if file is not None:
        previous = _saved_showwarning
        if previous is not None:
            previous(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning("%s", text)


def captureWarnings(capture):
    """Send warnings to the 'py.warnings' logger (True), or stop doing so (False)."""
    global _saved_showwarning
    if capture:
        if _saved_showwarning is None:
            _saved_showwarning, warnings.showwarning = warnings.showwarning, _showwarning
    elif _saved_showwarning is not None:
        warnings.showwarning, _saved_showwarning = _saved_showwarning, None
