"""Core XML support: the expat-compatible parser, ElementTree, minidom and SAX."""

__all__ = ['dom', 'parsers', 'sax', 'etree']
