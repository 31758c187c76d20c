# Tracebacks show source lines of pseudo-files ("<demo>") that a program put in linecache.
import linecache, traceback
linecache.cache['<demo>'] = (9, None, ['x = 1\n', 'y = 1/0\n'], '<demo>')
try:
    exec(compile('x = 1\ny = 1/0\n', '<demo>', 'exec'))
except ZeroDivisionError as e:
    print(''.join(traceback.format_exception(e)[-2:]))
exec(compile('x = 1\ny = 1/0\n', '<demo>', 'exec'))
