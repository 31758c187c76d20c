# json.decoder.scanstring and StringIO.newlines on a closed stream.
import io
import json.decoder
print(json.decoder.scanstring('\u2728x"', 1), json.decoder.scanstring('"a\\nb" rest', 1))
try:
    json.decoder.scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
f = io.StringIO(newline=None)
f.write("\r")
f.__init__("x\n", newline=None)
print(repr(f.newlines))
f.close()
try:
    f.newlines
except ValueError as e:
    print("ValueError", e)
