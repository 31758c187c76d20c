"""Topological sorting of a graph of hashable nodes (TopologicalSorter)."""

from types import GenericAlias

__all__ = ['TopologicalSorter', 'CycleError']

# npredecessors of a node handed out by get_ready() / marked done.
_NODE_OUT = -1
_NODE_DONE = -2


class _NodeInfo:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0   # predecessors not yet done (or a _NODE_* mark)
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists the nodes of one
    cycle, the first node repeated at the end."""


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Add node to the graph, with the nodes that must come before it."""
        if self._ready_nodes is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles (CycleError)."""
        if self._ready_nodes is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready_nodes = [i.node for i in self._node2info.values()
                             if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        """Return a tuple of the nodes whose predecessors are all done."""
        if self._ready_nodes is None:
            raise ValueError('prepare() must be called first')
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """True while nodes remain to be handed out or marked done."""
        if self._ready_nodes is None:
            raise ValueError('prepare() must be called first')
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed, releasing their successors."""
        if self._ready_nodes is None:
            raise ValueError('prepare() must be called first')
        for node in nodes:
            info = self._node2info.get(node)
            if info is None:
                raise ValueError(f'node {node!r} was not added using add()')
            state = info.npredecessors
            if state != _NODE_OUT:
                if state >= 0:
                    raise ValueError(f'node {node!r} was not passed out (still not ready)')
                raise ValueError(f'node {node!r} was already marked done')
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                succ = self._node2info[successor]
                succ.npredecessors -= 1
                if succ.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first search over the successor edges, nodes tried in insertion order.
        finished = set()
        for start in self._node2info:
            if start in finished:
                continue
            path = [start]
            on_path = {start: 0}
            iters = [iter(self._node2info[start].successors)]
            while iters:
                advanced = False
                for node in iters[-1]:
                    if node in on_path:
                        return path[on_path[node]:] + [node]
                    if node in finished:
                        continue
                    on_path[node] = len(path)
                    path.append(node)
                    iters.append(iter(self._node2info[node].successors))
                    advanced = True
                    break
                if not advanced:
                    iters.pop()
                    done_node = path.pop()
                    del on_path[done_node]
                    finished.add(done_node)
        return None

    def static_order(self):
        """Return an iterator over the nodes in a topological order."""
        self.prepare()
        while self.is_active():
            ready = self.get_ready()
            yield from ready
            self.done(*ready)

    __class_getitem__ = classmethod(GenericAlias)
