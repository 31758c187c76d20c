"""Inventory system: dataclasses, enums, sorting by several keys, grouping."""
from dataclasses import dataclass, field, asdict, replace, astuple
from enum import Enum, IntEnum, Flag, auto
from collections import defaultdict, OrderedDict
from functools import total_ordering
from operator import attrgetter, itemgetter
import itertools


class Category(Enum):
    TOOLS = "tools"
    GARDEN = "garden"
    KITCHEN = "kitchen"
    TOYS = "toys"

    @property
    def label(self):
        return self.value.capitalize()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Tag(Flag):
    NONE = 0
    FRAGILE = auto()
    HEAVY = auto()
    OUTDOOR = auto()
    SALE = auto()


@total_ordering
@dataclass(frozen=True)
class Sku:
    prefix: str
    number: int

    def __str__(self):
        return f"{self.prefix}-{self.number:04d}"

    def __lt__(self, other):
        return (self.prefix, self.number) < (other.prefix, other.number)


@dataclass(order=True)
class Item:
    sort_index: tuple = field(init=False, repr=False, compare=True)
    name: str = field(compare=False)
    sku: Sku = field(compare=False)
    category: Category = field(compare=False)
    price_cents: int = field(compare=False)
    quantity: int = field(default=0, compare=False)
    tags: Tag = field(default=Tag.NONE, compare=False)
    suppliers: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = (self.category.value, -self.price_cents)

    @property
    def value(self):
        return self.price_cents * self.quantity


@dataclass
class Order:
    sku: Sku
    quantity: int
    priority: Priority = Priority.NORMAL


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = OrderedDict()

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item

    def fulfil(self, orders):
        shipped, failed = [], []
        for order in sorted(orders, key=lambda o: (-o.priority, str(o.sku))):
            item = self.items.get(order.sku)
            try:
                if item is None:
                    raise LookupError(f"unknown sku {order.sku}")
                if item.quantity < order.quantity:
                    raise OutOfStock(f"{item.name}: want {order.quantity}, have {item.quantity}")
                item.quantity -= order.quantity
                shipped.append((order.priority.name, str(order.sku), order.quantity))
            except (LookupError, OutOfStock) as exc:
                failed.append(f"{type(exc).__name__}: {exc}")
        return shipped, failed

    def by_category(self):
        groups = defaultdict(list)
        for item in self.items.values():
            groups[item.category].append(item)
        return groups

    def tagged(self, tag):
        return [i.name for i in self.items.values() if tag in i.tags]


def money(cents):
    return f"${cents // 100:,}.{cents % 100:02d}"


def build():
    inv = Inventory()
    rows = [
        ("Hammer", "TL", 1, Category.TOOLS, 1299, 40, Tag.HEAVY, ["acme"]),
        ("Wrench", "TL", 7, Category.TOOLS, 899, 15, Tag.NONE, ["acme", "bolt"]),
        ("Shovel", "GD", 3, Category.GARDEN, 2450, 8, Tag.HEAVY | Tag.OUTDOOR, []),
        ("Hose", "GD", 12, Category.GARDEN, 1999, 0, Tag.OUTDOOR | Tag.SALE, ["aqua"]),
        ("Teapot", "KT", 2, Category.KITCHEN, 3500, 5, Tag.FRAGILE, ["clay"]),
        ("Whisk", "KT", 5, Category.KITCHEN, 450, 120, Tag.SALE, []),
        ("Robot", "TY", 9, Category.TOYS, 4999, 3, Tag.FRAGILE | Tag.SALE, ["bots"]),
        ("Kite", "TY", 4, Category.TOYS, 1250, 22, Tag.OUTDOOR, []),
        ("Saw", "TL", 3, Category.TOOLS, 1299, 11, Tag.NONE, []),
    ]
    for name, pre, num, cat, price, qty, tags, sup in rows:
        inv.add(Item(name, Sku(pre, num), cat, price, qty, tags, sup))
    return inv


def main():
    inv = build()
    first = next(iter(inv.items.values()))
    print(first)
    print(asdict(Order(Sku("TL", 1), 2)))
    print(astuple(Sku("AB", 3)), str(Sku("AB", 3)), Sku("AB", 3) == Sku("AB", 3))
    try:
        Sku("X", 1).number = 5
    except Exception as exc:
        print(type(exc).__name__, exc)
    try:
        inv.add(Item("Dup", Sku("TL", 1), Category.TOOLS, 1, 1))
    except KeyError as exc:
        print("KeyError", exc)

    print("\n-- sorted by (category, -price) via order=True --")
    for item in sorted(inv.items.values()):
        print(f"  {item.category.label:<8} {item.name:<7} {money(item.price_cents):>8}")

    print("\n-- sorted by price desc, then name --")
    for item in sorted(sorted(inv.items.values(), key=attrgetter("name")),
                       key=attrgetter("price_cents"), reverse=True):
        print(f"  {str(item.sku):<8} {item.name:<7} {item.price_cents:>5}")

    print("\n-- skus sorted --", ", ".join(map(str, sorted(inv.items))))

    print("\n-- stock value per category --")
    groups = inv.by_category()
    for cat in Category:
        items = groups.get(cat, [])
        total = sum(i.value for i in items)
        names = ",".join(sorted(i.name for i in items))
        print(f"  {cat.name:<8}|{len(items):^3}|{money(total):>11} | {names}")

    print("\n-- tags --")
    for tag in Tag:
        print(f"  {tag.name:<8} {inv.tagged(tag)}")
    print("  combo:", Tag.HEAVY | Tag.OUTDOOR, bool(Tag.NONE), Tag.SALE in (Tag.SALE | Tag.FRAGILE))

    orders = [
        Order(Sku("TL", 1), 5),
        Order(Sku("GD", 12), 1, Priority.HIGH),
        Order(Sku("TY", 9), 3, Priority.HIGH),
        Order(Sku("TY", 9), 1, Priority.LOW),
        Order(Sku("ZZ", 1), 1),
        Order(Sku("KT", 5), 100, Priority.LOW),
        Order(Sku("KT", 5), 30),
    ]
    shipped, failed = inv.fulfil(orders)
    print("\n-- fulfilment --")
    for row in shipped:
        print("  shipped", *row)
    for msg in failed:
        print("  failed ", msg)

    print("\n-- low stock (<10) grouped by category --")
    low = sorted((i for i in inv.items.values() if i.quantity < 10), key=lambda i: i.category.value)
    for cat, grp in itertools.groupby(low, key=attrgetter("category")):
        print(f"  {cat}: {[(i.name, i.quantity) for i in grp]}")

    restocked = replace(first, quantity=first.quantity + 100)
    print("\nreplace:", restocked.name, restocked.quantity, first.quantity, restocked == first)
    pairs = sorted(((p.name, p.value) for p in Priority), key=itemgetter(1), reverse=True)
    print("priorities:", pairs, Priority.HIGH > Priority.LOW, Priority(2))
    print("lookup:", Category("toys"), Category["GARDEN"].label, repr(Tag.FRAGILE))
    try:
        Category("food")
    except ValueError as exc:
        print("ValueError:", exc)


main()
