# issubclass/isinstance on class-like objects whose __bases__ is computed on each access.
class A:
    @property
    def __bases__(self):
        return (int,)
class B:
    def __init__(self):
        self.x = 1
    @property
    def __bases__(self):
        return (A(),)
print(issubclass(B(), int), issubclass(A(), int))
class C:
    __bases__ = ()
print(issubclass(C(), int))
class D:
    @property
    def __bases__(self):
        return (B(), C())
print(issubclass(D(), int))
