# Compares Weft's parser (the astdump tool) with Python 3.13's ast module on source files.
# Run with the 3.13 oracle:
#   ~/.pyenv/versions/3.13.0/bin/python3 tests/tools/astcheck.py --astdump BUILD/astdump FILE...
# For each file the oracle's ast.dump(..., include_attributes=True) (or SyntaxError details,
# and SyntaxWarnings) must equal astdump's output. Prints the files that differ and a summary;
# exits non-zero if any differs. --cases FILE reads a Python list of source strings instead
# of files (each case is written to a temporary file). --run compares the errors of sources
# run as scripts (`python3 FILE`, whose decoding and error texts differ slightly from
# compile()) with `astdump --file`; sources without a syntax error are skipped.
import argparse, ast, os, subprocess, sys, tempfile, warnings


def fmt_text(t):
    if t is None:
        return "None"
    return t.replace("\\", "\\\\").replace("\n", "\\n")


def oracle(src, mode):
    lines = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tree = compile(src, "<file>", mode, ast.PyCF_ONLY_AST)
            out = ast.dump(tree, include_attributes=True)
        except SyntaxError as e:
            out = "ERROR %s %s %s %s %s %s | %s" % (
                type(e).__name__, e.lineno or 0, e.offset or 0, e.end_lineno or 0,
                e.end_offset or 0, e.msg, fmt_text(e.text))
        except (MemoryError, RecursionError) as e:
            out = "ERROR %s" % type(e).__name__
        except ValueError as e:
            out = "ERROR ValueError %s" % e
    for w in caught:
        lines.append("WARNING %s %s %s" % (w.category.__name__, w.lineno, w.message))
    return lines, out


HOOK = """import sys
def hook(t, e, tb):
    if issubclass(t, SyntaxError):
        print("ERROR %s %s %s %s %s %s | %s" % (t.__name__, e.lineno or 0, e.offset or 0,
              e.end_lineno or 0, e.end_offset or 0, e.msg,
              "None" if e.text is None else e.text.replace("\\\\", "\\\\\\\\").replace("\\n", "\\\\n")))
sys.excepthook = hook
"""


def oracle_run(path, hookdir):
    env = dict(os.environ, PYTHONPATH=hookdir)
    r = subprocess.run([sys.executable, "-W", "ignore", path], capture_output=True, env=env)
    out = r.stdout.decode("utf-8", "replace").rstrip("\n").split("\n")
    return [], out[-1] if out else ""


def mine(astdump, path, mode, extra=()):
    r = subprocess.run([astdump, "--mode", mode, *extra, path], capture_output=True)
    text = r.stdout.decode("utf-8", "replace").rstrip("\n").split("\n")
    warns = [l for l in text if l.startswith("WARNING ")]
    body = [l for l in text if not l.startswith("WARNING ")]
    out = body[-1] if body else "<no output>: " + r.stderr.decode("utf-8", "replace")
    if out.startswith("ERROR MemoryError") or out.startswith("ERROR RecursionError"):
        out = " ".join(out.split()[:2])
    return warns, out


def first_diff(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def check(astdump, path, src, mode, verbose, hookdir=None):
    if hookdir:
        try:
            compile(src, path, mode)
            return True
        except SyntaxError:
            pass
        except Exception:
            return True
        exp_w, exp = oracle_run(path, hookdir)
        got_w, got = mine(astdump, path, mode, ("--file",))
        got_w = []
    else:
        exp_w, exp = oracle(src, mode)
        got_w, got = mine(astdump, path, mode)
    if exp == got and exp_w == got_w:
        return True
    print("DIFF", path)
    if exp != got:
        n = first_diff(exp, got)
        lo = max(0, n - 150)
        print("  expected:", exp[lo:n + 150])
        print("  got:     ", got[lo:n + 150])
    if exp_w != got_w:
        print("  expected warnings:", exp_w[:5])
        print("  got warnings:     ", got_w[:5])
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--astdump", default=os.environ.get("ASTDUMP", "astdump"))
    ap.add_argument("--mode", default="exec")
    ap.add_argument("--cases")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--run", action="store_true")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    ok = bad = 0
    hookdir = None
    if args.run:
        hookdir = tempfile.mkdtemp()
        with open(os.path.join(hookdir, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
    if args.cases:
        with open(args.cases, encoding="utf-8") as f:
            cases = eval(compile(f.read(), args.cases, "eval"))
        with tempfile.TemporaryDirectory() as d:
            for i, case in enumerate(cases):
                mode = args.mode
                if isinstance(case, tuple):
                    case, mode = case
                src = case.encode("utf-8") if isinstance(case, str) else case
                path = os.path.join(d, "case%d.py" % i)
                with open(path, "wb") as f:
                    f.write(src)
                if mode == "exec" or not hookdir:
                    good = check(args.astdump, path, src, mode, args.v, hookdir)
                else:
                    good = True
                if good:
                    ok += 1
                else:
                    print("  source:", repr(case)[:200])
                    bad += 1
    for path in args.files:
        with open(path, "rb") as f:
            src = f.read()
        if check(args.astdump, path, src, args.mode, args.v, hookdir):
            ok += 1
        else:
            bad += 1
    print("ok=%d differ=%d" % (ok, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
