# code: InteractiveInterpreter / InteractiveConsole driven without a terminal
import code
import io
import sys


class Capture(code.InteractiveConsole):
    def __init__(self, lines, **kw):
        super().__init__(**kw)
        self.lines = list(lines)
        self.out = []

    def raw_input(self, prompt=""):
        self.out.append("[prompt %r]" % prompt)
        if not self.lines:
            raise EOFError
        line = self.lines.pop(0)
        if line == "<KBI>":
            raise KeyboardInterrupt
        return line

    def write(self, data):
        self.out.append(data)


# runsource results
interp = code.InteractiveInterpreter()
print(sorted(interp.locals))
print(interp.runsource("a = 1"))
print(interp.runsource("if a:"))
print(interp.runsource("if a:\n  b = 2\n"))
print(interp.locals["a"], interp.locals["b"])

# errors go through write(), which defaults to sys.stderr
old = sys.stderr
sys.stderr = io.StringIO()
try:
    print(interp.runsource("1/0"))
    print(interp.runsource("x = = 2"))
    print(interp.runsource("undefined_name", "<myfile>"))
    err = sys.stderr.getvalue()
finally:
    sys.stderr = old
print(err)
print(type(sys.last_value).__name__, type(sys.last_exc).__name__,
      sys.last_type.__name__)

# a console session with prompts, continuation lines and errors
con = Capture(["x = 5", "def f(n):", "    return n * x", "", "print(f(3))",
               "f(", "2)", "raise ValueError('boom')", "1 +", "<KBI>", "x"],
              locals={"__name__": "__console__"})
sys.stdout, saved = io.StringIO(), sys.stdout
try:
    con.interact(banner="hello banner", exitmsg="bye")
    printed = sys.stdout.getvalue()
finally:
    sys.stdout = saved
print("".join(con.out))
print("stdout:", repr(printed))

# default banner and exit message
con = Capture([], locals={})
con.interact()
text = "".join(con.out)
print(text.splitlines()[2:])
print(text.startswith("Python " + sys.version))

# empty banner, empty exit message
con = Capture(["7*6"], locals={})
sys.stdout, saved = io.StringIO(), sys.stdout
try:
    con.interact(banner="", exitmsg="")
    printed = sys.stdout.getvalue()
finally:
    sys.stdout = saved
print(con.out, repr(printed))

# push() return values and the buffer
con = code.InteractiveConsole(filename="<pushed>")
print(con.push("for i in range(3):"), con.buffer)
print(con.push("    pass"), con.push(""), con.buffer)

# SystemExit propagates unless local_exit is set
con = Capture(["raise SystemExit(3)"], locals={})
try:
    con.interact(banner="", exitmsg="done")
except SystemExit as e:
    print("SystemExit", e.code, con.out)
con = Capture(["exit()", "print('not reached')"], locals={}, local_exit=True)
con.interact(banner="", exitmsg="left")
print(con.out)
print(type(exit).__name__ != "Quitter")

# code.interact with a readfunc
lines = iter(["y = 2 ** 10", "print(y)"])
def reader(prompt):
    try:
        return next(lines)
    except StopIteration:
        raise EOFError
sys.stdout, saved = io.StringIO(), sys.stdout
sys.stderr, saved_err = io.StringIO(), sys.stderr
try:
    code.interact(banner="B", readfunc=reader, local={}, exitmsg="E")
    o, e = sys.stdout.getvalue(), sys.stderr.getvalue()
finally:
    sys.stdout, sys.stderr = saved, saved_err
print(repr(o), repr(e))

# a custom excepthook takes precedence over write()
def hook(t, v, tb):
    print("hook got", t.__name__, v)
sys.excepthook = hook
try:
    interp.runsource("[][1]")
    interp.runsource("(")
    interp.runsource("if 1 +:")
finally:
    sys.excepthook = sys.__excepthook__

print(code.compile_command("z = 1") is not None)
print(code.__all__)
print(repr(code.Quitter("quit")))
