"""TreeEnsemble: a fitted histogram gradient boosting model, evaluated with numpy."""

from __future__ import annotations

import numpy as np

__all__ = ["TreeEnsemble"]

_BLOCK = 256  # rows walked down the trees at once: (rows x trees) index arrays stay in cache


class TreeEnsemble:
    """The raw scores of a fitted ``HistGradientBoostingClassifier``, for every tree at once.

    scikit-learn walks its trees one Python call per tree: 300 small trees cost about 1 ms for
    a single request. Here every tree's nodes sit in flat arrays and all trees advance one
    level per numpy step, so a request costs tens of microseconds and holds only arrays.
    The numbers equal ``decision_function``'s (a test compares them); numeric features only.

    Parameters
    ----------
    feature, threshold, left, right, is_leaf, missing_go_left, value : ndarray of shape (n_nodes,)
        The nodes of all trees, numbered globally; a leaf keeps its own index as children.
    roots : ndarray of int of shape (n_trees,)
        Each tree's root node.
    tree_column : ndarray of int of shape (n_trees,)
        The score column each tree adds to.
    baseline : ndarray of shape (n_columns,)
        The scores before any tree.
    depth : int
        The deepest leaf's depth: the number of steps to reach every leaf.

    Examples
    --------
    >>> import numpy as np
    >>> from sklearn.ensemble import HistGradientBoostingClassifier
    >>> rng = np.random.default_rng(0)
    >>> X, y = rng.normal(size=(200, 3)), rng.integers(3, size=200)
    >>> model = HistGradientBoostingClassifier(max_iter=5).fit(X, y)
    >>> trees = TreeEnsemble.from_histogram_boosting(model)
    >>> bool(np.allclose(trees.decision_function(X), model.decision_function(X)))
    True
    """

    def __init__(
        self,
        *,
        feature,
        threshold,
        left,
        right,
        is_leaf,
        missing_go_left,
        value,
        roots,
        tree_column,
        baseline,
        depth: int,
    ) -> None:
        self.feature = np.asarray(feature, dtype=np.intp)
        self.threshold = np.asarray(threshold, dtype=np.float64)
        self.left = np.asarray(left, dtype=np.intp)
        self.right = np.asarray(right, dtype=np.intp)
        self.is_leaf = np.asarray(is_leaf, dtype=bool)
        self.missing_go_left = np.asarray(missing_go_left, dtype=bool)
        self.value = np.asarray(value, dtype=np.float64)
        self.roots = np.asarray(roots, dtype=np.intp)
        self.tree_column = np.asarray(tree_column, dtype=np.intp)
        self.baseline = np.asarray(baseline, dtype=np.float64)
        self.depth = int(depth)

    @classmethod
    def from_histogram_boosting(cls, model) -> TreeEnsemble:
        """Flatten a fitted ``HistGradientBoostingClassifier`` without categorical features.

        Reads the fitted predictors (``model._predictors``); if a scikit-learn release
        changes them, the equality test fails rather than the routing going wrong silently.
        """
        if getattr(model, "is_categorical_", None) is not None and model.is_categorical_.any():
            raise ValueError("TreeEnsemble does not evaluate categorical splits.")
        trees = [(column, p.nodes) for stage in model._predictors for column, p in enumerate(stage)]
        sizes = np.array([len(nodes) for _, nodes in trees])
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        nodes = np.concatenate([nodes for _, nodes in trees])
        offsets = np.repeat(starts, sizes)
        own_index = np.arange(len(nodes))
        is_leaf = nodes["is_leaf"].astype(bool)
        return cls(
            feature=nodes["feature_idx"],
            threshold=nodes["num_threshold"],
            left=np.where(is_leaf, own_index, nodes["left"] + offsets),
            right=np.where(is_leaf, own_index, nodes["right"] + offsets),
            is_leaf=is_leaf,
            missing_go_left=nodes["missing_go_to_left"],
            value=nodes["value"],
            roots=starts,
            tree_column=np.array([column for column, _ in trees]),
            baseline=np.ravel(model._baseline_prediction),
            depth=int(nodes["depth"].max()),
        )

    @classmethod
    def average(cls, ensembles) -> TreeEnsemble:
        """One ensemble whose scores are the mean of the given ensembles' scores.

        Every tree is kept, its leaf values divided by the number of ensembles: a bagged model
        costs one walk down all the trees, not one per member.

        Examples
        --------
        >>> import numpy as np
        >>> from sklearn.ensemble import HistGradientBoostingClassifier as Boosting
        >>> X = np.random.default_rng(1).normal(size=(120, 2))
        >>> y = (X[:, 0] + X[:, 1] > 0).astype(int)
        >>> members = [TreeEnsemble.from_histogram_boosting(Boosting(max_iter=3 * k).fit(X, y))
        ...            for k in (1, 2, 3)]
        >>> mean = np.mean([m.decision_function(X) for m in members], axis=0)
        >>> bool(np.allclose(TreeEnsemble.average(members).decision_function(X), mean))
        True
        """
        ensembles = list(ensembles)
        if not ensembles:
            raise ValueError("TreeEnsemble.average needs at least one ensemble.")
        starts = np.cumsum([0] + [len(e.feature) for e in ensembles[:-1]])

        def joined(name, shift=False):
            parts = [getattr(e, name) for e in ensembles]
            if shift:  # node numbers: each member's nodes come after the previous members'
                parts = [part + start for part, start in zip(parts, starts, strict=True)]
            return np.concatenate(parts)

        return cls(
            feature=joined("feature"),
            threshold=joined("threshold"),
            left=joined("left", shift=True),
            right=joined("right", shift=True),
            is_leaf=joined("is_leaf"),
            missing_go_left=joined("missing_go_left"),
            value=joined("value") / len(ensembles),
            roots=joined("roots", shift=True),
            tree_column=joined("tree_column"),
            baseline=np.mean([e.baseline for e in ensembles], axis=0),
            depth=max(e.depth for e in ensembles),
        )

    def decision_function(self, X) -> np.ndarray:
        """Raw scores: shape (n_samples, n_columns), or (n_samples,) for one column."""
        X = np.asarray(X, dtype=np.float64)
        columns = self.tree_column[:, None] == np.arange(len(self.baseline))
        leaves = [self._leaves(X[start : start + _BLOCK]) for start in range(0, len(X), _BLOCK)]
        node = np.concatenate(leaves) if leaves else np.empty((0, len(self.roots)), np.intp)
        scores = self.baseline + self.value[node] @ columns
        return scores[:, 0] if scores.shape[1] == 1 else scores

    def _leaves(self, X: np.ndarray) -> np.ndarray:
        """The leaf each row reaches in each tree: shape (n_samples, n_trees)."""
        node = np.broadcast_to(self.roots, (len(X), len(self.roots)))
        rows = np.arange(len(X))[:, None]
        for _ in range(self.depth):
            x = X[rows, self.feature[node]]
            go_left = np.where(np.isnan(x), self.missing_go_left[node], x <= self.threshold[node])
            node = np.where(go_left, self.left[node], self.right[node])
            if self.is_leaf[node].all():  # most rows stop well above the deepest leaf
                break
        return node
