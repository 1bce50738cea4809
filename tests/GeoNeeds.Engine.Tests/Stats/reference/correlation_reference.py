"""Independent reference values for CorrelationTests (GeoNeeds.Engine.Stats).

Pure Python 3 standard library only, sharing no code with the C# implementation:
- Pearson's r from raw sums, r = (n Sxy - Sx Sy) / sqrt((n Sxx - Sx^2)(n Syy - Sy^2)), exact in fractions.Fraction;
- ranks by counting (rank = number of smaller values + (number of equal values + 1) / 2), not by sorting;
- two-sided p from the t distribution, p = I_x(df/2, 1/2) with x = df / (df + t^2), the regularized incomplete
  beta evaluated by Lentz's continued fraction (Numerical Recipes, 2nd ed., section 6.4), with math.lgamma.

Run: python3 correlation_reference.py
"""
import math
from fractions import Fraction

ANSCOMBE_X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5]
ANSCOMBE = {
    "I": (ANSCOMBE_X, [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68]),
    "II": (ANSCOMBE_X, [9.14, 8.14, 8.74, 8.77, 9.26, 8.10, 6.13, 3.10, 9.13, 7.26, 4.74]),
    "III": (ANSCOMBE_X, [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73]),
    "IV": ([8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8], [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.50, 5.56, 7.91, 6.89]),
}
TIES_X = [1, 2, 2, 3, 4, 5, 5, 5, 6, 7]
TIES_Y = [2, 1, 4, 3, 3, 6, 5, 7, 8, 8]


def pearson(x, y):
    fx = [Fraction(str(v)) for v in x]
    fy = [Fraction(str(v)) for v in y]
    n = len(fx)
    sx, sy = sum(fx), sum(fy)
    sxx = sum(v * v for v in fx)
    syy = sum(v * v for v in fy)
    sxy = sum(a * b for a, b in zip(fx, fy))
    num = n * sxy - sx * sy
    den2 = (n * sxx - sx * sx) * (n * syy - sy * sy)
    return float(num) / math.sqrt(float(den2))


def ols(x, y):
    fx = [Fraction(str(v)) for v in x]
    fy = [Fraction(str(v)) for v in y]
    n = len(fx)
    sx, sy = sum(fx), sum(fy)
    slope = (n * sum(a * b for a, b in zip(fx, fy)) - sx * sy) / (n * sum(v * v for v in fx) - sx * sx)
    intercept = (sy - slope * sx) / n
    return float(slope), float(intercept)


def ranks(values):
    return [sum(1 for w in values if w < v) + (sum(1 for w in values if w == v) + 1) / 2 for v in values]


def betacf(a, b, x):
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 10000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-16:
            break
    return h


def incomplete_beta(a, b, x):
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(1 - x))
    if x < (a + 1) / (a + b + 2):
        return front * betacf(a, b, x) / a
    return 1 - front * betacf(b, a, 1 - x) / b


def two_sided_p(r, n):
    df = n - 2
    t2 = r * r * df / (1 - r * r)
    return incomplete_beta(df / 2, 0.5, df / (df + t2))


for name, (x, y) in ANSCOMBE.items():
    r = pearson(x, y)
    slope, intercept = ols(x, y)
    print(f"Anscombe {name}: r = {r!r}, p = {two_sided_p(r, len(x))!r}, slope = {slope!r}, intercept = {intercept!r}, r2 = {r * r!r}")

rho = pearson(ranks(TIES_X), ranks(TIES_Y))
print(f"ties ranks x = {ranks(TIES_X)}")
print(f"ties: spearman rho = {rho!r}, p = {two_sided_p(rho, len(TIES_X))!r}")
r = pearson(TIES_X, TIES_Y)
print(f"ties: pearson r = {r!r}, p = {two_sided_p(r, len(TIES_X))!r}")
