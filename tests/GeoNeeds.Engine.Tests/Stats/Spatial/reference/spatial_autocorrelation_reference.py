"""Independent reference values for the Stats/Spatial tests (GeoNeeds.Engine.Stats.Spatial).

Shares no code with the C# implementation: the lattice neighbours come from libpysal's lat2W (Debian package
python3-libpysal), the statistics are typed out with numpy from the papers:
- Moran's I = (n / S0) sum_ij w_ij z_i z_j / sum_i z_i^2 (Moran 1950; Cliff & Ord 1981), its expectation -1/(n-1) and
  its variance under normality (n^2 S1 - n S2 + 3 S0^2) / ((n^2 - 1) S0^2) - E[I]^2 (Cliff & Ord 1981), with
  S0, S1, S2 computed from the full n x n weight matrix;
- Gi* = (sum_j w_ij x_j - xbar W_i) / (S sqrt((n S1_i - W_i^2) / (n - 1))), binary weights with w_ii = 1
  (Ord & Getis 1995);
- local Moran I_i = z_i / m2 * sum_j w_ij z_j, m2 = sum z^2 / n, row-standardised (Anselin 1995), and its exact
  conditional-permutation p-value by enumerating every set of neighbour values (itertools.combinations).

Run: /usr/bin/python3 spatial_autocorrelation_reference.py   (prints the values the tests quote)
"""
import itertools
import math
import warnings

import numpy as np

warnings.filterwarnings("ignore")
from libpysal.weights import lat2W  # noqa: E402


def matrix(rows, cols, rook, row_standardised):
    w = lat2W(rows, cols, rook=rook)
    full, _ = w.full()
    if row_standardised:
        full = full / full.sum(axis=1, keepdims=True)
    return full


def moran(full, x):
    n = len(x)
    z = x - x.mean()
    s0 = full.sum()
    s1 = 0.5 * ((full + full.T) ** 2).sum()
    s2 = ((full.sum(axis=1) + full.sum(axis=0)) ** 2).sum()
    i = n / s0 * (z @ full @ z) / (z @ z)
    e = -1 / (n - 1)
    v = (n * n * s1 - n * s2 + 3 * s0 * s0) / ((n * n - 1) * s0 * s0) - e * e
    zscore = (i - e) / math.sqrt(v)
    p = math.erfc(abs(zscore) / math.sqrt(2))
    return i, e, v, zscore, p


def gi_star(full_binary, x):
    n = len(x)
    w = full_binary + np.eye(n)
    s = math.sqrt(((x - x.mean()) ** 2).sum() / n)
    wi = w.sum(axis=1)
    s1 = (w * w).sum(axis=1)
    return (w @ x - x.mean() * wi) / (s * np.sqrt((n * s1 - wi * wi) / (n - 1)))


def local_moran_exact_p(full_binary, x, i):
    z = x - x.mean()
    m2 = (z @ z) / len(x)
    neighbours = np.nonzero(full_binary[i])[0]
    k = len(neighbours)
    observed = z[i] * z[neighbours].mean() / m2
    others = np.delete(z, i)
    sims = [z[i] * np.mean(c) / m2 for c in itertools.combinations(others, k)]
    larger = sum(1 for s in sims if s >= observed - 1e-12)
    return observed, min(larger, len(sims) - larger) / len(sims)


checker = np.array([(r + c) % 2 for r in range(4) for c in range(4)], dtype=float)
for rook, name in [(True, "rook"), (False, "queen")]:
    for rs in (False, True):
        print(f"4x4 checkerboard {name} {'row-standardised' if rs else 'binary'}: I, E, Var, z, p =",
              [repr(v) for v in moran(matrix(4, 4, rook, rs), checker)])

gradient = np.array([r + c for r in range(5) for c in range(5)], dtype=float)
print("5x5 gradient r+c rook row-standardised: I, E, Var, z, p =", [repr(v) for v in moran(matrix(5, 5, True, True), gradient)])

grid = np.arange(1, 10, dtype=float)
print("3x3 values 1..9 rook Gi* =", [repr(v) for v in gi_star(matrix(3, 3, True, False), grid)])
print("3x3 corner Gi* two-sided normal p =", repr(math.erfc(16 / math.sqrt(60) / math.sqrt(2))))
print("3x3 values 1..9 rook local Moran corner 0: I, exact one-sided p =", local_moran_exact_p(matrix(3, 3, True, False), grid, 0))
