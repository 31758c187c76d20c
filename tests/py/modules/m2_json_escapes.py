# json: invalid escape errors (message and position) as CPython's C scanner reports them
import json
for bad in ['"\\x"', '"\\u12"', '"ab\\q"', '["\\uZZZZ"]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e.msg, '|', e.pos, '|', e)
