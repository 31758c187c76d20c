from __future__ import annotations
# Postponed evaluation: annotations become strings.
def f(a: dict[str, int], b: list[int] | None = None, *c: tuple[int, ...], **d: "q") -> a.b[1:2]:
    pass
print(f.__annotations__)
class C:
    x: int
    y: List[Undefined] = 3
    z: (lambda q: q + 1)
print(C.__annotations__, C.y)
v: 1 + 2 * 3 ** -4
w: (a if b else c, not d, e or f and g) = 5
print(__annotations__)
