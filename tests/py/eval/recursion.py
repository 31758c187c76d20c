# The recursion limit: RecursionError for deep Python recursion, recovery afterwards,
# and sys.setrecursionlimit / getrecursionlimit.
import sys

print(sys.getrecursionlimit())
depth = 0
def down():
    global depth
    depth += 1
    down()

try:
    down()
except RecursionError as e:
    print(type(e).__name__, e, depth)

sys.setrecursionlimit(120)
print(sys.getrecursionlimit())
depth = 0
try:
    down()
except RecursionError as e:
    print("limit 120:", depth)

# The interpreter keeps working after the error, and handlers may call functions.
def handler_calls():
    try:
        down()
    except RecursionError:
        return len([1, 2, 3])
depth = 0
print(handler_calls(), depth)

# Mutual recursion and recursion through methods.
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(50), odd(51))

class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 if self.nxt is None else 1 + self.nxt.length()
chain = None
for _ in range(80):
    chain = Node(chain)
print(chain.length())
try:
    for _ in range(100):
        chain = Node(chain)
    chain.length()
except RecursionError as e:
    print("method recursion:", e)

sys.setrecursionlimit(3000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(2500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
