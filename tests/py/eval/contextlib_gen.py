# contextlib.contextmanager drives generators with send/throw/close: entry, handled and
# propagated exceptions, ExitStack unwinding, plus a few library modules built on them.
import contextlib, json, collections, itertools
@contextlib.contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled in cm", repr(e))
    finally:
        print("exit", name)
with managed("a") as v:
    print("body", v)
with managed("b"):
    raise KeyError("k")
try:
    with managed("c"):
        raise ValueError("v")
except ValueError as e:
    print("escaped", e)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in "xy":
        stack.enter_context(managed(n))
    print("in stack")
data = {"a": [1, 2, {"b": None}], "c": "s"}
s = json.dumps(data, sort_keys=True)
print(s, json.loads(s) == data)
c = collections.Counter("abracadabra")
print(c.most_common(2))
print(list(itertools.permutations("abc", 2))[:4], list(itertools.chain([1], (2, 3))))
dq = collections.deque([1, 2, 3], maxlen=3)
dq.append(4)
print(dq)
