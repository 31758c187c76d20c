print('helper init', __name__, __package__)


def twice(x):
    return 2 * x
