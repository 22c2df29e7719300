from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import numpy as np

from supportml.ambassadors import AmbassadorPool
from supportml.embed import HashingEmbedder

N_THREADS, PER_THREAD = 8, 50


def test_eight_threads_never_overbook(monkeypatch):
    embedder = HashingEmbedder(dim=128)
    rows = [
        {"ambassador_id": f"amb{i}", "expertise": "share_file", "weekly_capacity": 30}
        for i in range(10)
    ]
    pool = AmbassadorPool(embedder, min_similarity=0.0).fit(rows)
    reserve = pool.ledger_.reserve

    def slow_reserve(pick, **kwargs):
        def slow_pick(loads):
            time.sleep(0.0001)  # widen the window between reading the loads and booking
            return pick(loads)

        return reserve(slow_pick, **kwargs)

    monkeypatch.setattr(pool.ledger_, "reserve", slow_reserve)
    request = embedder.encode(["how do I share a file"])[0]
    start = threading.Barrier(N_THREADS)
    monday = date(2024, 1, 1)

    def route(thread: int) -> list[str | None]:
        start.wait()
        return [
            pool.match_and_assign(request, request_id=(thread, n), at=monday)
            for n in range(PER_THREAD)
        ]

    with ThreadPoolExecutor(N_THREADS) as executor:  # a thread's error fails the test
        booked = [b for batch in executor.map(route, range(N_THREADS)) for b in batch]

    assert sum(b is not None for b in booked) == 300  # 10 ambassadors × 30, of 400 requests
    assert pool.ledger_.loads(monday).tolist() == [30] * 10
    load = pool.load()
    assert np.array_equal(load["assigned"], load["capacity"])
