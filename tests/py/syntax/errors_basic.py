# SyntaxError / IndentationError / TabError messages and locations for common mistakes,
# as compile() reports them.
cases = [
    "x = 1 +", "if x\n  pass", "  x", "if x:\npass", "def f():\npass", "class A:\npass",
    "for x in y:\n", "while x:\npass", "with x:\npass", "try:\npass", "try:\n pass\nx = 1\n",
    "if x:\n  a\n b\n", "if x:\n\ta\n        b\n", "x = 'abc", "x = '''a\n\n", "x = (1,\n2",
    "x = 1)", "x = [1)", "x = [1,\n2)", "f(a b)", "[a b]", "1 = x", "f() = 1", "x = f() = 1",
    "not a = b", "del f()", "del a + 1", "1_000a", "0777", "0x", "0o8", "print 'hi'",
    "f(a=1, b)", "f(**a, b)", "def f(a=1, b): pass", "x = a \u20ac b", "a\u00a0b",
    "x = (", "match x\n", "x = {1: 2, 3}", "[*a for a in b]", "f(x for x in y, 1)",
    "a + not b", "x = $\ny = 'abc\n", "f'{x!z}'", "f'{}'", "f'{x'", "'a' b'b'",
    "import", "from x import a,", "def f(*): pass", "lambda *: 1", "x: int, y: int = 1, 2",
    "a, b += 1", "(a := 1) = 2", "if x = 1: pass", "def f[]():pass", "(*a)",
    "try:\n pass\nexcept A, B:\n pass", "x = 1 if y", "def f:", "class A", "x = 1 \\ 2",
    "(" * 201, "-" * 100000 + "x",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("OK", repr(src[:40]))
    except SyntaxError as e:
        print(type(e).__name__, repr(src[:40]), e.msg, e.lineno, e.offset, e.end_lineno,
              e.end_offset, repr(e.text))
    except MemoryError as e:
        print("MemoryError", repr(src[:40]), e)
