"""enum: Flag and IntFlag values, pseudo-members, operators and boundary modes."""
import enum
import pickle
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class P(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


t('reprs', lambda: (repr(P.R | P.W), str(P.R | P.W), repr(P(0)), str(P(0)), format(P.R)))
t('invert', lambda: (repr(~P.R), repr(~P.RWX), repr(~P(0))))
t('iter', lambda: (list(P), list(P.R | P.X), list(P(0)), list(P.RWX)))
t('len', lambda: (len(P.RWX), len(P(0)), len(P)))
t('bool', lambda: (bool(P(0)), bool(P.R)))
t('members', lambda: list(P.__members__))
t('alias', lambda: (P(7) is P.RWX, P.RWX.name, P(6).name, P(0).name))
t('contains', lambda: (P.R in P.RWX, (P.R | P.W) in P.RWX, P.R in (P.W | P.X)))
t('contains int', lambda: 1 in P.R)
t('class contains', lambda: (P.R in P, 1 in P, 'x' in P))
t('ops', lambda: (P.R & P.W, P.R ^ P.RWX, P.R | P.R))
t('op int', lambda: P.R | 1)
t('bad value', lambda: P(8))
t('negative', lambda: (P(-1), P(-2)))
t('negative bad', lambda: P(-16))
t('non-int', lambda: P('a'))
t('masks', lambda: (P._flag_mask_, P._all_bits_, P._boundary_))
t('pickle', lambda: (pickle.loads(pickle.dumps(P.R)), pickle.loads(pickle.dumps(P.R | P.W))))


class A(Flag):
    ONE = auto()
    TWO = auto()
    FOUR = auto()
    EIGHT = auto()


t('auto', lambda: [m.value for m in A])


class Z(Flag):
    NONE = 0
    A = 1
    B = 2


t('zero member', lambda: (list(Z), repr(Z(0)), Z.NONE, ~(Z.A | Z.B)))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


t('intflag reprs', lambda: (repr(Perm.R | Perm.W), str(Perm.R | Perm.W), format(Perm.R | Perm.W),
                            repr(Perm(0)), str(Perm(0))))
t('intflag extra', lambda: (repr(Perm(8)), repr(Perm.R | 8), str(Perm.R | 8), (Perm.R | 8).name))
t('intflag invert', lambda: (repr(~Perm.R), repr(~Perm(0)), repr(~(Perm.R | 8))))
t('intflag int ops', lambda: (Perm.R + 1, Perm.R == 4, Perm.R & 6, 6 & Perm.R, 1 ^ Perm.X, Perm.W << 1))
t('intflag negative', lambda: (repr(Perm(-1)), repr(Perm(-2)), repr(Perm(-16))))
t('intflag boundary', lambda: Perm._boundary_)
t('intflag non-int', lambda: Perm('a'))


class B(Flag, boundary=STRICT):
    A = 1
    B = 4


class C(Flag, boundary=CONFORM):
    A = 1
    B = 4


class E(Flag, boundary=EJECT):
    A = 1
    B = 4


class K(Flag, boundary=KEEP):
    A = 1
    B = 4


class KI(IntFlag, boundary=KEEP):
    A = 1
    B = 2


t('strict', lambda: B(3))
t('conform', lambda: (repr(C(3)), repr(C(8)), repr(~C.A), repr(C(7))))
t('eject', lambda: (E(3), type(E(3)).__name__, repr(E(5)), repr(~E.A)))
t('keep', lambda: (repr(K(7)), str(K(7)), repr(K(2)), K(2).name, repr(~K.A)))
t('keep int', lambda: (repr(KI(7)), str(KI(7)), repr(KI(4)), repr(~KI.A), repr(~KI(7))))
t('boundaries', lambda: (repr(STRICT), str(KEEP), STRICT == 'strict', enum.FlagBoundary.__members__))
t('functional flag', lambda: list(Flag('FF', 'a b c')))
t('functional boundary', lambda: Flag('FB', 'a b', boundary=CONFORM)(7))


@enum.global_enum
class GF(Flag):
    GA = 1
    GB = 2


t('global flag', lambda: (repr(GF.GA), repr(GA | GB), repr(GF(0)), str(GA | GB), str(GF(0))))


@enum.global_enum
class GK(IntFlag):
    KA = 1
    KB = 2


t('global intflag', lambda: (repr(KA | KB), repr(KA | 8), repr(GK(8)), str(KA | KB)))
t('show_flag_values', lambda: (enum.show_flag_values(11), enum.show_flag_values(0)))


def order_flag():
    class O(Flag):
        _order_ = 'A B AB'
        A = 1
        B = 2
        AB = 3
    return list(O)
t('flag order', order_flag)
t('dir intflag class', lambda: [n for n in dir(Perm) if not n.startswith('__')])
t('dir flag member', lambda: dir(P.R))
