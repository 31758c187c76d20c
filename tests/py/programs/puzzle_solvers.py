"""Puzzle solvers: sudoku (constraint propagation + backtracking), N-queens, a prime sieve,
pi digits via a big-int spigot, LCS/edit distance with DP and memoisation."""
import functools
import itertools
import sys

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

HARD = "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4.."


def parse_grid(text):
    cells = [c for c in text if c in "123456789."]
    if len(cells) != 81:
        raise ValueError(f"expected 81 cells, got {len(cells)}")
    return [[0 if c == "." else int(c) for c in cells[r * 9:(r + 1) * 9]] for r in range(9)]


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


def solve(grid, stats):
    best = None
    for r, c in itertools.product(range(9), repeat=2):
        if grid[r][c] == 0:
            cands = candidates(grid, r, c)
            if not cands:
                return False
            if best is None or len(cands) < len(best[2]):
                best = (r, c, cands)
                if len(cands) == 1:
                    break
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        stats["guesses"] += 1
        grid[r][c] = d
        if solve(grid, stats):
            return True
    grid[r][c] = 0
    stats["backtracks"] += 1
    return False


def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        lines.append(" | ".join(" ".join(map(str, row[i:i + 3])) for i in (0, 3, 6)))
    return "\n".join(lines)


def valid(grid):
    groups = [row for row in grid] + [list(col) for col in zip(*grid)]
    groups += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
               for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)


def queens(n):
    solutions = []

    def place(row, cols, d1, d2, acc):
        if row == n:
            solutions.append(tuple(acc))
            return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc + [c])

    place(0, frozenset(), frozenset(), frozenset(), [])
    return solutions


def sieve(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0:2] = b"\x00\x00"
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
    return [i for i, f in enumerate(flags) if f]


def pi_digits(n):
    """Gibbons' unbounded spigot."""
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


def edit_distance(a, b):
    @functools.lru_cache(maxsize=None)
    def d(i, j):
        if i == 0 or j == 0:
            return i + j
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
    result = d(len(a), len(b))
    return result, d.cache_info()


def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, ca in enumerate(a, 1):
        for j, cb in enumerate(b, 1):
            table[i][j] = table[i - 1][j - 1] + 1 if ca == cb else max(table[i - 1][j], table[i][j - 1])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))


for label, text in (("easy", PUZZLE), ("hard", HARD)):
    grid = parse_grid(text)
    stats = {"guesses": 0, "backtracks": 0}
    ok = solve(grid, stats)
    print(f"sudoku {label}: solved={ok} valid={valid(grid)} {stats}")
    print(show(grid) if label == "easy" else "".join(map(str, grid[0])) + " ... " + "".join(map(str, grid[8])))
try:
    parse_grid("123")
except ValueError as exc:
    print("ValueError:", exc)

for n in (4, 6, 8):
    sols = queens(n)
    print(f"{n}-queens: {len(sols)} solutions, first {sols[0] if sols else None}")
board = queens(8)[0]
print("\n".join("".join("Q" if c == col else "." for c in range(8)) for col in board[:3]))

primes = sieve(100_000)
print("primes below 100000:", len(primes), primes[:10], primes[-3:])
twin = sum(1 for a, b in itertools.pairwise(primes) if b - a == 2)
gaps = max(b - a for a, b in itertools.pairwise(primes))
print("twin pairs:", twin, "max gap:", gaps)
digits = pi_digits(120)
print("pi:", f"{digits[0]}." + "".join(map(str, digits[1:])))
print("digit counts:", sorted(((d, digits.count(d)) for d in set(digits)), key=lambda t: (-t[1], t[0]))[:4])
big = functools.reduce(lambda a, b: a * b, range(1, 301))
s = str(big)
print("300! has", len(s), "digits, ends with", len(s) - len(s.rstrip("0")), "zeros, digit sum", sum(map(int, s)))
print("2**521-1 prime-ish (Fermat base 3):", pow(3, 2**521 - 2, 2**521 - 1) == 1, (2**521 - 1).bit_length())
print("gcd chain:", functools.reduce(lambda a, b: (a * b) // __import__('math').gcd(a, b), range(1, 31)))
for a, b in (("kitten", "sitting"), ("intention", "execution"), ("weft interpreter", "left interpolator")):
    dist, info = edit_distance(a, b)
    print(f"edit({a!r}, {b!r}) = {dist}; cache misses={info.misses}; lcs={lcs(a, b)!r}")
sys.setrecursionlimit(5000)
print("deep recursion:", (lambda f: f(f, 3000))(lambda self, n: 0 if n == 0 else 1 + self(self, n - 1)))
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as exc:
    print("RecursionError:", exc)
