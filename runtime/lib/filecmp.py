# filecmp: compare files and directory trees (cmp, cmpfiles, dircmp).

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

# (f1, f2, sig1, sig2) -> result of a full content comparison
_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Forget all cached comparison results."""
    _cache.clear()


def cmp(f1, f2, shallow=True):
    """Return True when files *f1* and *f2* look the same.

    With *shallow* true, files with equal stat signatures (type, size and
    modification time) are equal without being read; otherwise contents
    are compared.  Results are cached until the files' stats change."""
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _do_cmp(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _sig(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def _do_cmp(f1, f2):
    # byte-for-byte comparison, one block at a time
    with open(f1, 'rb') as left, open(f2, 'rb') as right:
        for block in iter(lambda: left.read(BUFSIZE), b''):
            if right.read(len(block)) != block:
                return False
        return right.read(1) == b''


def _kind(path):
    # the S_IFMT file type of path, or None when it cannot be stat'ed
    try:
        return stat.S_IFMT(os.stat(path).st_mode)
    except (OSError, ValueError):
        return None


class dircmp:
    """Compare two directories: dircmp(a, b, ignore=None, hide=None, *,
    shallow=True).

    *ignore* names entries to leave out (default DEFAULT_IGNORES), *hide*
    too (default [os.curdir, os.pardir]).  The attributes left_list,
    right_list, common, left_only, right_only, common_dirs, common_files,
    common_funny, same_files, diff_files, funny_files and subdirs are
    computed on first use; report(), report_partial_closure() and
    report_full_closure() print the differences."""

    def __init__(self, a, b, ignore=None, hide=None, *, shallow=True):
        self.left, self.right = a, b
        self.hide = hide if hide is not None else [os.curdir, os.pardir]
        self.ignore = ignore if ignore is not None else DEFAULT_IGNORES
        self.shallow = shallow

    def phase0(self):
        # list both directories, without hidden and ignored names
        unwanted = set(self.hide) | set(self.ignore)
        self.left_list = sorted(n for n in os.listdir(self.left)
                                if n not in unwanted)
        self.right_list = sorted(n for n in os.listdir(self.right)
                                 if n not in unwanted)

    def phase1(self):
        # split names into common ones and ones on one side only; names
        # are matched after os.path.normcase
        lefts = {os.path.normcase(n): n for n in self.left_list}
        rights = {os.path.normcase(n): n for n in self.right_list}
        self.common, self.left_only = [], []
        for folded, name in lefts.items():
            (self.common if folded in rights else self.left_only).append(name)
        self.right_only = [name for folded, name in rights.items()
                           if folded not in lefts]

    def phase2(self):
        # sort common names into directories, files and odd cases
        buckets = {stat.S_IFDIR: [], stat.S_IFREG: []}
        odd = []
        for name in self.common:
            lk = _kind(os.path.join(self.left, name))
            rk = _kind(os.path.join(self.right, name))
            if lk is None or rk is None or lk != rk or lk not in buckets:
                odd.append(name)
            else:
                buckets[lk].append(name)
        self.common_dirs = buckets[stat.S_IFDIR]
        self.common_files = buckets[stat.S_IFREG]
        self.common_funny = odd

    def phase3(self):
        # compare the common files
        outcome = cmpfiles(self.left, self.right, self.common_files,
                           self.shallow)
        self.same_files, self.diff_files, self.funny_files = outcome

    def phase4(self):
        # one dircmp (of this same class) per common subdirectory
        make = type(self)
        self.subdirs = {
            name: make(os.path.join(self.left, name),
                       os.path.join(self.right, name),
                       self.ignore, self.hide, shallow=self.shallow)
            for name in self.common_dirs}

    def phase4_closure(self):
        self.phase4()
        for child in self.subdirs.values():
            child.phase4_closure()

    # report() lines: (attribute, label); None stands for the side's path
    _REPORT_ROWS = (
        ('left_only', None), ('right_only', None),
        ('same_files', 'Identical files :'),
        ('diff_files', 'Differing files :'),
        ('funny_files', 'Trouble with common files :'),
        ('common_dirs', 'Common subdirectories :'),
        ('common_funny', 'Common funny cases :'),
    )

    def report(self):
        """Print the differences between the two directories."""
        print('diff', self.left, self.right)
        for attr, label in self._REPORT_ROWS:
            names = getattr(self, attr)
            if not names:
                continue
            names.sort()
            if label is None:
                side = self.left if attr == 'left_only' else self.right
                print('Only in', side, ':', names)
            else:
                print(label, names)

    def report_partial_closure(self):
        """report() on this pair and on the immediate subdirectories."""
        self.report()
        for child in self.subdirs.values():
            print()
            child.report()

    def report_full_closure(self):
        """report() on this pair and on all subdirectories, recursively."""
        self.report()
        for child in self.subdirs.values():
            print()
            child.report_full_closure()

    # attribute -> phase that computes it
    methodmap = {}
    for _phase, _attrs in (
            (phase0, 'left_list right_list'),
            (phase1, 'common left_only right_only'),
            (phase2, 'common_dirs common_files common_funny'),
            (phase3, 'same_files diff_files funny_files'),
            (phase4, 'subdirs')):
        methodmap.update(dict.fromkeys(_attrs.split(), _phase))
    del _phase, _attrs

    def __getattr__(self, attr):
        compute = self.methodmap.get(attr)
        if compute is None:
            raise AttributeError(attr)
        compute(self)
        return getattr(self, attr)

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in *common* in directories *a* and *b*.

    Returns three lists: names of equal files, of differing files, and
    of files that could not be compared."""
    same, differ, trouble = [], [], []
    for name in common:
        try:
            equal = cmp(os.path.join(a, name), os.path.join(b, name), shallow)
        except (OSError, ValueError):
            trouble.append(name)
            continue
        (same if equal else differ).append(name)
    return same, differ, trouble


def demo():
    import sys
    import getopt
    flags, dirs = getopt.getopt(sys.argv[1:], 'r')
    if len(dirs) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    pair = dircmp(*dirs)
    if any(flag == '-r' for flag, _value in flags):
        pair.report_full_closure()
    else:
        pair.report()


if __name__ == '__main__':
    demo()
