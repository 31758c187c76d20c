import csv

samples = [
    'a,b,c\r\n1,2,3\r\n4,5,6\r\n',
    'name;age;city\nbob;30;paris\nalice;25;rome\n',
    'x\ty\tz\n1\t2\t3\n',
    '"a","b","c"\n"1","2","3"\n',
    "'a';'b'\n'c';'d'\n",
    'a, "b", c\n1, "2", 3\n',
    '"He said ""hi""",2\n"x",3\n',
    'a:b:c\n1:2:3\n',
    'a|b\n1|2\n3|4\n',
    'a b c\n1 2 3\n',
    'one\ntwo\nthree\n',
    'abc',
    '',
    '"abc"\n"def"\n',
    'a,b;c\n1,2;3\n4,5;6\n',
    'Date,Value\n2020-01-01,3.5\n2020-01-02,4.25\n2020-01-03,1\n',
    'a,b\n1\n2,3\n4,5,6\n',
    ''.join('%d,%d;x\n' % (i, i * i) for i in range(25)),
]
sn = csv.Sniffer()
print(sn.preferred)
for s in samples:
    try:
        d = sn.sniff(s)
        print(repr(s[:30]), repr(d.delimiter), repr(d.quotechar), d.doublequote,
              d.skipinitialspace, repr(d.lineterminator), d.quoting, d._name,
              issubclass(d, csv.Dialect), d.__name__)
    except csv.Error as e:
        print(repr(s[:30]), 'Error', e)
for s, delims in [('a;b,c\n1;2,3\n', ';'), ('a;b,c\n1;2,3\n', ','), ('a;b\n', ':'),
                  ('"a";"b"\n', ','), ('"a";"b"\n', ';')]:
    try:
        d = sn.sniff(s, delimiters=delims)
        print(repr(s), delims, repr(d.delimiter), repr(d.quotechar))
    except csv.Error as e:
        print(repr(s), delims, 'Error', e)

headers = [
    'name,age\nbob,30\nalice,25\n',
    '1,2\n3,4\n5,6\n',
    'aa,bb\ncc,dd\nee,ff\n',
    'title,x\nabcd,1\nefgh,2\n',
    'a,b,c\n1,2\n3,4,5\n',
    'h1;h2\n1.5;x\n2.5;y\n',
]
for s in headers:
    try:
        print(repr(s[:20]), sn.has_header(s))
    except csv.Error as e:
        print(repr(s[:20]), 'Error', e)

# A sniffed dialect drives a reader directly.
d = sn.sniff('a;b\n1;2\n')
print(list(csv.reader(['x;y', '"p;q";r'], d)))
sn.preferred = [';']
print(repr(sn.sniff('a,b;c\n1,2;3\n').delimiter))
