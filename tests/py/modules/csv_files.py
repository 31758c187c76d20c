import csv, os, io

path = '/tmp/csv_files_%d.csv' % os.getpid()
rows = [['id', 'name', 'note'], [1, 'Ann', 'likes "tea"'], [2, 'Bob', 'multi\nline'],
        [3, 'Cy, Jr.', ''], [4, None, 'tab\there']]
with open(path, 'w', newline='') as f:
    w = csv.writer(f)
    for r in rows:
        print(w.writerow(r))
with open(path, 'rb') as f:
    print(f.read())
with open(path, newline='') as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
# Without newline='' the embedded '\r\n' is still folded by universal newlines.
with open(path) as f:
    print(list(csv.reader(f)))

with open(path, 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['k', 'v'], dialect='unix')
    w.writeheader()
    w.writerows([{'k': 'a', 'v': 1}, {'k': 'b'}, {'v': 'x,y'}])
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    dr = csv.DictReader(f)
    print(dr.fieldnames, dr.line_num)
    for d in dr:
        print(dr.line_num, d)

class Num:
    def __float__(self):
        return 1.25
    def __str__(self):
        return '1.25'
s = io.StringIO()
class Idx:
    def __index__(self):
        return 3
    def __str__(self):
        return 'three'
csv.writer(s, quoting=csv.QUOTE_NONNUMERIC).writerow([Num(), Idx(), 'x'])
print(repr(s.getvalue()))
with open(path, 'w', newline='') as f:
    csv.writer(f, delimiter='\t', quoting=csv.QUOTE_NONNUMERIC).writerows(
        [['a', 1, 2.5, Num(), None]])
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(list(csv.reader(f, 'excel-tab', quoting=csv.QUOTE_NONNUMERIC)))

# Errors in the middle of a file leave the reader usable.
with open(path, 'w', newline='') as f:
    f.write('a,b\r\n"x"y,z\r\nc,d\r\n')
with open(path, newline='') as f:
    r = csv.reader(f, strict=True)
    print(next(r))
    try:
        next(r)
    except csv.Error as e:
        print(type(e).__name__, e, r.line_num)
    print(next(r), r.line_num)
    try:
        next(r)
    except StopIteration:
        print('done', r.line_num)
os.remove(path)

print(csv.field_size_limit(new_limit=50), csv.field_size_limit())
try:
    list(csv.reader(['"' + 'x' * 60 + '"']))
except csv.Error as e:
    print(e)
print(csv.field_size_limit(131072))

# Round trip of awkward values through every quoting mode.
vals = ['', 'a', 'a,b', 'q"q', 'l\nf', ' sp ', 'x\\y', '1.5']
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL):
    s = io.StringIO()
    try:
        csv.writer(s, quoting=q, escapechar='\\').writerow(vals)
        text = s.getvalue()
        print(q, repr(text), next(csv.reader(io.StringIO(text), escapechar='\\')))
    except csv.Error as e:
        print(q, 'Error', e)

# Multi-line records count every physical line.
r = csv.reader(io.StringIO('"a\nb\nc",d\ne,f\n'))
for row in r:
    print(r.line_num, row)
print(type(r).__name__, type(csv.writer(io.StringIO())).__name__, csv.Error.__module__)
