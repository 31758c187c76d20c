print('pkg init', __name__, __package__)
value = 1
from . import helper
from .helper import twice
