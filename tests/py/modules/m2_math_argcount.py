# math one-argument functions name the module in arity errors: "math.sqrt() takes ..."
import math
for f in [math.sqrt, math.floor, math.exp, math.isqrt, math.factorial, math.ulp, math.fabs]:
    for args in [(), (1, 2)]:
        try:
            f(*args)
        except TypeError as e:
            print(type(e).__name__, e)
