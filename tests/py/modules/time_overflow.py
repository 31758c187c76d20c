import time
for v in [1e20, 2**63, float('inf'), float('-inf'), float('nan'), 1e18]:
    for f in (time.gmtime, time.localtime, time.ctime):
        try:
            f(v); print("ok")
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
