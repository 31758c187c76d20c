# importlib.metadata over .dist-info directories on sys.path.
import os
import sys
import tempfile
from importlib import metadata

with tempfile.TemporaryDirectory() as d:
    info = os.path.join(d, 'weft_demo_pkg-1.2.3.dist-info')
    os.makedirs(info)
    with open(os.path.join(info, 'METADATA'), 'w') as f:
        f.write('Metadata-Version: 2.1\nName: weft-demo-pkg\nVersion: 1.2.3\n'
                'Summary: A demo\nRequires-Dist: requests (>=2)\nRequires-Dist: attrs; extra == "x"\n'
                'Classifier: A\nClassifier: B\nKeywords: one two\n\nLong description here.\n')
    with open(os.path.join(info, 'entry_points.txt'), 'w') as f:
        f.write('[console_scripts]\ndemo = weft_demo_mod:main\n\n[demo.plugins]\n'
                'first = weft_demo_mod:Plugin.make [extra1]\nsecond = os.path\n')
    with open(os.path.join(info, 'RECORD'), 'w') as f:
        f.write('weft_demo_mod.py,sha256=abc,12\nweft_demo_pkg-1.2.3.dist-info/METADATA,,\n')
    with open(os.path.join(info, 'top_level.txt'), 'w') as f:
        f.write('weft_demo_mod\n')
    with open(os.path.join(d, 'weft_demo_mod.py'), 'w') as f:
        f.write('def main():\n    return "main"\nclass Plugin:\n    @staticmethod\n    def make():\n        return "made"\n')
    sys.path.insert(0, d)
    try:
        print(metadata.version('weft-demo-pkg'), metadata.version('Weft_Demo.Pkg'))
        md = metadata.metadata('weft_demo_pkg')
        print(md['Name'], md['Summary'], md.get_all('Classifier'), 'Version' in md)
        print(sorted(md.json.items()))
        print(metadata.requires('weft-demo-pkg'))
        dist = metadata.distribution('weft-demo-pkg')
        print(type(dist).__name__, dist.name, dist.version)
        fs = metadata.files('weft-demo-pkg')
        print([str(p) for p in fs], fs[0].hash, fs[0].size, fs[1].hash)
        print(fs[0].read_text().splitlines()[0])
        eps = metadata.entry_points(group='demo.plugins')
        print(sorted(eps.names), sorted(ep.value for ep in eps))
        first = eps['first']
        print(first, first.module, first.attr, first.extras, first.load()())
        print(eps['second'].load().__name__)
        cs = metadata.entry_points(group='console_scripts', name='demo')
        print(len(cs), [ep.load()() for ep in cs])
        print(dist.entry_points.select(group='console_scripts')['demo'].group)
        print('weft_demo_mod' in metadata.packages_distributions())
        for bad in ('not-installed-zz', ''):
            try:
                metadata.version(bad)
            except (metadata.PackageNotFoundError, ValueError) as e:
                print(type(e).__name__, e)
        try:
            eps[0]
        except KeyError as e:
            print('KeyError', e)
        try:
            first.name = 'x'
        except AttributeError as e:
            print('AttributeError')
        print(isinstance(metadata.PackageNotFoundError('x'), ModuleNotFoundError))
    finally:
        sys.path.remove(d)
