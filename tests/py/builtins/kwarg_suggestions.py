# Unexpected-keyword TypeErrors from builtins carry the "Did you mean" suggestion.
for f in (lambda: sorted([], keyy=None), lambda: [].sort(revers=True), lambda: int("1", bas=10),
          lambda: print(1, sepp="-"), lambda: "a".split(sepp=" "), lambda: max([1], keyy=abs)):
    try:
        f()
    except TypeError as e:
        print(e)
for f in (lambda: str(objec=1), lambda: bytes(sourc=b''), lambda: complex(rea=1), lambda: open('x', mod='r'),
          lambda: enumerate([], star=1), lambda: range(stop=1), lambda: sum([], star=0), lambda: round(1.5, ndigit=1),
          lambda: min([1], defaul=0), lambda: zip([], stric=True), lambda: bytearray(encodin='x'),
          lambda: dict.fromkeys([], valu=1), lambda: list(iterabl=[]), lambda: "a".encode(encodin='x'),
          lambda: int(bse=2), lambda: float(x=1), lambda: divmod(a=1, b=2), lambda: isinstance(1, int, x=1)):
    try:
        f()
    except TypeError as e:
        print(e)
