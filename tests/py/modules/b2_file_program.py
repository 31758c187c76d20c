# A small "real program": write a data file in several encodings, parse it, aggregate,
# write a report through print(file=...), re-read it, and handle the usual failures.
import io, os, sys

base = 'b2_file_program_%d' % os.getpid()
rows = [('Zoë', 'Paris', 31), ('Åsa', 'Malmö', 27), ('Bob', 'Paris', 45), ('Chloé', 'Lyon', 38), ('Dan', 'Malmö', 19)]

def write_csv(path, encoding, errors='strict'):
    with open(path, 'w', encoding=encoding, errors=errors) as f:
        f.write('name,city,age\n')
        for r in rows:
            f.write(','.join(map(str, r)) + '\n')
    return os.path.getsize(path)

def read_csv(path, encoding, errors='strict'):
    out = []
    with open(path, encoding=encoding, errors=errors) as f:
        header = f.readline().rstrip('\n').split(',')
        for lineno, line in enumerate(f, 2):
            line = line.rstrip('\n')
            if not line:
                continue
            fields = dict(zip(header, line.split(',')))
            try:
                fields['age'] = int(fields['age'])
            except (KeyError, ValueError) as e:
                print('  line', lineno, type(e).__name__, e)
                continue
            out.append(fields)
    return out

paths = {}
for enc in ['utf-8', 'latin-1']:
    paths[enc] = '%s_%s.csv' % (base, enc)
    print(enc, write_csv(paths[enc], enc))
try:
    write_csv(base + '_ascii.csv', 'ascii')
except UnicodeEncodeError as e:
    print('ascii', type(e).__name__, e)
print('ascii/replace', write_csv(base + '_ascii.csv', 'ascii', 'replace'))
print(read_csv(base + '_ascii.csv', 'ascii')[:2])
os.remove(base + '_ascii.csv')

data = read_csv(paths['utf-8'], 'utf-8')
print(len(data), data[0], sorted(d['name'] for d in data))
print(read_csv(paths['latin-1'], 'latin-1') == data)
try:
    read_csv(paths['latin-1'], 'utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.reason, e.object[e.start:e.end])
print([d['name'] for d in read_csv(paths['latin-1'], 'utf-8', 'replace')])
mojibake = read_csv(paths['utf-8'], 'latin-1')
print(mojibake[0]['name'], mojibake[0]['name'].encode('latin-1').decode('utf-8'))

with open(paths['utf-8'], 'a', encoding='utf-8') as f:
    f.write('Eve,Nice,unknown\nFay,Nice\n\n')
data = read_csv(paths['utf-8'], 'utf-8')
by_city = {}
for d in data:
    by_city.setdefault(d['city'], []).append(d['age'])
report = io.StringIO()
print('%-8s %5s %6s' % ('city', 'count', 'mean'), file=report)
for city in sorted(by_city):
    ages = by_city[city]
    print('%-8s %5d %6.1f' % (city, len(ages), sum(ages) / len(ages)), file=report)
print('total', sum(len(v) for v in by_city.values()), sep=': ', end='\n', file=report)
text = report.getvalue()
sys.stdout.write(text)
rpath = base + '_report.txt'
with open(rpath, 'w', encoding='utf-8', newline='\n') as f:
    print(text, end='', file=f)
with open(rpath, 'rb') as f:
    raw = f.read()
print(len(raw), raw.count(b'\n'), raw.splitlines()[1], raw.decode('utf-8') == text)
with open(rpath, encoding='utf-8') as f:
    print([line.split()[0] for line in f if line.strip()])
oldest = max(data, key=lambda d: d['age'])
youngest = min(data, key=lambda d: (d['age'], d['name']))
print(oldest['name'], youngest['name'], sorted(data, key=lambda d: (-d['age'], d['name']))[1]['name'])

for p in [paths['utf-8'], paths['latin-1'], rpath]:
    os.remove(p)
print(sorted(n for n in os.listdir('.') if n.startswith(base)))
for bad in [lambda: read_csv(rpath, 'utf-8'), lambda: write_csv(os.path.join(base, 'x.csv'), 'utf-8'),
            lambda: read_csv(paths['utf-8'], 'klingon')]:
    try:
        bad()
    except (OSError, LookupError) as e:
        print(type(e).__name__, str(e).replace(base, 'BASE'))
