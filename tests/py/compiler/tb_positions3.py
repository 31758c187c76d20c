# Traceback positions (carets) of a failing expression.
def g(x, y):
    return x / y
def h():
    return [g(i, i - 2) for i in range(5)]
h()
