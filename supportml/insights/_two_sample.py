"""Two-sample tests of the drift monitor: kernel MMD on vectors, chi-square on label counts."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["label_mix_test", "median_bandwidth", "mmd_permutation_test"]


def median_bandwidth(vectors: np.ndarray) -> float:
    """The median distance between distinct rows: the usual Gaussian kernel bandwidth.

    Examples
    --------
    >>> median_bandwidth(np.array([[0.0, 0.0], [3.0, 4.0], [0.0, 4.0]]))
    4.0
    """
    squared = _squared_distances(vectors, vectors)
    upper = squared[np.triu_indices(len(vectors), k=1)]
    positive = upper[upper > 0]
    return float(np.sqrt(np.median(positive))) if positive.size else 1.0


def mmd_permutation_test(
    reference: np.ndarray,
    window: np.ndarray,
    *,
    bandwidth: float,
    n_permutations: int,
    rng: np.random.Generator,
) -> tuple[float, float]:
    """Maximum mean discrepancy between two samples, with a permutation p-value.

    MMD² (biased estimate) with the Gaussian kernel ``exp(-‖x − y‖² / (2·bandwidth²))``; the
    p-value is ``(1 + #{permuted MMD² ≥ observed}) / (1 + n_permutations)``, valid for any
    sample sizes (Gretton et al., 2012).

    Returns
    -------
    mmd2 : float
    p_value : float

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> a, b = rng.normal(size=(60, 3)), rng.normal(loc=1.0, size=(60, 3))
    >>> _, p = mmd_permutation_test(a, b, bandwidth=1.5, n_permutations=99, rng=rng)
    >>> p < 0.05
    True
    """
    pooled = np.vstack([reference, window]).astype(np.float64)
    n, m = len(reference), len(window)
    kernel = np.exp(-_squared_distances(pooled, pooled) / (2 * bandwidth**2))
    membership = np.zeros((n + m, n_permutations + 1))
    membership[n:, 0] = 1.0  # column 0: the observed split
    for j in range(1, n_permutations + 1):
        membership[rng.choice(n + m, size=m, replace=False), j] = 1.0
    projected = kernel @ membership
    within_window = (membership * projected).sum(axis=0)
    across = projected.sum(axis=0) - within_window
    within_reference = kernel.sum() - 2 * across - within_window
    mmd2 = within_reference / n**2 + within_window / m**2 - 2 * across / (n * m)
    p_value = (1 + np.sum(mmd2[1:] >= mmd2[0])) / (1 + n_permutations)
    return float(mmd2[0]), float(p_value)


def label_mix_test(
    reference: Sequence, window: Sequence, *, min_expected: float = 5.0
) -> tuple[float, float]:
    """Chi-square test that two samples of labels have the same mix.

    Labels whose expected count in either sample is below ``min_expected`` are pooled into
    one, so that the chi-square approximation holds; with fewer than two columns left the
    test has nothing to compare and returns ``(0.0, 1.0)``.

    Returns
    -------
    chi2 : float
    p_value : float

    Examples
    --------
    >>> label_mix_test(["a"] * 50 + ["b"] * 50, ["a"] * 90 + ["b"] * 10)[1] < 0.001
    True
    """
    from scipy.stats import chi2_contingency

    labels, inverse = np.unique(
        np.concatenate([reference, window]).astype(str), return_inverse=True
    )
    n = len(reference)
    table = np.vstack(
        [
            np.bincount(inverse[:n], minlength=len(labels)),
            np.bincount(inverse[n:], minlength=len(labels)),
        ]
    ).astype(np.float64)
    expected = table.sum(axis=1, keepdims=True) * table.sum(axis=0) / table.sum()
    small = expected.min(axis=0) < min_expected
    if small.any():
        table = np.column_stack([table[:, ~small], table[:, small].sum(axis=1)])
    table = table[:, table.sum(axis=0) > 0]
    if table.shape[1] < 2:
        return 0.0, 1.0
    result = chi2_contingency(table, correction=False)
    return float(result.statistic), float(result.pvalue)


def _squared_distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    squared = (a**2).sum(axis=1)[:, None] + (b**2).sum(axis=1)[None, :] - 2 * a @ b.T
    return np.maximum(squared, 0.0)
