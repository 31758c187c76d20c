# Randomised (deterministic) set building and algebra: printed order must match CPython.
_digest = [0, 0]
def emit(trial, *parts):
    text = ' '.join(repr(p) if not isinstance(p, str) else p for p in parts)
    if trial < 12:
        print(text)
    else:
        for ch in text:
            _digest[0] = (_digest[0] * 131 + ord(ch)) % 1000000007
        _digest[1] += 1

state = [12345]
def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state[0] >> 33) % n
def rand_item():
    c = rnd(5)
    if c == 0:
        return rnd(100) - 50
    if c == 1:
        return rnd(1 << 40) * (1 << rnd(30))
    if c == 2:
        return (rnd(5), rnd(5))
    if c == 3:
        return rnd(100) / 4
    return -rnd(10 ** 6)
for trial in range(120):
    s = set()
    t = set()
    for i in range(rnd(60)):
        op = rnd(7)
        x = rand_item()
        if op < 3:
            s.add(x)
        elif op == 3:
            s.discard(x)
        elif op == 4 and s:
            s.pop()
        elif op == 5:
            t.add(x)
        else:
            s |= {x, rand_item()}
    emit(trial, str(trial), s)
    emit(trial, s | t, s & t, s - t, t - s, s ^ t)
    emit(trial, s.union(t, [rand_item()]), frozenset(s), set(frozenset(t)))
    u = set(s)
    u.intersection_update(t, s)
    v = set(s)
    v.symmetric_difference_update(list(t))
    w = set(s)
    w.difference_update(t, [rand_item()])
    emit(trial, u, v, w, len(s), s <= (s | t), s.isdisjoint(t))
    d = dict.fromkeys(s)
    emit(trial, set(d), list(d) == list(s), d.keys() & t, d.keys() - t, d.keys() ^ t)
print('digest', _digest)
