# try/except/else/finally, raise forms, chaining, with statements, sys.exception().
import sys

def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        elif x == 1:
            return 1 / 0
        elif x == 2:
            return "two"
    except ValueError as e:
        print("caught", type(e).__name__, e)
        return "v"
    except (ZeroDivisionError, KeyError) as e:
        print("caught tuple", type(e).__name__)
        return "z"
    else:
        print("else branch")
        return "else"
    finally:
        print("finally", x)

for i in range(4):
    print(f(i))

def finally_override():
    try:
        return 1
    finally:
        return 2
print(finally_override())

def finally_in_loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(finally_in_loop())

# Chaining
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from none") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

# bare raise and sys.exception
def reraiser():
    try:
        raise KeyError("k")
    except KeyError:
        print("inside:", repr(sys.exception()))
        raise

try:
    reraiser()
except KeyError as e:
    print("reraised", repr(e))
print("after:", sys.exception())

try:
    raise
except RuntimeError as e:
    print(e)

# raise class / instance / errors
for thing in (ValueError, ValueError("inst"), 42, type):
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, e)

try:
    raise ValueError from 5
except TypeError as e:
    print(e)

# except with non-exception
try:
    try:
        1 / 0
    except 42:
        pass
except TypeError as e:
    print(e)

# nested handlers and exception variable cleanup
try:
    raise IndexError("i")
except IndexError as err:
    pass
try:
    err
except NameError as e:
    print("cleared:", e)

# with statement
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, tp, val, tb):
        print("exit", self.name, tp.__name__ if tp else None, val)
        return self.swallow

with CM("a") as v:
    print("body", v)
with CM("b", swallow=True):
    raise ValueError("swallowed")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("got", repr(e))
with CM("d") as x, CM("e") as y:
    print(x, y)

def with_return():
    with CM("r"):
        return "returned"
print(with_return())

for bad in (5, object()):
    try:
        with bad:
            pass
    except TypeError as e:
        print(e)

# exception in finally replaces
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), repr(e.__context__))

# assert
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("assert:", repr(e))

# exception groups
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("vals", repr(e.exceptions))
except* TypeError as e:
    print("types", repr(e.exceptions))

# exception attributes
e = ValueError("a", 1)
print(e.args, str(e), repr(e))
e.add_note("note 1")
print(e.__notes__)
print(sys.exception())
