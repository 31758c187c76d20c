# NameError and AttributeError suggestions ("Did you mean").
class Point:
    def __init__(self):
        self.x_coord = 1

def area(p):
    return p.x_cord * 2

try:
    area(Point())
except AttributeError as e:
    print("caught:", e)

values = [1, 2, 3]
print(sum(valuse))
