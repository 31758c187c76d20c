# heapq and bisect as schedulers, top-k queries and sorted indexes use them.
import heapq
import bisect

tasks = []
for prio, name in [(5, 'write'), (1, 'plan'), (3, 'test'), (1, 'alpha'), (4, 'deploy')]:
    heapq.heappush(tasks, (prio, name))
print(tasks[0], [heapq.heappop(tasks) for _ in range(len(tasks))])
h = list(range(20, 0, -3))
heapq.heapify(h)
print(h, h[0] == min(h))
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 100), heapq.heapreplace(h, 7), h)
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heapreplace((), 1),
            lambda: heapq.heappush([1], 'a'), lambda: heapq.heappushpop('a', 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(heapq.heappushpop([], 3))
# merge, incl. key and reverse
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(['apple', 'fig'], ['kiwi', 'banana'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)), list(heapq.merge('ace', 'bd')))
print(list(heapq.merge([(1, 'b')], [(1, 'a')], key=lambda t: t[0])))
# nlargest / nsmallest
scores = {'ann': 88, 'bob': 95, 'cy': 70, 'di': 95, 'ed': 60}
print(heapq.nlargest(2, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
data = [5, 1, 9, 3, 7, 1, 8]
for n in (0, 1, 3, 7, 10, -1):
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
print(heapq.nlargest(3, 'hello world'), heapq.nsmallest(2, iter([4, 2, 6])), heapq.nlargest(1, [], key=abs))
print(heapq.nsmallest(3, [-5, 2, -1, 4], key=abs), heapq.nlargest(3, [-5, 2, -1, 4], key=abs))
print(heapq.nlargest(2, [(1, 'x'), (1, 'y'), (0, 'z')], key=lambda t: t[0]))
h2 = []
for x in [3, 1, 2]:
    heapq.heappush(h2, -x)
print([-heapq.heappop(h2) for _ in range(3)])
# bisect
grades = [60, 70, 80, 90]


def grade(score):
    return 'FDCBA'[bisect.bisect(grades, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect(a, 2, lo=4), bisect.bisect_left(a, 4, hi=3))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 2.0)
bisect.insort(a, 0, lo=0, hi=0)
print(a)
# with key
records = [('ann', 23), ('bob', 31), ('cy', 31), ('di', 45)]
ages = lambda r: r[1]
print(bisect.bisect_left(records, 31, key=ages), bisect.bisect_right(records, 31, key=ages), bisect.bisect(records, 50, key=ages))
bisect.insort(records, ('ed', 31), key=ages)
bisect.insort_left(records, ('fay', 31), key=ages)
bisect.insort(records, ('al', 1), key=ages)
print(records)
words = sorted(['banana', 'Apple', 'cherry'], key=str.lower)
bisect.insort(words, 'apricot', key=str.lower)
print(words, bisect.bisect_left(words, 'c', key=str.lower))
for bad in [lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(None, 1), lambda: bisect.insort([1, 'a'], 0),
            lambda: bisect.bisect([1, 2], 'x'), lambda: bisect.bisect_left([], 1, lo=2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
