# Text processing: generate a deterministic corpus, then tokenize, count words, build
# bigrams, format a report and do some string surgery.
import sys

SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'no', 'vi', 'po', 'de', 'an', 'el']


def make_corpus(n_words, seed=7):
    state = seed
    words = []
    for _ in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7fffffff
        length = 1 + state % 3
        w = ''
        for k in range(length):
            state = (state * 1103515245 + 12345) & 0x7fffffff
            w += SYLLABLES[state % len(SYLLABLES)]
        if state % 11 == 0:
            w = w.capitalize()
        words.append(w)
        if state % 13 == 0:
            words.append('.')
    return ' '.join(words)


def analyse(text):
    sentences = [s.strip() for s in text.split('.') if s.strip()]
    counts = {}
    bigrams = {}
    for sentence in sentences:
        tokens = sentence.lower().split()
        for t in tokens:
            counts[t] = counts.get(t, 0) + 1
        for a, b in zip(tokens, tokens[1:]):
            key = a + ' ' + b
            bigrams[key] = bigrams.get(key, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    top_bi = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    lines = ['%-12s %6d' % (w, c) for w, c in top]
    lines += ['{:>20}: {}'.format(b, c) for b, c in top_bi]
    lengths = [len(s) for s in sentences]
    report = '\n'.join(lines)
    surgery = text.replace('ka', 'KA').upper().count('KA') + text.find('vivi')
    return report, len(sentences), sum(lengths) // len(lengths), surgery


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    text = make_corpus(n)
    report, nsent, avg, surgery = analyse(text)
    print(report)
    print(nsent, avg, surgery)


main()
