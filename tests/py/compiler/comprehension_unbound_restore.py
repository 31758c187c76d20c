# An inlined comprehension restoring a local that was unbound leaves it unbound.
def f():
    if False: x = 0
    [x for x in [1]]
    return x
try:
    f()
except UnboundLocalError as e:
    print('UnboundLocalError', e)
def g():
    y = 5
    [y for y in [1, 2]]
    return y
print(g())
def h():
    if False: z = 0
    [z for z in []]
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(h())
