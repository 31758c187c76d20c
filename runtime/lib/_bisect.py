"""_bisect: the bisection functions (Weft defines them in bisect.py)."""

from bisect import bisect_left, bisect_right, insort_left, insort_right
