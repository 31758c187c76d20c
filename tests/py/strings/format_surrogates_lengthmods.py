# Padding str values that hold lone surrogates, %c of surrogates, and % length modifiers.
print(ascii(format('a\ud800', '>3')), ascii('{:3}'.format('\ud800')), ascii(f'{"\udc80":^5}'))
print(ascii(format(0xD800, 'c')), ascii(format(0xD800, '>3c')), format('xy', '*^6'), format(65, '^5c'))
for f in ['%ld', '%hd', '%Ld', '%5ld', '%lld', '%hhd', '%l']:
    try:
        print(repr(f % 5))
    except Exception as e:
        print(type(e).__name__, e)
for f in [b'%lld', b'%ld', b'%hi']:
    try:
        print(repr(f % 5))
    except Exception as e:
        print(type(e).__name__, e)
