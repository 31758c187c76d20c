# cmd: Cmd dispatch, help, columnize, completion and the command loop
import cmd
import io
import sys
import types


class Shell(cmd.Cmd):
    """A small test shell."""
    prompt = "(test) "

    def do_greet(self, arg):
        """Say hello.

        Usage: greet NAME
        """
        self.stdout.write("hello %r\n" % arg)

    def do_add(self, arg):
        "Add two numbers."
        a, b = arg.split()
        self.stdout.write("%d\n" % (int(a) + int(b)))

    def do_nodoc(self, arg):
        self.stdout.write("nodoc %s\n" % arg)

    def do_shell(self, arg):
        self.stdout.write("shell: %s\n" % arg)

    def help_topic(self):
        self.stdout.write("about the topic\n")

    def help_add(self):
        self.stdout.write("custom add help\n")

    def do_quit(self, arg):
        self.stdout.write("bye\n")
        return True

    do_EOF = do_quit

    def complete_greet(self, text, line, begidx, endidx):
        return [n for n in ("alice", "albert", "bob") if n.startswith(text)]

    def preloop(self):
        self.stdout.write("[preloop]\n")

    def postloop(self):
        self.stdout.write("[postloop]\n")

    def precmd(self, line):
        self.stdout.write("[precmd %r]\n" % line)
        return line

    def postcmd(self, stop, line):
        self.stdout.write("[postcmd %r %r]\n" % (stop, line))
        return stop


out = io.StringIO()
sh = Shell(stdout=out)
for line in ["greet bob", "add 2 3", "nodoc  x y ", "", "!ls -l", "?",
             "help greet", "help add", "help nodoc", "help topic",
             "help missing", "what is this", "  greet   spaced  ", "  ",
             "@odd", "quit"]:
    r = sh.onecmd(line)
    out.write("-> %r lastcmd=%r\n" % (r, sh.lastcmd))
print(out.getvalue())

print(sh.parseline("greet there"))
print(sh.parseline("?greet"))
print(sh.parseline("!cmd"))
print(sh.parseline(""))
print(sh.parseline("foo-bar baz"))
print(cmd.Cmd().parseline("!x"))

# default Cmd: unknown command, help
out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.onecmd("foo")
c.onecmd("!x")
c.onecmd("help")
c.onecmd("help help")
print(out.getvalue())

# cmdloop with stdin and use_rawinput off
sh = Shell(stdin=io.StringIO("greet ann\n\nadd 1 1\nbogus\n"),
           stdout=io.StringIO())
sh.use_rawinput = False
sh.cmdloop(intro="Welcome!")
print(sh.stdout.getvalue())

# cmdqueue is consumed first; input() reads stdin (at EOF here) -> 'EOF'
out = io.StringIO()
sh = Shell(stdout=out)
sh.cmdqueue = ["greet q1", "add 10 20"]
sh.intro = "intro text"
sh.cmdloop()
print(out.getvalue())

# columnize
out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.columnize([])
c.columnize(["one"])
c.columnize(["w%d" % i for i in range(30)], 40)
c.columnize(["averyveryverylongword" * 3, "x", "y"], 20)
c.columnize(["a", "bb", "ccc"])
try:
    c.columnize(["a", 1, "b", 2.0])
except TypeError as e:
    print(type(e).__name__, e)
print(out.getvalue())

# help listing with many commands and a custom ruler/headers
class Big(cmd.Cmd):
    ruler = "-"
    doc_leader = "Leader text"
    doc_header = "Docs:"
    undoc_header = "No docs:"
for i in range(25):
    setattr(Big, "do_cmd%02d" % i, lambda self, arg: None)
Big.do_documented = lambda self, arg: None
Big.do_documented.__doc__ = "has docs"
Big.help_extra = lambda self: None
out = io.StringIO()
Big(stdout=out).onecmd("help")
print(out.getvalue())
class NoRuler(Shell):
    ruler = ""
out = io.StringIO()
NoRuler(stdout=out).do_help("")
print(out.getvalue())

# completion helpers
sh = Shell(stdout=io.StringIO())
print(sorted(sh.completenames("g")), sorted(sh.completenames("")))
print(sorted(sh.complete_help("to")), sorted(sh.complete_help("a")))
print(sh.completedefault("x", "line", 0, 1))

# complete() through a stand-in readline module
fake = types.ModuleType("readline")
state = {"buf": "", "beg": 0, "end": 0, "completer": None, "bound": []}
fake.backend = "readline"
fake.get_line_buffer = lambda: state["buf"]
fake.get_begidx = lambda: state["beg"]
fake.get_endidx = lambda: state["end"]
fake.get_completer = lambda: state["completer"]
def set_completer(f):
    state["completer"] = f
fake.set_completer = set_completer
fake.parse_and_bind = lambda s: state["bound"].append(s)
saved = sys.modules.get("readline")
sys.modules["readline"] = fake
try:
    def comp(buf, text):
        state["buf"] = buf
        state["end"] = len(buf)
        state["beg"] = len(buf) - len(text)
        res = []
        i = 0
        while True:
            r = sh.complete(text, i)
            if r is None:
                break
            res.append(r)
            i += 1
        return res
    print(comp("gr", "gr"))
    print(comp("greet al", "al"))
    print(comp("  greet b", "b"))
    print(comp("add ", ""))
    print(sorted(comp("help t", "t")))
    print(comp("zzz q", "q"))
    sh.cmdqueue = ["quit"]
    sh.cmdloop()
    print(state["bound"], state["completer"])
    sh2 = Shell(completekey="esc", stdout=io.StringIO())
    sh2.cmdqueue = ["quit"]
    sh2.cmdloop()
    fake.backend = "editline"
    sh2.cmdqueue = ["quit"]
    sh2.cmdloop()
    sh.cmdqueue = ["quit"]
    sh.cmdloop()
    print(state["bound"])
finally:
    if saved is None:
        del sys.modules["readline"]
    else:
        sys.modules["readline"] = saved

# errors inside commands propagate
sh = Shell(stdout=io.StringIO())
try:
    sh.onecmd("add 1")
except ValueError as e:
    print(type(e).__name__, e)
print(cmd.PROMPT, cmd.__all__, len(cmd.IDENTCHARS))
