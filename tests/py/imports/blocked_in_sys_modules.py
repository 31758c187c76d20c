import sys
sys.modules['blocked_mod'] = None
try:
    import blocked_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from blocked_mod import x
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.modules['json'] = None
try:
    import json
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules['json']
import json
print(json.dumps([1]))
