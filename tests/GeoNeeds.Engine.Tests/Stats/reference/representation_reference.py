"""Independent reference values for RepresentationRatioTests (GeoNeeds.Engine.Stats).

Pure Python 3 standard library only, sharing no code with the C# implementation:
- the normal quantile z is found by bisection on math.erf, not from a library inverse;
- the ratio of two proportions (a/n1) / (c/n2) and its limits by the Katz log method (Katz, Baptista, Azen &
  Pike 1978, Biometrics 34:469), typed out from the paper's variance of log(ratio):
    exp(log(ratio) -/+ z sqrt(1/a - 1/n1 + 1/c - 1/n2)).

Run: python3 representation_reference.py   (prints the C# InlineData rows)
"""
import math


def z_for(confidence):
    target = 1 - (1 - confidence) / 2
    lo, hi = 0.0, 10.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if 0.5 * (1 + math.erf(mid / math.sqrt(2))) < target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def katz(a, n1, c, n2, confidence=0.95):
    ratio = (a / n1) / (c / n2)
    spread = z_for(confidence) * math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2)
    return ratio, ratio * math.exp(-spread), ratio * math.exp(spread)


for a, n1, c, n2 in [(30, 100, 20, 100), (412, 3000, 21500, 174000), (7, 250, 9000, 60000)]:
    ratio, lower, upper = katz(a, n1, c, n2)
    print(f"[InlineData({a}, {n1}, {c}, {n2}, {ratio!r}, {lower!r}, {upper!r})]")
