from collections import deque
from operator import length_hint
def t(name, it, mutate, restore):
    next(it); mutate()
    r = [length_hint(it)]
    for k in range(2):
        try: next(it); r.append('next-ok')
        except Exception as e: r.append(type(e).__name__)
        if k == 0: restore()
    r.append(length_hint(it))
    print(name, r)
d = deque(range(10)); t('deque', iter(d), d.pop, lambda: d.append(99))
d2 = deque(range(10)); t('deque-rev', reversed(d2), d2.pop, lambda: d2.append(99))
s = set(range(10)); t('set', iter(s), lambda: s.add(99), lambda: s.discard(99))
dd = {i: i for i in range(10)}; t('dict', iter(dd), lambda: dd.update({99: 99}), lambda: dd.pop(99))
dv = {i: i for i in range(10)}; t('dict-rev-items', reversed(dv.items()), lambda: dv.update({99: 99}), lambda: dv.pop(99))
from collections import deque
d = deque(range(10)); it = reversed(d); next(it); d.pop()
for _ in range(2):
    try: next(it)
    except Exception as e: print(type(e).__name__)
    d.append(99)
