import heapq, bisect, copy, string, operator, keyword

h = [5, 1, 8, 3, 2, 9, 4]
heapq.heapify(h)
print(h)
heapq.heappush(h, 0)
print(h, heapq.heappop(h), heapq.heappop(h), h)
print(heapq.nlargest(3, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8, 3]), list(heapq.merge([1, 4], [2, 3])))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3)
print(a)
x = [[1, 2], {'a': [3]}]
y = copy.deepcopy(x)
z = copy.copy(x)
y[0].append(9)
print(x, y, z[0] is x[0], y[0] is x[0])
print(string.ascii_letters, string.digits, string.punctuation)
print(string.capwords('hello big world'), string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
print(operator.add(2, 3), operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('q'))
print(keyword.iskeyword('for'), keyword.iskeyword('foo'), len(keyword.kwlist))
