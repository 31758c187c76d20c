"""Invoice / report generator exercising every formatting style: f-strings with format specs,
str.format with nested fields, %-formatting, string.Template, custom __format__, f"{x=}"."""
from string import Template
from dataclasses import dataclass
import math


class Money:
    __slots__ = ("cents", "currency")
    SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}

    def __init__(self, amount, currency="EUR"):
        self.cents = round(amount * 100) if isinstance(amount, float) else amount * 100
        self.currency = currency

    def __add__(self, other):
        if other == 0:
            return self
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        m = Money(0, self.currency)
        m.cents = self.cents + other.cents
        return m

    __radd__ = __add__

    def __mul__(self, k):
        m = Money(0, self.currency)
        m.cents = round(self.cents * k)
        return m

    def __format__(self, spec):
        # spec: [code|sym][,][width]
        style, _, rest = spec.partition(":")
        units, cents = divmod(abs(self.cents), 100)
        sep = "," if "," in rest else ""
        width = int(rest.replace(",", "") or 0)
        number = f"{units:{sep}d}.{cents:02d}"
        sign = "-" if self.cents < 0 else ""
        if style == "code":
            text = f"{sign}{number} {self.currency}"
        else:
            text = f"{sign}{self.SYMBOLS.get(self.currency, '?')}{number}"
        return f"{text:>{width}}"

    def __repr__(self):
        return f"Money({self.cents / 100!r}, {self.currency!r})"

    def __str__(self):
        return format(self, "sym:")


@dataclass
class LineItem:
    description: str
    qty: float
    unit: Money
    vat: float = 0.21

    @property
    def net(self):
        return self.unit * self.qty

    @property
    def tax(self):
        return self.net * self.vat


HEADER = Template("""\
INVOICE $number
To: ${customer}
Date: $date    Due: $due
Note: $$5 fee for late payment; ${missing_ok}""")

items = [
    LineItem("Consulting (hours)", 12.5, Money(95.0)),
    LineItem("Travel", 1, Money(240.10), vat=0.0),
    LineItem("License — annual", 3, Money(1299)),
    LineItem("Discount", 1, Money(-150.0)),
    LineItem("Stickers", 250, Money(0.04), vat=0.09),
]

print(HEADER.safe_substitute(number="2024-0042", customer="Acme B.V.", date="2024-03-01", due="2024-03-31"))
try:
    HEADER.substitute(number=1)
except KeyError as exc:
    print("KeyError:", exc)
print()
w = max(len(i.description) for i in items)
print(f"{'Description':<{w}} | {'Qty':>7} | {'Unit':>10} | {'VAT':>4} | {'Net':>12}")
print(f"{'':-<{w}}-+-{'':-^7}-+-{'':->10}-+-{'':-<4}-+-{'':->12}")
for it in items:
    print(f"{it.description:<{w}} | {it.qty:>7.2f} | {it.unit:sym:10} | {it.vat:>4.0%} | {it.net:code:,12}")
net = sum(i.net for i in items)
tax = sum(i.tax for i in items)
print(f"{'':=<{w + 50}}")
for label, amount in (("Subtotal", net), ("VAT", tax), ("TOTAL", net + tax)):
    print(f"{label:>{w + 33}}  {amount:sym:,14}")
print()

rates = {r: sum(i.tax for i in items if i.vat == r) for r in sorted({i.vat for i in items})}
for rate, amount in rates.items():
    print("VAT {0:>5.1%} on {1.description!s:.<20}... {2}".format(rate, next(i for i in items if i.vat == rate), amount))
print("{:{fill}{align}{width}}|".format("centered", fill="*", align="^", width=20))
print("{0[0]}/{0[1]} {1[currency]} {2.real:+.1f}".format(("a", "b"), {"currency": "EUR"}, 3 + 4j))
print("%-10s|%5d|%-8.3f|%x|%o|%e|%5.1f%%|%c|%r" % ("percent", 42, math.pi, 255, 8, 12345.678, 99.5, 65, "q"))
print("%(name)s owes %(amount).2f (%(count)03d items)" % {"name": "Acme", "amount": 3421.456, "count": 7})
print("%s %s" % (1, [2]), "%5s|%-5s|" % ("ab", "cd"), "%.3s" % "abcdef", "%+d % d" % (5, 5))

n = 1234567.891
print(f"{n:,.2f} {n:_.1f} {n:e} {n:.3g} {n:15.4E} {int(n):_x} {int(n):#o} {int(n):#b}"[:120])
print(f"{0.000123456:g} {1e16:g} {123456789:g} {1.5e-7:.2%} {-0.0:+.1f} {float('nan'):>6} {float('-inf'):<6}|")
print(f"{42:08.3f} {-42:08d} {42:^+9d} {42:=+9d} {3.14159:.0f} {2.5:.0f} {3.5:.0f} {1e300 * 10:f}")
print(f"{'text':>{10}.{2}} {'x'!r:^7} {'ü'!a} {12:#06x} {12:c}{10:c}", end="|\n")
value, name = 17, "widgets"
print(f"{value=} {name=!s} {value * 2 = } {name.upper()=:>10}")
print(f"{'nested {braces}'} {{literal}} {{{value}}}", f"{'a' 'b'}", f"""{'''triple'''}""")
width, prec = 12, 4
print(f"[{math.e:{width}.{prec}f}] [{math.e:<{width}.{prec + 2}g}] [{'left':{'<'}{width}}]")
print(format(1234.5, ",.1f"), format(0.5, ".0%"), format(255, "X"), format("s", "^5"), format(True, ">6"), format(7, ""))
print(round(2.675, 2), round(0.125, 2), round(-1.5), round(2.5), round(1234.5678, -2), repr(1.1 + 2.2), 1e22, 1e-5, 123e300)
try:
    f"{'abc':d}"
except ValueError as exc:
    print("ValueError:", exc)
try:
    "{0} {1}".format("only one")
except IndexError as exc:
    print("IndexError:", exc)
try:
    "%d" % "x"
except TypeError as exc:
    print("TypeError:", exc)
try:
    "%s %s" % ("a",)
except TypeError as exc:
    print("TypeError:", exc)
try:
    Money(5, "USD") + Money(5)
except ValueError as exc:
    print("ValueError:", exc)
print(repr(sum(i.net for i in items)), str(Money(-3.5, "GBP")), f"{Money(1234567, 'JPY'):code:,0}")
