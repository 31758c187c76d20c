"""Graph library: BFS, DFS, Dijkstra with heapq, topological sort, components, MST."""
import heapq
from collections import defaultdict, deque
from typing import Dict, Hashable, Iterable, Iterator, List, Optional, Tuple


class CycleError(Exception):
    def __init__(self, cycle):
        self.cycle = cycle
        super().__init__("cycle detected: " + " -> ".join(map(str, cycle)))


class Graph:
    def __init__(self, directed: bool = False) -> None:
        self.directed = directed
        self.adj: Dict[Hashable, Dict[Hashable, float]] = defaultdict(dict)

    def add_edge(self, u, v, weight: float = 1) -> "Graph":
        self.adj[u][v] = weight
        if not self.directed:
            self.adj[v][u] = weight
        else:
            self.adj[v]  # make sure v exists
        return self

    @classmethod
    def from_edges(cls, edges: Iterable[Tuple], directed=False):
        g = cls(directed)
        for e in edges:
            g.add_edge(*e)
        return g

    def __contains__(self, node):
        return node in self.adj

    def __len__(self):
        return len(self.adj)

    def nodes(self) -> List:
        return sorted(self.adj, key=str)

    def neighbors(self, u) -> List:
        return sorted(self.adj[u], key=str)

    def edges(self) -> Iterator[Tuple]:
        seen = set()
        for u in self.nodes():
            for v in self.neighbors(u):
                key = (u, v) if self.directed else frozenset((u, v))
                if key not in seen:
                    seen.add(key)
                    yield u, v, self.adj[u][v]

    def bfs(self, start) -> Dict:
        dist = {start: 0}
        queue = deque([start])
        while queue:
            u = queue.popleft()
            for v in self.neighbors(u):
                if v not in dist:
                    dist[v] = dist[u] + 1
                    queue.append(v)
        return dist

    def dfs(self, start) -> Iterator:
        seen = set()

        def visit(u):
            seen.add(u)
            yield u
            for v in self.neighbors(u):
                if v not in seen:
                    yield from visit(v)

        return visit(start)

    def dijkstra(self, source, target=None) -> Tuple[Dict, Dict]:
        dist = {source: 0}
        prev: Dict = {}
        heap = [(0, 0, source)]
        counter = 1
        done = set()
        while heap:
            d, _, u = heapq.heappop(heap)
            if u in done:
                continue
            done.add(u)
            if u == target:
                break
            for v, w in sorted(self.adj[u].items(), key=lambda kv: str(kv[0])):
                if w < 0:
                    raise ValueError(f"negative weight on edge {u}->{v}")
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(heap, (nd, counter, v))
                    counter += 1
        return dist, prev

    def shortest_path(self, source, target) -> Optional[List]:
        dist, prev = self.dijkstra(source, target)
        if target not in dist:
            return None
        path = [target]
        while path[-1] != source:
            path.append(prev[path[-1]])
        return path[::-1]

    def topo_sort(self) -> List:
        WHITE, GREY, BLACK = range(3)
        color = dict.fromkeys(self.adj, WHITE)
        order, stack = [], []

        def visit(u):
            color[u] = GREY
            stack.append(u)
            for v in self.neighbors(u):
                if color[v] == GREY:
                    raise CycleError(stack[stack.index(v):] + [v])
                if color[v] == WHITE:
                    visit(v)
            stack.pop()
            color[u] = BLACK
            order.append(u)

        for node in self.nodes():
            if color[node] == WHITE:
                visit(node)
        return order[::-1]

    def components(self) -> List[List]:
        seen, comps = set(), []
        for n in self.nodes():
            if n not in seen:
                comp = sorted(self.bfs(n), key=str)
                seen.update(comp)
                comps.append(comp)
        return comps

    def mst(self) -> Tuple[float, List]:
        parent = {n: n for n in self.adj}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        total, chosen = 0, []
        for u, v, w in sorted(self.edges(), key=lambda e: (e[2], str(e[0]), str(e[1]))):
            ru, rv = find(u), find(v)
            if ru != rv:
                parent[ru] = rv
                total += w
                chosen.append((u, v, w))
        return total, chosen


roads = Graph.from_edges([
    ("Amsterdam", "Utrecht", 45), ("Amsterdam", "Haarlem", 20), ("Haarlem", "Leiden", 33),
    ("Leiden", "Den Haag", 20), ("Den Haag", "Rotterdam", 27), ("Utrecht", "Rotterdam", 57),
    ("Utrecht", "Arnhem", 64), ("Rotterdam", "Breda", 50), ("Breda", "Eindhoven", 60),
    ("Arnhem", "Eindhoven", 85), ("Amsterdam", "Leiden", 44), ("Groningen", "Assen", 27),
])
print(len(roads), "cities;", sum(1 for _ in roads.edges()), "roads")
print("BFS hops from Amsterdam:", sorted(roads.bfs("Amsterdam").items(), key=lambda kv: (kv[1], kv[0])))
print("DFS order:", list(roads.dfs("Breda")))
for a, b in [("Amsterdam", "Eindhoven"), ("Haarlem", "Arnhem"), ("Assen", "Breda")]:
    path = roads.shortest_path(a, b)
    if path is None:
        print(f"{a} -> {b}: unreachable")
    else:
        cost = sum(roads.adj[x][y] for x, y in zip(path, path[1:]))
        print(f"{a} -> {b}: {' > '.join(path)} ({cost} km)")
dist, _ = roads.dijkstra("Rotterdam")
print("from Rotterdam:", {k: dist[k] for k in sorted(dist)})
print("components:", roads.components())
total, chosen = roads.mst()
print(f"MST weight {total}:", [f"{u}-{v}" for u, v, _ in chosen])

deps = Graph.from_edges([
    ("app", "web"), ("app", "db"), ("web", "http"), ("web", "templates"),
    ("db", "driver"), ("templates", "escape"), ("http", "sockets"), ("driver", "sockets"),
], directed=True)
print("build order:", list(reversed(deps.topo_sort())))
print("install first:", deps.topo_sort()[-1], "| 'app' in deps:", "app" in deps, "| 'x' in deps:", "x" in deps)
deps.add_edge("sockets", "web")
try:
    deps.topo_sort()
except CycleError as exc:
    print(exc)
    print("cycle length:", len(exc.cycle) - 1)

grid = Graph()
W, H = 6, 4
walls = {(1, 0), (1, 1), (1, 2), (3, 1), (3, 2), (3, 3), (4, 1)}
for x in range(W):
    for y in range(H):
        if (x, y) in walls:
            continue
        for dx, dy in ((1, 0), (0, 1)):
            nx, ny = x + dx, y + dy
            if nx < W and ny < H and (nx, ny) not in walls:
                grid.add_edge((x, y), (nx, ny))
path = grid.shortest_path((0, 0), (5, 3))
print("maze path:", len(path) - 1, "steps")
rows = []
for y in range(H):
    rows.append("".join("#" if (x, y) in walls else "*" if (x, y) in path else "." for x in range(W)))
print("\n".join(rows))
neg = Graph.from_edges([("a", "b", 2), ("b", "c", -1)], directed=True)
try:
    neg.dijkstra("a")
except ValueError as exc:
    print("ValueError:", exc)
print(Graph.shortest_path.__annotations__)
