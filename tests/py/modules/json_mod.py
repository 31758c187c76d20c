import json

data = {"b": [1, 2.5, None, True, False], "a": {"x": "y\n\u00e9"}, "c": 1e100}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.loads('{"k": [1, 2, {"z": null}], "f": 1.5e3, "s": "a\\u00e9\\n"}'))
print(json.loads('[1, 2]') == [1, 2], json.dumps("\ud83d\ude00"), json.loads('"\\ud83d\\ude00"'))
for bad in ['{', '[1,]', '{"a" 1}', '', '[1] x', '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e)
try:
    json.dumps({1j: 2})
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError', e)
print(json.dumps([float('inf'), float('nan')]))
