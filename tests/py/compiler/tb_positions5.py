# Traceback positions (carets) of a failing expression.
def outer():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
outer()
