"""The command line of zipfile: list (-l), extract (-e), create (-c) and test (-t)."""

import os
import sys

from . import ZipFile, ZIP_DEFLATED


def _add_tree(archive, fspath, arcname):
    # Regular files are compressed; directories get an entry (unless they are
    # the archive root) and are walked in sorted order.  Other kinds of paths
    # (missing ones, sockets, ...) are ignored.
    if os.path.isfile(fspath):
        archive.write(fspath, arcname, ZIP_DEFLATED)
        return
    if not os.path.isdir(fspath):
        return
    if arcname:
        archive.write(fspath, arcname)
    for entry in sorted(os.listdir(fspath)):
        _add_tree(archive, os.path.join(fspath, entry),
                  os.path.join(arcname, entry))


def _top_level_name(fspath):
    base = os.path.basename(fspath)
    if not base:
        # A path ending in a separator: use its last real component.
        base = os.path.basename(os.path.dirname(fspath))
    return '' if base in ('', os.curdir, os.pardir) else base


def _build_parser():
    import argparse

    parser = argparse.ArgumentParser(
        description='A simple command-line interface for zipfile module.')
    actions = parser.add_mutually_exclusive_group(required=True)
    actions.add_argument('-l', '--list', metavar='<zipfile>',
                         help='Show listing of a zipfile')
    actions.add_argument('-e', '--extract', nargs=2,
                         metavar=('<zipfile>', '<output_dir>'),
                         help='Extract zipfile into target dir')
    actions.add_argument('-c', '--create', nargs='+',
                         metavar=('<name>', '<file>'),
                         help='Create zipfile from sources')
    actions.add_argument('-t', '--test', metavar='<zipfile>',
                         help='Test if a zipfile is valid')
    parser.add_argument(
        '--metadata-encoding', metavar='<encoding>',
        help='Specify encoding of member names for -l, -e and -t')
    return parser


def main(args=None):
    opts = _build_parser().parse_args(args)
    enc = opts.metadata_encoding

    def reader(name):
        return ZipFile(name, 'r', metadata_encoding=enc)

    if opts.test is not None:
        with reader(opts.test) as archive:
            broken = archive.testzip()
        if broken:
            print(f"The following enclosed file is corrupted: {broken!r}")
        print("Done testing")
    elif opts.list is not None:
        with reader(opts.list) as archive:
            archive.printdir()
    elif opts.extract is not None:
        source, target = opts.extract
        with reader(source) as archive:
            archive.extractall(target)
    elif opts.create is not None:
        if enc:
            print("Non-conforming encodings not supported with -c.",
                  file=sys.stderr)
            sys.exit(1)
        target, *sources = opts.create
        with ZipFile(target, 'w') as archive:
            for fspath in sources:
                _add_tree(archive, fspath, _top_level_name(fspath))
