# inspect.signature, Parameter, BoundArguments and argument-spec helpers.
import functools
import inspect
from inspect import Parameter, Signature


def err(fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
    except Exception as e:
        print('  ', type(e).__name__, e)
    else:
        print('  ->', r)


def f0(): pass
def f1(a, b, c=3): pass
def f2(a, /, b, *, c, d=4): pass
def f3(*args, **kwargs): pass
def f4(a: int, b: 'str' = 'x', *rest: float, key: list[int] = None, **kw: dict) -> bool: pass
def f5(x, y=[1, 2], /, *, z=(1,)): pass
def f6(a, b=1, /, c=2, *args, d, e=3, **kw) -> 'ret': pass
async def af(a, *, b): pass
lam = lambda x, *y, z=1, **w: None


for fn in (f0, f1, f2, f3, f4, f5, f6, af, lam):
    s = inspect.signature(fn)
    print(fn.__name__, s, repr(s))
    for p in s.parameters.values():
        print('   ', repr(p), p.name, p.kind, p.kind.description, int(p.kind),
              p.default is p.empty, p.annotation is Parameter.empty)
print(inspect.signature(f4).return_annotation, inspect.signature(f0).return_annotation)
print(inspect.signature(f4).format(max_width=20))
print(inspect.signature(f1).format(max_width=200))
print(list(inspect.signature(f6).parameters), type(inspect.signature(f6).parameters).__name__)


class Plain:
    pass


class WithInit:
    def __init__(self, a, b=2):
        pass


class WithNew:
    def __new__(cls, x, *args):
        return super().__new__(cls)


class Both(WithNew):
    def __init__(self, q):
        pass


class Meta(type):
    def __call__(cls, m, n=0):
        return super().__call__()


class WithMeta(metaclass=Meta):
    def __init__(self, ignored):
        pass


class Callable:
    def __call__(self, v, /, w=1):
        pass

    def method(self, p, *a):
        pass

    @classmethod
    def cm(cls, k):
        pass

    @staticmethod
    def sm(s, t=1):
        pass

    def star(*args):
        pass


for obj in (Plain, WithInit, WithNew, Both, WithMeta, Callable(), Callable.method,
            Callable().method, Callable.cm, Callable().cm, Callable.sm, Callable().star,
            Callable.__dict__['sm']):
    print(obj.__class__.__name__, inspect.signature(obj))
try:
    inspect.signature(Callable.__dict__["cm"])
except TypeError as e:
    print("TypeError", str(e).split(" at ")[0])
for obj in ():
    print(obj.__class__.__name__, inspect.signature(obj))

# Wrappers and partials.
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(a, b=2):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.signature(functools.partial(f1, 1)))
print(inspect.signature(functools.partial(f1, b=5)))
print(inspect.signature(functools.partial(f6, 1, 2, 3, 4, d=0)))
print(inspect.signature(functools.partial(f6, 1, e=9)))
print(inspect.signature(functools.partial(f3, 1, x=2)))
print(inspect.signature(functools.partial(functools.partial(f1, 1), 2)))
print(inspect.signature(functools.partial(Callable().method, 1)))
try:
    inspect.signature(functools.partial(f1, 1, 2, 3, 4))
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0], type(e.__cause__).__name__, e.__cause__)


class PM:
    def meth(self, a, b, c=1):
        pass
    pm = functools.partialmethod(meth, 1)


print(inspect.signature(PM().pm))


def with_sig():
    pass


with_sig.__signature__ = Signature([Parameter('zz', Parameter.KEYWORD_ONLY)])
print(inspect.signature(with_sig))
with_sig.__signature__ = 'bad'
try:
    inspect.signature(with_sig)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])
with_sig.__signature__ = 42
err(inspect.signature, with_sig)

# Builtins without text signatures, and things that are not callable.
err(inspect.signature, 42)
err(inspect.signature, 'abc')

# Parameter construction errors.
err(Parameter, 'a', 7)
err(Parameter, 'a', Parameter.VAR_POSITIONAL, default=1)
err(Parameter, 'a', Parameter.VAR_KEYWORD, default=1)
err(Parameter, 1, Parameter.POSITIONAL_ONLY)
err(Parameter, 'a b', Parameter.POSITIONAL_ONLY)
err(Parameter, 'class', Parameter.KEYWORD_ONLY)
err(Parameter, '.0', Parameter.POSITIONAL_OR_KEYWORD)
err(Parameter, '.0', Parameter.KEYWORD_ONLY)
err(Parameter, Parameter.empty, Parameter.KEYWORD_ONLY)
print(repr(Parameter('class', Parameter.POSITIONAL_ONLY)))
p = Parameter('x', Parameter.POSITIONAL_OR_KEYWORD, default=1, annotation=int)
print(p, repr(p), p.replace(name='y'), p.replace(default=Parameter.empty), p.replace(kind=Parameter.KEYWORD_ONLY))
print(p == Parameter('x', 1, default=1, annotation=int), p == p.replace(name='z'), p != 3)
print(hash(p) == hash(Parameter('x', 1, default=1, annotation=int)))
print(Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY, list(inspect._ParameterKind))
print(repr(Parameter.VAR_KEYWORD), str(Parameter.VAR_KEYWORD), Parameter.VAR_KEYWORD == 4)
print(Parameter.empty, Signature.empty is Parameter.empty)

# Signature construction errors.
P = Parameter
err(Signature, [P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)])
err(Signature, [P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_OR_KEYWORD)])
err(Signature, [P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)])
err(Signature, [P('a', P.VAR_POSITIONAL), P('b', P.VAR_POSITIONAL)])
err(Signature, [P('a', P.KEYWORD_ONLY), P('b', P.KEYWORD_ONLY, default=2), P('c', P.KEYWORD_ONLY)])
s = Signature([P('a', P.POSITIONAL_ONLY), P('k', P.KEYWORD_ONLY)], return_annotation=int)
print(s, s.replace(return_annotation=Signature.empty), s.replace(parameters=[]))
print(Signature(), Signature(None), Signature([P('x', P.VAR_KEYWORD)]))
print(s == Signature([P('a', P.POSITIONAL_ONLY), P('k', P.KEYWORD_ONLY)], return_annotation=int))
print(inspect.signature(f1) == inspect.signature(lambda a, b, c=3: 0), s != 1)
print(hash(inspect.signature(f1)) == hash(inspect.signature(lambda a, b, c=3: 0)))
print(Signature.from_callable(f2))
print(Signature([P('a', 1), P('b', 3)]) == Signature([P('a', 1), P('b', 3)]))
s1 = Signature([P('a', 3), P('b', 3)])
s2 = Signature([P('b', 3), P('a', 3)])
print(s1 == s2, hash(s1) == hash(s2))

# bind / bind_partial.
sig6 = inspect.signature(f6)
for args, kwargs in [((1,), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 6, 'z': 7}), ((1,), {}),
                     ((), {'d': 1}), ((1,), {'d': 1, 'a': 2}), ((1,), {'c': 1, 'd': 2}),
                     ((1, 2, 3), {'c': 5, 'd': 1}), ((1,), {'d': 1, 'b': 2})]:
    print(args, kwargs)
    err(sig6.bind, *args, **kwargs)
sig1 = inspect.signature(f1)
for args, kwargs in [((1, 2), {}), ((1, 2, 3, 4), {}), ((1,), {'b': 2, 'x': 3}), ((1,), {'a': 2}),
                     ((), {'a': 1, 'b': 2, 'c': 3}), ((1,), {})]:
    print(args, kwargs)
    err(sig1.bind, *args, **kwargs)
    err(sig1.bind_partial, *args, **kwargs)
sig2 = inspect.signature(f2)
err(sig2.bind, 1, 2)
err(sig2.bind, a=1, b=2, c=3)
err(sig2.bind, 1, b=2, c=3, e=5)
err(inspect.signature(lambda a=1, /, **kw: 0).bind, a=5)
err(inspect.signature(lambda a=1, /: 0).bind, a=5)
err(inspect.signature(lambda a, /, **kw: 0).bind, a=5)
err(inspect.signature(lambda *, a: 0).bind)
err(inspect.signature(lambda *, a: 0).bind, 1)

ba = sig6.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.args, ba.kwargs, ba.arguments, ba.signature is sig6)
ba = sig6.bind(1, d=6)
print(ba.args, ba.kwargs)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
ba2 = sig6.bind(1, d=6)
print(ba == ba2, ba2 == sig6.bind(1, d=6), ba2 != 5)
ba3 = inspect.signature(f2).bind_partial(b=3)
print(ba3, ba3.args, ba3.kwargs)
ba3.apply_defaults()
print(ba3)
print(inspect.signature(f1).bind(1, c=3, b=2).args)

# getfullargspec / getcallargs.
for fn in (f0, f1, f2, f3, f4, f5, f6, lam, Callable().method, Callable.cm):
    print(inspect.getfullargspec(fn))
err(inspect.getfullargspec, 1)
print(inspect.getfullargspec(wrapped))
print(inspect.getcallargs(f1, 1, 2))
print(inspect.getcallargs(f3, 1, 2, x=3))
print(sorted(inspect.getcallargs(Callable().method, 1, 2, 3)))
print(inspect.getcallargs(f6, 1, d=0))
def g(a, b, c=1, *, k, m=2): pass
def h(a, b=1): pass
def v(a, *rest): pass
def one(a): pass
err(inspect.getcallargs, g, 1)
err(inspect.getcallargs, g)
err(inspect.getcallargs, g, 1, 2)
err(inspect.getcallargs, g, 1, 2, 3, 4, k=1)
err(inspect.getcallargs, g, 1, 2, 3, 4, 5)
err(inspect.getcallargs, h, 1, 2, 3)
err(inspect.getcallargs, one, 1, 2)
err(inspect.getcallargs, f0, 1)
err(inspect.getcallargs, v)
err(inspect.getcallargs, g, 1, 2, a=1, k=1)
err(inspect.getcallargs, g, 1, 2, x=1, k=1)
def three(a, b, c, d): pass
err(inspect.getcallargs, three)
err(inspect.getcallargs, f0, 1, 2)

# Annotation formatting.
import typing
print(inspect.formatannotation(int), inspect.formatannotation(list[int]),
      inspect.formatannotation(typing.List[int]), inspect.formatannotation('x'),
      inspect.formatannotation(Plain), inspect.formatannotation(Plain, '__main__'),
      inspect.formatannotation(None), inspect.formatannotation(typing.Optional[str]))
fa = inspect.formatannotationrelativeto(Plain)
print(fa(Plain), fa(int), fa(3))


def annotated(a: 'int', b: 'list[str]') -> 'Plain':
    pass


print(inspect.signature(annotated))
print(inspect.signature(annotated, eval_str=True))
print(inspect.signature(annotated, eval_str=True, locals={'Plain': float}))
print(inspect.get_annotations(annotated), inspect.get_annotations(annotated, eval_str=True))

# Text signatures, as builtins carry them.
def text_sig():
    pass


for text in ['(a, b=1, /, *args, c=None, **kw)', '($self, x, /, y=-1)', '($module, obj, /)',
             '(*, key=None, reverse=False)', '(a=(1, 2), b="s,t", c=sys.maxsize)', '()',
             'garbage', '(a=undefined_name)']:
    text_sig.__signature__ = text
    try:
        print(text, '->', inspect.signature(text_sig))
    except ValueError as e:
        print(text, '->', 'ValueError', str(e).split(' at ')[0])
del text_sig.__signature__
text_sig.__text_signature__ = '($self, a, b=2)'
print(inspect.signature(text_sig))


class HasTextSig:
    def __call__(self):
        pass


print(inspect.signature(HasTextSig()))
