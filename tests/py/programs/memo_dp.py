"""Top-down dynamic programming with functools.lru_cache, the way it is usually written:
staircase costs, coin change, longest increasing path and Collatz chains. Some recursions
go ~700 calls deep, well inside CPython's default recursion limit of 1000."""
import functools
import sys

N = 700
COST = [(i * 7919) % 23 + 1 for i in range(N)]


@functools.lru_cache(maxsize=None)
def min_cost(i):
    """cheapest way to reach the top from step i, moving 1 or 2 steps"""
    if i >= N:
        return 0
    return COST[i] + min(min_cost(i + 1), min_cost(i + 2))


@functools.lru_cache(maxsize=None)
def ways(amount, coin_index=0):
    coins = (50, 20, 10, 5, 2, 1)
    if amount == 0:
        return 1
    if amount < 0 or coin_index == len(coins):
        return 0
    return ways(amount - coins[coin_index], coin_index) + ways(amount, coin_index + 1)


@functools.lru_cache(maxsize=None)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


GRID = [[(r * 31 + c * 17) % 97 for c in range(25)] for r in range(25)]


@functools.lru_cache(maxsize=None)
def longest_path(r, c):
    best = 1
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 25 and 0 <= nc < 25 and GRID[nr][nc] > GRID[r][c]:
            best = max(best, 1 + longest_path(nr, nc))
    return best


def path_from(i):
    steps = []
    while i < N:
        steps.append(i)
        i = i + 1 if i + 1 >= N or min_cost(i + 1) <= min_cost(i + 2) else i + 2
    return steps


print("recursion limit:", sys.getrecursionlimit())
print("min cost from 0:", min_cost(0), "| from 1:", min_cost(1))
route = path_from(0)
print("route length:", len(route), "first steps:", route[:8], "last:", route[-3:])
print("cache:", min_cost.cache_info())
print("ways to make 100:", ways(100), "| 250:", ways(250), "| cache size:", ways.cache_info().currsize)
best = max(range(1, 20000), key=collatz_len)
print("longest collatz below 20000:", best, collatz_len(best))
print("lengths:", [collatz_len(n) for n in (27, 97, 871, 6171)])
lp = max((longest_path(r, c), r, c) for r in range(25) for c in range(25))
print("longest increasing grid path:", lp)
min_cost.cache_clear()
print("after clear:", min_cost.cache_info().currsize, min_cost(0))
