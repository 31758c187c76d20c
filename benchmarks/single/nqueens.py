# N-queens: count all placements of n queens on an n x n board with a backtracking
# search over columns and diagonals held in sets.
import sys


def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return count


def permutation_solutions(n):
    # A second formulation: filter permutations generated recursively.
    def perms(prefix, remaining):
        if not remaining:
            yield prefix
            return
        for i, v in enumerate(remaining):
            row = len(prefix)
            if all(abs(v - q) != row - r for r, q in enumerate(prefix)):
                yield from perms(prefix + (v,), remaining[:i] + remaining[i + 1:])
    return sum(1 for _ in perms((), tuple(range(n))))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    print(n, solve(n), permutation_solutions(n - 1))


main()
