"""Reference-leak hunting is not available on Weft."""

_hunting_for_refleaks = False


def hunting_for_refleaks():
    return _hunting_for_refleaks
