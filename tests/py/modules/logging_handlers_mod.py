# logging.handlers: rotating files, buffering and memory handlers, queue handler and listener.
import io
import logging
import logging.handlers
import os
import queue

lg = logging.getLogger('hm')
lg.propagate = False
lg.setLevel(logging.DEBUG)
fmt = logging.Formatter('%(levelname)s %(message)s')


def files(base):
    result = []
    for name in sorted(n for n in os.listdir('.') if n.startswith(base)):
        with open(name) as fp:
            result.append((name, fp.read()))
    return result


base = 'hm_rotating.tmp.log'
rh = logging.handlers.RotatingFileHandler(base, maxBytes=40, backupCount=2)
rh.setFormatter(fmt)
lg.addHandler(rh)
for i in range(5):
    lg.info('message number %d', i)
    print(i, files(base))
print(type(rh).__mro__[1].__name__, rh.mode, rh.maxBytes, rh.backupCount,
      repr(rh) == '<RotatingFileHandler %s (NOTSET)>' % os.path.abspath(base))
rh.namer = lambda name: name + '.old'
lg.warning('with a namer, long enough to rotate')
print(files(base))
moves = []


def rotator(source, dest):
    moves.append((os.path.basename(source), os.path.basename(dest)))
    os.rename(source, dest)


rh.rotator = rotator
lg.warning('with a rotator, long enough to rotate')
print(moves)
rh.close()
lg.removeHandler(rh)
for name, _ in files(base):
    os.remove(name)
print(logging.handlers.RotatingFileHandler(base, mode='w', maxBytes=10, delay=True).mode)
nr = logging.handlers.RotatingFileHandler(base, mode='w', delay=True)
print(nr.mode, nr.stream, nr.shouldRollover(logging.makeLogRecord({})))
nr.close()
os.remove(base)

# MemoryHandler: flush on capacity, on flushLevel, on close.
out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(fmt)
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
lg.addHandler(mh)
lg.debug('one')
lg.debug('two')
print(len(mh.buffer), repr(out.getvalue()))
lg.debug('three')
print(len(mh.buffer), repr(out.getvalue()))
lg.info('four')
lg.error('five')
print(len(mh.buffer), out.getvalue().splitlines())
lg.info('six')
mh.setTarget(None)
mh.flush()
print(len(mh.buffer))
mh.setTarget(target)
mh.close()
print(out.getvalue().splitlines()[-1], mh.target)
lg.removeHandler(mh)
bh = logging.handlers.BufferingHandler(2)
lg.addHandler(bh)
lg.info('a')
print(len(bh.buffer), bh.shouldFlush(None) if False else '')
lg.info('b')
print(len(bh.buffer))
lg.removeHandler(bh)

# QueueHandler and QueueListener.
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
lg.addHandler(qh)
lg.info('queued %s', 'args')
try:
    1 / 0
except ZeroDivisionError:
    lg.exception('queued exception')
first = q.get_nowait()
print(first.msg, first.args, first.message, first.exc_info, first.levelname)
second = q.get_nowait()
print(second.msg.splitlines()[0], second.msg.splitlines()[-1], second.exc_info, second.exc_text)
qh.setFormatter(logging.Formatter('%(name)s> %(message)s'))
lout = io.StringIO()
listen_h = logging.StreamHandler(lout)
listen_h.setFormatter(logging.Formatter('[%(levelname)s] %(message)s'))
listen_h.setLevel(logging.WARNING)
listener = logging.handlers.QueueListener(q, listen_h)
listener.start()
for i in range(5):
    lg.info('via listener %d', i)
lg.warning('warning via listener')
listener.stop()
print(lout.getvalue(), end='')
print(q.unfinished_tasks, listener._thread)
listener = logging.handlers.QueueListener(q, listen_h, respect_handler_level=True)
listener.start()
lg.info('not shown: below the handler level')
lg.error('shown')
listener.stop()
print(lout.getvalue().splitlines()[-1])
