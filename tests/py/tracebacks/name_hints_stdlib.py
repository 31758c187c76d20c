# NameError hints: 'Did you forget to import' for standard library names (sys.stdlib_module_names),
# and no frame-based suggestion from format_exception_only (as CPython).
import traceback
def f():
    Collections = 1
    Collection
try: f()
except NameError as e:
    print(traceback.format_exception_only(e))
    print(list(traceback.TracebackException.from_exception(e).format_exception_only()))
    print(traceback.format_exception(e)[-1])
print(type(sys.stdlib_module_names).__name__, 'os' in sys.stdlib_module_names, 'weft' in sys.stdlib_module_names)
import traceback
for code in ('collections.abc', 'itertools', 'notamodule_x', 'sys', 'Collection'):
    try:
        eval(code, {'Collections': 1})
    except NameError as e:
        print(traceback.format_exception_only(e)[-1], end='')
collections.abc
