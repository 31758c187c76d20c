# try/except/else/finally with return, break and continue; with statements; loops with else.
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def break_in_finally():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
print(break_in_finally())

def continue_in_try():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(continue_in_try())

def nested_handlers():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise TypeError("outer") from e
    except TypeError as e:
        return (type(e).__name__, str(e), type(e.__cause__).__name__, e.__suppress_context__)
print(nested_handlers())

def context_chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("k")
    except KeyError as e:
        return type(e.__context__).__name__
print(context_chain())

def else_clause(fail):
    try:
        if fail:
            raise RuntimeError("x")
    except RuntimeError:
        return "except"
    else:
        return "else"
    finally:
        print("cleanup", fail)
print(else_clause(False), else_clause(True))

def handler_name_deleted():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError as e:
        return str(e)
print(handler_name_deleted())

def reraise():
    try:
        try:
            raise ValueError("again")
        except ValueError:
            raise
    except ValueError as e:
        return str(e)
print(reraise())

def exc_info_restored():
    import sys
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise IndexError(2)
        except IndexError:
            pass
        inner = sys.exception()
    return type(inner).__name__, sys.exception()
print(exc_info_restored())

for i in range(3):
    pass
else:
    print("for-else ran", i)

for i in range(3):
    if i == 1:
        break
else:
    print("not printed")

n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)

while True:
    n -= 1
    if n == 0:
        break
print("after while", n)

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("n"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)

def with_return():
    with CM("r"):
        return "returned"
print(with_return())

def with_break():
    for i in range(3):
        with CM("loop%d" % i):
            if i == 1:
                break
    return i
print(with_break())

def return_in_except_in_finally():
    try:
        raise ValueError
    except ValueError:
        try:
            return "from except"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(return_in_except_in_finally())

def loop_with_try_continue():
    total = 0
    for i in range(5):
        try:
            if i == 2:
                raise ValueError
            total += i
        except ValueError:
            continue
        finally:
            total += 100
    return total
print(loop_with_try_continue())

x = 5
print("yes" if x > 3 else "no", "a" and "b", "" or "c", not x, 1 < x < 10, 1 < x > 10)

def chained(a, b, c):
    return a < b < c, a == b != c, a is not None is not b
print(chained(1, 2, 3), chained(2, 2, 3))

assert True
try:
    assert 1 == 2, "message here"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("bare", repr(e))

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("got values", eg.exceptions)
except* TypeError as eg:
    print("got types", eg.exceptions)
