# logging: levels, the logger hierarchy, effective levels and logger classes.
import io
import logging

out = io.StringIO()


def show(*items):
    print(*items)


# Level names, both directions.
for value in (50, 40, 30, 20, 10, 0, 5, 'CRITICAL', 'FATAL', 'WARN', 'INFO',
              'warning', 'Level 5', None):
    show('getLevelName', repr(value), '->', repr(logging.getLevelName(value)))
show(logging.FATAL, logging.WARN, logging.CRITICAL, logging.NOTSET)
show(logging.getLevelNamesMapping())
m = logging.getLevelNamesMapping()
m['X'] = 1
show('copy', 'X' in logging.getLevelNamesMapping())

logging.addLevelName(25, 'NOTICE')
show(logging.getLevelName(25), logging.getLevelName('NOTICE'))
show(sorted(logging.getLevelNamesMapping().items(), key=lambda kv: (kv[1], kv[0])))

# Bad levels.
lg = logging.getLogger('levels')
for bad in ('nope', 'debug', 1.5, None, [10]):
    try:
        lg.setLevel(bad)
    except (ValueError, TypeError) as e:
        show(type(e).__name__, e)
lg.setLevel('NOTICE')
show(lg.level, lg, lg.getEffectiveLevel())
lg.setLevel(logging.NOTSET)

# The hierarchy: placeholders, parents fixed up when a parent appears later.
c = logging.getLogger('app.db.conn')
show(c.parent is logging.root, c.parent)
show(type(logging.Logger.manager.loggerDict['app.db']).__name__)
a = logging.getLogger('app')
show(c.parent is a, a.parent is logging.root)
d = logging.getLogger('app.db')
show(c.parent is d, d.parent is a)
x = logging.getLogger('app.db.conn.x.y')
show(x.parent is c)
mid = logging.getLogger('app.db.conn.x')
show(x.parent is mid, mid.parent is c)
show(logging.getLogger('app.db') is d, a.getChild('db') is d, a.getChild('db.conn') is c)
show(logging.root.getChild('app') is a, logging.getLogger() is logging.root,
     logging.getLogger('root') is logging.root, logging.getLogger('') is logging.root)
show(sorted(l.name for l in a.getChildren()))
show(sorted(l.name for l in d.getChildren()))
show(sorted(l.name for l in c.getChildren()))
show('app' in [l.name for l in logging.root.getChildren()])
try:
    logging.getLogger(42)
except TypeError as e:
    show('TypeError', e)

# Effective levels and isEnabledFor.
a.setLevel(logging.ERROR)
show(c.getEffectiveLevel(), c.isEnabledFor(logging.WARNING), c.isEnabledFor(logging.ERROR))
d.setLevel(logging.DEBUG)
show(c.getEffectiveLevel(), c.isEnabledFor(logging.DEBUG), repr(c), repr(a))
logging.disable(logging.INFO)
show(c.isEnabledFor(logging.INFO), c.isEnabledFor(logging.WARNING), logging.root.manager.disable)
logging.disable(logging.NOTSET)
show(c.isEnabledFor(logging.INFO))
logging.disable()
show(logging.root.manager.disable, c.isEnabledFor(logging.CRITICAL))
logging.disable(0)

# Handlers along the propagation chain.
h_app = logging.StreamHandler(out)
h_app.setFormatter(logging.Formatter('app-handler %(name)s %(levelname)s %(message)s'))
a.addHandler(h_app)
a.addHandler(h_app)
show(len(a.handlers), c.hasHandlers(), logging.getLogger('other').hasHandlers())
c.info('info from conn')
c.error('error from conn %s', 1)
c.debug('debug from conn %d', 2)
d.propagate = False
c.warning('not propagated past db')
show(c.hasHandlers())
d.propagate = True
c.disabled = True
c.error('disabled logger')
show(c.isEnabledFor(logging.CRITICAL))
c.disabled = False
c.critical('enabled again')
c.fatal('fatal is critical')
c.log(logging.ERROR, 'via log %s %s', 'a', 'b')
c.log(25, 'custom level')
try:
    c.log('ERROR', 'bad')
except TypeError as e:
    show('TypeError', e)
logging.raiseExceptions = False
c.log('ERROR', 'ignored')
logging.raiseExceptions = True
a.removeHandler(h_app)
a.removeHandler(h_app)
show(len(a.handlers))
print(out.getvalue(), end='')


# Logger classes.
class MyLogger(logging.Logger):
    def hello(self):
        return 'hello from ' + self.name


logging.setLoggerClass(MyLogger)
show(logging.getLoggerClass() is MyLogger)
ml = logging.getLogger('custom.one')
show(type(ml).__name__, ml.hello(), type(logging.getLogger('app')).__name__)
show(type(logging.Logger.manager.loggerDict['custom']).__name__)
logging.setLoggerClass(logging.Logger)
show(type(logging.getLogger('custom')).__name__, ml.parent.name)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    show('TypeError', e)
show(repr(logging.root), repr(logging.getLogger('custom.one')))
show(logging.Logger.root is logging.root, logging.root.name, logging.root.level)
