"""_typing: the primitives of the typing module (Weft defines them in typing.py)."""

from typing import (Generic, NoDefault, ParamSpec, ParamSpecArgs, ParamSpecKwargs,
                    TypeAliasType, TypeVar, TypeVarTuple)


def _idfunc(x, /):
    """Return the argument unchanged (NewType's call)."""
    return x
