# selectors: registration bookkeeping and readiness with every selector class on pipes.
import os

def _fixed_pipe(base):
    # Descriptors at fixed numbers, so printed results do not depend on what is open.
    r, w = os.pipe()
    fr, fw = os.dup2(r, base), os.dup2(w, base + 1)
    os.close(r)
    os.close(w)
    return fr, fw
import selectors

print(selectors.DefaultSelector.__name__, selectors.EVENT_READ, selectors.EVENT_WRITE)
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    print('--', cls.__name__)
    r, w = _fixed_pipe(64)
    with cls() as sel:
        k = sel.register(r, selectors.EVENT_READ, data='reader')
        print(k.fd == r, k.events, k.data)
        sel.register(w, selectors.EVENT_WRITE, 'writer')
        print([(key.data, ev) for key, ev in sorted(sel.select(0), key=lambda p: p[0].data)])
        os.write(w, b'x')
        print(sorted((key.data, ev) for key, ev in sel.select(1)))
        sel.modify(w, selectors.EVENT_READ | selectors.EVENT_WRITE, 'both')
        print(sel.get_key(w).data, sel.get_key(w).events, len(sel.get_map()), w in sel.get_map())
        sel.modify(w, selectors.EVENT_READ | selectors.EVENT_WRITE, 'renamed')
        print(sel.get_key(w).data)
        for call in (lambda: sel.register(r, selectors.EVENT_READ),
                     lambda: sel.register(99, 0), lambda: sel.register(99, 4),
                     lambda: sel.register(-1, 1), lambda: sel.register('x', 1),
                     lambda: sel.unregister(98), lambda: sel.get_key(98),
                     lambda: sel.modify(98, 1)):
            try:
                call()
            except (KeyError, ValueError) as e:
                print(type(e).__name__, e)
        print(sel.unregister(r).data, len(sel.get_map()))
        os.read(r, 1)
        print(sel.select(0.01))
    print(sel.get_map())
    os.close(r)
    os.close(w)
