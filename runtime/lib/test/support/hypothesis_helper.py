"""``hypothesis`` for the property-based tests: the real package when it is
installed, otherwise a small stand-in (``hypothesis_helper.hypothesis``).

The stand-in runs a property test once per ``@example(...)`` given to it (as
subtests) and skips a property test that has no example.  Strategies are
inert placeholders: they can be built, combined and printed, never drawn.
"""

import enum
import functools
import types
import unittest

try:
    import hypothesis
except ImportError:
    hypothesis = None


def _build_stub():
    stub = types.ModuleType("hypothesis")
    stub.__doc__ = "Stand-in for the hypothesis package (see hypothesis_helper)."

    def given(*_args, **_kwargs):
        def decorator(func):
            examples = getattr(func, "_examples", [])
            if examples:
                @functools.wraps(func)
                def run_examples(self):
                    for args, kwargs in examples:
                        with self.subTest(*args, **kwargs):
                            func(self, *args, **kwargs)
                wrapped = run_examples
            else:
                wrapped = unittest.skip("Hypothesis required for property "
                                        "test with no specified examples")(func)
            wrapped._given = True
            return wrapped
        return decorator

    def example(*args, **kwargs):
        if bool(args) == bool(kwargs):
            raise ValueError("Must specify exactly one of *args or **kwargs")

        def decorator(func):
            base = getattr(func, "__wrapped__", func)
            base.__dict__.setdefault("_examples", []).append((args, kwargs))
            if getattr(func, "_given", False):
                # @given was applied first: wrap again to see this example.
                return given()(base)
            return func
        return decorator

    def assume(condition):
        if not condition:
            raise unittest.SkipTest("Unsatisfied assumption")
        return True

    def reject():
        assume(False)

    def register_random(*args, **kwargs):
        pass

    def settings(*args, **kwargs):
        return lambda func: func

    settings.register_profile = lambda *args, **kwargs: None
    settings.load_profile = lambda *args, **kwargs: None

    class HealthCheck(enum.Enum):
        data_too_large = 1
        filter_too_much = 2
        too_slow = 3
        return_value = 5
        large_base_example = 7
        not_a_test_method = 8
        function_scoped_fixture = 9
        differing_executors = 10

        @classmethod
        def all(cls):
            return list(cls)

    class Verbosity(enum.IntEnum):
        quiet = 0
        normal = 1
        verbose = 2
        debug = 3

    class Phase(enum.IntEnum):
        explicit = 0
        reuse = 1
        generate = 2
        target = 3
        shrink = 4
        explain = 5

    stub.given = given
    stub.example = example
    stub.assume = assume
    stub.reject = reject
    stub.register_random = register_random
    stub.settings = settings
    stub.HealthCheck = HealthCheck
    stub.Verbosity = Verbosity
    stub.Phase = Phase
    stub.strategies = _build_strategies()
    stub.__all__ = ["given", "example", "assume", "reject", "register_random",
                    "strategies", "HealthCheck", "settings", "Verbosity"]
    return stub


class _Strategy:
    """A placeholder strategy: remembers how it was built, for its repr."""

    def __init__(self, text):
        self._text = text

    def __repr__(self):
        return self._text

    def _derived(self, method, func):
        name = getattr(func, "__name__", None) or repr(func)
        return _Strategy(f"{self!r}.{method}({name})")

    def map(self, pack):
        return self._derived("map", pack)

    def flatmap(self, expand):
        return self._derived("flatmap", expand)

    def filter(self, condition):
        return self._derived("filter", condition)

    def __or__(self, other):
        return _Strategy(f"one_of({self!r}, {other!r})")


_STRATEGY_NAMES = (
    "binary", "booleans", "builds", "characters", "complex_numbers", "data",
    "dates", "datetimes", "decimals", "deferred", "dictionaries", "emails",
    "fixed_dictionaries", "floats", "fractions", "from_regex", "from_type",
    "frozensets", "functions", "integers", "iterables", "just", "lists",
    "none", "nothing", "one_of", "permutations", "random_module", "randoms",
    "recursive", "register_type_strategy", "runner", "sampled_from", "sets",
    "shared", "slices", "text", "timedeltas", "times", "timezone_keys",
    "timezones", "tuples", "uuids",
)


def _build_strategies():
    module = types.ModuleType("hypothesis.strategies")

    def factory(name):
        def make(*args, **kwargs):
            parts = [repr(a) for a in args]
            parts += [f"{k}={v!r}" for k, v in kwargs.items()]
            return _Strategy(f"{name}({', '.join(parts)})")
        make.__name__ = make.__qualname__ = name
        return make

    for name in _STRATEGY_NAMES:
        setattr(module, name, factory(name))

    def composite(func):
        strategy = factory(func.__name__)
        return functools.wraps(func)(strategy)

    module.composite = composite
    module.SearchStrategy = _Strategy
    module.__all__ = sorted(_STRATEGY_NAMES + ("composite",))
    return module


if hypothesis is None:
    hypothesis = _build_stub()
