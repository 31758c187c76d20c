# Chaos game: repeatedly jump a fraction of the way towards a randomly chosen vertex of
# a polygon and histogram where the point lands. A linear congruential generator
# keeps the sequence identical on every interpreter.
import sys


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state

    def choice(self, n):
        return self.next() % n

    def uniform(self):
        return self.next() / 2147483648.0


class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def towards(self, other, t):
        return Vec(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)


def polygon(n):
    from math import cos, sin, pi
    return [Vec(cos(2 * pi * k / n), sin(2 * pi * k / n)) for k in range(n)]


def play(vertices, steps, grid, rng):
    counts = [[0] * grid for _ in range(grid)]
    p = Vec(rng.uniform() * 2 - 1, rng.uniform() * 2 - 1)
    ratio = 0.5 if len(vertices) == 3 else 0.38
    for _ in range(steps):
        p = p.towards(vertices[rng.choice(len(vertices))], 1 - ratio)
        gx = int((p.x + 1) / 2 * (grid - 1))
        gy = int((p.y + 1) / 2 * (grid - 1))
        counts[gy][gx] += 1
    return counts


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 250000
    rng = LCG(42)
    total = 0
    for sides in (3, 5):
        counts = play(polygon(sides), steps, 64, rng)
        filled = sum(1 for row in counts for c in row if c)
        peak = max(max(row) for row in counts)
        total += filled
        print(sides, filled, peak)
    print(total)


main()
