"""Tokenizer and pretty printer for a small brace language, plus a lint pass."""
from collections import Counter, namedtuple
from enum import Enum, auto
import keyword
import string


class Kind(Enum):
    IDENT = auto()
    KEYWORD = auto()
    NUMBER = auto()
    STRING = auto()
    OP = auto()
    LBRACE = auto()
    RBRACE = auto()
    SEMI = auto()
    COMMENT = auto()

    def __repr__(self):
        return f"Kind.{self.name}"


Tok = namedtuple("Tok", "kind text line col")

KEYWORDS = frozenset({"let", "fn", "if", "else", "while", "return", "print"})
TWO_CHAR_OPS = {"==", "!=", "<=", ">=", "&&", "||", "->"}
ONE_CHAR_OPS = set("+-*/<>=!(),")


class LexError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{line}:{col}: {msg}")


def lex(source):
    line, col, i = 1, 1, 0
    n = len(source)

    def emit(kind, text):
        return Tok(kind, text, line, col)

    while i < n:
        ch = source[i]
        if ch == "\n":
            line, col, i = line + 1, 1, i + 1
            continue
        if ch in " \t":
            i += 1
            col += 1
            continue
        start = i
        if source.startswith("//", i):
            end = source.find("\n", i)
            end = n if end == -1 else end
            tok = emit(Kind.COMMENT, source[i:end].rstrip())
            i = end
        elif ch in string.ascii_letters + "_":
            while i < n and (source[i].isalnum() or source[i] == "_"):
                i += 1
            word = source[start:i]
            tok = emit(Kind.KEYWORD if word in KEYWORDS else Kind.IDENT, word)
        elif ch in string.digits:
            while i < n and source[i] in string.digits + "_":
                i += 1
            tok = emit(Kind.NUMBER, source[start:i])
        elif ch == '"':
            i += 1
            buf = []
            while i < n and source[i] != '"':
                if source[i] == "\\" and i + 1 < n:
                    buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(source[i + 1], "?"))
                    i += 2
                elif source[i] == "\n":
                    raise LexError("newline in string literal", line, col)
                else:
                    buf.append(source[i])
                    i += 1
            if i >= n:
                raise LexError("unterminated string", line, col)
            i += 1
            tok = emit(Kind.STRING, "".join(buf))
        elif source[i:i + 2] in TWO_CHAR_OPS:
            i += 2
            tok = emit(Kind.OP, source[start:i])
        elif ch in ONE_CHAR_OPS:
            i += 1
            tok = emit(Kind.OP, ch)
        elif ch in "{};":
            i += 1
            tok = emit({"{": Kind.LBRACE, "}": Kind.RBRACE, ";": Kind.SEMI}[ch], ch)
        else:
            raise LexError(f"bad character {ch!r} (U+{ord(ch):04X})", line, col)
        col += i - start
        yield tok


def spaced(prev, tok):
    if prev is None:
        return False
    if tok.text in (",", ")", ";") or prev.text == "(":
        return False
    if tok.text == "(" and prev.kind in (Kind.IDENT, Kind.KEYWORD) and prev.text != "return":
        return prev.text in ("if", "while")
    if prev.kind is Kind.OP and prev.text == "!" :
        return False
    return True


def pretty(tokens, indent="    "):
    out, depth, cur, prev = [], 0, [], None

    def flush():
        nonlocal cur, prev
        if cur:
            out.append(indent * depth + "".join(cur))
        cur, prev = [], None

    for tok in tokens:
        if tok.kind is Kind.COMMENT:
            flush()
            out.append(indent * depth + tok.text)
            continue
        if tok.kind is Kind.RBRACE:
            flush()
            depth -= 1
            cur.append("}")
            prev = tok
            continue
        if prev is not None and prev.kind is Kind.RBRACE and tok.text != "else":
            flush()
        text = repr(tok.text).replace("'", '"') if tok.kind is Kind.STRING else tok.text
        if tok.kind is Kind.NUMBER:
            text = str(int(text.replace("_", "")))
        if spaced(prev, tok):
            cur.append(" ")
        cur.append(text)
        prev = tok
        if tok.kind is Kind.LBRACE:
            flush()
            depth += 1
        elif tok.kind is Kind.SEMI:
            flush()
    flush()
    if depth != 0:
        out.append(f"// warning: unbalanced braces (depth {depth})")
    return "\n".join(out)


def lint(tokens):
    warnings = []
    declared = {}
    used = Counter()
    toks = list(tokens)
    for idx, tok in enumerate(toks):
        if tok.kind is Kind.KEYWORD and tok.text in ("let", "fn") and idx + 1 < len(toks):
            name = toks[idx + 1]
            if name.text in declared:
                warnings.append(f"{name.line}:{name.col}: redeclared {name.text!r}")
            declared.setdefault(name.text, name)
        elif tok.kind is Kind.IDENT and not (idx and toks[idx - 1].text in ("let", "fn")):
            used[tok.text] += 1
            if keyword.iskeyword(tok.text):
                warnings.append(f"{tok.line}:{tok.col}: {tok.text!r} is a Python keyword")
    for name, tok in declared.items():
        if not used[name]:
            warnings.append(f"{tok.line}:{tok.col}: {name!r} declared but never used")
    return warnings, used


SOURCE = '''// compute things
fn fact(n){if(n<=1){return 1;}else{return n*fact(n-1);}}
let total=0;let i  =  1_0;
while (i>0) { total = total+fact( i ) ; i=i-1; }
let unused = "tab\\there \\"q\\"";
let pass = !done&&total>=3_628_800;
print(total, pass);  // done
'''

tokens = list(lex(SOURCE))
print(f"{len(tokens)} tokens")
counts = Counter(t.kind for t in tokens)
for kind, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].name)):
    print(f"  {kind!r:<14} {count:>3}")
print(tokens[1], tokens[-2])
print(tokens[4]._replace(text="N")._asdict())
print(pretty(tokens))
print("-" * 20)
warnings, used = lint(tokens)
print("\n".join(warnings))
print("most used:", used.most_common(3))

for bad in ['let s = "abc', 'let x = 1 @ 2;', 'let s = "a\nb";', 'x = é;']:
    try:
        list(lex(bad))
    except LexError as exc:
        print("LexError", exc)
