# Failing method calls and attribute access on None: carets for calls and attributes.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance

acct = Account(10)
print(acct.withdraw(3))
x = acct.withdraw(100)
