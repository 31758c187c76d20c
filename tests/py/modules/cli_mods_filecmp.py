# filecmp: cmp, cmpfiles, dircmp attributes and reports
import filecmp
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
old_cwd = os.getcwd()
os.chdir(tmp)
try:
    def write(p, data, mtime=1000000000):
        os.makedirs(os.path.dirname(p) or ".", exist_ok=True)
        with open(p, "w") as f:
            f.write(data)
        os.utime(p, (mtime, mtime))

    for side in ("a", "b"):
        write(side + "/same.txt", "same content\n")
        write(side + "/sub/inner.txt", "inner\n")
        write(side + "/sub/deep/x.txt", "deep " + side + "\n")
        write(side + "/CVS/junk", "ignored")
        os.makedirs(side + "/common_empty")
    write("a/diff.txt", "left version\n")
    write("b/diff.txt", "right version!\n")
    write("a/samesize.txt", "abcd\n", 1000000000)
    write("b/samesize.txt", "abce\n", 1000000500)
    write("a/samecontent.txt", "hello\n", 1000000000)
    write("b/samecontent.txt", "hello\n", 1000000900)
    write("a/only_a.txt", "a")
    write("b/only_b.txt", "b")
    os.makedirs("a/only_a_dir")
    write("a/kind", "file here")
    os.makedirs("b/kind")
    os.symlink("nowhere", "a/broken")
    os.symlink("nowhere", "b/broken")
    write("a/tags", "hidden by default ignore")

    print(filecmp.cmp("a/same.txt", "b/same.txt"))
    print(filecmp.cmp("a/diff.txt", "b/diff.txt"))
    print(filecmp.cmp("a/samesize.txt", "b/samesize.txt"))
    print(filecmp.cmp("a/samesize.txt", "b/samesize.txt", shallow=False))
    print(filecmp.cmp("a/samecontent.txt", "b/samecontent.txt"))
    print(filecmp.cmp("a/samecontent.txt", "b/samecontent.txt", shallow=False))
    print(filecmp.cmp("a/same.txt", "a/same.txt", shallow=False))
    print(filecmp.cmp("a/sub", "b/sub"))
    try:
        filecmp.cmp("a/missing", "b/missing")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    filecmp.clear_cache()
    print(len(filecmp._cache))
    print(filecmp.cmpfiles("a", "b", ["same.txt", "diff.txt", "samecontent.txt",
                                      "missing", "sub", "broken", "only_a.txt"]))
    print(filecmp.cmpfiles("a", "b", ["samecontent.txt"], shallow=False))

    d = filecmp.dircmp("a", "b")
    print(d.left_list)
    print(d.right_list)
    print(d.common)
    print(d.left_only, d.right_only)
    print(d.common_dirs, d.common_files, d.common_funny)
    print(d.same_files, d.diff_files, d.funny_files)
    print(sorted(d.subdirs), type(d.subdirs["sub"]).__name__)
    try:
        d.nonexistent
    except AttributeError as e:
        print(type(e).__name__, e)
    d.report()
    print("---")
    d.report_partial_closure()
    print("---")
    d.report_full_closure()
    print("---")
    d2 = filecmp.dircmp("a", "b", ignore=[], hide=["broken"], shallow=False)
    d2.report_full_closure()
    print(d2.same_files, d2.diff_files)

    class MyCmp(filecmp.dircmp):
        pass
    m = MyCmp("a", "b")
    print(type(m.subdirs["sub"]).__name__, type(m.subdirs["sub"].subdirs["deep"]).__name__)
    m.phase4_closure()
    print(sorted(m.subdirs["sub"].subdirs))
    print(filecmp.dircmp[str], filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE)
    print(filecmp.__all__)
    try:
        filecmp.dircmp("a", "nope").common
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
finally:
    os.chdir(old_cwd)
    shutil.rmtree(tmp)
