"""Chess-club tournament: round-robin pairing (circle method), Elo updates, tie-breaks with
functools.cmp_to_key, bisect-based rating bands, heapq.merge/nlargest, stable multi-key sorts."""
import bisect
import heapq
import itertools
import math
from functools import cmp_to_key, lru_cache, reduce
from collections import defaultdict, Counter
from operator import itemgetter

PLAYERS = {
    "Anand": 1850, "Botvinnik": 1720, "Capablanca": 1910, "Dzindzi": 1500,
    "Euwe": 1650, "Fischer": 1990, "Gligoric": 1580, "Hort": 1720,
}

# deterministic "results": score for white computed from a simple hash of names
def play(white, black, rnd):
    h = sum(map(ord, white)) * 31 + sum(map(ord, black)) * 17 + rnd * 7
    diff = PLAYERS[white] - PLAYERS[black]
    roll = (h % 100) + diff / 20
    if roll > 62:
        return 1.0
    if roll > 38:
        return 0.5
    return 0.0


def round_robin(names):
    names = list(names)
    if len(names) % 2:
        names.append(None)
    n = len(names)
    rounds = []
    for r in range(n - 1):
        pairs = []
        for i in range(n // 2):
            a, b = names[i], names[n - 1 - i]
            if a is not None and b is not None:
                pairs.append((a, b) if (r + i) % 2 == 0 else (b, a))
        rounds.append(pairs)
        names = [names[0]] + [names[-1]] + names[1:-1]
    return rounds


def expected(ra, rb):
    return 1 / (1 + 10 ** ((rb - ra) / 400))


def k_factor(rating, games):
    if games < 5:
        return 40
    return 20 if rating < 1800 else 10


ratings = dict(PLAYERS)
games = Counter()
score = defaultdict(float)
opponents = defaultdict(list)
results = []
wins = Counter()
for rnd, pairs in enumerate(round_robin(sorted(PLAYERS)), 1):
    for white, black in pairs:
        s = play(white, black, rnd)
        ew = expected(ratings[white], ratings[black])
        kw, kb = k_factor(ratings[white], games[white]), k_factor(ratings[black], games[black])
        ratings[white] += kw * (s - ew)
        ratings[black] += kb * ((1 - s) - (1 - ew))
        games[white] += 1
        games[black] += 1
        score[white] += s
        score[black] += 1 - s
        opponents[white].append(black)
        opponents[black].append(white)
        if s == 1:
            wins[white] += 1
        elif s == 0:
            wins[black] += 1
        results.append((rnd, white, black, s))

print(f"{len(results)} games in {max(r[0] for r in results)} rounds")
for rnd, white, black, s in results[:6]:
    outcome = {1.0: "1-0", 0.5: "½-½", 0.0: "0-1"}[s]
    print(f"  R{rnd} {white:>10} - {black:<10} {outcome}")
print("  ...")
print("outcomes:", Counter(s for *_, s in results))


def sonneborn_berger(p):
    total = 0.0
    for rnd, w, b, s in results:
        if w == p:
            total += s * score[b]
        elif b == p:
            total += (1 - s) * score[w]
    return total


def compare(a, b):
    for key in (lambda p: score[p], sonneborn_berger, lambda p: wins[p]):
        ka, kb = key(a), key(b)
        if ka != kb:
            return -1 if ka > kb else 1
    return (a > b) - (a < b)


standings = sorted(PLAYERS, key=cmp_to_key(compare))
print(f"\n{'#':>2} {'player':<11}{'pts':>5}{'SB':>7}{'W':>3}{'old':>6}{'new':>8}{'Δ':>7}")
for i, p in enumerate(standings, 1):
    delta = ratings[p] - PLAYERS[p]
    print(f"{i:>2} {p:<11}{score[p]:>5.1f}{sonneborn_berger(p):>7.2f}{wins[p]:>3}{PLAYERS[p]:>6}{ratings[p]:>8.1f}{delta:>+7.1f}")
print("rating points conserved:", math.isclose(sum(ratings.values()), sum(PLAYERS.values()), abs_tol=60),
      round(sum(ratings.values()) - sum(PLAYERS.values()), 6))

BANDS = [1600, 1700, 1800, 1900]
LABELS = ["D", "C", "B", "A", "Master"]
by_band = defaultdict(list)
for p, r in sorted(ratings.items()):
    by_band[LABELS[bisect.bisect_right(BANDS, r)]].append(p)
print("\nbands:", {k: by_band[k] for k in LABELS if k in by_band})
ordered = sorted(ratings.items(), key=itemgetter(1))
idx = bisect.bisect_left(ordered, 1750, key=itemgetter(1))
print("first at/above 1750:", ordered[idx][0], "| insort demo:", end=" ")
pool = [1500, 1600, 1700]
bisect.insort(pool, 1650)
bisect.insort_left(pool, 1600)
print(pool)

print("top 3 by rating:", heapq.nlargest(3, ratings, key=ratings.get))
print("bottom 2 by score:", heapq.nsmallest(2, score.items(), key=lambda kv: (kv[1], kv[0])))
streams = [sorted((r, p) for p, r in PLAYERS.items() if p[0] in group) for group in ("ABCD", "EFGH")]
print("merged:", [p for _, p in heapq.merge(*streams)])
print("merged desc:", [p for _, p in heapq.merge(*[s[::-1] for s in streams], reverse=True)][:4])

records = [(p, score[p], wins[p]) for p in PLAYERS]
by_wins_then_name = sorted(sorted(records, key=itemgetter(0)), key=itemgetter(2), reverse=True)
print("stable sort:", [(n, w) for n, _, w in by_wins_then_name])
print("groupby pts:", {k: [n for n, *_ in g] for k, g in itertools.groupby(sorted(records, key=itemgetter(1), reverse=True), key=itemgetter(1))})
h2h = {(a, b): s for _, a, b, s in results}
print("head-to-head Fischer v Capablanca:", h2h.get(("Fischer", "Capablanca"), h2h.get(("Capablanca", "Fischer"))))


@lru_cache(maxsize=None)
def pairings_count(n):
    """number of perfect matchings of n players"""
    return 1 if n == 0 else (n - 1) * pairings_count(n - 2)


print("perfect matchings:", [pairings_count(n) for n in range(0, 13, 2)], pairings_count.cache_info().hits)
print("expected score 1990 vs 1500:", round(expected(1990, 1500), 4), round(expected(1500, 1990), 4))
print("prob sum:", reduce(lambda a, b: a + b, (expected(ratings[a], ratings[b]) + expected(ratings[b], ratings[a]) for a, b in itertools.combinations(PLAYERS, 2))))
