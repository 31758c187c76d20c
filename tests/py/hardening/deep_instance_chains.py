# Freeing long chains of instances (slots, dicts, finalizers) and a tee's long buffer does not
# overflow the C stack, and every finalizer runs once.
class Node:
    __slots__ = ('next',)
class DNode:
    pass
class Fin:
    count = 0
    def __del__(self):
        Fin.count += 1
for cls in (Node, DNode):
    head = None
    for i in range(300000):
        n = cls(); n.next = head; head = n
    del head, n
    print(cls.__name__, 'freed')
head = None
for i in range(100000):
    n = Fin(); n.next = head; head = n
del head, n
print('finalized', Fin.count)
import itertools
forward, backward = itertools.tee(itertools.repeat(None, 1000000))
any(forward)
del backward
print('tee freed')
