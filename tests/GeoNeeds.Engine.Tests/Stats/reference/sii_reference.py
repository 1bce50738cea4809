"""Independent reference values for InequalityIndexTests (GeoNeeds.Engine.Stats).

Pure Python 3 standard library only, sharing no code with the C# implementation. It follows the method text of
PHEindicatormethods phe_sii (value_type = 1, rate) and Low & Low (2004), written out differently:
- relative rank of decile i = (people in deciles before i + half the people in i) / all people;
- the fit is weighted least squares of the rate on the rank with weights = population shares, by the
  weighted-means formulas slope = sum a (b - mb)(y - my) / sum a (b - mb)^2, intercept = my - slope mb
  (algebraically the same as phe_sii's no-intercept regression of y sqrt(a) on sqrt(a) and b sqrt(a));
- SII = slope, RII = (intercept + slope) / intercept;
- rates have Byar's 95% limits typed out from Breslow & Day (1987) (every count here is 10 or more), z from
  statistics.NormalDist; the log-scale standard error is (ln upper - ln lower) / z / 2;
- the limits simulate 100,000 draws of every decile's rate from exp(Normal(ln rate, se)) with Python's own
  Mersenne Twister (random.gauss, seed 2024), so they agree with GeoNeeds' only to simulation error;
  percentiles at 1-based positions round(n * 0.025) and round(n * 0.975) (and 0.001 / 0.999).

Run: python3 sii_reference.py   (about 5 s)
"""
import math
import random
from statistics import NormalDist

POPULATION = [12000, 11000, 10500, 10000, 9800, 10200, 9900, 10100, 9700, 9500]
COUNT = [180, 150, 130, 120, 100, 95, 90, 80, 70, 60]
PER = 1000
REPETITIONS = 100_000

z95 = NormalDist().inv_cdf(0.975)


def byar(o, z):
    lower = o * (1 - 1 / (9 * o) - z / (3 * math.sqrt(o))) ** 3
    upper = (o + 1) * (1 - 1 / (9 * (o + 1)) + z / (3 * math.sqrt(o + 1))) ** 3
    return lower, upper


total = sum(POPULATION)
shares = [p / total for p in POPULATION]
ranks = [sum(shares[:i]) + shares[i] / 2 for i in range(len(shares))]
rates = [c / p * PER for c, p in zip(COUNT, POPULATION)]
limits = [tuple(v / p * PER for v in byar(c, z95)) for c, p in zip(COUNT, POPULATION)]
se = [(math.log(u) - math.log(l)) / z95 / 2 for l, u in limits]


def fit(y):
    mb = sum(a * b for a, b in zip(shares, ranks))
    my = sum(a * v for a, v in zip(shares, y))
    slope = sum(a * (b - mb) * (v - my) for a, b, v in zip(shares, ranks, y)) / sum(a * (b - mb) ** 2 for a, b in zip(shares, ranks))
    return my - slope * mb, slope


intercept, slope = fit(rates)
print("ranks", ranks)
print(f"sii = {slope!r}, rii = {(intercept + slope) / intercept!r}")

random.seed(2024)
siis, riis = [], []
for _ in range(REPETITIONS):
    draw = [math.exp(random.gauss(math.log(r), s)) for r, s in zip(rates, se)]
    b0, b1 = fit(draw)
    siis.append(b1)
    riis.append((b0 + b1) / b0)
siis.sort()
riis.sort()
for confidence in (0.95, 0.998):
    c = confidence + (1 - confidence) / 2
    lo, hi = round(REPETITIONS * (1 - c)), round(REPETITIONS * c)
    print(f"{confidence}: sii {siis[lo - 1]!r} .. {siis[hi - 1]!r}; rii {riis[lo - 1]!r} .. {riis[hi - 1]!r}")
