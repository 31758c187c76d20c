# itertools: bad arguments raise when the iterator is created, not on the first next().
import itertools as it


def call(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '-> created', type(r).__name__)


call('cycle(5)', lambda: it.cycle(5))
call('chain(1, 2)', lambda: it.chain(1, 2))
call('chain.from_iterable(5)', lambda: it.chain.from_iterable(5))
call('compress(1, [])', lambda: it.compress(1, []))
call('compress([], 1)', lambda: it.compress([], 1))
call('groupby(3)', lambda: it.groupby(3))
call('islice([], -1)', lambda: it.islice([], -1))
call('islice([], 1, 2, 0)', lambda: it.islice([], 1, 2, 0))
call('islice([], "a")', lambda: it.islice([], 'a'))
call('islice([], 1.5)', lambda: it.islice([], 1.5))
call('islice(3, 1)', lambda: it.islice(3, 1))
call('tee(1)', lambda: it.tee(1))
call('tee([], -1)', lambda: it.tee([], -1))
call('zip_longest(1)', lambda: it.zip_longest(1))
call('product("a", rep=1)', lambda: it.product('a', rep=1))
# errors that only surface while iterating
for label, f in [('accumulate(["a", 1])', lambda: list(it.accumulate(['a', 1]))),
                 ('chain.from_iterable([1])', lambda: list(it.chain.from_iterable([1]))),
                 ('next(count()) ok', lambda: next(it.count())),
                 ('next(islice([], 1))', lambda: next(it.islice([], 1))),
                 ('groupby key error', lambda: list(it.groupby([1, 'a'], key=lambda v: v + 1))),
                 ('accumulate(func=None)', lambda: list(it.accumulate([1, 2], None))),
                 ('list(permutations("ab", -1))', lambda: list(it.permutations('ab', -1))),
                 ('list(batched("ab", 0))', lambda: list(it.batched('ab', 0))),
                 ('list(product("a", repeat=-1))', lambda: list(it.product('a', repeat=-1))),
                 ('list(combinations("ab", -1))', lambda: list(it.combinations('ab', -1))),
                 ('list(cwr("ab", -2))', lambda: list(it.combinations_with_replacement('ab', -2))),
                 ('list(dropwhile(None, 3))', lambda: list(it.dropwhile(None, 3))),
                 ('list(takewhile(len, 3))', lambda: list(it.takewhile(len, 3))),
                 ('list(filterfalse(None, 3))', lambda: list(it.filterfalse(None, 3))),
                 ('list(pairwise(1))', lambda: list(it.pairwise(1))),
                 ('list(accumulate(3))', lambda: list(it.accumulate(3))),
                 ('list(product(1))', lambda: list(it.product(1))),
                 ('list(permutations(1))', lambda: list(it.permutations(1))),
                 ('list(starmap(pow, 1))', lambda: list(it.starmap(pow, 1))),
                 ('list(zip_longest([1], 2))', lambda: list(it.zip_longest([1], 2))),
                 ('tee of exhausted', lambda: [list(t) for t in it.tee(iter([]), 2)]),
                 ('dropwhile pred raises', lambda: list(it.dropwhile(lambda x: 1 / x, [1, 0, 2]))),
                 ('takewhile pred raises', lambda: list(it.takewhile(lambda x: 1 / x, [1, 0, 2]))),
                 ('filterfalse pred raises', lambda: list(it.filterfalse(lambda x: 1 / x, [1, 0]))),
                 ('compress short selectors', lambda: list(it.compress('abcdef', [1, 0, 1]))),
                 ('islice steps', lambda: list(it.islice(range(20), 2, 15, 4))),
                 ('islice None step', lambda: list(it.islice(range(5), 1, None, None))),
                 ('islice huge', lambda: list(it.islice(range(3), 10**18))),
                 ('product with generators', lambda: list(it.product((x for x in 'ab'), repeat=2))),
                 ('next on exhausted chain', lambda: next(it.chain()))]:
    try:
        print(label, '=', f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)
