from __future__ import annotations

import pandas as pd
import pytest

from supportml.cli import main


def test_adoption_command_prints_counts_and_writes_the_plan(one_organisation, tmp_path, capsys):
    data, logs, analyzer = one_organisation
    paths = {name: tmp_path / f"{name}.csv" for name in ("activity", "users", "catalogue")}
    logs.to_csv(paths["activity"], index=False)
    data.users.to_csv(paths["users"], index=False)
    data.catalogue.to_csv(paths["catalogue"], index=False)
    out = tmp_path / "plan.csv"
    args = [str(paths["activity"]), str(paths["users"]), "--catalogue", str(paths["catalogue"])]
    assert main(["adoption", *args, "--by", "department", "--top", "3", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "department" in printed and "n_users" in printed and "first_content_id" in printed
    plan = pd.read_csv(out)
    assert plan["user_id"].tolist() == analyzer.conversion_plan()["user_id"].tolist()


def test_adoption_command_reports_bad_input(tmp_path):
    activity = tmp_path / "activity.csv"
    pd.DataFrame({"user_id": ["a"], "timestamp": ["2024-01-01"]}).to_csv(activity, index=False)
    users = tmp_path / "users.csv"
    pd.DataFrame({"user_id": ["a"], "hire_date": ["2020-01-01"], "registered_at": [""]}).to_csv(
        users, index=False
    )
    with pytest.raises(SystemExit, match=r"supportml adoption: .*lacks the columns \['action'\]"):
        main(["adoption", str(activity), str(users)])
