# Control flow through try statements: the order in which try/except/else/finally
# bodies run, return/break/continue inside finally overriding or discarding an
# exception, finally running on generator close and on return from nested loops,
# the except variable being unbound afterwards, and except* with groups.
import sys

trace = []


def step(tag, raise_=None):
    trace.append(tag)
    if raise_:
        raise raise_


def run(label, f):
    trace.clear()
    try:
        r = f()
        print(label, "returned", repr(r), trace)
    except BaseException as e:
        print(label, "raised", type(e).__name__, e, trace)


def t_else():
    try:
        step("try")
    except ValueError:
        step("except")
    else:
        step("else")
        return "from else"
    finally:
        step("finally")
    return "end"


def t_else_raises():
    try:
        step("try")
    except KeyError:
        step("except (not reached for the else error)")
    else:
        step("else", KeyError("else-err"))
    finally:
        step("finally")


def t_return_in_finally_swallows():
    try:
        step("try", ValueError("lost"))
    finally:
        return "finally wins"


def t_return_overridden():
    try:
        return "try"
    finally:
        step("finally")
        return "finally"


def t_return_value_evaluated_first():
    x = "before"
    try:
        return x
    finally:
        x = "after"
        step(f"finally sees x={x}")


def t_break_in_finally():
    for i in range(3):
        try:
            step(f"try{i}", RuntimeError("discarded"))
        finally:
            break
    return "after loop"


def t_continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out


def t_nested_finally_order():
    try:
        try:
            step("inner try", TypeError("inner"))
        finally:
            step("inner finally")
    except TypeError as e:
        step(f"outer except {e}")
        raise ValueError("replacement")
    finally:
        step("outer finally")


def t_exc_in_except():
    try:
        step("try", KeyError("first"))
    except KeyError:
        step("except", ValueError("second"))
    finally:
        step(f"finally exception={type(sys.exception()).__name__}")


def t_loop_return_finally():
    for i in range(5):
        for j in range(5):
            try:
                if i * j == 2:
                    return (i, j)
            finally:
                if i * j == 2:
                    step(f"finally at {i},{j}")


for name, f in list(globals().items()):
    if name.startswith("t_"):
        run(name[2:], f)


def handler_var_unbound():
    e = "outer value"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return f"UnboundLocalError: {err}"


print(handler_var_unbound())


def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally ran")


g = gen_finally()
print(next(g))
g.close()
for x in gen_finally():
    break
print("after break")


def star_groups():
    try:
        raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"),
                                       ExceptionGroup("inner", [KeyError("k")])])
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions], type(eg).__name__)
    except* (TypeError, KeyError) as eg:
        print("others:", eg.message, [(type(e).__name__, str(e)) for e in eg.exceptions])


star_groups()


def star_unhandled():
    try:
        raise ExceptionGroup("g", [ValueError("handled"), OSError("left")])
    except* ValueError:
        print("handled ValueError part")


try:
    star_unhandled()
except ExceptionGroup as eg:
    print("re-raised rest:", eg.message, [repr(e) for e in eg.exceptions])

try:
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("naked wrapped:", repr(eg), eg.message == "")
except Exception as e:
    print(type(e).__name__, e)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new in except*")
except Exception as e:
    ctx = e.__context__
    print("new exception:", repr(e), type(ctx).__name__, ctx.message, ctx.exceptions)

for src in ["try:\n    pass\nexcept* ValueError:\n    break",
            "for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1",
            "try:\n    pass\nexcept* ExceptionGroup:\n    pass",
            "try:\n    pass\nexcept*:\n    pass"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
