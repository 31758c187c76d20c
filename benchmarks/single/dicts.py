# Dictionaries and sets: build an inverted index, join tables by key, deduplicate and
# count with dict/set operations and comprehensions.
import sys


def records(n):
    state = 12345
    out = []
    for i in range(n):
        state = (state * 48271) % 2147483647
        out.append({'id': i, 'group': state % 97, 'tag': 'tag%d' % (state % 31),
                    'score': state % 1000})
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    rows = records(n)
    index = {}
    for r in rows:
        index.setdefault(r['tag'], []).append(r['id'])
    groups = {}
    for r in rows:
        g = groups.get(r['group'])
        if g is None:
            groups[r['group']] = g = {'count': 0, 'total': 0}
        g['count'] += 1
        g['total'] += r['score']
    by_id = {r['id']: r for r in rows}
    joined = sum(by_id[i]['score'] for ids in index.values() for i in ids[:50])
    seen = set()
    unique_scores = 0
    for r in rows:
        if r['score'] not in seen:
            seen.add(r['score'])
            unique_scores += 1
    inverted = {v: k for k, v in {r['id']: r['tag'] for r in rows[:5000]}.items()}
    best = max(groups.items(), key=lambda kv: kv[1]['total'])
    print(len(index), joined, unique_scores, len(inverted), best[0], best[1]['count'])


main()
