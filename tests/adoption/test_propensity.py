"""The propensity model finds the signal the simulator puts in the logs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import roc_auc_score

from supportml.adoption import AdoptionAnalyzer, simulate_activity
from supportml.data import generate_enterprise

AS_OF = pd.Timestamp("2024-10-01")
HORIZON = 60


@pytest.fixture(scope="module")
def split():
    users = generate_enterprise(n_users=2500, n_requests=1, random_state=5).users
    simulated = simulate_activity(users, start="2022-06-01", random_state=5)
    logs = simulated.activity
    held_out = users["user_id"].iloc[::3]
    past = logs["timestamp"] <= AS_OF
    test_rows, test_users = logs["user_id"].isin(held_out), users["user_id"].isin(held_out)
    analyzer = AdoptionAnalyzer(horizon_days=HORIZON).fit(
        logs[past & ~test_rows], users=users[~test_users]
    )
    propensity = analyzer.propensity(
        AS_OF, activity=logs[past & test_rows], users=users[test_users]
    )
    later = logs[
        (logs["timestamp"] > AS_OF) & (logs["timestamp"] <= AS_OF + pd.Timedelta(days=HORIZON))
    ]
    gained = propensity.index.map(later.groupby("user_id")["count"].sum()).fillna(0)
    converted = (gained.to_numpy() >= 5).astype(int)
    hazard = pd.Series(simulated.hazard(AS_OF), index=simulated.latent["user_id"])
    return propensity, converted, hazard.loc[propensity.index].to_numpy(), analyzer


def test_held_out_users_are_ranked_better_than_chance(split):
    propensity, converted, hazard, analyzer = split
    assert 10 <= converted.sum() < len(converted) // 2
    assert 0.0 < analyzer.conversion_rate_ < 0.5 and analyzer.n_train_ > 500
    auc = roc_auc_score(converted, propensity.to_numpy())
    assert auc > 0.62
    # ... and the propensity follows the simulator's true hazard.
    assert (
        np.corrcoef(np.argsort(np.argsort(propensity)), np.argsort(np.argsort(hazard)))[0, 1] > 0.5
    )
    top = np.argsort(-propensity.to_numpy(), kind="stable")[: len(propensity) // 5]
    assert converted[top].sum() / converted.sum() > 0.3  # random: 0.2
