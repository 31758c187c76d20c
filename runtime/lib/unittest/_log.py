"""assertLogs / assertNoLogs: capture what a logger emits inside a with block."""

import collections
import logging

from .case import _CaseBoundContext

# Frames of this module are hidden from reported tracebacks.
__unittest = True

# What assertLogs' context manager returns: the LogRecords caught and their
# formatted text ("LEVEL:logger:message").
_LoggingWatcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])


class _CapturingHandler(logging.Handler):
    # Keeps every record it is given, raw and formatted.

    def __init__(self):
        super().__init__()
        self.watcher = _LoggingWatcher([], [])

    def flush(self):
        pass

    def emit(self, record):
        watcher = self.watcher
        watcher.records.append(record)
        watcher.output.append(self.format(record))


class _AssertLogsContext(_CaseBoundContext):
    # While active, the logger's own handlers are replaced by one capturing
    # handler, its level is set to the wanted level and propagation is off.

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        super().__init__(test_case)
        self.logger_name = logger_name
        self.level = (logging._nameToLevel.get(level, level) if level
                      else logging.INFO)
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        target = self.logger_name
        if not isinstance(target, logging.Logger):
            target = logging.getLogger(target)
        self.logger = target
        handler = _CapturingHandler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old_handlers = list(target.handlers)
        self.old_level = target.level
        self.old_propagate = target.propagate
        target.handlers = [handler]
        target.setLevel(self.level)
        target.propagate = False
        return None if self.no_logs else handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        saved_handlers = self.old_handlers
        target = self.logger
        target.handlers = saved_handlers
        target.propagate = self.old_propagate
        target.setLevel(self.old_level)
        if exc_type is not None:
            return False
        caught = self.watcher.records
        if self.no_logs:
            if caught:
                self._raiseFailure(
                    "Unexpected logs found: %r" % (self.watcher.output,))
        elif not caught:
            self._raiseFailure("no logs of level %s or higher triggered on %s"
                               % (logging.getLevelName(self.level), target.name))
