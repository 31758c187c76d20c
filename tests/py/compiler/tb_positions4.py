# Traceback positions (carets) of a failing expression.
import json
data = [1, 2, 3]
result = data[0] + data[1] * data[10]
