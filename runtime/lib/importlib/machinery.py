"""The import system's finders, loaders and module specs."""

from importlib._bootstrap import (
    BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, SOURCE_SUFFIXES, BuiltinImporter,
    ExtensionFileLoader, FileFinder, FrozenImporter, ModuleSpec, NamespaceLoader, PathFinder,
    SourceFileLoader, SourcelessFileLoader)

DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES


class WindowsRegistryFinder:
    """Never finds anything outside Windows."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


def all_suffixes():
    """Every file suffix the import system recognises for modules."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
