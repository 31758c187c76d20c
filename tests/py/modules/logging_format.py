# logging: LogRecord attributes, Formatter styles, validation, times and exception text.
import io
import logging
import time

# A record with a fixed creation time, so that asctime is deterministic.
FIXED = {'name': 'fmt.test', 'msg': 'value=%s', 'args': (42,), 'levelno': 20,
         'levelname': 'INFO', 'pathname': '/src/pkg/mod.py', 'filename': 'mod.py',
         'module': 'mod', 'lineno': 7, 'funcName': 'fn', 'created': 1700000000.25,
         'msecs': 250.0}
rec = logging.makeLogRecord(FIXED)
print(repr(rec))
print(rec.getMessage(), rec.exc_info, rec.exc_text, rec.stack_info, rec.taskName)

blank = logging.makeLogRecord({})
print(sorted(vars(blank)))
print(repr(blank), repr(blank.levelname), blank.getMessage() == '')

# Records made by a real call.
seen = []


class Keep(logging.Handler):
    def emit(self, record):
        seen.append(record)


lg = logging.getLogger('fmt')
lg.propagate = False
lg.setLevel(logging.DEBUG)
keeper = Keep()
lg.addHandler(keeper)


def some_function():
    lg.info('in %s with %d', 'some_function', 3)


some_function()
r = seen[-1]
print(r.name, r.levelname, r.levelno, r.filename, r.module, r.funcName, r.lineno)
print(r.msg, r.args, r.getMessage(), r.pathname == __file__ or r.pathname)
print(type(r.created).__name__, type(r.msecs).__name__, 0 <= r.msecs < 1000,
      r.relativeCreated >= 0, r.msecs == int(r.msecs))
print(r.threadName, r.processName, r.taskName, type(r.thread).__name__, type(r.process).__name__)
lg.info('%(a)s and %(b)s', {'a': 1, 'b': 2})
print(seen[-1].args, seen[-1].getMessage())
lg.info('%s', {})
print(repr(seen[-1].args), seen[-1].getMessage())
lg.info('%s %s', {'a': 1}, 2)
print(seen[-1].getMessage())
lg.info(['not', 'a', 'string'])
print(seen[-1].getMessage())

# extra becomes attributes; some names are protected.
lg.info('with extra', extra={'user': 'ann', 'ip': '10.0.0.1'})
print(seen[-1].user, seen[-1].ip)
for key in ('message', 'asctime', 'msg', 'levelname', 'taskName'):
    try:
        lg.info('x', extra={key: 1})
    except KeyError as e:
        print('KeyError', e)

# Styles.
for fmt, style in [('%(levelname)s:%(name)s:%(message)s', '%'),
                   ('%(levelname)-8s|%(lineno)04d|%(msecs)03d|%(message)r', '%'),
                   ('{levelname}:{name}:{message}', '{'),
                   ('{levelname:>8}|{lineno:04d}|{message!r}', '{'),
                   ('${levelname}:$name:${message} $$', '$'),
                   (None, '%'), (None, '{'), (None, '$')]:
    f = logging.Formatter(fmt, style=style)
    print(repr(f._fmt), '=>', f.format(logging.makeLogRecord(FIXED)))

# Validation errors.
for fmt, style in [('%(message)', '%'), ('plain', '%'), ('{', '{'), ('}', '{'),
                   ('{a!x}', '{'), ('{a:zz}', '{'), ('{a b}', '{'), ('none', '{'),
                   ('{}', '{'), ('$', '$'), ('${x', '$'), ('none', '$'), ('$$', '$'),
                   ('{a}', '#')]:
    try:
        logging.Formatter(fmt, style=style)
        print('accepted', repr(fmt))
    except ValueError as e:
        print('ValueError', e)
for fmt, style in [('{a[0]}', '{'), ('{a.b}', '{'), ('{0}', '{'), ('{m!r:>{w}}', '{'),
                   ('$a $$', '$'), ('%(x)5.2f', '%')]:
    print('accepted', repr(logging.Formatter(fmt, style=style)._fmt))
f = logging.Formatter('no fields', validate=False)
print(f.format(logging.makeLogRecord(FIXED)))
for style, fmt in (('%', '%(missing)s'), ('{', '{missing}'), ('$', '$missing')):
    try:
        logging.Formatter(fmt, style=style).format(logging.makeLogRecord(FIXED))
    except ValueError as e:
        print('ValueError', e)

# defaults fill in fields the record lacks.
for style, fmt in (('%', '%(tag)s %(message)s'), ('{', '{tag} {message}'),
                   ('$', '$tag $message')):
    f = logging.Formatter(fmt, style=style, defaults={'tag': '[none]'})
    print(f.format(logging.makeLogRecord(FIXED)),
          f.format(logging.makeLogRecord(dict(FIXED, tag='[set]'))) if style == '%' else '')

# Times: a fixed converter and explicit date formats.
class UTCFormatter(logging.Formatter):
    converter = time.gmtime


for datefmt in (None, '%H:%M', '%Y/%m/%d %H:%M:%S'):
    f = UTCFormatter('%(asctime)s %(message)s', datefmt=datefmt)
    print(f.usesTime(), f.format(logging.makeLogRecord(FIXED)))
f = UTCFormatter('{asctime} {message}', style='{')
print(f.usesTime(), f.format(logging.makeLogRecord(FIXED)))
for fmt in ('$asctime $message', '${asctime}', '$message'):
    print(UTCFormatter(fmt, style='$').usesTime(), end=' ')
print(logging.Formatter('%(message)s').usesTime())
f = UTCFormatter()
f.default_msec_format = '%s.%03d'
print(f.formatTime(logging.makeLogRecord(FIXED)))
f.default_msec_format = None
f.default_time_format = '%d %b %Y'
print(f.formatTime(logging.makeLogRecord(FIXED)), f.formatTime(logging.makeLogRecord(FIXED), '%j'))
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format,
      logging.Formatter.converter is time.localtime)
