# re in small programs: a tokenizer, log parsing, templating, validation,
# re.Scanner, and several threads sharing compiled patterns and the cache.
import re
import threading

# A tokenizer with named alternatives and lastgroup.
TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<SKIP>[ \t]+)
  | (?P<MISMATCH>.)
''', re.VERBOSE)


def tokenize(code):
    for m in TOKEN.finditer(code):
        kind = m.lastgroup
        if kind == 'SKIP':
            continue
        yield kind, m.group(), m.start()


print(list(tokenize('x = 3.5 * (y1 + 42) $')))

# Log parsing.
LOG = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) \[(?P<level>[A-Z]+)\] (?P<msg>.*)$', re.M)
log = """2024-01-02 10:00:01 [INFO] started
2024-01-02 10:00:05 [WARN] disk at 91%
garbage line
2024-01-02 10:01:00 [ERROR] failed: code=7
"""
for m in LOG.finditer(log):
    print(m['level'], m['time'], m['msg'])
print(LOG.findall(log)[-1])
print(re.findall(r'code=(\d+)', log), re.search(r'(\d+)%', log).group(1))

# A tiny template engine with a callable replacement.
context = {'name': 'World', 'count': 3}
print(re.sub(r'\{\{\s*(\w+)\s*\}\}', lambda m: str(context.get(m.group(1), '?')),
             'Hello {{ name }}, you have {{count}} new {{ things }}.'))

# Normalizing and validating text.
print(re.sub(r'\s+', ' ', '  lots   of\n\twhite   space ').strip())
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567890'))
EMAIL = re.compile(r'^[\w.+-]+@[\w-]+(\.[\w-]+)+$')
for addr in ['joe@example.com', 'a.b+c@x-y.co.uk', 'bad@', '@bad.com', 'x@y']:
    print(addr, bool(EMAIL.match(addr)))
print(re.split(r'[;,]\s*', 'a, b;c ,d'))
print([s for s in re.split(r'(\d+)', 'ab12cd345') if s])
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseName').lower())
print(re.findall(r'"((?:[^"\\]|\\.)*)"', r'say "hi \"there\"" and "bye"'))
url = re.match(r'(?P<scheme>\w+)://(?P<host>[^/:]+)(?::(?P<port>\d+))?(?P<path>/\S*)?', 'https://example.org:8080/a/b?c=1')
print(url.groupdict())

# re.Scanner.
def num(scanner, token):
    return ('NUM', int(token))


scanner = re.Scanner([
    (r'\d+', num),
    (r'[a-z]+', lambda s, t: ('WORD', t)),
    (r'\s+', None),
])
print(scanner.scan('12 apples and 7 pears!'))

# Threads sharing patterns and the module cache.
results = {}


def work(n):
    out = []
    for i in range(200):
        p = re.compile(r'(\d+)-(%d)' % (i % 7))
        m = p.search('id %d-%d' % (n, i % 7))
        out.append(m.group(1))
        out.append(re.sub(r'[aeiou]', '', 'thread number %d' % n))
    results[n] = out


threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in range(4):
    print(n, results[n][:2], len(results[n]), all(results[n][k] == str(n) for k in range(0, 400, 2)))
