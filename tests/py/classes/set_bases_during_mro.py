# Assigning __bases__ from a metaclass's mro(): while the class is still being created
# (its __mro__ is None), and cycles that only the base chain shows yet.
class M(type):
    step = 0
    def mro(cls):
        M.step += 1
        if M.step == 1:
            print('mro during creation:', cls.__mro__)
            cls.__bases__ += ()
        return type.mro(cls)
class A(metaclass=M):
    pass
print([c.__name__ for c in A.__mro__])

ready = False
class N(type):
    def mro(cls):
        if ready:
            if cls.__name__ == 'B1':
                B2.__bases__ = (B1,)
            if cls.__name__ == 'B2':
                B1.__bases__ = (B2,)
        return type.mro(cls)
class Base(metaclass=N):
    pass
class B1(Base):
    pass
class B2(Base):
    pass
ready = True
try:
    B1.__bases__ += ()
except TypeError as e:
    print('TypeError', e)
print([c.__name__ for c in B1.__mro__], [c.__name__ for c in B2.__mro__])
