"""XML parsers; expat is the only one, written in pure Python."""
