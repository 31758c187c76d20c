"""Vending machine state machine driven by match statements over event objects."""
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple


class State(Enum):
    IDLE = "idle"
    HAS_MONEY = "has_money"
    DISPENSING = "dispensing"
    MAINTENANCE = "maintenance"
    OUT_OF_ORDER = "out_of_order"


@dataclass(frozen=True)
class Coin:
    cents: int


@dataclass(frozen=True)
class Select:
    slot: str


@dataclass(frozen=True)
class Cancel:
    pass


@dataclass(frozen=True)
class Service:
    action: str
    payload: dict | None = None


class Tick(NamedTuple):
    seconds: int


VALID_COINS = (5, 10, 25, 100, 200)


class VendingMachine:
    def __init__(self, stock):
        self.state = State.IDLE
        self.stock = dict(stock)  # slot -> [name, price, count]
        self.credit = 0
        self.bank = 0
        self.transitions = []
        self.pending = None
        self.errors = 0

    def _go(self, new, why):
        self.transitions.append((self.state.value, new.value, why))
        self.state = new

    @staticmethod
    def make_change(amount):
        coins = []
        for c in sorted(VALID_COINS, reverse=True):
            n, amount = divmod(amount, c)
            coins.extend([c] * n)
        return coins

    def handle(self, event):
        match (self.state, event):
            case (State.OUT_OF_ORDER, Service(action="repair")):
                self.errors = 0
                self._go(State.IDLE, "repaired")
                return "repaired"
            case (State.OUT_OF_ORDER, _):
                return "out of order"
            case (State.MAINTENANCE, Service(action="restock", payload={"slot": slot, "count": int(n)})) if slot in self.stock:
                self.stock[slot][2] += n
                return f"restocked {slot} (+{n})"
            case (State.MAINTENANCE, Service(action="price", payload={"slot": slot, "price": int(p)} as pl)) if p > 0:
                self.stock[slot][1] = p
                return f"price {slot}={p} ({len(pl)} keys)"
            case (State.MAINTENANCE, Service(action="done")):
                self._go(State.IDLE, "maintenance done")
                return "back in service"
            case (State.MAINTENANCE, other):
                return f"ignored in maintenance: {type(other).__name__}"
            case (State.IDLE | State.HAS_MONEY, Coin(cents=c)) if c in VALID_COINS:
                self.credit += c
                if self.state is State.IDLE:
                    self._go(State.HAS_MONEY, f"coin {c}")
                return f"credit {self.credit}"
            case (_, Coin(cents=c)):
                self.errors += 1
                if self.errors >= 3:
                    self._go(State.OUT_OF_ORDER, "too many bad coins")
                return f"rejected coin {c}"
            case (State.IDLE, Select()):
                return "insert money first"
            case (State.HAS_MONEY, Select(slot=slot)):
                match self.stock.get(slot):
                    case None:
                        return f"no slot {slot!r}"
                    case [name, _, 0]:
                        return f"{name} sold out"
                    case [name, price, _] if price > self.credit:
                        return f"{name} costs {price}, credit {self.credit}"
                    case [name, price, count]:
                        self.stock[slot][2] = count - 1
                        self.credit -= price
                        self.pending = name
                        self._go(State.DISPENSING, f"sold {name}")
                        return f"dispensing {name}"
            case (State.DISPENSING, Tick(seconds=s)) if s >= 2:
                item, self.pending = self.pending, None
                change = self.make_change(self.credit)
                self.bank += self.credit_paid(change)
                self.credit = 0
                self._go(State.IDLE, "done dispensing")
                return f"took {item}, change {change}"
            case (State.DISPENSING, Tick()):
                return "still dispensing"
            case (State.HAS_MONEY, Cancel()):
                refund, self.credit = self.make_change(self.credit), 0
                self._go(State.IDLE, "cancelled")
                return f"refund {refund}"
            case (State.IDLE, Service(action="open")):
                self._go(State.MAINTENANCE, "opened")
                return "maintenance mode"
            case (state, Tick()):
                return None
            case (state, ev):
                return f"invalid event {ev!r} in state {state.name}"

    def credit_paid(self, change):
        return 0 if change is None else -sum(change)


def describe(value):
    match value:
        case []:
            return "empty list"
        case [x]:
            return f"one item: {x!r}"
        case [int() | float() as first, *rest] if not rest or all(isinstance(r, (int, float)) for r in rest):
            return f"numbers starting {first}, total {sum(value)}"
        case (a, b):
            return f"pair {a}/{b}"
        case {"kind": "point", "x": x, "y": y, **others}:
            return f"point ({x}, {y}) extra={sorted(others)}"
        case str() as s if s.isdigit():
            return f"digit string {int(s)}"
        case str(s):
            return f"string of {len(s)}"
        case bool(b):
            return f"bool {b}"
        case None:
            return "nothing"
        case State.IDLE:
            return "the idle state"
        case _:
            return f"other {type(value).__name__}"


vm = VendingMachine({"A1": ["cola", 125, 2], "A2": ["chips", 90, 0], "B1": ["candy", 65, 5]})
script = [
    Select("A1"), Coin(100), Coin(3), Select("A1"), Select("A2"), Select("Z9"), Coin(25),
    Select("A1"), Coin(25), Tick(1), Tick(2), Coin(200), Select("B1"), Tick(5),
    Coin(100), Cancel(), Cancel(), Service("open"), Coin(5),
    Service("restock", {"slot": "A2", "count": 6}), Service("restock", {"slot": "Q", "count": 1}),
    Service("price", {"slot": "B1", "price": 70}), Service("price", {"slot": "B1", "price": -1}),
    Service("done"), Coin(1), Coin(2), Coin(7), Coin(100), Service("repair"), Coin(100), Select("A2"), Tick(3),
]
for i, ev in enumerate(script, 1):
    result = vm.handle(ev)
    if result is not None:
        print(f"{i:2d} {vm.state.name:<13} {ev!r:<55} -> {result}")
print("stock:", vm.stock)
print("bank:", vm.bank, "credit:", vm.credit)
print("transitions:")
for frm, to, why in vm.transitions:
    print(f"  {frm:>12} -> {to:<12} ({why})")
print(VendingMachine.make_change(385), VendingMachine.make_change(0))
for v in ([], [7], [1, 2.5, 3], [1, "a"], ("x", "y"), {"kind": "point", "x": 1, "y": 2, "z": 3, "w": 0},
          "2024", "hello", True, None, State.IDLE, 3.5, {"kind": "line"}):
    print(f"{v!r:<45} {describe(v)}")
