# pwd and grp: the user and group databases.
import grp
import os
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root[0] == root.pw_name, len(root), type(root).__name__)
print(pwd.getpwnam(root.pw_name) == root, pwd.struct_passwd, repr(root).split('(')[0])
me = pwd.getpwuid(os.getuid())
print(me.pw_uid == os.getuid(), isinstance(me.pw_dir, str), me in pwd.getpwall())
print(all(isinstance(e, pwd.struct_passwd) for e in pwd.getpwall()), len(pwd.getpwall()) > 0)
for call in (lambda: pwd.getpwuid(987654), lambda: pwd.getpwnam('nosuchuserx'),
             lambda: pwd.getpwuid(-5), lambda: pwd.getpwuid('x'), lambda: pwd.getpwnam(3),
             lambda: pwd.getpwuid(2**80)):
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, isinstance(g.gr_mem, list), len(g), grp.getgrnam(g.gr_name) == g)
print(grp.struct_group, all(isinstance(e, grp.struct_group) for e in grp.getgrall()))
for call in (lambda: grp.getgrgid(987654), lambda: grp.getgrnam('nosuchgrp'),
             lambda: grp.getgrgid('x')):
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
