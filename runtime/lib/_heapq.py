# weft: hide-frames
"""The heap operations CPython writes in C (its _heapq module): heappush, heappop,
heapify, heapreplace, heappushpop and the max-heap helpers merge() uses. Their frames
stay out of tracebacks, as C functions have none."""


def _sift_toward_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    # Move the smaller child up until reaching a leaf, then bubble the item back up:
    # fewer comparisons than stopping early, and the layout CPython produces.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _check_list(heap, fname):
    if not isinstance(heap, list):
        raise TypeError("%s() argument 1 must be list, not %s" % (fname, type(heap).__name__))


def heappush(heap, item, /):
    _check_list(heap, 'heappush')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return first
    return last


def heapreplace(heap, item, /):
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    first = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return first


def heappushpop(heap, item, /):
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(heap, /):
    _check_list(heap, 'heapify')
    for i in reversed(range(len(heap) // 2)):
        _sift_to_leaf(heap, i)


def _heapify_max(heap):
    for i in reversed(range(len(heap) // 2)):
        _sift_to_leaf_max(heap, i)


def _sift_toward_root_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_to_leaf_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        first = heap[0]
        heap[0] = last
        _sift_to_leaf_max(heap, 0)
        return first
    return last
