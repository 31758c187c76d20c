# Annotations evaluated at definition time (3.13 default).
x: int = 5
y: str
print(__annotations__)
class K:
    a: int
    b: "str" = "B"
    def m(self, p: float) -> None:
        q: int = 3
        return q
print(K.__annotations__, K.m.__annotations__, K().m(1.0))
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
def side():
    print("evaluated")
    return int
z: side() = 1
def local_ann():
    w: side() = 2
    return w
print(local_ann())
obj = K()
obj.attr: int = 7
print(obj.attr)
