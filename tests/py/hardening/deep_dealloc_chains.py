# Freeing very long chains (method-wrappers bound to method-wrappers, the frames of a deep
# recursion's traceback) does not overflow the C stack.
f = lambda: None
for i in range(10**6):
    f = f.__call__
f = None
print('chain freed')
import sys
sys.setrecursionlimit(10**6)
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print('RecursionError', e)
