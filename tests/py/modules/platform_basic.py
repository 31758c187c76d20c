# platform: facts that hold on every Linux machine, checked against os.uname and sys.
import os
import platform
import sys

u = platform.uname()
print(type(u).__name__, u._fields, len(u), len(tuple(u)))
o = os.uname()
print(type(o).__name__, len(o), o[0] == o.sysname)
print(u.system == o.sysname, u.node == o.nodename, u.release == o.release,
      u.version == o.version, u.machine == o.machine)
print(platform.system() == u.system, platform.node() == u.node,
      platform.release() == u.release, platform.version() == u.version,
      platform.machine() == u.machine, platform.processor() == u.processor == u[5])
print(platform.system(), platform.architecture())
print(platform.python_version(), platform.python_version_tuple())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(isinstance(platform.python_implementation(), str), isinstance(platform.python_build(), tuple),
      len(platform.python_build()), isinstance(platform.python_compiler(), str))
p = platform.platform()
print(p.startswith(u.system + '-' + u.release), u.machine in p, platform.platform(terse=True) == p)
lib, ver = platform.libc_ver()
print(lib, ver.count('.'), ('with-' + lib + ver) in p)
print(platform.win32_ver(), platform.mac_ver(), platform.java_ver(), platform.win32_is_iot())
print(platform.system_alias('Linux', '1.0', 'x'))
info = platform.freedesktop_os_release()
print(sorted(k for k in ('NAME', 'ID', 'PRETTY_NAME') if k in info))
info['ID'] = 'changed'
print(platform.freedesktop_os_release()['ID'] != 'changed')
print(os.confstr('CS_GNU_LIBC_VERSION') == lib + ' ' + ver, 'CS_PATH' in os.confstr_names)
for bad in ('NO_SUCH_NAME', 1.5):
    try:
        os.confstr(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(os.path.isabs(sys.executable), os.path.exists(sys.executable))
