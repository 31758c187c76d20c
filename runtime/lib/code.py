# code: building blocks for an interactive Python read-eval-print loop
# (InteractiveInterpreter, InteractiveConsole and interact()).

import builtins
import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


class InteractiveInterpreter:
    """Compiles and runs source in a namespace of its own; input
    buffering and prompting are left to subclasses."""

    def __init__(self, locals=None):
        self.locals = (dict(__name__="__console__", __doc__=None)
                       if locals is None else locals)
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run *source*.

        Returns True when the source is incomplete and more input is
        needed; False once it has been run or reported as invalid."""
        try:
            compiled = self.compile(source, filename, symbol)
        except (SyntaxError, ValueError, OverflowError):
            # malformed: report it, and the input is finished with
            self.showsyntaxerror(filename, source=source)
            return False
        incomplete = compiled is None
        if not incomplete:
            self.runcode(compiled)
        return incomplete

    def runcode(self, code):
        """Execute *code* in self.locals, reporting any exception other
        than SystemExit with showtraceback()."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except:
            self.showtraceback()

    def showsyntaxerror(self, filename=None, **kwargs):
        """Report the syntax error being handled (no stack is shown).
        A given *filename* replaces the one stored in the exception."""
        etype, value, tb = sys.exc_info()
        try:
            if filename and issubclass(etype, SyntaxError):
                value.filename = filename
            source = kwargs.pop('source', "")
            self._showtraceback(etype, value, None, source)
        finally:
            etype = value = tb = None

    def showtraceback(self):
        """Report the exception being handled, leaving out the frame of
        this module's own code."""
        etype, value, tb = sys.exc_info()
        try:
            self._showtraceback(etype, value, tb.tb_next, '')
        finally:
            etype = value = tb = None

    def _showtraceback(self, etype, value, tb, source):
        sys.last_type = etype
        sys.last_traceback = tb
        value = value.with_traceback(tb)
        # fill in the offending line of a SyntaxError from the source
        lines = source.splitlines()
        if (source and etype is SyntaxError and not value.text
                and value.lineno is not None
                and len(lines) >= value.lineno):
            value.text = lines[value.lineno - 1]
        value = value.with_traceback(tb)
        sys.last_exc = sys.last_value = value
        if sys.excepthook is sys.__excepthook__:
            self._excepthook(etype, value, tb)
            return
        # a user-installed hook takes precedence over self.write
        try:
            sys.excepthook(etype, value, tb)
        except SystemExit:
            raise
        except BaseException as hook_err:
            hook_err.__context__ = None
            hook_err = hook_err.with_traceback(hook_err.__traceback__.tb_next)
            err_out = sys.stderr
            err_out.write('Error in sys.excepthook:\n')
            sys.__excepthook__(type(hook_err), hook_err,
                               hook_err.__traceback__)
            err_out.write('\nOriginal exception was:\n')
            sys.__excepthook__(etype, value, tb)

    def _excepthook(self, etype, value, tb):
        self.write(''.join(traceback.format_exception(etype, value, tb)))

    def write(self, data):
        """Write *data*; this implementation writes to sys.stderr."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interactive console that prompts with sys.ps1/sys.ps2 and
    buffers lines until they form a complete statement."""

    def __init__(self, locals=None, filename="<console>", *,
                 local_exit=False):
        super().__init__(locals)
        self.filename, self.local_exit = filename, local_exit
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines collected so far."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Run the read-eval-print loop until end of input.

        *banner* is written first (a default one when None, nothing when
        empty); *exitmsg* is written last (a default one when None)."""
        for attr, default in (("ps1", ">>> "), ("ps2", "... ")):
            if not hasattr(sys, attr):
                setattr(sys, attr, default)
        kind = type(self).__name__
        if banner is None:
            self.write("Python %s on %s\n" % (sys.version, sys.platform)
                       + 'Type "help", "copyright", "credits" or "license" '
                         'for more information.\n'
                       + "(%s)\n" % kind)
        elif banner:
            self.write(str(banner) + "\n")

        # with local_exit, exit() and quit() leave only this console
        replaced = {}
        if self.local_exit:
            for name in ("exit", "quit"):
                if hasattr(builtins, name):
                    replaced[name] = getattr(builtins, name)
                    setattr(builtins, name, Quitter(name))
        try:
            self._loop()
        finally:
            for name, original in replaced.items():
                setattr(builtins, name, original)
            if exitmsg is None:
                self.write('now exiting %s...\n' % kind)
            elif exitmsg != '':
                self.write(exitmsg + '\n')

    def _loop(self):
        pending = False
        while True:
            try:
                try:
                    text = self.raw_input(sys.ps2 if pending else sys.ps1)
                except EOFError:
                    self.write("\n")
                    return
                pending = self.push(text)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                pending = False
            except SystemExit:
                if not self.local_exit:
                    raise
                self.write("\n")
                return

    def push(self, line, filename=None, _symbol="single"):
        """Add one line (without its newline) to the buffer and try to
        run the buffer; returns True while more input is needed."""
        self.buffer.append(line)
        where = self.filename if filename is None else filename
        needs_more = self.runsource("\n".join(self.buffer), where,
                                    symbol=_symbol)
        if not needs_more:
            self.resetbuffer()
        return needs_more

    def raw_input(self, prompt=""):
        """Read one line with input(); EOFError at end of input."""
        return input(prompt)


class Quitter:
    """Stand-in for exit()/quit() that only raises SystemExit."""

    def __init__(self, name):
        self.name = name
        if sys.platform == "win32":
            self.eof = 'Ctrl-Z plus Return'
        else:
            self.eof = 'Ctrl-D (i.e. EOF)'

    def __repr__(self):
        return f'Use {self.name} or {self.eof} to exit'

    def __call__(self, code=None):
        raise SystemExit(code)


def interact(banner=None, readfunc=None, local=None, exitmsg=None,
             local_exit=False):
    """Run an InteractiveConsole; *readfunc*, when given, replaces its
    raw_input method."""
    repl = InteractiveConsole(local, local_exit=local_exit)
    if readfunc is None:
        try:
            import readline  # noqa: F401  (optional line editing)
        except ImportError:
            pass
    else:
        repl.raw_input = readfunc
    repl.interact(banner, exitmsg)


def _main():
    import argparse
    cli = argparse.ArgumentParser()
    cli.add_argument('-q', action='store_true',
                     help="don't print version and copyright messages")
    quiet = cli.parse_args().q or sys.flags.quiet
    interact('' if quiet else None)


if __name__ == "__main__":
    _main()
