import traceback, sys
try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e))
try:
    compile("a b", "<src>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(type(e), e))
e = ValueError("with notes"); e.add_note("note 1"); e.add_note("note 2")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))
def rec(n):
    if n == 0: raise RuntimeError("bottom")
    rec(n - 1)
try:
    rec(10)
except RuntimeError as e:
    lines = traceback.format_tb(e.__traceback__)
    print(len(lines)); print("".join(lines[-3:]))
    print(len(traceback.format_tb(e.__traceback__, limit=2)), len(traceback.format_tb(e.__traceback__, limit=-2)))
    print(traceback.format_tb(e.__traceback__, limit=-1))
def h():
    return traceback.format_stack(limit=2)
print(h())
def k():
    traceback.print_stack(limit=1, file=sys.stdout)
k()
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError("t")])
except ExceptionGroup as e:
    traceback.print_exception(e, file=sys.stdout)
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(e, show_group=True))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("ctx")
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type_str, str(te), type(te.__context__).__name__, te.__context__.exc_type_str, te.__cause__, te.__suppress_context__)
    print(len(te.stack), te.stack[0].name, te.stack[0].line, te.__context__.stack[0].lineno)
    print("".join(te.format()))
    print("".join(te.format(chain=False)))
    print(list(te.format_exception_only()))
fs = traceback.FrameSummary("f.py", 3, "fn", line="x = 1")
print(fs, list(fs), fs == ("f.py", 3, "fn", "x = 1"), len(fs), fs[2])
print(traceback.format_list([("a.py", 1, "m", "pass"), fs]))
print(traceback.StackSummary.from_list([("a.py", 1, "m", "pass")]).format())
try:
    traceback.format_exception(ValueError, ValueError())
except ValueError as e:
    print("ValueError", e)
try:
    traceback.format_exception(5)
except TypeError as e:
    print("TypeError", e)
class Bad(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(Bad()))
print(traceback.format_exception_only(KeyError()))
class My(Exception): pass
class Inner:
    class Exc(Exception): pass
print(traceback.format_exception_only(My("m")), traceback.format_exception_only(Inner.Exc("i")))
