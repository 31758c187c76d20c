# Application-style exception classes: hierarchies with extra fields, str/repr for
# various args, notes, explicit and implicit chaining through helper layers, context
# cycles, raise-from forms, and an uncaught chained error with notes at the end.


class AppError(Exception):
    """Base of the application's errors."""


class ConfigError(AppError):
    def __init__(self, key, reason="invalid"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return f"config key {self.key!r}: {self.reason}"


class RetryError(AppError):
    def __init__(self, attempts, last):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
        self.last = last


class NoSuper(AppError):
    def __init__(self, code):
        self.code = code


for e in (AppError(), AppError("one"), AppError("a", 2), ConfigError("port"),
          ConfigError("host", reason="missing"), RetryError(3, None), NoSuper(7),
          KeyError("k"), KeyError("a", "b"), KeyError(), UnicodeError("u")):
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)

ns = NoSuper(7)
print(ns.args, ns.code, str(ns) == "")
ce = ConfigError("x")
ce.args = ("changed",)
print(repr(ce), ce.key, str(ce))
try:
    AppError(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(AppError.__doc__, issubclass(ConfigError, Exception), ConfigError.__mro__[2].__name__)


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key, "missing") from e


def connect(cfg):
    errors = []
    for attempt in range(2):
        try:
            port = load(cfg, "port")
            return int(port)
        except (ConfigError, ValueError) as e:
            errors.append(e)
            cfg["port"] = "eighty"
    raise RetryError(len(errors), errors[-1])


try:
    connect({})
except RetryError as e:
    print(e, "| last:", repr(e.last), "| context:", repr(e.__context__), e.__cause__)
    first = e.last.__context__
    print("context of last:", repr(first))

try:
    try:
        load({}, "db")
    except ConfigError as e:
        e.add_note("while reading db section")
        e.add_note("file: app.ini")
        raise
except ConfigError as e:
    print(e.__notes__, repr(e.__cause__), e.__suppress_context__)
    try:
        e.add_note(42)
    except TypeError as te:
        print(type(te).__name__, te)
    e.__notes__ = "not a list"
    try:
        e.add_note("x")
    except TypeError as te:
        print(type(te).__name__, te)

# reraising an exception that is already being handled adds no self-context
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as v:
    print("self context:", v.__context__)

# a cycle in the context chain is cut when the old exception is raised again
a = KeyError("a")
b = ValueError("b")
try:
    try:
        raise a
    except KeyError:
        try:
            raise b
        except ValueError:
            raise a
except KeyError as e:
    print("cycle:", repr(e.__context__), repr(e.__context__.__context__))

for cause in (ValueError, ValueError("inst"), None, 5, int):
    try:
        raise RuntimeError("r") from cause
    except RuntimeError as e:
        print("from", repr(cause), "->", repr(e.__cause__), e.__suppress_context__)
    except TypeError as e:
        print("from", repr(cause), "->", type(e).__name__, e)

e = ValueError("explicit")
e.__cause__ = None
print(e.__suppress_context__)
try:
    raise ConfigError
except TypeError as t:
    print(type(t).__name__, t)


def deep():
    try:
        raise OSError(2, "No such file")
    finally:
        print("cleanup in deep")


try:
    deep()
except FileNotFoundError as e:
    print("mapped subclass:", type(e).__name__, e.errno, e.strerror, e)

# walking a chained error with notes, as a logger would
try:
    try:
        int("nope")
    except ValueError as err:
        err.add_note("parsing field 'count'")
        raise AppError("bad input") from err
except AppError as e:
    cur = e
    while cur is not None:
        print(type(cur).__name__, str(cur), getattr(cur, "__notes__", []),
              "line", cur.__traceback__.tb_lineno, "explicit" if cur.__cause__ else "")
        cur = cur.__cause__ or (None if cur.__suppress_context__ else cur.__context__)


def fail():
    try:
        {}["k"]
    except KeyError:
        err = ConfigError("k", "unknown")
        err.add_note("hint: define k")
        raise err


fail()
