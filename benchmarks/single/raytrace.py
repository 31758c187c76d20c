# Ray tracer: spheres and a plane lit by two lights, with shadows and one level of
# reflection, rendered to a small image whose pixel checksum is printed.
import sys
from math import sqrt


class Vec:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def intersect(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        d = sqrt(disc)
        t = -b - d
        if t > 1e-6:
            return t
        t = -b + d
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.center).norm()


class Plane:
    def __init__(self, point, normal, color, reflect):
        self.point = point
        self.n = normal
        self.color = color
        self.reflect = reflect

    def intersect(self, origin, direction):
        denom = self.n.dot(direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - origin).dot(self.n) / denom
        return t if t > 1e-6 else None

    def normal(self, p):
        return self.n


SCENE = [
    Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
    Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.2), 0.2),
    Sphere(Vec(2.0, 1.2, 7.0), 1.2, Vec(0.2, 0.3, 0.9), 0.5),
    Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), Vec(0.8, 0.8, 0.8), 0.1),
]
LIGHTS = [Vec(-5.0, 8.0, -2.0), Vec(6.0, 5.0, 1.0)]


def closest(origin, direction):
    best_t, best = None, None
    for obj in SCENE:
        t = obj.intersect(origin, direction)
        if t is not None and (best_t is None or t < best_t):
            best_t, best = t, obj
    return best_t, best


def trace(origin, direction, depth):
    t, obj = closest(origin, direction)
    if obj is None:
        return Vec(0.1, 0.1, 0.15)
    hit = origin + direction.scale(t)
    n = obj.normal(hit)
    color = obj.color.scale(0.1)
    for light in LIGHTS:
        to_light = (light - hit).norm()
        st, _ = closest(hit, to_light)
        dist = sqrt((light - hit).dot(light - hit))
        if st is not None and st < dist:
            continue
        lambert = n.dot(to_light)
        if lambert > 0:
            color = color + obj.color.scale(0.6 * lambert)
    if depth > 0 and obj.reflect > 0:
        r = direction - n.scale(2 * direction.dot(n))
        color = color.scale(1 - obj.reflect) + trace(hit, r.norm(), depth - 1).scale(obj.reflect)
    return color


def render(width, height):
    eye = Vec(0.0, 1.5, -3.0)
    checksum = 0
    for j in range(height):
        for i in range(width):
            x = (i - width / 2) / width
            y = (height / 2 - j) / height
            c = trace(eye, Vec(x, y, 1.0).norm(), 2)
            r = min(255, int(c.x * 255))
            g = min(255, int(c.y * 255))
            b = min(255, int(c.z * 255))
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    return checksum


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    print(render(size, size * 3 // 4))


main()
