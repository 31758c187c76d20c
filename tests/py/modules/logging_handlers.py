# logging: handlers, filters, exception and stack text, handleError and lastResort.
import io
import logging
import os
import sys

lg = logging.getLogger('h')
lg.propagate = False
lg.setLevel(logging.DEBUG)
buf = io.StringIO()
sh = logging.StreamHandler(buf)
sh.setFormatter(logging.Formatter('%(levelname)s %(name)s: %(message)s'))
lg.addHandler(sh)

# Handler levels, terminator and setStream.
sh.setLevel(logging.INFO)
lg.debug('dropped by handler level')
lg.info('kept')
sh.terminator = ' <|>\n'
lg.warning('custom terminator')
sh.terminator = '\n'
other = io.StringIO()
print(sh.setStream(other) is buf, sh.setStream(other))
lg.error('to other')
sh.setStream(buf)
print(repr(other.getvalue()))
print(repr(sh), repr(logging.StreamHandler(sys.stdout)), repr(logging.NullHandler()))
sh.setLevel('NOTSET')

# Filters: Filter(name) semantics, callables, record-returning filters.
for name in ('', 'a.b', 'a'):
    f = logging.Filter(name)
    print(repr(name), [f.filter(logging.makeLogRecord({'name': n}))
                       for n in ('a', 'a.b', 'a.b.c', 'a.bc', 'ab', 'b')])
only_odd = lambda record: record.args[0] % 2 == 1
lg.addFilter(only_odd)
lg.addFilter(only_odd)
for i in range(4):
    lg.info('number %d', i)
lg.removeFilter(only_odd)
lg.removeFilter(only_odd)
print(len(lg.filters))


class Upper(logging.Filter):
    def filter(self, record):
        clone = logging.makeLogRecord(record.__dict__)
        clone.msg = str(record.msg).upper()
        return clone


sh.addFilter(Upper())
lg.info('replaced by filter')
sh.filters.clear()
lg.addFilter(logging.Filter('h.sub'))
lg.info('rejected: logger h is not under h.sub')
lg.filters.clear()
rec = logging.makeLogRecord({'name': 'h', 'msg': 'direct', 'levelno': 20, 'levelname': 'INFO'})
print(sh.handle(rec) is rec)
sh.addFilter(lambda r: False)
print(sh.handle(rec))
sh.filters.clear()

# Exceptions: exc_info=True, an instance, a tuple, and exception().
def fail():
    raise ValueError('bad value')


try:
    fail()
except ValueError as e:
    lg.error('caught', exc_info=True)
    saved = e
lg.warning('instance', exc_info=saved)
lg.warning('tuple', exc_info=(type(saved), saved, saved.__traceback__))
try:
    {}['missing']
except KeyError:
    lg.exception('exception() at %s', 'error level')
lg.exception('no exception active')
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError:
    lg.critical('chained', exc_info=True)

# exc_text is computed once and reused.
r = logging.makeLogRecord({'msg': 'cached', 'exc_info': (type(saved), saved, saved.__traceback__)})
f = logging.Formatter()
first = f.format(r)
r.exc_text = 'replaced text'
print(f.format(r))
print(first.endswith('ValueError: bad value'))


# stack_info and stacklevel.
def inner():
    lg.info('with stack', stack_info=True)
    lg.info('stacklevel 2', stacklevel=2)


def outer():
    inner()


outer()
sh.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d %(message)s'))
outer()
lg.info('deep', stacklevel=50)
print(buf.getvalue(), end='')

# handleError: a failing format; the report goes to stderr.
err = io.StringIO()
real_stderr, sys.stderr = sys.stderr, err
lg.info('%d items', 'not a number')
sys.stderr = real_stderr
lines = err.getvalue().splitlines()
print(lines[0], lines[1], sep='\n')
print(lines[lines.index('Call stack:') - 1])
print('\n'.join(lines[lines.index('Call stack:'):]))
logging.raiseExceptions = False
lg.info('%d items', 'silent')
logging.raiseExceptions = True

# lastResort: no handlers at all.
quiet = logging.getLogger('nohandlers')
quiet.propagate = False
quiet.warning('to stderr via lastResort %s', 1)
quiet.info('below lastResort level')
print(logging.lastResort, logging.lastResort.level)
saved_last, logging.lastResort = logging.lastResort, None
quiet.error('no lastResort')
quiet.error('reported once')
logging.lastResort = saved_last
quiet.addHandler(logging.NullHandler())
quiet.error('swallowed by NullHandler')

# FileHandler, named handlers, close.
path = 'logging_handlers.tmp.log'
fh = logging.FileHandler(path, mode='w')
print(repr(fh) == '<FileHandler %s (NOTSET)>' % os.path.abspath(path), fh.baseFilename == os.path.abspath(path))
fh.setFormatter(logging.Formatter('%(levelname)s|%(message)s'))
fh.name = 'file'
print(logging.getHandlerByName('file') is fh, 'file' in logging.getHandlerNames())
lg.addHandler(fh)
lg.info('line one')
lg.error('line two')
fh.close()
print(fh.stream, logging.getHandlerByName('file'))
lg.info('after close of w handler')
lg.removeHandler(fh)
dh = logging.FileHandler(path, delay=True)
print(dh.stream, os.path.exists(path))
lg.addHandler(dh)
lg.warning('appended')
dh.close()
lg.removeHandler(dh)
with open(path) as fp:
    print(repr(fp.read()))
os.remove(path)
