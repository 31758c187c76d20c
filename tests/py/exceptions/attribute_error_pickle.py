# AttributeError pickles its name (and instance attributes) through __getstate__, as 3.13.
import pickle
e = AttributeError('foo', name='name', obj=5)
print(e.__reduce__(), e.__getstate__())
e2 = pickle.loads(pickle.dumps(e))
print(repr(e2), e2.name, e2.obj)
e = AttributeError('foo')
e.x = 1
print(e.__reduce__(), pickle.loads(pickle.dumps(e)).x)
print(NameError('x', name='nm').__reduce__(), repr(pickle.loads(pickle.dumps(NameError('x', name='nm'))).name))
