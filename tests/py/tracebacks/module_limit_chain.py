import traceback, sys
def f(n):
    if n == 0:
        raise ValueError("deep")
    f(n - 1)
def g():
    try:
        f(3)
    except ValueError as e:
        raise KeyError("outer") from e
try:
    g()
except KeyError as e:
    exc = e
print("".join(traceback.format_exception(exc)))
print("".join(traceback.format_exception(exc, limit=1)))
print("".join(traceback.format_exception(exc, limit=-1)))
print("".join(traceback.format_exception(exc, chain=False)))
print("".join(traceback.format_exception_only(exc)))
print(traceback.format_exception(type(exc), exc, exc.__traceback__, limit=2)[-3:])
try:
    g()
except KeyError:
    traceback.print_exc(limit=1, file=sys.stdout)
    print(traceback.format_exc(chain=False))
sys.tracebacklimit = 2
try:
    f(5)
except ValueError:
    traceback.print_exc(file=sys.stdout)
del sys.tracebacklimit
s = traceback.extract_tb(exc.__traceback__)
print(len(s), [fs.name for fs in s], s[0].lineno, s[0].line)
st = traceback.extract_stack(limit=1)
print(len(st), st[0].name)
print(traceback.format_list(s)[0])
te = traceback.TracebackException.from_exception(exc)
print(type(te.__cause__).__name__, te.exc_type.__name__, list(te.format_exception_only()))
