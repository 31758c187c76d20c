# The private accelerator modules programs and test suites import: _suggestions, _typing, _warnings.
import _suggestions, _typing, _warnings, itertools, warnings
for a in (([1, 'a'], 'value'), (['value'], 'valu'), ((1,), 'x'), (itertools.count(), 'x'), (['abc', 'xyz'], 'qqqqqq')):
    try:
        print(_suggestions._generate_suggestions(*a))
    except Exception as e:
        print(type(e).__name__, e)
print(_typing._idfunc(1), _typing.TypeVar is __import__('typing').TypeVar)
try:
    _typing._idfunc()
except TypeError as e:
    print('TypeError')
print(_warnings.filters is warnings.filters, _warnings._defaultaction, type(_warnings._onceregistry).__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    _warnings.warn('Test')
print(len(w), str(w[0].message))
