# Constraint solver: solve sudoku puzzles by constraint propagation (eliminating
# candidates, assigning forced values) plus depth-first search on the most constrained
# square.
import sys

DIGITS = '123456789'
ROWS = 'ABCDEFGHI'
SQUARES = [r + c for r in ROWS for c in DIGITS]
UNITS_LIST = ([[r + c for c in DIGITS] for r in ROWS] +
              [[r + c for r in ROWS] for c in DIGITS] +
              [[r + c for r in rs for c in cs]
               for rs in ('ABC', 'DEF', 'GHI') for cs in ('123', '456', '789')])
UNITS = {s: [u for u in UNITS_LIST if s in u] for s in SQUARES}
PEERS = {s: set(sum(UNITS[s], [])) - {s} for s in SQUARES}


def assign(values, s, d):
    for other in values[s].replace(d, ''):
        if not eliminate(values, s, other):
            return False
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return values
    values[s] = values[s].replace(d, '')
    if not values[s]:
        return False
    if len(values[s]) == 1:
        d2 = values[s]
        if not all(eliminate(values, s2, d2) for s2 in PEERS[s]):
            return False
    for u in UNITS[s]:
        places = [sq for sq in u if d in values[sq]]
        if not places:
            return False
        if len(places) == 1 and not assign(values, places[0], d):
            return False
    return values


def parse(grid):
    values = {s: DIGITS for s in SQUARES}
    for s, d in zip(SQUARES, grid):
        if d in DIGITS and not assign(values, s, d):
            return False
    return values


def search(values):
    if values is False:
        return False
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    _, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        result = search(assign(dict(values), s, d))
        if result:
            return result
    return False


PUZZLES = [
    '4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......',
    '52...6.........7.13...........4..8..6......5...........418.........3..2...87.....',
    '6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....',
    '48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....',
    '....14....3....2...7..........9...3.6.1.............8.2.....1.4....5.6.....7.8...',
]


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for _ in range(rounds):
        out = []
        for p in PUZZLES:
            solved = search(parse(p))
            out.append(''.join(solved[s] for s in SQUARES))
    for line in out:
        print(line)


main()
