# yield from a non-generator iterator: the value of the StopIteration raised by its
# __next__ (or send) is the value of the yield from expression.
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("ret")
def g():
    r = yield from It()
    print("yield from value:", repr(r))
list(g())

class Two:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 1:
            raise StopIteration("after-next")
        return self.n
    def send(self, v):
        raise StopIteration(f"after-send {v}")
def g2():
    r = yield from Two()
    print("value:", repr(r))
x = g2()
print(next(x))
try:
    x.send("s")
except StopIteration:
    pass
x = g2()
print(next(x))
try:
    next(x)
except StopIteration:
    pass
