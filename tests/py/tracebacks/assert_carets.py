def f(v):
    assert v > 3, "too small"
f(1)
