# Traceback positions (carets) of a failing expression.
def gen():
    yield 1
    raise RuntimeError("in gen")
for x in gen():
    print(x)
