"""Independent reference values for PoissonLimitsTests (GeoNeeds.Engine.Stats).

Pure Python 3 standard library only (no numpy/scipy), sharing no code or formula with the C# implementation:
- the normal quantile z is found by bisection on math.erf, not from a library inverse;
- exact Poisson limits are found by bisection on the Poisson CDF summed term by term (log-space pmf with
  math.lgamma, math.fsum), not from chi-squared or gamma quantiles:
    lower L solves P(X >= O | L) = alpha/2  (0 when O = 0),
    upper U solves P(X <= O | U) = alpha/2   (Garwood 1936);
- for fractional counts (apportioned counts, expected counts of a funnel plot) the same two equations with the
  Poisson tails written as regularised incomplete gamma functions, P(X >= O | L) = P(O, L) and
  P(X <= O | U) = 1 - P(O + 1, U), P summed from its power series (it reproduces the whole-count limits to 1e-12);
- Byar's limits are typed out by hand from Breslow & Day (1987), vol. II, p. 69:
    lower = O (1 - 1/(9 O) - z / (3 sqrt O))^3,  upper = (O + 1) (1 - 1/(9 (O + 1)) + z / (3 sqrt(O + 1)))^3.

Run: python3 poisson_limits_reference.py   (prints C# InlineData rows and the funnel limits; about 10 s)
"""
import math


def bisect(f, lo, hi, iterations=200):
    """Root of an increasing-or-decreasing f on [lo, hi] by plain bisection to the last bit."""
    f_lo = f(lo)
    for _ in range(iterations):
        mid = (lo + hi) / 2
        if mid in (lo, hi):
            break
        if (f(mid) > 0) == (f_lo > 0):
            lo, f_lo = mid, f(mid)
        else:
            hi = mid
    return (lo + hi) / 2


def normal_cdf(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def normal_quantile(p):
    return bisect(lambda z: normal_cdf(z) - p, -40.0, 40.0)


def poisson_cdf(k, mean):
    """P(X <= k) for X ~ Poisson(mean), summing every pmf term from 0 to k in log space."""
    if k < 0:
        return 0.0
    log_mean = math.log(mean)
    return math.fsum(math.exp(i * log_mean - mean - math.lgamma(i + 1)) for i in range(k + 1))


def exact_limits(count, confidence):
    tail = (1 - confidence) / 2
    hi = count + 20 * math.sqrt(count + 1) + 20
    lower = 0.0 if count == 0 else bisect(lambda m: (1 - poisson_cdf(count - 1, m)) - tail, 1e-12, hi)
    upper = bisect(lambda m: poisson_cdf(count, m) - tail, 1e-12, hi)
    return lower, upper


def lower_gamma_regularised(s, x):
    """P(s, x) = gamma(s, x) / Gamma(s) from its power series x^s e^-x sum x^n / Gamma(s + n + 1)."""
    terms = []
    n = 0
    while True:
        terms.append(math.exp((s + n) * math.log(x) - x - math.lgamma(s + n + 1)))
        n += 1
        if n > x and terms[-1] < 1e-30:
            return math.fsum(terms)


def exact_limits_fractional(count, confidence):
    tail = (1 - confidence) / 2
    hi = count + 20 * math.sqrt(count + 1) + 20
    lower = 0.0 if count == 0 else bisect(lambda m: lower_gamma_regularised(count, m) - tail, 1e-12, hi)
    upper = bisect(lambda m: (1 - lower_gamma_regularised(count + 1, m)) - tail, 1e-12, hi)
    return lower, upper


def byar_limits(count, confidence):
    z = normal_quantile(1 - (1 - confidence) / 2)
    lower = count * (1 - 1 / (9 * count) - z / (3 * math.sqrt(count))) ** 3 if count > 0 else 0.0
    upper = (count + 1) * (1 - 1 / (9 * (count + 1)) + z / (3 * math.sqrt(count + 1))) ** 3
    return lower, upper


if __name__ == "__main__":
    for confidence in (0.95, 0.998):
        print(f"// z({confidence}) = {normal_quantile(1 - (1 - confidence) / 2)!r}")
    for name, limits in (("exact", exact_limits), ("byar", byar_limits)):
        for confidence in (0.95, 0.998):
            for count in (0, 1, 9, 10, 82, 750, 10000):
                lower, upper = limits(count, confidence)
                print(f'{name:5} [InlineData({count}, {confidence}, {lower!r}, {upper!r})]')
    for confidence in (0.95, 0.998):
        for count in (0.5, 2.5, 9.5):
            lower, upper = exact_limits_fractional(count, confidence)
            print(f'exact [InlineData({count}, {confidence}, {lower!r}, {upper!r})]')
    # FunnelLimitsTests: limits of the expected count E, as rates per 1,000 (E = 100 from 10 per 1,000 in
    # 10,000 people; E = 2.5 from 2.5 per 1,000 in 1,000 people).
    for confidence in (0.95, 0.998):
        lower, upper = byar_limits(100, confidence)
        print(f'funnel E=100 {confidence}: {lower / 10!r}, {upper / 10!r}')
        lower, upper = exact_limits_fractional(2.5, confidence)
        print(f'funnel E=2.5 {confidence}: {lower!r}, {upper!r}')
