"""Bank account simulator: classes, properties, custom exceptions, class methods."""
import functools


class BankError(Exception):
    """Base class for all banking errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(
            f"account {account.number}: cannot withdraw {amount / 100:.2f}, "
            f"balance is {account.balance / 100:.2f}"
        )


class AccountFrozen(BankError):
    pass


class InvalidAmount(BankError, ValueError):
    pass


def cents(value):
    """Convert a decimal string like '12.34' into integer cents."""
    if isinstance(value, int):
        return value * 100
    whole, _, frac = value.partition(".")
    frac = (frac + "00")[:2]
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole)) * 100 + int(frac))


def audited(kind):
    def decorator(method):
        @functools.wraps(method)
        def wrapper(self, amount, *args, **kwargs):
            if amount <= 0:
                raise InvalidAmount(f"{kind} amount must be positive, got {amount}")
            if self.frozen:
                raise AccountFrozen(f"account {self.number} is frozen")
            result = method(self, amount, *args, **kwargs)
            self.history.append((kind, amount, self.balance))
            return result
        return wrapper
    return decorator


class Account:
    _next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, opening=0):
        self.owner = owner
        self.number = Account._next_number
        Account._next_number += 1
        self._balance = 0
        self.frozen = False
        self.history = []
        if opening:
            self.deposit(opening)

    @classmethod
    def reset_numbering(cls, start):
        Account._next_number = start

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        raise AttributeError("balance is read-only; use deposit/withdraw")

    @property
    def kind(self):
        return type(self).__name__

    @audited("deposit")
    def deposit(self, amount):
        self._balance += amount
        return self._balance

    def can_withdraw(self, amount):
        return amount <= self._balance

    @audited("withdraw")
    def withdraw(self, amount):
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        return self._balance

    def add_interest(self):
        gained = round(self._balance * self.interest_rate)
        if gained > 0:
            self.deposit(gained)
        return gained

    def __repr__(self):
        return f"{self.kind}(owner={self.owner!r}, number={self.number}, balance={self._balance})"

    def __str__(self):
        return f"#{self.number} {self.owner:<8} {self.kind:<9} {self._balance / 100:>10,.2f}"

    def __lt__(self, other):
        return (self._balance, self.number) < (other._balance, other.number)


class Savings(Account):
    interest_rate = 0.025
    max_withdrawals = 2

    def __init__(self, owner, opening=0):
        super().__init__(owner, opening)
        self.withdrawals = 0

    def can_withdraw(self, amount):
        if self.withdrawals >= self.max_withdrawals:
            return False
        return super().can_withdraw(amount)

    def withdraw(self, amount):
        result = super().withdraw(amount)
        self.withdrawals += 1
        return result


class Checking(Account):
    overdraft = 50_00

    def can_withdraw(self, amount):
        return amount <= self._balance + self.overdraft


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, owner, opening="0"):
        acct = cls(owner, cents(opening))
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a._balance += amount  # roll back
            raise
        return amount

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"== {self.name} ==")
        for acct in sorted(self.accounts.values(), reverse=True):
            print(acct)
        print(f"{'TOTAL':>29} {self.total() / 100:>10,.2f}")


def main():
    Account.reset_numbering(5000)
    bank = Bank("First Weft Bank")
    alice = bank.open(Checking, "alice", "120.50")
    bob = bank.open(Savings, "bob", "2500")
    carol = bank.open(Account, "carol")
    dave = bank.open(Savings, "dave", "99.99")
    print(repr(alice))
    print(alice.deposit.__name__, alice.withdraw.__wrapped__.__qualname__)

    operations = [
        ("withdraw", alice.number, cents("150.00")),
        ("withdraw", alice.number, cents("30.00")),
        ("transfer", bob.number, carol.number, cents("1000.01")),
        ("withdraw", bob.number, cents("1")),
        ("withdraw", bob.number, cents("1")),
        ("deposit", carol.number, -5),
        ("deposit", carol.number, 0),
        ("freeze", dave.number),
        ("deposit", dave.number, 100),
        ("transfer", carol.number, dave.number, 500),
    ]
    for op in operations:
        name, number, *rest = op
        acct = bank.accounts[number]
        try:
            if name == "transfer":
                bank.transfer(number, rest[0], rest[1])
                print(f"ok: transfer {rest[1]} from {number} to {rest[0]}")
            elif name == "freeze":
                acct.frozen = True
                print(f"ok: froze {number}")
            else:
                new = getattr(acct, name)(*rest)
                print(f"ok: {name} {rest[0]} on {number} -> {new}")
        except InsufficientFunds as exc:
            print(f"insufficient: {exc} (asked {exc.amount})")
        except InvalidAmount as exc:
            print(f"invalid: {exc}; is ValueError: {isinstance(exc, ValueError)}")
        except BankError as exc:
            print(f"{type(exc).__name__}: {exc}")

    try:
        alice.balance = 10
    except AttributeError as exc:
        print("AttributeError:", exc)

    for acct in bank.accounts.values():
        if acct.frozen:
            print(f"skip interest for frozen {acct.number}")
            continue
        gained = acct.add_interest()
        if gained:
            print(f"interest for {acct.owner}: {gained}")

    bank.report()
    print("carol history:", carol.history)
    print("bob history:", *bob.history, sep="\n  ")
    print("richest:", max(bank.accounts.values()).owner)
    print("mro:", [c.__name__ for c in Savings.__mro__])
    print(InsufficientFunds.__mro__[1:3], issubclass(InvalidAmount, ValueError))


if __name__ == "__main__":
    main()
