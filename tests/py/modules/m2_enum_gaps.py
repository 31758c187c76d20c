# enum: extending an enum that has members, assigning to a member's value, invalid Flag value
from enum import Enum, Flag, auto


class Status(Enum):
    ACTIVE = 'active'


try:
    class Sub(Status):
        EXTRA = 'x'
    print('created', list(Sub))
except TypeError as e:
    print('TypeError', e)
try:
    Status.ACTIVE.value = 1
except AttributeError as e:
    print('AttributeError', e)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)
