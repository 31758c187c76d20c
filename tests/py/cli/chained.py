def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('cannot parse') from e


try:
    {}['missing']
except KeyError:
    parse('x')
