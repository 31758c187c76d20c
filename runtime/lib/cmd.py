# cmd: a framework for line-oriented command interpreters (class Cmd).
#
# A subclass defines do_<name>(arg) methods for its commands, optional
# help_<name>() methods and complete_<name>(text, line, begidx, endidx)
# completers.  Line editing through readline is used when that module is
# available and is silently skipped otherwise.

import inspect
import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = ''.join((string.ascii_letters, string.digits, '_'))


class Cmd:
    """Base class for line-oriented command interpreters."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        """*completekey* names the readline key used for completion;
        *stdin* and *stdout* default to sys.stdin and sys.stdout."""
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # -- the main loop ---------------------------------------------------

    def _install_completer(self):
        try:
            import readline
        except ImportError:
            return
        previous = readline.get_completer()
        self.old_completer = previous
        readline.set_completer(self.complete)
        if getattr(readline, "backend", None) == "editline":
            key = "^I" if self.completekey == 'tab' else self.completekey
            readline.parse_and_bind("bind %s rl_complete" % key)
        else:
            readline.parse_and_bind("%s: complete" % self.completekey)

    def _restore_completer(self):
        try:
            import readline
        except ImportError:
            return
        restore = self.old_completer
        readline.set_completer(restore)

    def _read_line(self):
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not len(line):
            return 'EOF'
        return line.rstrip('\r\n')

    def cmdloop(self, intro=None):
        """Prompt for lines and dispatch each one with onecmd() until a
        command returns a true value."""
        self.preloop()
        completing = self.use_rawinput and self.completekey
        if completing:
            self._install_completer()
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                if self.cmdqueue:
                    line = self.cmdqueue.pop(0)
                else:
                    line = self._read_line()
                line = self.precmd(line)
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if completing:
                self._restore_completer()

    # -- hooks ---------------------------------------------------------------

    def precmd(self, line):
        """Called with each line before it is interpreted; returns the
        line to interpret."""
        return line

    def postcmd(self, stop, line):
        """Called after each command; returns the stop flag."""
        return stop

    def preloop(self):
        """Called once when cmdloop() starts."""
        pass

    def postloop(self):
        """Called once when cmdloop() is about to return."""
        pass

    # -- parsing and dispatch ------------------------------------------------

    def parseline(self, line):
        """Split *line* into (command, argument, line); command and
        argument are None when the line cannot be parsed."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        i, n = 0, len(line)
        while i < n and line[i] in self.identchars:
            i += 1
        return line[:i], line[i:].strip(), line

    def onecmd(self, line):
        """Interpret one line as if typed at the prompt; the result tells
        cmdloop() whether to stop."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = line
        if line == 'EOF':
            self.lastcmd = ''
        if cmd == '':
            return self.default(line)
        func = getattr(self, 'do_' + cmd, None)
        if func is None:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """Called for an empty line: repeats the last command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called for a line whose command is unknown."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # -- completion ----------------------------------------------------------

    def completedefault(self, *ignored):
        """Completer used when a command has no complete_<name> method."""
        return []

    def completenames(self, text, *ignored):
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names()
                if name.startswith(prefix)]

    def complete(self, text, state):
        """readline completer: returns the state-th completion of *text*
        or None when there are no more."""
        if state == 0:
            self.completion_matches = self._compute_matches(text)
        matches = self.completion_matches
        return matches[state] if state < len(matches) else None

    def _compute_matches(self, text):
        import readline
        whole = readline.get_line_buffer()
        line = whole.lstrip()
        # positions relative to the line without its leading blanks
        shift = len(whole) - len(line)
        lo = readline.get_begidx() - shift
        hi = readline.get_endidx() - shift
        if lo <= 0:
            # still typing the command word itself
            chooser = self.completenames
        else:
            verb = self.parseline(line)[0]
            chooser = self.completedefault
            if verb:
                chooser = getattr(self, 'complete_' + verb, chooser)
        return chooser(text, line, lo, hi)

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        wanted = 'help_' + args[0]
        found = set(self.completenames(*args))
        found.update(n[len('help_'):] for n in self.get_names()
                     if n.startswith(wanted))
        return list(found)

    # -- help ----------------------------------------------------------------

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = self.get_names()
        topics = set(name[5:] for name in names if name[:5] == 'help_')
        names.sort()
        cmds_doc = []
        cmds_undoc = []
        previous = ''
        for name in names:
            if name[:3] != 'do_' or name == previous:
                continue
            previous = name
            cmd = name[3:]
            if cmd in topics:
                cmds_doc.append(cmd)
                topics.remove(cmd)
            elif getattr(self, name).__doc__:
                cmds_doc.append(cmd)
            else:
                cmds_undoc.append(cmd)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, cmds_doc, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, cmds_undoc, 15, 80)

    def _help_on(self, arg):
        func = getattr(self, 'help_' + arg, None)
        if func is not None:
            func()
            return
        method = getattr(self, 'do_' + arg, None)
        if method is not None:
            doc = method.__doc__
            if isinstance(doc, str):
                doc = inspect.cleandoc(doc)
                if doc:
                    self.stdout.write("%s\n" % str(doc))
                    return
        self.stdout.write("%s\n" % str(self.nohelp % (arg,)))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Write the strings of *list* in as few rows as fit in
        *displaywidth* columns, columns two spaces apart."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s"
                            % ", ".join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        rows, widths = _fit_columns(list, displaywidth)
        for r in range(rows):
            cells = list[r::rows]
            while cells and not cells[-1]:
                cells.pop()
            padded = [c.ljust(w) for c, w in zip(cells, widths)]
            self.stdout.write("  ".join(padded) + "\n")


def _fit_columns(items, limit):
    # Fewest rows (filled column by column) whose columns, two spaces
    # apart, fit in limit; (len(items), [0]) when nothing fits.
    count = len(items)
    for rows in range(1, count):
        widths = []
        used = -2
        for start in range(0, count, rows):
            w = max(map(len, items[start:start + rows]))
            widths.append(w)
            used += w + 2
            if used > limit:
                break
        if used <= limit:
            return rows, widths
    return count, [0]
