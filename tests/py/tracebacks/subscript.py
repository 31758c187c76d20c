# IndexError / KeyError with subscript carets, and a multi-line expression.
data = {"a": [1, 2, 3]}

def get(key, idx):
    return data[key][idx] + 0

print(get("a", 1))
result = (
    get("a", 0)
    + get("a", 5)
)
