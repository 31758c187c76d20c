"""Helpers running Weft in a child process (sys.executable) and writing
scripts for it to run."""

import collections
import importlib
import os
import subprocess
import sys

from test import support
from test.support.import_helper import make_legacy_pyc


_requires_environment = None


def interpreter_requires_environment():
    """Whether sys.executable needs environment variables to start at all;
    tests running it with -I or -E are then skipped."""
    global _requires_environment
    if _requires_environment is None:
        if not support.has_subprocess_support:
            _requires_environment = False
        elif 'PYTHONHOME' in os.environ:
            _requires_environment = True
        else:
            try:
                subprocess.check_call([sys.executable, '-E', '-c',
                                       'import sys; sys.exit(0)'])
            except (subprocess.CalledProcessError, OSError):
                _requires_environment = True
            else:
                _requires_environment = False
    return _requires_environment


class _PythonRunResult(collections.namedtuple("_PythonRunResult",
                                              ("rc", "out", "err"))):
    """Exit status, stdout and stderr (bytes) of a child interpreter."""

    def fail(self, cmd_line):
        """Raise AssertionError describing this run."""
        limit = 30000
        out, err = self.out, self.err
        if len(out) > limit:
            out = b'(... truncated stdout ...)' + out[-limit:]
        if len(err) > limit:
            err = b'(... truncated stderr ...)' + err[-limit:]
        out = out.decode('ascii', 'replace').rstrip()
        err = err.decode('ascii', 'replace').rstrip()
        raise AssertionError(
            "Process return code is %d\ncommand line: %r\n\n"
            "stdout:\n---\n%s\n---\n\nstderr:\n---\n%s\n---"
            % (self.rc, cmd_line, out, err))


def _child_environment(env_vars, clean):
    env = {} if clean else os.environ.copy()
    if 'TERM' not in env_vars:
        env['TERM'] = ''
    env.update(env_vars)
    # Weft reads its extra module directories from WEFTPATH.
    if 'PYTHONPATH' in env_vars and 'WEFTPATH' not in env_vars:
        env['WEFTPATH'] = env_vars['PYTHONPATH']
    return env


@support.requires_subprocess()
def run_python_until_end(*args, **env_vars):
    """Run sys.executable with *args* until it ends; return
    (_PythonRunResult, command line).

    Keyword arguments are environment variables for the child, except these
    options: __run_using_command (a command prefix), __cwd, __isolated
    (default: isolated mode -I when no variable is given), __cleanenv (start
    from an empty environment).
    """
    env_required = interpreter_requires_environment()
    prefix = env_vars.pop('__run_using_command', None)
    cwd = env_vars.pop('__cwd', None)
    if '__isolated' in env_vars:
        isolated = env_vars.pop('__isolated')
    else:
        isolated = not env_vars and not env_required
    clean = env_vars.pop('__cleanenv', None)
    cmd_line = [sys.executable]
    if prefix:
        cmd_line = list(prefix) + cmd_line
    if isolated:
        cmd_line.append('-I')
    elif not env_vars and not env_required:
        cmd_line.append('-E')
    env = _child_environment(env_vars, clean)
    cmd_line.extend(args)
    proc = subprocess.Popen(cmd_line, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, cwd=cwd)
    with proc:
        try:
            out, err = proc.communicate()
        finally:
            proc.kill()
            cleanup = getattr(subprocess, '_cleanup', None)
            if cleanup is not None:
                cleanup()
    return _PythonRunResult(proc.returncode, out, err), cmd_line


@support.requires_subprocess()
def _assert_python(expected_success, /, *args, **env_vars):
    result, cmd_line = run_python_until_end(*args, **env_vars)
    if bool(result.rc) == bool(expected_success):
        result.fail(cmd_line)
    return result


def assert_python_ok(*args, **env_vars):
    """Run the interpreter with *args* (and environment variables
    *env_vars*), check that it exits with status 0 and return
    (rc, stdout, stderr).  See run_python_until_end() for the options."""
    return _assert_python(True, *args, **env_vars)


def assert_python_failure(*args, **env_vars):
    """Like assert_python_ok(), but check for a non-zero exit status."""
    return _assert_python(False, *args, **env_vars)


@support.requires_subprocess()
def spawn_python(*args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                 **kw):
    """Start the interpreter with *args*; return the Popen object (stdin is
    a pipe).  Other keyword arguments go to Popen."""
    cmd_line = [sys.executable]
    if not interpreter_requires_environment():
        cmd_line.append('-E')
    cmd_line.extend(args)
    env = kw.setdefault('env', dict(os.environ))
    env['TERM'] = 'vt100'
    return subprocess.Popen(cmd_line, stdin=subprocess.PIPE, stdout=stdout,
                            stderr=stderr, **kw)


def kill_python(p):
    """Close the stdin of a spawn_python() process, wait for it to end and
    return its output."""
    p.stdin.close()
    data = p.stdout.read()
    p.stdout.close()
    p.wait()
    cleanup = getattr(subprocess, '_cleanup', None)
    if cleanup is not None:
        cleanup()
    return data


def make_script(script_dir, script_basename, source, omit_suffix=False):
    """Write *source* to script_dir/script_basename(.py); return the path."""
    filename = script_basename if omit_suffix \
        else script_basename + os.extsep + 'py'
    path = os.path.join(script_dir, filename)
    with open(path, 'w', encoding='utf-8') as handle:
        handle.write(source)
    invalidate = getattr(importlib, 'invalidate_caches', None)
    if invalidate is not None:
        invalidate()
    return path


def make_zip_script(zip_dir, zip_basename, script_name, name_in_zip=None):
    """Store *script_name* in the new archive zip_dir/zip_basename.zip;
    return (archive path, path of the script inside it)."""
    import zipfile
    zip_name = os.path.join(zip_dir, zip_basename + os.extsep + 'zip')
    if name_in_zip is None:
        parts = script_name.split(os.sep)
        if len(parts) >= 2 and parts[-2] == '__pycache__':
            make_legacy_pyc(script_name)
        name_in_zip = os.path.basename(script_name)
    with zipfile.ZipFile(zip_name, 'w') as archive:
        archive.write(script_name, name_in_zip)
    return zip_name, os.path.join(zip_name, name_in_zip)


def make_pkg(pkg_dir, init_source=''):
    """Create the package directory *pkg_dir* with an __init__.py."""
    os.mkdir(pkg_dir)
    make_script(pkg_dir, '__init__', init_source)


def make_zip_pkg(zip_dir, zip_basename, pkg_name, script_basename, source,
                 depth=1, compiled=False):
    """Build an archive holding *depth* nested packages named *pkg_name* with
    the script in the innermost; return (archive path, script path)."""
    import zipfile
    if compiled:
        raise NotImplementedError("Weft does not use compiled .pyc files")
    init_name = make_script(zip_dir, '__init__', '')
    script_name = make_script(zip_dir, script_basename, source)
    pkg_names = [os.sep.join([pkg_name] * level)
                 for level in range(1, depth + 1)]
    script_in_zip = os.path.join(pkg_names[-1], os.path.basename(script_name))
    zip_name = os.path.join(zip_dir, zip_basename + os.extsep + 'zip')
    try:
        with zipfile.ZipFile(zip_name, 'w') as archive:
            for name in pkg_names:
                archive.write(init_name,
                              os.path.join(name, os.path.basename(init_name)))
            archive.write(script_name, script_in_zip)
    finally:
        os.unlink(init_name)
        os.unlink(script_name)
    return zip_name, os.path.join(zip_name, script_in_zip)


@support.requires_subprocess()
def run_test_script(script):
    """Run a test script in a child interpreter and check it succeeds."""
    if support.verbose:
        label = "script %s" % os.path.basename(script)
        print()
        print("===== %s ======" % label, flush=True)
        proc = subprocess.run([sys.executable, "-E", "-u", script, "-v"])
        print("===== %s completed: exit code %d ======"
              % (label, proc.returncode), flush=True)
        if proc.returncode:
            raise AssertionError("%s failed" % label)
    else:
        assert_python_ok("-u", script, "-v")
