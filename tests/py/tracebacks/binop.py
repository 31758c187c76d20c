# An uncaught ZeroDivisionError inside nested calls: carets under the operator.
def divide(a, b):
    return a / b

def compute(values):
    total = 0
    for v in values:
        total += divide(10, v) * 2
    return total

print(compute([1, 2]))
print(compute([1, 0]))
