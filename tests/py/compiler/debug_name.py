# __debug__ cannot be assigned, deleted or used as a parameter / keyword / capture name.
for src in ["__debug__ = 1", "def f(__debug__): pass", "f(__debug__=1)", "import x as __debug__",
            "for __debug__ in y: pass", "class A:\n  def __debug__(self): pass", "x.__debug__ = 1",
            "del __debug__", "(__debug__ := 1)", "print(__debug__)", "lambda __debug__: 0",
            "def f(*, __debug__=1): pass", "match x:\n case __debug__: pass"]:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.msg, e.offset, e.end_offset)
