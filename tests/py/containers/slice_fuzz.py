# Randomised (deterministic) slicing of lists, tuples and ranges, and slice assignment.
_digest = [0, 0]
def emit(trial, *parts):
    text = ' '.join(repr(p) if not isinstance(p, str) else p for p in parts)
    if trial < 12:
        print(text)
    else:
        for ch in text:
            _digest[0] = (_digest[0] * 131 + ord(ch)) % 1000000007
        _digest[1] += 1

state = [987654321]
def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state[0] >> 33) % n
def bound():
    c = rnd(6)
    if c == 0:
        return None
    return rnd(30) - 15
out = []
for trial in range(800):
    n = rnd(12)
    l = list(range(n))
    t = tuple(l)
    a, b = bound(), bound()
    st = None if rnd(3) == 0 else (rnd(9) - 4 or 1)
    sl = slice(a, b, st)
    try:
        r = l[sl]
        out.append((trial, 'get', r, t[sl] == tuple(r), range(n)[sl] == range(n)[sl], list(range(n)[sl]) == r))
    except Exception as e:
        out.append((trial, 'geterr', type(e).__name__, str(e)))
    op = rnd(3)
    try:
        if op == 0:
            del l[sl]
        elif op == 1:
            k = rnd(5)
            l[sl] = ['x'] * k
        else:
            l[sl] = l
        out.append((trial, 'set', op, l))
    except Exception as e:
        out.append((trial, 'seterr', op, type(e).__name__, str(e)))
    try:
        out.append((trial, 'ind', sl.indices(n)))
    except Exception as e:
        out.append((trial, 'inderr', str(e)))
for o in out:
    emit(o[0], o)
print('digest', _digest)
