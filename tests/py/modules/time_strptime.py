import time
t = time.strptime("2024-03-05-13-04-59", "%Y-%m-%d-%H-%M-%S")
print(t, t.tm_wday, t.tm_yday)
print(time.strptime("Tue Mar  5 13:04:59 2024"))
print(tuple(time.strptime("12/31/99", "%m/%d/%y")))
for bad in [("2024", "%Y-%m"), ("x", "%Y"), (5, "%Y")]:
    try:
        time.strptime(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
