"""_py_abc: the Python implementation of ABCMeta, which in Weft is abc's own."""

from abc import ABCMeta, get_cache_token
