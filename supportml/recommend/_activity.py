"""Recency features of the learned blend: what is opened now, by whom, and what follows what."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import scipy.sparse as sp
from scipy.stats import rankdata

__all__ = ["FEATURE_NAMES", "WINDOWS", "Activity", "ActivityFeatures", "Candidates"]

WINDOWS: tuple[int, ...] = (1, 3, 7, 14, 28)
"""Popularity windows, in days before the reference time."""
_FIRST_WINDOWS = (1, 2, 7)
_UPTAKE_WINDOWS = (2, 7)  # first windows whose uptake is a feature
_MORE_UPTAKE_WINDOWS = (1, 3, 14)  # more uptake windows, in the last columns but "kind"
_RANKED = (1, 7, 14)
_RECENT_DAYS = 7.0  # a user's "recent" items: opened within a week of their last event
_TRANSITION_WEEKS = 4  # an item follows another when first opened within 4 weeks after it
_TOP = 20  # a segment's current top items, to measure how far behind a user is
_LEADERS = 0.2  # a segment's leaders: its most active users (by history size), this share


class Activity:
    """Events reduced to (user, item) pairs, each with its first and last age in days.

    Parameters
    ----------
    user : ndarray of shape (n_events,) of int
        Row of the event's user.
    item : ndarray of shape (n_events,) of int
    age : ndarray of shape (n_events,)
        Days before the reference time, 0 or more.
    n_users, n_items : int

    Examples
    --------
    >>> import numpy as np
    >>> activity = Activity(np.array([0, 0, 1]), np.array([1, 1, 0]), np.array([5.0, 1.0, 2.0]),
    ...                     n_users=2, n_items=2)
    >>> activity.first.tolist(), activity.last.tolist()
    ([5.0, 2.0], [1.0, 2.0])
    """

    def __init__(
        self, user: np.ndarray, item: np.ndarray, age: np.ndarray, *, n_users: int, n_items: int
    ) -> None:
        self.n_users, self.n_items = n_users, n_items
        key = user.astype(np.int64) * n_items + item
        pairs, inverse = np.unique(key, return_inverse=True)
        self.first = np.full(len(pairs), -np.inf)
        np.maximum.at(self.first, inverse, age)
        self.last = np.full(len(pairs), np.inf)
        np.minimum.at(self.last, inverse, age)
        self.user, self.item = pairs // n_items, pairs % n_items

    def matrix(self, mask: np.ndarray | None = None) -> sp.csr_matrix:
        """Binary user × item matrix of the pairs (those of ``mask`` only)."""
        user, item = (self.user, self.item) if mask is None else (self.user[mask], self.item[mask])
        data = np.ones(len(user), dtype=np.float32)
        return sp.csr_matrix((data, (user, item)), shape=(self.n_users, self.n_items))


class ActivityFeatures:
    """Per-segment recency counts, user activity and item-to-item transitions, as features.

    Item features are computed within the user's segment (row 0: everyone): the share of the
    segment's users who opened the item in the last 1, 3, 7, 14 and 28 days, who opened it
    for the first time in the last 1, 2 and 7 days, and ever; its uptake over 2 and 7 days
    (the share of the users who had not opened it then who opened it since), and over 1, 3
    and 14 days; its last day's openings and first openings as shares of the segment's
    busiest item's; the item's rank by 1, 7 and 14-day popularity; the days since anyone first
    opened it; the share of the segment's leaders (its 20 % most active users) who opened it
    for the first time in the last 7 days and who opened it in the last 3 days; the share of
    its openers who came back to it on a later day. User features: history size, days since
    their last event, items opened in their last week, how many of their segment's top 20
    items of this week and of the week before they have opened (how far behind the group they
    are), and their activity percentile in their segment. The transition score of an item is
    how often users first opened it within four weeks after the user's recent items. Three
    features compare a pair with the user's other candidates: its last day's openings, 2-day
    uptake and leaders' 3-day openings as shares of the largest among them.

    Parameters
    ----------
    activity : Activity
    segment : ndarray of shape (n_users,) of int
        Segment row of every user, 1 or more; 0 for users without segment.
    n_segments : int
        Number of segment rows, row 0 (everyone) included.
    start_age : ndarray of shape (n_items,) or None, default=None
        Days since each item's scheduled start (negative: starts later; NaN: unscheduled).
    kind : ndarray of shape (n_items,) of int or None, default=None
        A code per item kind (``-1``: unknown), a categorical feature; with it, the share of
        the segment's users who opened an item of the kind in the last 7 days (on average
        over the kind's items), and who opened one for the first time.

    Examples
    --------
    >>> import numpy as np
    >>> activity = Activity(np.array([0, 1, 1]), np.array([0, 0, 1]), np.array([0.5, 9.0, 2.0]),
    ...                     n_users=2, n_items=3)
    >>> features = ActivityFeatures(activity, np.zeros(2, int), 1)
    >>> features.table[1][0].tolist()  # share of users who opened each item in the last day
    [0.5, 0.0, 0.0]
    >>> features.transitions.toarray()[0].tolist()  # item 1 followed item 0 for 1 of its 2 users
    [0.0, 0.5, 0.0]
    """

    def __init__(
        self,
        activity: Activity,
        segment: np.ndarray,
        n_segments: int,
        *,
        start_age: np.ndarray | None = None,
        kind: np.ndarray | None = None,
    ) -> None:
        self.activity = activity
        n_items = activity.n_items
        self.segment = segment
        self.n_segments = n_segments
        pair_segment = segment[activity.user]
        users_per_segment = np.bincount(
            segment[np.unique(activity.user)], minlength=n_segments
        ).astype(np.float64)
        users_per_segment[0] = len(np.unique(activity.user))
        size = np.maximum(users_per_segment, 1.0)[:, np.newaxis]

        def counts(mask: np.ndarray) -> np.ndarray:
            cells = np.bincount(
                pair_segment[mask] * n_items + activity.item[mask],
                minlength=n_segments * n_items,
            ).reshape(n_segments, n_items)
            cells[0] = np.bincount(activity.item[mask], minlength=n_items)
            return cells.astype(np.float64)

        openers = counts(np.ones(len(activity.item), dtype=bool))
        self.table = {days: counts(activity.last <= days) / size for days in WINDOWS}
        self.first_table = {days: counts(activity.first <= days) / size for days in _FIRST_WINDOWS}
        self.ever = openers / size
        # Yesterday's counts against the segment's busiest item: the same scale on any weekday.
        self.relative = [
            table / np.maximum(table.max(axis=1, keepdims=True), 1e-9)
            for table in (self.table[1], self.first_table[1])
        ]
        first = self.first_table | {
            days: counts(activity.first <= days) / size
            for days in _MORE_UPTAKE_WINDOWS
            if days not in self.first_table
        }
        self.uptake = {
            days: first[days] / np.maximum(1.0 - self.ever + first[days], 1e-9)
            for days in _UPTAKE_WINDOWS + _MORE_UPTAKE_WINDOWS
        }
        self.previous_week = counts(_in_previous_week(activity)) / size
        self.ranks = {days: _ranks(self.table[days] + 1e-9 * self.ever) for days in _RANKED}
        self._popularity = self.table[14] + 1e-6 * self.ever  # candidates' order
        self._popular_order = np.argsort(-self._popularity, axis=1, kind="stable")
        first_seen = np.full(n_items, np.nan)
        if len(activity.item):
            oldest = np.zeros(n_items)
            np.maximum.at(oldest, activity.item, activity.first)
            seen = np.bincount(activity.item, minlength=n_items) > 0
            first_seen[seen] = oldest[seen]
        self.first_seen = first_seen
        self.history = activity.matrix()
        self.n_history = np.asarray(self.history.sum(axis=1)).ravel()
        active = np.unique(activity.user)
        self.percentile = np.full(activity.n_users, np.nan)  # activity, within the segment
        self.percentile[active] = _percentiles(self.n_history[active], segment[active])
        leader = np.nan_to_num(self.percentile) > 1.0 - _LEADERS
        leaders = np.bincount(segment[leader], minlength=n_segments).astype(np.float64)
        leaders[0] = leader.sum()
        leaders = np.maximum(leaders, 1.0)[:, np.newaxis]
        by_leader = leader[activity.user]
        self.leaders_first = counts(by_leader & (activity.first <= 7)) / leaders
        self.leaders_recent = counts(by_leader & (activity.last <= 3)) / leaders
        came_back = np.ceil(activity.first) > np.ceil(activity.last)  # on a later day
        self.returning = counts(came_back) / np.maximum(openers, 1.0)
        last = np.full(activity.n_users, np.nan)
        if len(activity.user):
            latest = np.full(activity.n_users, np.inf)
            np.minimum.at(latest, activity.user, activity.last)
            last = np.where(np.isfinite(latest), latest, np.nan)
        self.since_last = last
        recent = activity.last <= np.nan_to_num(last, nan=0.0)[activity.user] + _RECENT_DAYS
        self.recent = activity.matrix(recent)
        self.n_recent = np.asarray(self.recent.sum(axis=1)).ravel()
        self.transitions = _transitions(activity)
        self.top_now = _top_items(self.table[7])
        self.top_before = _top_items(self.previous_week)
        self.start_age = np.full(n_items, np.nan) if start_age is None else start_age
        self.kind = np.full(n_items, -1, np.int64) if kind is None else kind
        self.kind_tables = [
            _kind_means(table, self.kind) for table in (self.table[7], self.first_table[7])
        ]
        self.similarity = _cosine(self.history)
        known = self.kind >= 0
        self.kind_matrix = sp.csr_matrix(
            (np.ones(known.sum()), (np.flatnonzero(known), self.kind[known])),
            shape=(n_items, max(int(self.kind.max()) + 1, 1)),
        )
        scheduled = self.history.multiply(np.isfinite(self.start_age)[np.newaxis, :]).tocsr()
        frontier = np.full(activity.n_users, np.inf)
        np.minimum.at(frontier, scheduled.nonzero()[0], self.start_age[scheduled.nonzero()[1]])
        self.frontier = np.where(np.isfinite(frontier), frontier, np.nan)

    def has_opened(self, rows: np.ndarray, items: np.ndarray) -> np.ndarray:
        """Whether each (user row, item) pair was opened before the reference time."""
        return _stored(self.history, rows, items)

    def candidates(
        self, rows: np.ndarray, segments: np.ndarray, n_popular: int, n_following: int
    ) -> Candidates:
        """Each user's candidates, and every item's transition score after their recent items.

        Candidates are the segment's top items by 14-day popularity (all-time popularity,
        then the item's index break ties), then the top items by transition score, none
        already opened.
        """
        history = self.history[rows]
        popular_user, popular_item = self._popular(history, segments, n_popular)
        following = (self.recent[rows] @ self.transitions).tocsr().astype(np.float64)
        following.eliminate_zeros()
        pairs = following.tocoo()
        user, item = pairs.row.astype(np.int64), pairs.col.astype(np.int64)
        taken = np.sort(popular_user * self.activity.n_items + popular_item)
        fresh = ~_stored(history, user, item) & ~_among(taken, user * self.activity.n_items + item)
        user, item, value = user[fresh], item[fresh], pairs.data[fresh]
        after = value + 1e-9 * self._popularity[segments[user], item]
        order = np.lexsort((item, -after, user))
        user, item = user[order], item[order]
        starts = np.searchsorted(user, user, side="left")
        best = np.arange(len(user)) - starts < n_following
        user = np.concatenate([popular_user, user[best]])
        item = np.concatenate([popular_item, item[best]])
        order = np.argsort(user, kind="stable")  # each user's popular items, then following
        return Candidates(user[order], item[order], following)

    def _popular(
        self, history: sp.csr_matrix, segments: np.ndarray, n: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """(user, item) of each user's top ``n`` unopened items of their segment, best first."""
        n_items = self.activity.n_items
        width = np.minimum(n + np.diff(history.indptr), n_items)
        user = np.repeat(np.arange(len(width)), width)
        position = np.arange(len(user)) - np.repeat(np.cumsum(width) - width, width)
        item = self._popular_order[segments[user], position]
        fresh = ~_stored(history, user, item)
        rank = np.cumsum(fresh)
        before = np.concatenate([[0], rank])[np.cumsum(width) - width]
        take = fresh & (rank - np.repeat(before, width) <= n)
        return user[take], item[take]

    def features(
        self,
        rows: np.ndarray,
        segments: np.ndarray,
        candidates: Candidates,
        keep: np.ndarray | None = None,
    ) -> np.ndarray:
        """The feature matrix of the (user, candidate) pairs (those of ``keep`` only), users in
        order, float32. Relative features compare a pair with all of its user's candidates."""
        user, item, following = candidates
        history = self.history[rows]
        size = np.maximum(self.n_history[rows], 1.0)
        similar = _gather(history @ self.similarity, user, item)
        most = _user_max(similar, user, len(rows))  # over all the user's candidates
        against = [
            value / _user_max(value, user, len(rows))
            for value in (
                self.relative[0][segments[user], item],
                self.uptake[2][segments[user], item],
                self.leaders_recent[segments[user], item],
            )
        ]
        if keep is not None:
            user, item, similar, most = (a[keep] for a in (user, item, similar, most))
            against = [value[keep] for value in against]
        row, segment = rows[user], segments[user]
        best = np.maximum(following.max(axis=1).toarray().ravel(), 1e-12)
        follows = _gather(following, user, item)
        own_kinds = (history @ self.kind_matrix).toarray()
        own_kind = own_kinds[user, np.maximum(self.kind[item], 0)] / size[user]
        columns = [
            *(self.table[days][segment, item] for days in WINDOWS),
            *(self.first_table[days][segment, item] for days in _FIRST_WINDOWS),
            self.ever[segment, item],
            self.previous_week[segment, item],
            *(self.ranks[days][segment, item] for days in _RANKED),
            (self.table[3][segment, item] + 0.01) / (self.table[14][segment, item] + 0.01),
            self.first_seen[item],
            self.n_history[row],
            self.since_last[row],
            self.n_recent[row],
            _share_opened(history, self.top_now[segments])[user],
            _share_opened(history, self.top_before[segments])[user],
            follows,
            follows / best[user],
            self.start_age[item],
            self.start_age[item] - self.frontier[row],
            *(table[segment, item] for table in self.kind_tables),
            similar / size[user],
            similar / most,
            np.where(self.kind[item] < 0, np.nan, own_kind),
            *(self.uptake[days][segment, item] for days in _UPTAKE_WINDOWS),
            *(table[segment, item] for table in self.relative),
            *against,
            self.leaders_first[segment, item],
            self.leaders_recent[segment, item],
            self.percentile[row],
            *(self.uptake[days][segment, item] for days in _MORE_UPTAKE_WINDOWS),
            self.returning[segment, item],
            np.where(self.kind[item] < 0, np.nan, self.kind[item]),
        ]
        out = np.empty((len(item), len(columns)), dtype=np.float32)
        for j, column in enumerate(columns):
            out[:, j] = column
        return out


class Candidates(NamedTuple):
    """Candidate pairs: ``user`` (a position in the scored rows, grouped in order) and
    ``item``, and every item's transition score after each user's recent items (sparse)."""

    user: np.ndarray
    item: np.ndarray
    following: sp.csr_matrix

    def counts(self, n_users: int) -> np.ndarray:
        """Candidates per user."""
        return np.bincount(self.user, minlength=n_users)


FEATURE_NAMES: tuple[str, ...] = (
    *(f"popular_{d}d" for d in WINDOWS),
    *(f"first_open_{d}d" for d in _FIRST_WINDOWS),
    "popular_ever",
    "popular_previous_week",
    *(f"rank_{d}d" for d in _RANKED),
    "trend_3d_14d",
    "days_since_first_open",
    "user_history",
    "user_days_since_last",
    "user_recent",
    "user_has_top_now",
    "user_has_top_before",
    "follows",
    "follows_relative",
    "days_since_start",
    "days_after_user_frontier",
    "kind_popular_7d",
    "kind_first_open_7d",
    "similar_mean",
    "similar_relative",
    "user_kind_share",
    *(f"uptake_{d}d" for d in _UPTAKE_WINDOWS),
    "popular_1d_relative",
    "first_open_1d_relative",
    "popular_1d_vs_candidates",
    "uptake_2d_vs_candidates",
    "leaders_popular_3d_vs_candidates",
    "leaders_first_open_7d",
    "leaders_popular_3d",
    "user_activity_percentile",
    *(f"uptake_{d}d" for d in _MORE_UPTAKE_WINDOWS),
    "returning",
    "kind",
)
"""Columns of :meth:`ActivityFeatures.features`; the last one is categorical."""


def _cosine(history: sp.csr_matrix) -> sp.csr_matrix:
    """Item × item cosine similarity of the binary history, diagonal 0."""
    binary = (history > 0).astype(np.float32)
    gram = (binary.T @ binary).tocsr()
    norms = np.sqrt(gram.diagonal())
    inverse = sp.diags(np.where(norms > 0, 1.0 / np.maximum(norms, 1e-12), 0.0))
    similarity = (inverse @ gram @ inverse).tocsr()
    similarity.setdiag(0)
    similarity.eliminate_zeros()
    return similarity


def _gather(matrix: sp.spmatrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The values of a sparse matrix at (rows, cols) pairs, as float64."""
    return np.asarray(sp.csr_matrix(matrix)[rows, cols], dtype=np.float64).ravel()


def _user_max(values: np.ndarray, user: np.ndarray, n_users: int) -> np.ndarray:
    """The largest value of each pair's user (at least 1e-12), for each pair."""
    best = np.full(n_users, 1e-12)
    np.maximum.at(best, user, values)
    return best[user]


def _percentiles(values: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each value's percentile rank within its group, in (0, 1]: its mean rank among the
    group's values (ties share it), divided by the group's size.

    Examples
    --------
    >>> _percentiles(np.array([3.0, 1.0, 3.0, 5.0]), np.array([1, 1, 1, 2])).tolist()
    [0.8333333333333334, 0.3333333333333333, 0.8333333333333334, 1.0]
    """
    out = np.empty(len(values))
    for group in np.unique(groups):
        members = groups == group
        out[members] = rankdata(values[members]) / members.sum()
    return out


def _kind_means(table: np.ndarray, kind: np.ndarray) -> np.ndarray:
    """Each item's value replaced by the mean over the items of its kind (NaN: no kind)."""
    known = kind >= 0
    out = np.full(table.shape, np.nan)
    if known.any():
        codes = kind[known]
        sums = np.zeros((table.shape[0], codes.max() + 1))
        np.add.at(sums.T, codes, table[:, known].T)
        sizes = np.bincount(codes, minlength=sums.shape[1])
        out[:, known] = (sums / np.maximum(sizes, 1))[:, codes]
    return out


def _in_previous_week(activity: Activity) -> np.ndarray:
    """Pairs with an event 7 to 14 days ago (approximated from their first and last ages)."""
    return (activity.first > 7) & (activity.last <= 14)


def _ranks(table: np.ndarray) -> np.ndarray:
    order = np.argsort(-table, axis=1, kind="stable")
    ranks = np.empty_like(order, dtype=np.float64)
    np.put_along_axis(ranks, order, np.arange(table.shape[1], dtype=np.float64)[None, :], axis=1)
    return ranks


def _top_items(table: np.ndarray) -> np.ndarray:
    n = min(_TOP, table.shape[1])
    return np.argsort(-table, axis=1, kind="stable")[:, :n]


def _share_opened(history: sp.csr_matrix, items: np.ndarray) -> np.ndarray:
    """For each user (a row of ``history``), the share of their row of ``items`` they opened."""
    user = np.repeat(np.arange(items.shape[0]), items.shape[1])
    return _stored(history, user, items.ravel()).reshape(items.shape).mean(axis=1)


def _stored(matrix: sp.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Whether each (row, col) pair is a stored entry of the sparse matrix."""
    pairs = matrix.tocoo()
    keys = np.sort(pairs.row.astype(np.int64) * matrix.shape[1] + pairs.col)
    return _among(keys, rows.astype(np.int64) * matrix.shape[1] + cols)


def _among(keys: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Whether each wanted value is in ``keys`` (sorted)."""
    if not len(keys):
        return np.zeros(len(wanted), dtype=bool)
    return keys[np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)] == wanted


def _transitions(activity: Activity) -> sp.csr_matrix:
    """Item × item: how many users first opened the column item within four weeks after the
    row item (week bins), divided by the row item's users."""
    n_users, n_items = activity.n_users, activity.n_items
    if not len(activity.item):
        return sp.csr_matrix((n_items, n_items))
    week = np.floor(activity.first / 7).astype(np.int64)  # 0: this week; larger is older
    bins = [
        sp.csr_matrix(
            (np.ones(m.sum(), np.float32), (activity.user[m], activity.item[m])),
            shape=(n_users, n_items),
        )
        for m in (week == k for k in range(week.max() + 1))
    ]
    total = sp.csr_matrix((n_items, n_items), dtype=np.float32)
    for k, earlier in enumerate(bins):
        later = earlier.copy()
        for j in range(1, _TRANSITION_WEEKS):
            if k - j >= 0:
                later = later + bins[k - j]
        total = total + (earlier.T @ later).tocsr()
    total.setdiag(0)
    total.eliminate_zeros()
    users = np.bincount(activity.item, minlength=n_items).astype(np.float32)
    return sp.diags(1.0 / np.maximum(users, 1.0)) @ total.tocsr()
