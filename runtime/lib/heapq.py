"""Heap queue algorithm (a.k.a. priority queue): min-heaps stored in lists, heap[k] <=
heap[2*k+1] and heap[k] <= heap[2*k+2]. The sift procedures follow the classic
bottom-up variant so that the resulting list layouts match CPython's exactly."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


from _heapq import (heappush, heappop, heapreplace, heappushpop, heapify, _heapify_max,
                    _heappop_max)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (stable across inputs)."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order, value, it])
            break
    if reverse:
        # Largest key first; ties keep input order.
        def better(a, b):
            return b[0] < a[0] or (not a[0] < b[0] and a[1] < b[1])
    else:
        def better(a, b):
            return a[0] < b[0] or (not b[0] < a[0] and a[1] < b[1])
    while entries:
        best = 0
        for i in range(1, len(entries)):
            if better(entries[i], entries[best]):
                best = i
        entry = entries[best]
        yield entry[2]
        for value in entry[3]:
            entry[2] = value
            entry[0] = value if key is None else key(value)
            break
        else:
            del entries[best]


def nsmallest(n, iterable, key=None):
    """Equivalent to sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Equivalent to sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
