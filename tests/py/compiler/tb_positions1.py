# Traceback positions (carets) of a failing expression.
def f(d):
    return d["a"]["b"] + 1
x = {"a": {"c": 1}}
f(x)
