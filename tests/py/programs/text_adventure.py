"""Scripted text adventure: rooms and items as objects with __getattr__ delegation,
__contains__/__iter__/__len__, a command parser with aliases, save/restore via
copy.deepcopy and json, and a scoring summary."""
import copy
import json
from collections import defaultdict


class GameError(Exception):
    pass


class Item:
    def __init__(self, name, weight=1, points=0, **props):
        self.name = name
        self.weight = weight
        self.points = points
        self.props = props

    def __getattr__(self, attr):
        # only called when normal lookup fails: delegate to props
        props = self.__dict__.get("props")
        if props is not None and attr in props:
            return props[attr]
        raise AttributeError(f"{self.__dict__.get('name', '?')!r} has no property {attr!r}")

    def __repr__(self):
        return f"Item({self.name!r})"


class Container:
    def __init__(self, items=(), capacity=None):
        self._items = {i.name: i for i in items}
        self.capacity = capacity

    def __contains__(self, name):
        return name in self._items

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.name))

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def weight(self):
        return sum(i.weight for i in self._items.values())

    def add(self, item):
        if self.capacity is not None and self.weight() + item.weight > self.capacity:
            raise GameError(f"the {item.name} is too heavy to carry ({self.weight()}+{item.weight} > {self.capacity})")
        self._items[item.name] = item

    def remove(self, name):
        try:
            return self._items.pop(name)
        except KeyError:
            raise GameError(f"there is no {name} here") from None


class Room:
    def __init__(self, key, title, description, items=(), dark=False):
        self.key = key
        self.title = title
        self.description = description
        self.items = Container(items)
        self.exits = {}
        self.locks = {}
        self.dark = dark
        self.visits = 0

    def connect(self, direction, other, back=None, lock=None):
        self.exits[direction] = other
        if lock:
            self.locks[direction] = lock
        if back:
            other.exits[back] = self


OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east", "up": "down", "down": "up"}
ALIASES = {"n": "go north", "s": "go south", "e": "go east", "w": "go west", "u": "go up", "d": "go down",
           "l": "look", "i": "inventory", "get": "take", "grab": "take"}


class Game:
    def __init__(self):
        hall = Room("hall", "Great Hall", "A draughty hall with a staircase.", [Item("lamp", 2, light=True, lit=False)])
        library = Room("library", "Library", "Dusty shelves everywhere.", [Item("book", 1, 5, title="On Weaving"), Item("key", 1, opens="vault")])
        cellar = Room("cellar", "Cellar", "It smells of old wine.", [Item("barrel", 50)], dark=True)
        vault = Room("vault", "Vault", "Gold glitters.", [Item("gold", 8, 50), Item("crown", 3, 100)])
        hall.connect("east", library, "west")
        hall.connect("down", cellar, "up")
        cellar.connect("north", vault, "south", lock="vault")
        self.rooms = {r.key: r for r in (hall, library, cellar, vault)}
        self.here = hall
        self.bag = Container(capacity=12)
        self.moves = 0
        self.log = []
        self.seen = defaultdict(int)

    def say(self, text):
        self.log.append(text)
        print("  " + text)

    def dispatch(self, line):
        line = ALIASES.get(line, line)
        verb, _, rest = line.partition(" ")
        verb = ALIASES.get(verb, verb)
        handler = getattr(self, f"do_{verb}", None)
        if handler is None:
            raise GameError(f"I don't know how to {verb!r}")
        self.moves += 1
        return handler(rest.strip())

    def do_look(self, _):
        r = self.here
        if r.dark and not any(getattr(i, "lit", False) for i in self.bag):
            self.say("It is pitch dark. You might be eaten by a grue.")
            return
        self.say(f"{r.title}: {r.description}")
        if r.items:
            self.say("You see: " + ", ".join(i.name for i in r.items))
        self.say("Exits: " + " ".join(sorted(r.exits)))

    def do_go(self, direction):
        if direction not in self.here.exits:
            raise GameError(f"you can't go {direction or 'nowhere'}")
        lock = self.here.locks.get(direction)
        if lock and not any(getattr(i, "opens", None) == lock for i in self.bag):
            raise GameError("the door is locked")
        self.here = self.here.exits[direction]
        self.here.visits += 1
        self.seen[self.here.key] += 1
        self.do_look("")

    def do_take(self, name):
        item = self.here.items.remove(name)
        try:
            self.bag.add(item)
        except GameError:
            self.here.items.add(item)
            raise
        self.say(f"Taken: {name}.")

    def do_drop(self, name):
        self.here.items.add(self.bag.remove(name))
        self.say(f"Dropped: {name}.")

    def do_light(self, name):
        if name not in self.bag:
            raise GameError(f"you have no {name}")
        item = next(i for i in self.bag if i.name == name)
        if not getattr(item, "light", False):
            raise GameError(f"the {name} cannot be lit")
        item.props["lit"] = True
        self.say(f"The {name} is now lit.")

    def do_read(self, name):
        item = next((i for i in self.bag if i.name == name), None)
        if item is None:
            raise GameError(f"you have no {name}")
        self.say(f"The {name} is titled {item.title!r}.")

    def do_inventory(self, _):
        items = ", ".join(f"{i.name}({i.weight})" for i in self.bag) or "nothing"
        self.say(f"You carry {len(self.bag)} item(s): {items} [{self.bag.weight()}/{self.bag.capacity}]")

    def score(self):
        return sum(i.points for i in self.bag) + 10 * len(self.seen)

    def snapshot(self):
        return {"room": self.here.key, "bag": sorted(i.name for i in self.bag), "moves": self.moves,
                "rooms": {k: sorted(i.name for i in r.items) for k, r in sorted(self.rooms.items())}}


game = Game()
script = ["l", "e", "get book", "grab key", "read book", "read key", "w", "take lamp", "d", "light book",
          "light lamp", "look", "take barrel", "n", "take gold", "save", "take crown", "i", "drop book",
          "take crown", "dance", "go sideways", "restore", "i", "s", "u", "w", "quit"]
saved = None
for line in script:
    print(f"> {line}")
    if line == "save":
        saved = copy.deepcopy(game)
        print("  [saved]")
        continue
    if line == "restore":
        game = saved
        print("  [restored]")
        continue
    if line == "quit":
        break
    try:
        game.dispatch(line)
    except GameError as exc:
        game.say(f"Sorry, {exc}.")
    except AttributeError as exc:
        game.say(f"(attribute problem: {exc})")

print(json.dumps(game.snapshot(), indent=1))
print("score:", game.score(), "moves:", game.moves, "visits:", dict(game.seen))
print("saved is game:", saved is game, "bag shared:", saved.bag is game.bag)
lamp = next(i for i in game.bag if i.name == "lamp")
print(lamp, lamp.lit, lamp.light, hasattr(lamp, "colour"), getattr(lamp, "colour", "n/a"))
try:
    lamp.colour
except AttributeError as exc:
    print("AttributeError:", exc)
print(len(game.log), "lines of narration; longest:", max(game.log, key=len))
