"""Spreadsheet engine: cell formulas compiled with compile()/eval() in a restricted namespace,
dependency tracking, cycle detection, memoised recalculation and a rendered grid."""
import math
import string
import functools
from collections import defaultdict


class CellError(Exception):
    code = "#ERR"


class CycleError(CellError):
    code = "#CYCLE"


class RefError(CellError):
    code = "#REF"


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def col_name(index):
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def split_ref(ref):
    letters = "".join(ch for ch in ref if ch.isalpha())
    digits = ref[len(letters):]
    if not letters or not digits.isdigit() or not letters.isupper():
        raise RefError(f"bad reference {ref!r}")
    return col_index(letters), int(digits) - 1


def refs_in(formula):
    """Find cell references (A1, BC12) and ranges (A1:B3) in a formula."""
    found, i = [], 0
    while i < len(formula):
        if formula[i] in string.ascii_uppercase and (i == 0 or not formula[i - 1].isalnum()):
            j = i
            while j < len(formula) and formula[j] in string.ascii_uppercase:
                j += 1
            k = j
            while k < len(formula) and formula[k].isdigit():
                k += 1
            if k > j and (k == len(formula) or not formula[k].isalpha()):
                found.append((i, k, formula[i:k]))
                i = k
                continue
            i = j
        else:
            i += 1
    return found


SAFE = {"abs": abs, "min": min, "max": max, "round": round, "len": len, "sum": sum,
        "sqrt": math.sqrt, "pi": math.pi, "int": int, "str": str}


def AVG(values):
    values = list(values)
    if not values:
        raise CellError("AVG of empty range")
    return sum(values) / len(values)


def IF(cond, a, b):
    return a if cond else b


SAFE.update(AVG=AVG, IF=IF, SUM=sum, MAX=max, MIN=min)


class Sheet:
    def __init__(self):
        self.raw = {}
        self.code = {}
        self.deps = {}
        self.cache = {}
        self.evaluating = []

    def set(self, ref, value):
        split_ref(ref)
        self.raw[ref] = value
        self.cache.clear()
        if isinstance(value, str) and value.startswith("="):
            expr = value[1:]
            pieces, last, deps = [], 0, set()
            for start, end, token in refs_in(expr):
                pieces.append(expr[last:start])
                if end < len(expr) and expr[end] == ":":
                    pass
                pieces.append(f"_cell({token!r})")
                deps.add(token)
                last = end
            pieces.append(expr[last:])
            src = "".join(pieces)
            src = src.replace("):_cell(", ", ").replace("_cell('", "_cell('")
            src = self._ranges(src)
            try:
                self.code[ref] = compile(src, f"<cell {ref}>", "eval")
            except SyntaxError as exc:
                self.code[ref] = exc
            self.deps[ref] = deps
        else:
            self.code.pop(ref, None)
            self.deps[ref] = set()

    @staticmethod
    def _ranges(src):
        # "_cell('A1', 'A3')" produced from A1:A3 becomes _range('A1', 'A3')
        out = []
        for part in src.split("_cell("):
            if out and ", '" in part.split(")")[0]:
                out.append("_range(" + part)
            else:
                out.append(("_cell(" if out else "") + part)
        return "".join(out)

    def _range(self, a, b):
        (c1, r1), (c2, r2) = split_ref(a), split_ref(b)
        return [self.value(f"{col_name(c)}{r + 1}")
                for r in range(min(r1, r2), max(r1, r2) + 1)
                for c in range(min(c1, c2), max(c1, c2) + 1)
                if f"{col_name(c)}{r + 1}" in self.raw]

    def value(self, ref):
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            cycle = self.evaluating[self.evaluating.index(ref):] + [ref]
            raise CycleError(" -> ".join(cycle))
        raw = self.raw.get(ref, 0)
        code = self.code.get(ref)
        if code is None:
            result = raw
        elif isinstance(code, SyntaxError):
            raise CellError(f"syntax: {code.msg}")
        else:
            self.evaluating.append(ref)
            try:
                env = dict(SAFE, _cell=self.value, _range=self._range)
                result = eval(code, {"__builtins__": {}}, env)
            except CellError:
                raise
            except ZeroDivisionError:
                raise CellError("#DIV/0!") from None
            except NameError as exc:
                raise CellError(f"#NAME? {exc.name}") from None
            except (TypeError, ValueError) as exc:
                raise CellError(f"{type(exc).__name__}: {exc}") from None
            finally:
                self.evaluating.pop()
        self.cache[ref] = result
        return result

    def display(self, ref):
        try:
            v = self.value(ref)
        except CellError as exc:
            return exc.code if isinstance(exc, (CycleError, RefError)) else "#ERR"
        if isinstance(v, float):
            return f"{v:.2f}"
        return str(v)

    def dependents(self, ref):
        rev = defaultdict(set)
        for cell, deps in self.deps.items():
            for d in deps:
                rev[d].add(cell)
        seen, stack = set(), [ref]
        while stack:
            for nxt in rev[stack.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return sorted(seen, key=lambda r: (split_ref(r)[1], split_ref(r)[0]))

    def render(self, cols, rows, width=9):
        print("    " + "".join(f"{col_name(c):^{width}}" for c in range(cols)))
        for r in range(rows):
            cells = [self.display(f"{col_name(c)}{r + 1}") if f"{col_name(c)}{r + 1}" in self.raw else ""
                     for c in range(cols)]
            print(f"{r + 1:>3} " + "".join(f"{c:>{width}}" for c in cells))


sheet = Sheet()
data = {
    "A1": "item", "B1": "qty", "C1": "price", "D1": "total",
    "A2": "apple", "B2": 3, "C2": 0.5, "D2": "=B2*C2",
    "A3": "pear", "B3": 2, "C3": 0.75, "D3": "=B3*C3",
    "A4": "melon", "B4": 1, "C4": 3.2, "D4": "=B4*C4",
    "A5": "sum", "B5": "=SUM(B2:B4)", "D5": "=SUM(D2:D4)",
    "A6": "avg", "C6": "=round(AVG(C2:C4), 3)", "D6": "=IF(D5 > 5, 'big', 'small')",
    "E1": "=E2+1", "E2": "=E3+1", "E3": "=E1+1",
    "E4": "=1/(B2-3)", "E5": "=nope + 1", "E6": "=B2 +* 2",
    "F1": "=sqrt(-1)", "F2": "=max(B2:B4) * 10", "F3": "='x' * B3", "F4": "=__import__('os')",
}
for ref, val in data.items():
    sheet.set(ref, val)
sheet.render(6, 6)
for ref in ["D5", "C6", "E1", "E4", "E5", "E6", "F1", "F4"]:
    try:
        print(f"{ref}: {sheet.value(ref)!r}")
    except CellError as exc:
        print(f"{ref}: {type(exc).__name__}({exc})")
print("dependents of B2:", sheet.dependents("B2"))
sheet.set("B2", 10)
print("after B2=10:", sheet.display("D2"), sheet.display("D5"), sheet.display("D6"), sheet.display("E4"))
print("refs:", [t for _, _, t in refs_in("SUM(A1:B2) + AA10 * x1 + Q")])
print("names:", [col_name(i) for i in (0, 25, 26, 27, 701, 702)], col_index("AAA"))
for bad in ["a1", "1A", "A"]:
    try:
        split_ref(bad)
    except RefError as exc:
        print("RefError:", exc)
code = sheet.code["D2"]
print(type(code).__name__, code.co_filename, sorted(code.co_names))
ns = {}
exec("def double(x):\n    return x * 2\nresult = double(21)", ns)
print(ns["result"], ns["double"].__name__, "__builtins__" in ns, eval("a + b", {"a": 1}, {"b": 2}))
try:
    eval("1 +", {})
except SyntaxError as exc:
    print("SyntaxError:", exc.msg, exc.filename, exc.lineno)
