"""logging helpers for Weft's regression tests."""

import logging.handlers


class TestHandler(logging.handlers.BufferingHandler):
    """A handler keeping the __dict__ of every record it receives; matches()
    looks for one with the given items (using a support.Matcher)."""

    def __init__(self, matcher):
        logging.handlers.BufferingHandler.__init__(self, 0)
        self.matcher = matcher

    def shouldFlush(self):
        return False

    def emit(self, record):
        self.format(record)
        self.buffer.append(record.__dict__)

    def matches(self, **kwargs):
        return any(self.matcher.matches(d, **kwargs) for d in self.buffer)
