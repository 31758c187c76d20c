# Traceback positions (carets) of a failing expression.
x = 1
y = "a"
with open(__file__) as f:
    z = x + y
