# str.join and bytes.join take the iterator once and ask it for a length hint, as CPython.
calls = []


class Loud:
    def __init__(self, items, hint_error=None):
        self.items = items
        self.hint_error = hint_error

    def __iter__(self):
        calls.append('iter')
        return LoudIter(self.items, self.hint_error)


class LoudIter:
    def __init__(self, items, hint_error):
        self.it = iter(items)
        self.hint_error = hint_error

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.it)

    def __length_hint__(self):
        calls.append('hint')
        if self.hint_error:
            raise self.hint_error
        return 2


print('-'.join(Loud(['a', 'b'])), calls)
calls.clear()
print(b'-'.join(Loud([b'a', bytearray(b'b')])), calls)
for sep in ('', b''):
    try:
        sep.join(Loud([sep], NotImplementedError('hint')))
    except NotImplementedError as e:
        print('NotImplementedError', e)
    try:
        sep.join(Loud([sep], TypeError('hint')))
        print('TypeError from the hint is ignored')
    except TypeError as e:
        print('TypeError', e)
for sep, bad in (('', 5), (b'', 5), ('', [1]), (b'', ['x'])):
    try:
        sep.join(bad)
    except TypeError as e:
        print('TypeError', e)
print(','.join(x for x in 'abc'), b','.join(iter([b'x', memoryview(b'y')])))
