# Errors inside a lambda called from a comprehension inside a function.
def apply_all(items):
    convert = lambda s: int(s) * 2
    return [convert(x) for x in items]

print(apply_all(["1", "2"]))
print(apply_all(["3", "four"]))
