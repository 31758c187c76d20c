# classmethod/staticmethod carry the wrapped function's attributes (annotations included),
# and bound methods pickle as getattr(self, name).
import pickle


def f(x: int) -> str:
    "doc of f"


for w in (classmethod, staticmethod):
    c = w(f)
    for a in ('__name__', '__qualname__', '__doc__', '__module__', '__annotations__',
              '__isabstractmethod__'):
        print(w.__name__, a, getattr(c, a))
    print(c.__wrapped__ is f, c.__func__ is f)
    c.extra = 1
    print(c.extra)


class A:
    def __init__(self, n):
        self.n = n

    @classmethod
    def f(cls):
        return cls.__name__

    def g(self):
        return self.n * 2


print(pickle.loads(pickle.dumps(A.f))(), pickle.loads(pickle.dumps(A(21).g))())
fn, args = A.f.__reduce__()
print(fn.__name__, args)
fn, args = A(1).g.__reduce__()
print(fn.__name__, args[1], type(args[0]).__name__)
m = pickle.loads(pickle.dumps([1, 2].append))
m(3)
print(m.__self__)
