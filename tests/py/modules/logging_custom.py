# logging: extension points (record factory, logger/handler/formatter subclasses),
# error reporting, lastResort's late binding to sys.stderr, and shutdown at exit.
import io
import logging
import sys

lg = logging.getLogger('m')

# lastResort writes to whatever sys.stderr is when the record is emitted.
real_stderr = sys.stderr
sys.stderr = io.StringIO()
lg.warning('captured %s', 'late')
captured = sys.stderr.getvalue()
sys.stderr = real_stderr
print(repr(captured))
print(logging.StreamHandler().stream is sys.stderr)


# A Handler subclass must define emit().
class NoEmit(logging.Handler):
    pass


lg.addHandler(NoEmit())
try:
    lg.warning('x')
except NotImplementedError as e:
    print('NotImplementedError', e)
lg.handlers.clear()


# handleError when even the message cannot be shown.
class Unprintable:
    def __str__(self):
        raise RuntimeError('no str')

    def __repr__(self):
        raise RuntimeError('no repr')


h = logging.StreamHandler(sys.stdout)
lg.addHandler(h)
sys.stderr = io.StringIO()
lg.warning(Unprintable())
lg.warning('%s', Unprintable())
captured = sys.stderr.getvalue()
sys.stderr = real_stderr
print([line for line in captured.splitlines() if not line.startswith('  ')])

# A record factory that adds an attribute.
original_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = original_factory(*args, **kwargs)
    record.custom = 'C'
    return record


logging.setLogRecordFactory(factory)
h.setFormatter(logging.Formatter('%(custom)s %(message)s'))
lg.warning('from the factory')
logging.setLogRecordFactory(original_factory)
print(logging.getLogRecordFactory() is logging.LogRecord)


# Overriding makeRecord.
class Marking(logging.Logger):
    def makeRecord(self, *args, **kwargs):
        record = super().makeRecord(*args, **kwargs)
        record.msg = 'made:' + record.msg
        return record


logging.setLoggerClass(Marking)
marked = logging.getLogger('m.marked')
logging.setLoggerClass(logging.Logger)
h.setFormatter(logging.Formatter('%(name)s %(message)s'))
marked.warning('hi')
print(lg.getChildren() == {marked}, marked.parent is lg)


# A logger filter may return a replacement record.
def tag(record):
    copy = logging.makeLogRecord(record.__dict__)
    copy.msg += ' [tagged]'
    return copy


lg.addFilter(tag)
lg.warning('filtered')
lg.filters.clear()

# Exception and stack together; a message already ending in a newline.
try:
    raise KeyError('k')
except KeyError:
    lg.warning('both', exc_info=True, stack_info=True)
try:
    raise KeyError('k2')
except KeyError:
    lg.warning('ends with newline\n', exc_info=True)


# Overriding formatException and formatStack.
class Short(logging.Formatter):
    def formatException(self, ei):
        return 'EXC ' + ei[0].__name__

    def formatStack(self, stack_info):
        return 'STACK %d lines' % len(stack_info.splitlines())


h.setFormatter(Short('%(levelname)s %(message)s'))
try:
    [][1]
except IndexError:
    lg.error('short', exc_info=True, stack_info=True)
h.setFormatter(logging.Formatter('%(name)s %(message)s'))

# BufferingFormatter.
bf = logging.BufferingFormatter()
records = [logging.makeLogRecord({'msg': 'a'}), logging.makeLogRecord({'msg': 'b'})]
print(repr(bf.format([])), repr(bf.format(records)))


class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '<%d>' % len(records)

    def formatFooter(self, records):
        return '</>'


print(Framed(logging.Formatter('%(msg)s;')).format(records))

# Named handlers.
print(logging.Handler().name)
named = logging.Handler()
named.name = 'n1'
named.name = 'n2'
print(sorted(logging.getHandlerNames()), named.get_name())
named.close()
print(sorted(logging.getHandlerNames()))
print(logging.Filter('a.b').name, logging.Filter('a.b').nlen)
print(logging.LoggerAdapter[int], logging.StreamHandler[int])
print(marked.__reduce__()[1], logging.root.__reduce__()[1])


# Handlers still alive at exit are flushed and closed by logging.shutdown (atexit).
class Noisy(logging.Handler):
    def emit(self, record):
        print('emit', record.getMessage())

    def flush(self):
        print('flush called')

    def close(self):
        print('close called')
        super().close()


lg.addHandler(Noisy())
lg.error('final')
print('end of script')
