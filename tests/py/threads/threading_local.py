# threading.local: per-thread attributes, subclasses with __init__ run once per thread.
import threading

data = threading.local()
data.value = "main"
seen = {}
lock = threading.Lock()


def visit(n):
    before = getattr(data, "value", None)
    data.value = n
    with lock:
        seen[n] = (before, data.value, sorted(vars(data)))


ts = [threading.Thread(target=visit, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(data.value)


class Config(threading.local):
    initialized = 0

    def __init__(self, level, tag="x"):
        self.level = level
        self.tag = tag
        Config.initialized += 1

    def describe(self):
        return "%s:%s" % (self.tag, self.level)


cfg = Config(3, tag="t")
cfg.level = 10
out = []


def use():
    out.append(cfg.describe())
    cfg.level += 1
    out.append(cfg.describe())


ts = [threading.Thread(target=use) for _ in range(3)]
for t in ts:
    t.start()
    t.join()
print(out, cfg.describe(), Config.initialized)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
del data.value
print(hasattr(data, "value"))
try:
    del data.value
except AttributeError as e:
    print("AttributeError", e)
