"""JSON config loader / validator: schema checks, defaults merging, error paths."""
import json
import copy
from collections import ChainMap


SCHEMA = {
    "type": "object",
    "required": ["name", "server"],
    "properties": {
        "name": {"type": "string", "minLength": 3},
        "version": {"type": "string", "default": "0.1.0"},
        "debug": {"type": "boolean", "default": False},
        "server": {
            "type": "object",
            "required": ["port"],
            "properties": {
                "host": {"type": "string", "default": "127.0.0.1"},
                "port": {"type": "integer", "minimum": 1, "maximum": 65535},
                "workers": {"type": "integer", "minimum": 1, "default": 4},
                "timeout": {"type": "number", "minimum": 0, "default": 30.0},
            },
        },
        "features": {"type": "array", "items": {"type": "string", "enum": ["auth", "cache", "metrics", "cors"]}, "default": []},
        "limits": {"type": "object", "values": {"type": "integer", "minimum": 0}, "default": {}},
    },
}

TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "array": list, "object": dict, "null": type(None)}


class ConfigError(Exception):
    def __init__(self, problems):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) found")

    def __str__(self):
        head = super().__str__()
        return head + "".join(f"\n  - {p}" for p in self.problems)


def type_ok(value, expected):
    if expected in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, TYPES[expected])


def validate(value, schema, path="$", problems=None):
    problems = [] if problems is None else problems
    expected = schema.get("type")
    if expected and not type_ok(value, expected):
        problems.append(f"{path}: expected {expected}, got {type(value).__name__} ({json.dumps(value)})")
        return problems
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if "minimum" in schema and value < schema["minimum"]:
        problems.append(f"{path}: {value} is less than minimum {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        problems.append(f"{path}: {value} is greater than maximum {schema['maximum']}")
    if "minLength" in schema and len(value) < schema["minLength"]:
        problems.append(f"{path}: {value!r} is shorter than {schema['minLength']}")
    if expected == "object":
        props = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                problems.append(f"{path}: missing required key {key!r}")
        for key, sub in value.items():
            if key in props:
                validate(sub, props[key], f"{path}.{key}", problems)
            elif "values" in schema:
                validate(sub, schema["values"], f"{path}[{key!r}]", problems)
            else:
                problems.append(f"{path}: unknown key {key!r}")
    elif expected == "array" and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], f"{path}[{i}]", problems)
    return problems


def apply_defaults(value, schema):
    if schema.get("type") != "object" or not isinstance(value, dict):
        return value
    out = {}
    for key, sub in schema.get("properties", {}).items():
        if key in value:
            out[key] = apply_defaults(value[key], sub)
        elif "default" in sub:
            out[key] = copy.deepcopy(sub["default"])
        elif sub.get("type") == "object" and key in schema.get("required", []):
            continue
    for key in value:
        out.setdefault(key, value[key])
    return out


def load(text, overrides=None):
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError([f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"]) from exc
    problems = validate(raw, SCHEMA)
    if problems:
        raise ConfigError(problems)
    config = apply_defaults(raw, SCHEMA)
    if overrides:
        for dotted, val in overrides.items():
            node = config
            *parents, leaf = dotted.split(".")
            for p in parents:
                node = node.setdefault(p, {})
            node[leaf] = val
        problems = validate(config, SCHEMA)
        if problems:
            raise ConfigError(["after overrides: " + p for p in problems])
    return config


GOOD = """
{
  "name": "weft-demo",
  "server": {"port": 8080, "timeout": 2.5},
  "features": ["auth", "metrics"],
  "limits": {"requests": 1000, "burst": 50}
}
"""

CASES = {
    "good": (GOOD, None),
    "good+overrides": (GOOD, {"server.workers": 16, "debug": True}),
    "bad overrides": (GOOD, {"server.port": 70000, "server.host": 127}),
    "bad types": ('{"name": "ab", "debug": "yes", "server": {"port": "80", "workers": 0}, '
                  '"features": ["auth", "gzip", 3], "limits": {"x": -1, "y": true}, "extra": null}', None),
    "missing": ('{"server": {}}', None),
    "not an object": ('[1, 2, 3]', None),
    "syntax error": ('{"name": "abc",\n "server": {"port": 80,}\n}', None),
    "truncated": ('{"name": "abc", "server": {"port": 8', None),
    "trailing": ('{"name": "abc", "server": {"port": 8}} x', None),
}

for label, (text, overrides) in CASES.items():
    print(f"### {label}")
    try:
        cfg = load(text, overrides)
    except ConfigError as exc:
        print(exc)
        if exc.__cause__ is not None:
            print("  cause:", type(exc.__cause__).__name__, "pos", exc.__cause__.pos)
    else:
        print(json.dumps(cfg, indent=2, sort_keys=True))

cfg = load(GOOD)
print(json.dumps(cfg, separators=(",", ":"), sort_keys=True))
print(json.dumps({"unicode": "café ☕", "tuple": (1, 2), 3: None, "float": 1e-7, "big": 10**20}))
print(json.dumps({"unicode": "café ☕"}, ensure_ascii=False))
print(json.dumps([1.5, float("inf"), -0.0]), json.loads("[NaN, -Infinity]"))
try:
    json.dumps({"k": {1, 2}})
except TypeError as exc:
    print("TypeError:", exc)
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.loads('{"a": 1, "a": 2, "n": 1.0, "i": 10, "u": "\\u00e9\\n"}'))
print(json.loads('{"x": [1, {"y": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.1, 2]', parse_float=lambda s: f"<{s}>", parse_int=lambda s: int(s) * 100))
env = ChainMap({"debug": True}, {"debug": False, "workers": 2})
print(env["debug"], env["workers"], len(env), sorted(env), env.maps[1])
snapshot = copy.deepcopy(cfg)
cfg["server"]["port"] = 1
print(snapshot["server"]["port"], cfg["server"]["port"], snapshot == cfg)
