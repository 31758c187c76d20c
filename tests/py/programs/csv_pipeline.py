"""Generator pipeline over CSV-like text: parsing, validation, grouping, reporting."""
import io
import itertools
import functools
import operator
from collections import namedtuple, Counter
from contextlib import contextmanager

RAW = """\
# sales export v2
date,region,rep,product,units,unit_price
2024-01-03,north,ana,widget,12,2.50
2024-01-03,south,ben,gadget,3,19.99
2024-01-04,north,ana,gadget,1,19.99
2024-01-04,east,cho,widget,40,2.25

2024-01-05,south,ben,widget,abc,2.50
2024-01-05,west,dee,doohickey,7,7.75
2024-01-06,north,eli,widget,15,2.50
2024-01-06,east,cho,"gizmo, deluxe",2,99.00
2024-01-07,south,ben,gadget,5,18.50
2024-01-07,north,ana,widget,-3,2.50
2024-01-08,west,dee,widget,22,2.40
2024-01-08,west,dee
2024-01-09,east,fay,gadget,4,19.99
"""

Sale = namedtuple("Sale", "date region rep product units unit_price")
Sale.total = property(lambda self: round(self.units * self.unit_price, 2))


class RowError(ValueError):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno


def split_csv(line):
    """Split one CSV line, honouring double quotes."""
    fields, buf, quoted = [], [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append("".join(buf))
            buf.clear()
        else:
            buf.append(ch)
    fields.append("".join(buf))
    return fields


def read_lines(stream):
    for lineno, line in enumerate(stream, start=1):
        yield lineno, line.rstrip("\n")


def skip_noise(lines):
    return ((n, l) for n, l in lines if l.strip() and not l.lstrip().startswith("#"))


def parse(lines, errors):
    header = None
    for lineno, line in lines:
        fields = split_csv(line)
        if header is None:
            header = fields
            continue
        try:
            if len(fields) != len(header):
                raise RowError(lineno, f"expected {len(header)} fields, got {len(fields)}")
            rec = dict(zip(header, fields))
            try:
                units = int(rec["units"])
            except ValueError as exc:
                raise RowError(lineno, f"bad units {rec['units']!r}") from exc
            if units <= 0:
                raise RowError(lineno, f"units must be positive: {units}")
            yield Sale(rec["date"], rec["region"], rec["rep"], rec["product"], units, float(rec["unit_price"]))
        except RowError as exc:
            errors.append(exc)


def running_total(sales):
    acc = 0.0
    for s in sales:
        acc = round(acc + s.total, 2)
        yield s, acc


@contextmanager
def section(title):
    print(f"=== {title} ===")
    try:
        yield
    finally:
        print()


def pipeline(text):
    errors = []
    stream = io.StringIO(text)
    sales = list(parse(skip_noise(read_lines(stream)), errors))
    return sales, errors


sales, errors = pipeline(RAW)

with section("parsed"):
    print(len(sales), "rows,", len(errors), "errors")
    for e in errors:
        cause = f" <- {type(e.__cause__).__name__}: {e.__cause__}" if e.__cause__ else ""
        print(" ", e, cause)

with section("running total"):
    for s, acc in itertools.islice(running_total(sales), 0, None, 3):
        print(f"  {s.date} {s.rep:<4} {s.total:>8.2f} {acc:>9.2f}")

with section("by region"):
    key = operator.attrgetter("region")
    for region, group in itertools.groupby(sorted(sales, key=key), key=key):
        group = list(group)
        total = sum(s.total for s in group)
        print(f"  {region:<6} n={len(group)} total={total:8.2f} avg={total / len(group):7.2f}")

with section("by day (accumulate)"):
    days = [(d, round(sum(s.total for s in g), 2)) for d, g in itertools.groupby(sales, key=lambda s: s.date)]
    for (d, t), cum in zip(days, itertools.accumulate(t for _, t in days)):
        print(f"  {d}: {t:7.2f} cumulative {cum:8.2f}")

with section("products x reps"):
    reps = sorted({s.rep for s in sales})
    products = sorted({s.product for s in sales})
    counts = Counter((s.product, s.rep) for s in sales)
    print("  " + " " * 14 + "".join(f"{r:>5}" for r in reps))
    for p in products:
        print(f"  {p:<14}" + "".join(f"{counts[p, r] or '-':>5}" for r in reps))

with section("pairs & windows"):
    best = max(sales, key=operator.attrgetter("total"))
    print("  best sale:", best._replace(unit_price=f"{best.unit_price:.2f}"))
    print("  pairwise deltas:", [round(b.total - a.total, 2) for a, b in itertools.pairwise(sales[:5])])
    print("  batches:", [[s.rep for s in chunk] for chunk in itertools.batched(sales, 4)])
    print("  chain/compress:", list(itertools.compress("ABCDEF", itertools.cycle([1, 0]))))
    print("  takewhile:", [s.units for s in itertools.takewhile(lambda s: s.units < 20, sales)])
    print("  dropwhile:", len(list(itertools.dropwhile(lambda s: s.region != "west", sales))))
    print("  starmap:", list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
    print("  zip_longest:", list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="?")))
    print("  combos:", sum(1 for c in itertools.combinations(reps, 2)), list(itertools.permutations("xyz", 2))[:4])
    print("  product:", ["".join(p) for p in itertools.product("01", repeat=3)])
    print("  reduce:", functools.reduce(lambda a, s: a + s.units, sales, 0))
    t1, t2 = itertools.tee(s.units for s in sales)
    print("  tee:", next(t1), next(t1), next(t2), list(itertools.filterfalse(lambda u: u % 2, t2)))
    print("  repeat/count:", list(zip(itertools.repeat("x", 3), itertools.count(10, 5))))

with section("exhausted generator"):
    gen = (s.rep for s in sales)
    print(" ", sorted(set(gen)), list(gen))
    it = iter(sales[:1])
    print(" ", next(it).rep, next(it, "done"))
    try:
        next(it)
    except StopIteration as exc:
        print("  StopIteration", repr(exc.value))
