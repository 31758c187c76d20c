"""_string: the parsing helpers behind str.format and string.Formatter."""

__all__ = ['formatter_parser', 'formatter_field_name_split']


def formatter_parser(format_string):
    """(literal_text, field_name, format_spec, conversion) for each piece of the string."""
    if not isinstance(format_string, str):
        raise TypeError(f"expected str, got {type(format_string).__name__}")
    import string
    return iter(list(string.Formatter().parse(format_string)))


def _key(text):
    return int(text) if text.isdigit() else text


def formatter_field_name_split(field_name):
    """(first, rest) for a field name: rest yields (is_attribute, key) for each .attr or
    [index] that follows; digit-only names and indexes become ints."""
    if not isinstance(field_name, str):
        raise TypeError(f"expected str, got {type(field_name).__name__}")
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = _key(field_name[:i])
    parts = []
    while i < n:
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            parts.append((True, field_name[i + 1:j]))
            i = j
        else:
            close = field_name.find(']', i)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            if close == i + 1:
                raise ValueError('Empty attribute in format string')
            parts.append((False, _key(field_name[i + 1:close])))
            i = close + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(parts)
