import pprint

text = ('The quick brown fox jumps over the lazy dog. ' * 5 +
        '\nSecond line\twith tab and a verylongwordthatcannotbesplitatallbecauseitisone' * 2)
for w in (10, 25, 40, 60, 80):
    print(pprint.pformat(text, width=w))
    print(pprint.pformat([text[:90], 'short'], width=w))
    print(pprint.pformat({'key': text[:120]}, width=w))
print(pprint.pformat('', width=1))
print(pprint.pformat('a b', width=1))
print(pprint.pformat('line1\nline2\n', width=8))
print(pprint.pformat(('abc def ' * 10,), width=30))
print(pprint.pformat("it's \"quoted\" " * 6, width=30))
print(pprint.pformat('caf\xe9 \u20ac ' * 10, width=25))
b = bytes(range(40))
for w in (1, 10, 20, 30, 50, 200):
    print(pprint.pformat(b, width=w))
    print(pprint.pformat([b], width=w))
    print(pprint.pformat(bytearray(b), width=w))
    print(pprint.pformat({'b': bytearray(b[:20])}, width=w))
print(pprint.pformat(b'abcd', width=1), pprint.pformat(b'', width=1))
print(pprint.pformat(bytearray(), width=1), pprint.pformat(bytearray(b'ab'), width=1))
print(pprint.pformat(b'hello world ' * 8, width=30))
print(pprint.pformat((b'x' * 30, 'y' * 30), width=20))
