"""_warnings: the low-level names of the warnings machinery (Weft keeps it in warnings.py)."""

import warnings as _w

warn = _w.warn
warn_explicit = _w.warn_explicit
filters = _w.filters
_onceregistry = _w.onceregistry
_filters_mutated = _w._filters_mutated


def __getattr__(name):
    # The default action can be reassigned in warnings; read it when asked.
    if name == '_defaultaction':
        return _w.defaultaction
    raise AttributeError(f"module '_warnings' has no attribute '{name}'")
