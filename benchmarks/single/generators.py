# Generators: pipelines of generator functions and expressions, yield from delegation,
# send() driven coroutines and a lazily evaluated tree walk.
import sys


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def squares(it):
    for x in it:
        yield x * x


def take_every(it, k):
    for i, x in enumerate(it):
        if i % k == 0:
            yield x


def chain_all(*its):
    for it in its:
        yield from it


def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


class Node:
    __slots__ = ('value', 'left', 'right')

    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.value
        yield from walk(node.right)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
    total = sum(take_every(squares(naturals(n)), 3))
    evens = sum(x for x in chain_all(range(n // 2), naturals(n // 2)) if x % 2 == 0)
    avg = running_average()
    next(avg)
    last = None
    for x in range(n // 4):
        last = avg.send(x)
    tree = build(0, n // 4)
    walked = sum(walk(tree))
    print(total, evens, last, walked)


main()
