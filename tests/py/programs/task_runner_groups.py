"""Build-task runner that collects failures into ExceptionGroups, handles them with except*,
and finally lets an ExceptionGroup escape (full grouped traceback on stderr, exit 1)."""
import sys
import traceback
from dataclasses import dataclass, field


class TaskError(Exception):
    def __init__(self, task, msg):
        super().__init__(f"[{task}] {msg}")
        self.task = task


class CompileError(TaskError):
    pass


class TestFailure(TaskError):
    pass


class MissingDependency(TaskError, LookupError):
    pass


@dataclass
class Task:
    name: str
    deps: list = field(default_factory=list)
    action: str = "ok"
    done: bool = False


def run_action(task):
    match task.action.split(":"):
        case ["ok"]:
            return f"{task.name}: built"
        case ["compile", detail]:
            raise CompileError(task.name, f"syntax error in {detail}")
        case ["test", *names]:
            errors = [TestFailure(task.name, f"test_{n} failed") for n in names]
            for i, e in enumerate(errors):
                e.add_note(f"test #{i + 1} of {len(errors)}")
            raise ExceptionGroup(f"{task.name}: {len(errors)} test(s) failed", errors)
        case ["crash"]:
            return {}["missing-key"]
        case ["div", n]:
            return f"{task.name}: ratio {1 / int(n)}"
        case other:
            raise ValueError(f"unknown action {':'.join(other)!r}")


def run_all(tasks):
    by_name = {t.name: t for t in tasks}
    order, visiting = [], set()

    def visit(name, chain=()):
        if name not in by_name:
            raise MissingDependency(chain[-1] if chain else name, f"needs unknown task {name!r}")
        if name in visiting:
            raise RuntimeError("cycle: " + " -> ".join(chain + (name,)))
        if by_name[name] in order:
            return
        visiting.add(name)
        for d in by_name[name].deps:
            visit(d, chain + (name,))
        visiting.discard(name)
        order.append(by_name[name])

    problems = []
    for t in tasks:
        try:
            visit(t.name)
        except (MissingDependency, RuntimeError) as exc:
            problems.append(exc)
    log = []
    for t in order:
        try:
            log.append(run_action(t))
            t.done = True
        except Exception as exc:
            problems.append(exc)
    if problems:
        raise ExceptionGroup(f"{len(problems)} task problem(s)", problems)
    return log


def attempt(label, tasks):
    print(f"== {label}")
    try:
        for line in run_all(tasks):
            print("  ", line)
    except* CompileError as group:
        for e in group.exceptions:
            print("   compile:", e)
    except* TestFailure as group:
        def leaves(g):
            for e in g.exceptions:
                if isinstance(e, BaseExceptionGroup):
                    yield from leaves(e)
                else:
                    yield e
        for e in leaves(group):
            print("   test:", e, e.__notes__)
    except* LookupError as group:
        print("   lookup problems:", sorted(type(e).__name__ for e in group.exceptions))
    except* ZeroDivisionError:
        print("   division by zero somewhere")


attempt("clean build", [Task("core"), Task("app", ["core"]), Task("docs", ["app"])])
attempt("mixed failures", [
    Task("core"), Task("parser", ["core"], "compile:parser.c"),
    Task("tests", ["parser"], "test:lexer:grammar"), Task("plugins", ["ghost"]),
    Task("stats", [], "div:0"), Task("cache", [], "crash"),
])

try:
    attempt("cycle", [Task("a", ["b"]), Task("b", ["c"]), Task("c", ["a"])])
except ExceptionGroup as eg:
    print("   escaped:", eg.message, [str(e) for e in eg.exceptions][:1], len(eg.exceptions))

try:
    raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t"), KeyError("k")])])
except* (TypeError, KeyError) as g:
    print("matched types:", sorted(type(e).__name__ for e in g.exceptions[0].exceptions), g.message)
except* ValueError as g:
    print("value part:", [str(e) for e in g.exceptions])

try:
    raise TypeError("plain")
except* TypeError as g:
    print("plain exception wrapped:", type(g).__name__, g.message == "", [repr(e) for e in g.exceptions])

try:
    raise ExceptionGroup("bad", [ValueError(1)])
except ExceptionGroup:
    info = traceback.format_exception_only(*sys.exc_info()[:2])
    print("format_exception_only:", info)

for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except (TypeError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__,
      type(BaseExceptionGroup("b", [ValueError()])).__name__, issubclass(ExceptionGroup, Exception))

sys.stdout.flush()
attempt("release build", [
    Task("core"), Task("release", ["core"], "compile:ok" if False else "deploy:prod"),
    Task("notes", ["release"], "test:changelog"),
])
