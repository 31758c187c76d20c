from .. import value
from ..helper import twice
from . import sibling
name = __name__
result = twice(value) + sibling.K
