# Random nested containers formatted with random options.
import pprint
import collections
state = 11
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n
words = ['a', 'bb', 'hello world', 'x' * 30, 'multi\nline text here', 'tab\there', '']
def gen(d):
    k = rnd(14) if d < 4 else rnd(5)
    if k == 0: return rnd(100000) * (1 if rnd(2) else -1)
    if k == 1: return words[rnd(len(words))] * (1 + rnd(3))
    if k == 2: return rnd(1000) / 7
    if k == 3: return bytes(range(rnd(30)))
    if k == 4: return None
    if k == 5: return [gen(d+1) for _ in range(rnd(6))]
    if k == 6: return tuple(gen(d+1) for _ in range(rnd(4)))
    if k == 7: return {words[rnd(len(words))] + str(i): gen(d+1) for i in range(rnd(5))}
    if k == 8: return set(rnd(50) for _ in range(rnd(8)))
    if k == 9: return collections.OrderedDict((str(i), gen(d+1)) for i in range(rnd(4)))
    if k == 10: return collections.deque([gen(d+1) for _ in range(rnd(5))], maxlen=[None, 10][rnd(2)])
    if k == 11: return collections.Counter(words[rnd(len(words))] * 2)
    if k == 12: return frozenset(rnd(40) for _ in range(rnd(4)))
    return bytearray(rnd(20))
for case in range(80):
    obj = gen(0)
    print(pprint.pformat(obj, width=[1, 10, 20, 40, 80][rnd(5)], indent=rnd(4), compact=bool(rnd(2)),
                         depth=[None, 1, 2, 3][rnd(4)], sort_dicts=bool(rnd(2)), underscore_numbers=bool(rnd(2))))
    print(pprint.saferepr(obj), pprint.isreadable(obj))
