# Sets and dicts of strings and bytes. CPython randomises str hashes, but the test
# transcripts run it with PYTHONHASHSEED=0, and Weft hashes text exactly as CPython does
# then, so even set iteration order matches.
words = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'é', '€', '😀', '', 'a', 'b', 'ab']
print(set(words))
print(frozenset(['x', 'y', 'z']))
print({w: len(w) for w in words})
print(set(b'%d' % i for i in range(12)))
print({'one', 'two', 'three'} | {'four'}, {'k' + str(i) for i in range(10)})
print(hash('a'), hash('hello'), hash(''), hash('é'), hash('€uro'), hash('😀x'), hash(b'abc'), hash(b''))
print(hash('abc') == hash(b'abc'), hash('é') == hash('é'.encode('latin-1')))
s = set()
for i in range(50):
    s.add('item%d' % i)
print(list(s)[:10], len(s))
d = dict.fromkeys('the quick brown fox jumps over the lazy dog'.split())
print(list(d))
print(sorted(set('mississippi')), set('mississippi'))
