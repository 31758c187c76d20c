# A failing call spread over many lines: CPython shows the first and last lines and
# elides the middle with "...<N lines>...".
def combine(*parts, sep):
    return sep.join(parts)

value = combine(
    "alpha",
    "beta",
    "gamma",
    "delta",
    sep=None,
)
