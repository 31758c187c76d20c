# codeop: compile_command, Compile, CommandCompiler
import codeop

def show(src, symbol="single"):
    try:
        r = codeop.compile_command(src, "<in>", symbol)
        out = "None" if r is None else type(r).__name__
    except SyntaxError as e:
        out = "%s: %s (%s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    print(symbol, repr(src), "->", out)

complete = ["x = 1", "x = 1\n", "", "# comment", "\n\n", "if 1:\n  pass\n",
            "for x in y:\n  pass\n\n", "x = (1,\n2)", "def f():\n  return 1\n",
            "@dec\ndef f(): pass\n", "3**3", "x = '''a\nb'''"]
incomplete = ["if 1:", "if 1:\n", "if 1:\n  pass", "x = (1,", "x = [1,\n2",
              "x = '''abc", "def f():", "\\", "x = 1 \\", "@dec", "@dec\n",
              "try:", "try:\n  pass", "try:\n  pass\nexcept:", "class A:",
              "while 1:", "with a:", "{1:", "from x import (a,",
              "if 9==3:\n   pass\nelse:", "if 9==3:\n   pass\nelse:\n   pass",
              "if x:\n  if y:\n    pass\n", "f'''abc", "match x:", "print(1",
              "async def f():", "def f():\n  return 1"]
invalid = ["1 +", "a b", "'abc", "1)", "1]", "return", "break", "def f(:",
           "lambda", "x = ", "if 1:\nx", "1 if", "del", "a.", "not", "$",
           "1 = 2", "f() = 1", "None = 1", "x = 08", "  x = 1",
           "if 1:\n    pass\n  x", "0x", "1_", "x = 1\ny = 2",
           "if 1:\n  pass\n\nx = 1"]
for group in (complete, incomplete, invalid):
    for s in group:
        show(s)
print("--- mixed")
for s in ["foo(1 2,", "[\nelse:", "x = (\n    pass\n  x", "class A:\n'''",
          "if x:\n'''\n", "d = {'a':", "f(a=", "print(1 if", "x = [1,\n'''abc",
          "with a as b:\n  x\n  def m(self):\nx = (", "def m(self):\nx",
          "x = (1 +", "if (a and", "f(*", "a[1:", "[x for x in", "x = {1: [2, (3,",
          "s = '(' + \"[\" + (", "# (\nx = [", "f(x,  # comment (\n  y", "x = [1,\n2]]",
          "else:\n'''\nx = 1\n", "return\n'''x'''\n  \n'''", "r'\\' + ('''a\\'''",
          "x = b'''\\''' + [", "y = f'{1}' + (f'''a{2}"]:
    show(s)
print("--- exec")
for s in ["x = 1\ny = 2", "if 1:\n  pass", "try:\n  pass\n", "1 +", "x = (1,",
          "@dec\n", "def f():\n  pass"]:
    show(s, "exec")
print("--- eval")
for s in ["1 + 2", "(1,", "1 +", "x = 1", "[x for x in", "a if b else"]:
    show(s, "eval")

try:
    codeop.compile_command("x", "<in>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)

# default filename shows up in errors
try:
    codeop.compile_command("1 1")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.msg)

# the returned code runs
ns = {}
exec(codeop.compile_command("y = 6 * 7"), ns)
print(ns["y"])
exec(codeop.compile_command("def g(a):\n  return a + 1\n"), ns)
print(ns["g"](1))

# CommandCompiler remembers __future__ statements
cc = codeop.CommandCompiler()
print(cc("from __future__ import annotations") is not None)
print(bool(cc.compiler.flags & codeop.__future__.annotations.compiler_flag))
print(cc("if True:") is None)
code = cc("def h(x: int): return x\n", "<x>", "exec")
exec(code, ns)
print(ns["h"](5))

c = codeop.Compile()
print(type(c("a = 1", "<c>", "single")).__name__)
try:
    c("a = = 1", "<c>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(codeop.__all__)
