# An uncaught ExceptionGroup with nested groups.
def fail(n):
    raise ValueError(f"bad value {n}")

errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("several failures", [errors[0], ExceptionGroup("nested", errors[1:]), TypeError("t")])
