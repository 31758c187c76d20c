# logging: basicConfig, the module-level functions, LoggerAdapter, warnings, threads.
import io
import logging
import os
import sys
import threading
import warnings

root = logging.getLogger()

# Bad combinations.
for kwargs in ({'stream': sys.stdout, 'filename': 'x.log'},
               {'stream': sys.stdout, 'handlers': []},
               {'filename': 'x.log', 'handlers': []},
               {'style': '#'},
               {'format': 'no fields'},
               {'format': '{message', 'style': '{'}):
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print('ValueError', e)
print(root.handlers)
try:
    logging.basicConfig(stream=sys.stdout, colour='red', size=3)
except ValueError as e:
    print('ValueError', e)
print(root.handlers)
logging.basicConfig(stream=sys.stderr, level='DEBUG')
print(root.handlers, root.level)
logging.debug('not shown: the first call added a handler, so this one did nothing')

# force replaces the handlers (closing the old ones).
logging.basicConfig(stream=sys.stdout, level=logging.INFO, force=True,
                    format='{levelname}|{name}|{message}', style='{')
print(root.handlers, root.level)
logging.info('info %s', 'shown')
logging.debug('debug hidden')
logging.warning('warning')
logging.error('error %d', 2)
logging.critical('critical')
logging.fatal('fatal')
logging.log(logging.INFO, 'log at %s', 'INFO')
try:
    int('x')
except ValueError:
    logging.exception('module exception')
logging.getLogger('child.of.root').info('propagated')

logging.basicConfig(stream=sys.stdout, force=True, format='$levelname $message', style='$')
logging.warning('template style')
logging.basicConfig(stream=sys.stdout, force=True, format='%(levelname)s:%(message)s',
                    datefmt='%H')
print(root.handlers[0].formatter.datefmt, root.handlers[0].formatter._fmt)

# handlers=: formatters already set are kept.
keep = logging.StreamHandler(sys.stdout)
keep.setFormatter(logging.Formatter('KEEP %(message)s'))
fresh = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[keep, fresh], force=True, format='FRESH %(message)s')
logging.warning('two handlers')

# filename= and filemode=.
path = 'logging_config.tmp.log'
logging.basicConfig(filename=path, filemode='w', force=True, level=logging.DEBUG,
                    format='%(levelname)s %(message)s', encoding='utf-8')
print(type(root.handlers[0]).__name__, root.handlers[0].mode, root.handlers[0].encoding)
logging.debug('to file')
logging.info('caf\u00e9')
logging.basicConfig(stream=sys.stdout, force=True, format='%(message)s')
with open(path, encoding='utf-8') as fp:
    print(repr(fp.read()))
os.remove(path)

# LoggerAdapter.
base = logging.getLogger('adapt')
base.propagate = False
base.setLevel(logging.WARNING)
out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(name)s %(levelname)s [%(user)s] %(message)s'))
base.addHandler(h)
ad = logging.LoggerAdapter(base, {'user': 'ann'})
print(repr(ad), ad.name, ad.manager is logging.Logger.manager)
ad.warning('adapter %s', 'warning')
ad.info('hidden at WARNING')
ad.setLevel(logging.DEBUG)
print(ad.getEffectiveLevel(), ad.isEnabledFor(logging.DEBUG), ad.hasHandlers())
ad.debug('debug')
ad.error('error')
ad.critical('critical')
ad.log(logging.INFO, 'log %d', 1)
ad.info('extra replaced', extra={'user': 'bob'})
merged = logging.LoggerAdapter(base, {'user': 'ann', 'role': 'x'}, merge_extra=True)
merged.info('extra merged', extra={'user': 'bob'})
try:
    {}['k']
except KeyError:
    ad.exception('adapter exception')


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        msg, kwargs = super().process(msg, kwargs)
        return '[%s] %s' % (self.extra['user'], msg), kwargs


Prefix(base, {'user': 'cy'}).info('prefixed')
h.setFormatter(logging.Formatter('%(funcName)s %(lineno)d %(message)s'))


def where():
    ad.info('adapter caller')


where()
print(out.getvalue(), end='')

# Deprecated warn() and captureWarnings.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    base.warn('old warn')
    ad.warn('old adapter warn')
    logging.warn('old module warn')
for w in caught:
    print(w.category.__name__, w.message, w.filename, w.lineno)
print(out.getvalue().splitlines()[-2:])

logging.captureWarnings(True)
wlog = logging.getLogger('py.warnings')
wbuf = io.StringIO()
wh = logging.StreamHandler(wbuf)
wh.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)r'))
wlog.addHandler(wh)
warnings.warn('captured warning', UserWarning)
logging.captureWarnings(False)
print(wbuf.getvalue(), end='')

# Several threads share one handler.
tbuf = io.StringIO()
tlog = logging.getLogger('threads')
tlog.propagate = False
th = logging.StreamHandler(tbuf)
th.setFormatter(logging.Formatter('%(threadName)s %(message)s'))
tlog.addHandler(th)
tlog.setLevel(logging.INFO)


def work(n):
    for i in range(200):
        tlog.info('msg %d %d', n, i)


threads = [threading.Thread(target=work, args=(n,), name='worker-%d' % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = tbuf.getvalue().splitlines()
print(len(lines), sorted(set(line.split()[0] for line in lines)))
print(all(line == 'worker-%s msg %s %s' % (line.split()[2], line.split()[2], line.split()[3])
          for line in lines))
logging.shutdown()
print('done')
