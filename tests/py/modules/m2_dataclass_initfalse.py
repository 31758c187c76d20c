# dataclasses: field(init=False) must not become an __init__ parameter
from dataclasses import dataclass, field, InitVar, fields
import dataclasses


@dataclass
class A:
    w: int
    area: int = field(init=False)

    def __post_init__(self):
        self.area = self.w * 2


try:
    print(A(3), A.__match_args__)
except Exception as e:
    print(type(e).__name__, e)


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False, default=0.0)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


print(Rect(2, 3, 2), Rect(2, 3, scale=2))
try:
    Rect(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Later:
        a: int = 1
        b: int = field(init=False)
    print(Later().a, [f.name for f in fields(Later)])
except Exception as e:
    print(type(e).__name__, e)
print(type(dataclasses.MISSING).__name__)
