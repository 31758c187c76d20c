"""Discrete-event simulation: a coffee shop with heapq-driven scheduler and callbacks."""
import heapq
import random
import itertools
from dataclasses import dataclass, field
from typing import Callable, Any
from collections import deque, Counter
from functools import partial


@dataclass(order=True)
class Event:
    time: float
    seq: int
    action: Callable = field(compare=False)
    args: tuple = field(default=(), compare=False)
    cancelled: bool = field(default=False, compare=False)

    def cancel(self):
        self.cancelled = True


class Scheduler:
    def __init__(self):
        self.now = 0.0
        self._queue = []
        self._seq = itertools.count()
        self.log = []
        self.listeners = {}

    def at(self, time, action, *args):
        if time < self.now:
            raise ValueError(f"cannot schedule in the past ({time} < {self.now})")
        ev = Event(time, next(self._seq), action, args)
        heapq.heappush(self._queue, ev)
        return ev

    def after(self, delay, action, *args):
        return self.at(self.now + delay, action, *args)

    def on(self, name, callback):
        self.listeners.setdefault(name, []).append(callback)

    def emit(self, name, **info):
        self.log.append((round(self.now, 2), name, info))
        for cb in self.listeners.get(name, ()):
            cb(**info)

    def run(self, until=float("inf")):
        processed = 0
        while self._queue and self._queue[0].time <= until:
            ev = heapq.heappop(self._queue)
            if ev.cancelled:
                continue
            self.now = ev.time
            ev.action(*ev.args)
            processed += 1
        self.now = min(until, self.now) if self._queue else self.now
        return processed


class CoffeeShop:
    MENU = {"espresso": 1.5, "latte": 3.0, "cappuccino": 2.5, "mocha": 3.5}

    def __init__(self, sched, baristas, rng, patience=6.0):
        self.sched = sched
        self.free = baristas
        self.queue = deque()
        self.rng = rng
        self.patience = patience
        self.waits = []
        self.served = Counter()
        self.gave_up = []
        self.timeouts = {}

    def arrive(self, cid):
        drink = self.rng.choice(sorted(self.MENU))
        self.sched.emit("arrive", cid=cid, drink=drink)
        self.queue.append((cid, drink, self.sched.now))
        self.timeouts[cid] = self.sched.after(self.patience, self.give_up, cid)
        self.try_start()

    def give_up(self, cid):
        for i, (c, drink, t) in enumerate(self.queue):
            if c == cid:
                del self.queue[i]
                self.gave_up.append(cid)
                self.sched.emit("give_up", cid=cid)
                return
        raise AssertionError(f"customer {cid} not in queue")

    def try_start(self):
        while self.free and self.queue:
            cid, drink, t = self.queue.popleft()
            self.timeouts.pop(cid).cancel()
            self.free -= 1
            self.waits.append(self.sched.now - t)
            duration = self.MENU[drink] * self.rng.uniform(0.8, 1.2)
            self.sched.emit("start", cid=cid, drink=drink)
            self.sched.after(duration, self.finish, cid, drink)

    def finish(self, cid, drink):
        self.free += 1
        self.served[drink] += 1
        self.sched.emit("done", cid=cid, drink=drink)
        self.try_start()


def main():
    rng = random.Random(2024)
    sched = Scheduler()
    shop = CoffeeShop(sched, baristas=2, rng=rng, patience=2.0)
    t = 0.0
    for cid in range(1, 19):
        t += rng.expovariate(1 / 1.2)
        sched.at(round(t, 3), shop.arrive, cid)

    started = []
    sched.on("start", lambda cid, drink: started.append(cid))
    shout = partial(print, "   !!", sep=" ")
    sched.on("give_up", lambda cid: shout("customer gave up:", cid, f"at {sched.now:.2f}"))
    tick_events = []

    def ticker(period):
        tick_events.append(round(sched.now, 1))
        if sched.now + period <= 30:
            sched.after(period, ticker, period)

    sched.at(0, ticker, 5)
    n = sched.run(until=12)
    print(f"processed {n} events by t={sched.now:.2f}; queue now {len(shop.queue)}")
    n = sched.run()
    print(f"processed {n} more events; finished at t={sched.now:.3f}")

    print("\nTimeline (first 12 entries):")
    for when, name, info in sched.log[:12]:
        detail = " ".join(f"{k}={v}" for k, v in sorted(info.items()))
        print(f"  {when:6.2f}  {name:<8} {detail}")
    kinds = Counter(name for _, name, _ in sched.log)
    print("\nevent counts:", dict(sorted(kinds.items())))
    print("served:", sorted(shop.served.items()), "total", sum(shop.served.values()))
    print("gave up:", shop.gave_up)
    print("start order:", started)
    print(f"mean wait {sum(shop.waits) / len(shop.waits):.3f}, max wait {max(shop.waits):.3f}")
    print("ticks:", tick_events)
    try:
        sched.at(1, print)
    except ValueError as exc:
        print("ValueError:", exc)
    e1, e2 = Event(1.0, 2, print), Event(1.0, 1, len)
    print("ordering:", e1 > e2, sorted([e1, e2])[0].action.__name__, e1 == Event(1.0, 2, max))
    r1, r2 = random.Random(7), random.Random(7)
    print("reproducible:", [r1.randint(1, 6) for _ in range(8)] == [r2.randint(1, 6) for _ in range(8)])
    r3 = random.Random(99)
    deck = list(range(10))
    r3.shuffle(deck)
    print("seeded:", deck, r3.sample(range(100), 4), round(r3.random(), 12), r3.randrange(0, 100, 7))
    print("gauss:", round(random.Random(5).gauss(10, 2), 9), round(random.Random(5).normalvariate(0, 1), 9))
    print("choices:", random.Random(3).choices("abc", weights=[5, 1, 1], k=10))


main()
