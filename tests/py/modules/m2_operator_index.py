# operator.index on a non-integer raises TypeError, not AttributeError; random.randrange relies on it
import operator
import random
for v in [1.5, 'a', None, [1]]:
    try:
        print(operator.index(v))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: random.randrange(1.5), lambda: random.randrange(0, 2.5), lambda: random.randrange(0, 10, 1.0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
