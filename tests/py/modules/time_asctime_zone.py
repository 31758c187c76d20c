import time
print(time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)), time.asctime(time.gmtime(0)), time.ctime(0) == time.asctime(time.localtime(0)))
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), type(time.tzname).__name__, len(time.tzname))
print(time.ctime(86400 * 365.25 * 30) == time.asctime(time.localtime(86400 * 365.25 * 30)), len(time.ctime()))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 9, 1, 0)]:
    try:
        print(time.asctime(bad))
    except ValueError as e:
        print("ValueError", e)
