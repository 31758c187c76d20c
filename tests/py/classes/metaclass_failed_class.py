# Failing to create a class with a heap metaclass (a bad __classcell__, bad keywords)
# releases exactly what it took: the metaclass and the namespace values survive.
class Meta(type):
    def __new__(cls, name, bases, namespace, cell=None):
        if cell is not None:
            namespace['__classcell__'] = cell
        return super().__new__(cls, name, bases, namespace)
x = [1.5]
for i in range(50):
    try:
        class A(metaclass=Meta, cell=x[0]):
            pass
    except TypeError as e:
        err = str(e)
print(err, x, Meta.__name__, type(Meta).__name__)
for bad in (None, 0, '', object()):
    try:
        class B(metaclass=Meta, cell=bad):
            pass
        print('no error', type(bad).__name__, B.__name__)
    except TypeError as e:
        print('TypeError', e)
class C(metaclass=Meta):
    pass
print(type(C).__name__, C.__name__)
