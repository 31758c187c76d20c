import stat, os
for m in [0o100644, 0o040755, 0o120777, 0o104755, 0o102755, 0o041777, 0o041776, 0o010600, 0o140700, 0o020600, 0o060660, 0o000000, 0o107777]:
    print(oct(m), stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)))
st = os.stat('.')
print(stat.S_ISDIR(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]), stat.S_IRWXU, stat.ST_MTIME, stat.UF_HIDDEN)
