# code: interact() reading lines with input() from a replaced sys.stdin
import code
import io
import sys

sys.stdin = io.StringIO(
    "x = 21\n"
    "x * 2\n"
    "for i in range(2):\n"
    "    print('loop', i)\n"
    "\n"
    "def f():\n"
    "    raise KeyError('k')\n"
    "\n"
    "try:\n"
    "    f()\n"
    "except KeyError as e:\n"
    "    raise ValueError('chained') from e\n"
    "\n"
    "class C:\n"
    "    '''doc\n"
    "    string'''\n"
    "    attr = [1,\n"
    "            2]\n"
    "\n"
    "C.attr\n"
    "@staticmethod\n"
    "def g(): pass\n"
    "\n"
    "type(g).__name__\n"
    "  indented\n"
    "print(undefined)\n"
    "'unterminated\n"
    "import sys; sys.ps1\n"
    "_\n")
code.interact(banner="Test console", local={"__name__": "__console__"})
print("after interact")

# the hook raising: both tracebacks are reported on stderr
def bad_hook(t, v, tb):
    raise RuntimeError("hook failed")
sys.excepthook = bad_hook
ii = code.InteractiveInterpreter()
ii.runsource("1/0")
sys.excepthook = sys.__excepthook__

# SystemExit from the code propagates
try:
    ii.runsource("raise SystemExit(5)")
except SystemExit as e:
    print("SystemExit", e.code)

# a console with local_exit, quitting through quit()
sys.stdin = io.StringIO("print('in console')\nquit()\nprint('never')\n")
code.interact(banner="", local={}, local_exit=True, exitmsg="left console")
print(sys.stdin.read())
