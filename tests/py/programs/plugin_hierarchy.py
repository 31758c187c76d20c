"""Class hierarchy: abc.ABC, cooperative super() chains, __init_subclass__, class decorators,
descriptors and a plugin registry."""
from abc import ABC, abstractmethod
import functools


REGISTRY = {}


def register(*aliases):
    def decorate(cls):
        for name in (cls.__name__.lower(), *aliases):
            if name in REGISTRY:
                raise ValueError(f"duplicate plugin name {name!r}")
            REGISTRY[name] = cls
        cls.aliases = aliases
        return cls
    return decorate


def traced(cls):
    """Class decorator: wrap every public method so calls are recorded."""
    for name, attr in list(vars(cls).items()):
        if callable(attr) and not name.startswith("_"):
            setattr(cls, name, _trace(attr, f"{cls.__name__}.{name}"))
    return cls


CALLS = []


def _trace(fn, label):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        CALLS.append(label)
        return fn(*args, **kwargs)
    return wrapper


class Positive:
    """Data descriptor that validates positive numbers and remembers its name."""

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"{type(obj).__name__}.{self.name} must be positive, got {value!r}")
        setattr(obj, self.private, value)


class Shape(ABC):
    kinds = []

    def __init_subclass__(cls, /, sides=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        Shape.kinds.append(cls.__name__)

    def __init__(self, *, label="", **kwargs):
        super().__init__(**kwargs)
        self.label = label
        CALLS.append(f"Shape.__init__({label})")

    @property
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.label or type(self).__name__}: area={self.area:.3f} perimeter={self.perimeter():.3f}"

    def __repr__(self):
        fields = ", ".join(f"{k.lstrip('_')}={v!r}" for k, v in vars(self).items() if k != "label")
        return f"{type(self).__name__}({fields})"


class Colored:
    def __init__(self, *, color="black", **kwargs):
        super().__init__(**kwargs)
        self.color = color
        CALLS.append(f"Colored.__init__({color})")

    def describe(self):
        return f"[{self.color}] " + super().describe()


@register("rect", "box")
@traced
class Rectangle(Shape, sides=4):
    width = Positive()
    height = Positive()

    def __init__(self, width, height, **kwargs):
        self.width = width
        self.height = height
        super().__init__(**kwargs)

    @property
    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)


@register()
class Square(Rectangle, sides=4):
    def __init__(self, side, **kwargs):
        super().__init__(side, side, **kwargs)


@register("circ")
class Circle(Shape):
    radius = Positive()

    def __init__(self, radius, **kwargs):
        self.radius = radius
        super().__init__(**kwargs)

    @property
    def area(self):
        return 3.141592653589793 * self.radius ** 2

    def perimeter(self):
        return 2 * 3.141592653589793 * self.radius


@register("ctri")
class ColoredTriangle(Colored, Shape, sides=3):
    a = Positive()
    b = Positive()
    c = Positive()

    def __init__(self, a, b, c, **kwargs):
        if not (a + b > c and a + c > b and b + c > a):
            raise ValueError(f"({a}, {b}, {c}) violates the triangle inequality")
        self.a, self.b, self.c = a, b, c
        super().__init__(**kwargs)

    @property
    def area(self):
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5

    def perimeter(self):
        return self.a + self.b + self.c


class Incomplete(Shape):
    def perimeter(self):
        return 0


def build(spec):
    name, *args = spec.split()
    cls = REGISTRY[name]
    kwargs = {}
    positional = []
    for a in args:
        if "=" in a:
            k, v = a.split("=", 1)
            kwargs[k] = v
        else:
            positional.append(float(a) if "." in a else int(a))
    return cls(*positional, **kwargs)


print("kinds:", Shape.kinds)
print("registry:", sorted((k, v.__name__) for k, v in REGISTRY.items()))
print("sides:", {c.__name__: c.sides for c in (Rectangle, Square, Circle, ColoredTriangle, Incomplete)})
print("MRO:", " -> ".join(c.__name__ for c in ColoredTriangle.__mro__))
print("abstract:", sorted(Shape.__abstractmethods__), sorted(Incomplete.__abstractmethods__))

shapes = []
for spec in ["rect 3 4 label=door", "box 2.5 2", "square 5", "circ 1.5 label=coin",
             "ctri 3 4 5 color=red label=right", "ctri 1 1 3", "rect 0 4", "circ -2",
             "square 2 color=blue", "hexagon 1"]:
    try:
        shapes.append(build(spec))
        print("built ", repr(shapes[-1]))
    except KeyError as exc:
        print("no plugin", exc)
    except (ValueError, TypeError) as exc:
        print(f"{type(exc).__name__}: {exc}")

for s in sorted(shapes, key=lambda s: s.area):
    print(" ", s.describe())

try:
    Incomplete()
except TypeError as exc:
    print("TypeError:", exc)
try:
    Shape()
except TypeError as exc:
    print("TypeError:", exc)
try:
    register()(type("Rectangle", (), {}))
except ValueError as exc:
    print("ValueError:", exc)

print("calls:", CALLS[:8], len(CALLS))
print("wrapped:", Rectangle.perimeter.__name__, Rectangle.perimeter.__wrapped__.__qualname__)
print("descriptor:", type(Rectangle.__dict__["width"]).__name__, Rectangle.width.name, Circle.radius.private)
print("aliases:", Rectangle.aliases, Square.aliases, isinstance(shapes[2], Rectangle), issubclass(Square, Shape))
print("super():", super(Square, shapes[2]).area, Square.__base__.__name__, Square.__bases__)
sq = shapes[2]
sq.width = 10
print("after resize:", sq.area, sq.describe())
try:
    sq.height = "tall"
except ValueError as exc:
    print("ValueError:", exc)
print(isinstance(sq, ABC), type(Shape).__name__, Shape.register(int), issubclass(int, Shape))
