# Chained exceptions: explicit cause, implicit context, notes, and a custom class.
class ConfigError(Exception):
    pass

def load(name):
    try:
        return {"x": 1}[name]
    except KeyError as e:
        raise ConfigError(f"missing setting {name!r}") from e

def run():
    try:
        load("y")
    except ConfigError as e:
        e.add_note("while running the app")
        e.add_note("second note")
        int("not a number")

run()
