# site: user and global site-packages, addsitedir and .pth files, main(), python -m site.
import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile

import site

print(type(site.ENABLE_USER_SITE).__name__, site.ENABLE_USER_SITE == site.check_enableusersite())
print(site.PREFIXES == [sys.prefix, sys.exec_prefix])
print(site.USER_BASE == site.getuserbase(), site.USER_SITE == site.getusersitepackages())
print(site.getuserbase() == (os.environ.get('PYTHONUSERBASE') or os.path.expanduser('~/.local')))
user_site = site.getusersitepackages()
print(user_site.startswith(site.getuserbase() + '/lib/'), user_site.endswith('/site-packages'))
packages = site.getsitepackages()
print(type(packages).__name__, len(packages),
      all(p.startswith(sys.prefix + '/') and p.endswith('/site-packages') for p in packages))
other = site.getsitepackages(['/opt/a', '/opt/b', '/opt/a', ''])
print(len(other), [p.split('/')[:4] for p in other], [p.split('/')[-1] for p in other])
print(site.makepath('/a/b', '..', 'c'), site.makepath('/x//y/')[0])

import builtins
print(repr(builtins.quit), repr(builtins.exit))
print(type(builtins.copyright).__name__ != 'NoneType', callable(builtins.help), repr(builtins.help))

# addsitedir and .pth files
tmp = tempfile.mkdtemp(prefix=f'infra_site_{os.getpid()}_')


def rel(path):
    return path.replace(tmp, 'TMP') if isinstance(path, str) else path


sitedir = os.path.join(tmp, 'site-packages')
for name in ('pkg_a', 'pkg_b', 'sub/deeper', 'with space'):
    os.makedirs(os.path.join(sitedir, name))
os.makedirs(os.path.join(tmp, 'outside'))
with open(os.path.join(sitedir, 'a.pth'), 'w') as f:
    f.write('# a comment\n\npkg_a\npkg_a\nmissing_dir\nsub/deeper   \n'
            'with space\n../outside\n  import not_an_import_line\n')
with open(os.path.join(sitedir, 'b.pth'), 'w', encoding='utf-8-sig') as f:
    f.write('pkg_b\nimport sys; sys.infra_site_mark = "from b.pth"\n'
            'import\tbuiltins; builtins.infra_site_tab = True\n')
with open(os.path.join(sitedir, 'c.pth'), 'w') as f:
    f.write('pkg_a\nimport no_such_module_for_infra_site\npkg_b\n')
with open(os.path.join(sitedir, '.hidden.pth'), 'w') as f:
    f.write('import sys; sys.infra_site_hidden = True\n')
with open(os.path.join(sitedir, 'notpth.txt'), 'w') as f:
    f.write('pkg_a\n')

saved = sys.path[:]
err = io.StringIO()
with contextlib.redirect_stderr(err):
    result = site.addsitedir(sitedir)
print(result, [rel(p) for p in sys.path[len(saved):]])
print(sys.infra_site_mark, builtins.infra_site_tab, hasattr(sys, 'infra_site_hidden'))
lines = err.getvalue().splitlines()
print(rel(lines[0]), lines[1:2], [line.strip() for line in lines[-3:]])

# known_paths given: returned, and entries it holds are not added again
sys.path[:] = saved
known = {os.path.normcase(os.path.join(sitedir, 'pkg_a'))}
with contextlib.redirect_stderr(io.StringIO()):
    result = site.addsitedir(sitedir, known)
print(result is known, sorted(rel(p) for p in known), [rel(p) for p in sys.path[len(saved):]])
sys.path[:] = saved

# addpackage on its own, a missing file, a missing directory
print(site.addpackage(sitedir, 'nope.pth', set()), [rel(p) for p in sys.path[len(saved):]])
print(site.addpackage(sitedir, 'b.pth', set()) is not None, [rel(p) for p in sys.path[len(saved):]])
sys.path[:] = saved
print(site.addsitedir(os.path.join(tmp, 'does_not_exist')), [rel(p) for p in sys.path[len(saved):]])
sys.path[:] = saved

# removeduppaths
sys.path[:] = [tmp, tmp + '/', os.path.join(tmp, 'outside', '..'), os.path.join(tmp, 'outside')]
known = site.removeduppaths()
print([rel(p) for p in sys.path], sorted(rel(p) for p in known))
sys.path[:] = saved

# main() adds the global site-packages directories that exist
prefix = os.path.join(tmp, 'prefix')
os.makedirs(packages_dir := site.getsitepackages([prefix])[0])
with open(os.path.join(packages_dir, 'extra.pth'), 'w') as f:
    f.write('../../../../outside\n')
old_prefixes = site.PREFIXES
site.PREFIXES = [prefix]
site.main()
site.PREFIXES = old_prefixes
added = [rel(p) for p in sys.path if p not in saved]
print(len(added), added[-1], added[0].startswith('TMP/prefix/lib/'), added[0].endswith('/site-packages'))
sys.path[:] = saved

# python -m site
out = subprocess.run([sys.executable, '-m', 'site'], capture_output=True, text=True)
lines = out.stdout.splitlines()
print(out.returncode, lines[0], lines[-4], [line.split(':')[0] for line in lines[-3:]])
print(lines[-1] == f'ENABLE_USER_SITE: {site.ENABLE_USER_SITE!r}',
      lines[-2].startswith(f'USER_SITE: {site.USER_SITE!r} ('))
out = subprocess.run([sys.executable, '-m', 'site', '--user-base', '--user-site'],
                     capture_output=True, text=True)
print(out.returncode, out.stdout == f'{site.USER_BASE}:{site.USER_SITE}\n')
out = subprocess.run([sys.executable, '-m', 'site', '--user-site'], capture_output=True, text=True)
print(out.returncode, out.stdout == f'{site.USER_SITE}\n')
out = subprocess.run([sys.executable, '-s', '-m', 'site', '--user-base'], capture_output=True, text=True)
print(out.returncode, out.stdout == f'{site.USER_BASE}\n')
out = subprocess.run([sys.executable, '-m', 'site', '--what'], capture_output=True, text=True)
print(out.returncode, out.stdout.splitlines()[1:4])
shutil.rmtree(tmp)
