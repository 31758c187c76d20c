"""Text statistics: word frequencies, n-grams, tables with format specs."""
from collections import Counter, defaultdict, deque
import string
import math

TEXT = """\
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.

We had everything before us, we had nothing before us; we were all going
direct to Heaven, we were all going direct the other way -- in short, the
period was so far like the present period, that some of its noisiest
authorities insisted on its being received, for good or for evil, in the
superlative degree of comparison only.

There were a king with a large jaw and a queen with a plain face, on the
throne of England; there were a king with a large jaw and a queen with a
fair face, on the throne of France. Naïve café owners — "déjà vu!" — said so.
"""

STOPWORDS = set("a an and the of it was in on to for or we so that its with".split())
PUNCT_TABLE = str.maketrans({c: " " for c in string.punctuation + "—"})


def paragraphs(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def sentences(paragraph):
    out, buf = [], []
    for ch in paragraph.replace("\n", " "):
        buf.append(ch)
        if ch in ".!?;":
            s = "".join(buf).strip()
            if s:
                out.append(s)
            buf = []
    rest = "".join(buf).strip()
    if rest:
        out.append(rest)
    return out


def words(text):
    return text.translate(PUNCT_TABLE).casefold().split()


def ngrams(seq, n):
    window = deque(maxlen=n)
    for item in seq:
        window.append(item)
        if len(window) == n:
            yield tuple(window)


def median(values):
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(values):
    mu = sum(values) / len(values)
    return math.sqrt(sum((v - mu) ** 2 for v in values) / (len(values) - 1))


def table(rows, headers, aligns):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = "+".join("-" * (w + 2) for w in widths)
    fmt_row = lambda r: "|".join(f" {str(v):{a}{w}} " for v, a, w in zip(r, aligns, widths))
    print("+" + line + "+")
    print("|" + fmt_row(headers) + "|")
    print("+" + line.replace("-", "=") + "+")
    for r in rows:
        print("|" + fmt_row(r) + "|")
    print("+" + line + "+")


def main():
    paras = paragraphs(TEXT)
    all_words = words(TEXT)
    counts = Counter(all_words)
    content = Counter(w for w in all_words if w not in STOPWORDS)

    print(f"characters : {len(TEXT):>6}")
    print(f"letters    : {sum(c.isalpha() for c in TEXT):>6}")
    print(f"non-ascii  : {sum(not c.isascii() for c in TEXT):>6} {sorted(set(c for c in TEXT if not c.isascii()))}")
    print(f"words      : {len(all_words):>6}")
    print(f"distinct   : {len(counts):>6}")
    print(f"paragraphs : {len(paras):>6}")
    lengths = [len(w) for w in all_words]
    print(f"mean length: {sum(lengths) / len(lengths):>9.2f}")
    print(f"median     : {median(lengths):>9.1f}")
    print(f"stdev      : {stdev(lengths):>9.4f}")
    print(f"lexical div: {len(counts) / len(all_words):>9.2%}")

    print("\nTop words (all):")
    rows = [(i, w, c, f"{c / len(all_words):.1%}", "#" * c)
            for i, (w, c) in enumerate(counts.most_common(6), 1)]
    table(rows, ("#", "word", "n", "share", "bar"), (">", "<", ">", ">", "<"))

    print("\nTop content words:")
    for w, c in sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
        print(f"  {w!r:>14} {c:3d} {'*' * c}")

    print("\nBigrams seen 3+ times:")
    bigrams = Counter(ngrams(all_words, 2))
    for (a, b), c in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0])):
        if c >= 3:
            print(f"  {a + ' ' + b:<16}{c:>3}")

    print("\nPer paragraph:")
    for n, p in enumerate(paras, 1):
        sents = sentences(p)
        ws = words(p)
        longest = max(ws, key=lambda w: (len(w), w))
        print(f"  [{n}] {len(sents)} sentence(s), {len(ws)} words, longest={longest!r}, "
              f"first={sents[0][:30]!r}{'...' if len(sents[0]) > 30 else ''}")

    by_initial = defaultdict(set)
    for w in counts:
        by_initial[w[0]].add(w)
    print("\nWords by initial (3+ distinct):")
    for letter in sorted(by_initial):
        group = by_initial[letter]
        if len(group) >= 3:
            print(f"  {letter.upper()}: {', '.join(sorted(group, key=str.lower))}")

    hist = Counter(lengths)
    print("\nLength histogram:")
    peak = max(hist.values())
    for length in range(1, max(hist) + 1):
        n = hist.get(length, 0)
        bar = "█" * round(20 * n / peak)
        print(f"  {length:2d} | {bar:<20} | {n}")

    title = " ".join(w.capitalize() for w in "a tale of two cities".split())
    print(f"\n{title:*^40}")
    print(f"{title.swapcase()!s:.>40}")
    print("centered:", "|" + "déjà vu".center(13, "·") + "|", "déjà vu".upper(), "ß".upper(), "Straße".casefold())
    print("zfill/expand:", "42".zfill(6), "-7".zfill(4), "a\tb\tc".expandtabs(4).replace(" ", "_"))
    print("partition:", "key=value=more".partition("="), "a,b,,c".rsplit(",", 2))
    print("checks:", "Hello World".istitle(), "  ".isspace(), "x1".isidentifier(), "½".isnumeric(), "½".isdigit())
    combined = counts + Counter({"times": 10})
    print("combined:", combined["times"], (counts - Counter({"was": 100}))["was"], (counts & Counter({"the": 2}))["the"])


main()
