# test.support.import_helper: optional imports, fresh module copies and
# temporary changes of sys.path and sys.modules.
import os
import sys
import unittest
from test.support import import_helper, os_helper

# import_module: the module, or SkipTest when it is missing
json_mod = import_helper.import_module("json")
print("import_module", json_mod is sys.modules["json"])
try:
    import_helper.import_module("no_such_module_for_weft")
except unittest.SkipTest as e:
    print("SkipTest:", e)
try:
    import_helper.import_module("no_such_module_for_weft",
                                required_on=(sys.platform,))
except ImportError as e:
    print("required_on:", type(e).__name__)

# import_fresh_module returns a new copy and leaves sys.modules alone
original = sys.modules["json"]
fresh = import_helper.import_fresh_module("json")
print("fresh copy", fresh is not original, fresh.dumps([1]) == "[1]")
print("sys.modules kept", sys.modules["json"] is original)
py_json = import_helper.import_fresh_module("json", blocked=["_json"])
print("blocked accelerator", py_json.loads("[1, 2]"), py_json is not original)
print("_json not left blocked", sys.modules.get("_json", 1) is not None)
import textwrap
try:
    import_helper.import_fresh_module("textwrap", blocked=["re"])
except ImportError:
    print("blocked dependency: ImportError")
print("re still importable", sys.modules["re"] is not None)
print("fresh missing", import_helper.import_fresh_module(
    "json", fresh=["no_such_module_for_weft"]))
try:
    import_helper.import_fresh_module("no_such_module_for_weft")
except ImportError:
    print("fresh of missing module: ImportError")

with os_helper.temp_dir() as d:
    with open(os.path.join(d, "weft_support_mod.py"), "w") as f:
        f.write("VALUE = 1\n")
    # DirsOnSysPath
    with import_helper.DirsOnSysPath(d):
        print("on sys.path", sys.path[-1] == d)
        import weft_support_mod
        print("imported", weft_support_mod.VALUE)
    print("sys.path restored", d not in sys.path)
    # unload / forget
    import_helper.unload("weft_support_mod")
    print("unloaded", "weft_support_mod" in sys.modules)
    import_helper.unload("weft_support_mod")
    sys.path.insert(0, d)
    try:
        import weft_support_mod
        with open(os.path.join(d, "weft_support_mod.py"), "w") as f:
            f.write("VALUE = 2\n")
        import_helper.forget("weft_support_mod")
        import weft_support_mod
        print("forget then reimport", weft_support_mod.VALUE)
    finally:
        sys.path.remove(d)
        import_helper.unload("weft_support_mod")

# CleanImport
import string
before = sys.modules["string"]
with import_helper.CleanImport("string"):
    print("CleanImport removed", "string" in sys.modules)
    import string as string2
    print("new module", string2 is not before)
print("CleanImport restored", sys.modules["string"] is before)

# isolated_modules / modules_setup / modules_cleanup
with import_helper.isolated_modules():
    import colorsys  # noqa: F401
    sys.modules["weft_fake_module"] = object()
print("isolated_modules", "weft_fake_module" in sys.modules)
saved = import_helper.modules_setup()
sys.modules["weft_fake_module2"] = object()
import_helper.modules_cleanup(*saved)
print("modules_cleanup", "weft_fake_module2" in sys.modules)

# ready_to_import
with import_helper.ready_to_import("weft_ready_mod", "X = 42\n") as (name, path):
    mod = __import__(name)
    print("ready_to_import", name, mod.X, os.path.basename(path))
print("ready_to_import cleaned", "weft_ready_mod" in sys.modules)
