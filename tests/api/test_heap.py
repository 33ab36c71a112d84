from __future__ import annotations

import subprocess
import sys


def test_a_settled_worker_keeps_its_startup_objects_out_of_collections() -> None:
    """In a fresh interpreter (the collector's state is process-wide): what was loaded before is
    frozen, and the young generation waits for far more allocations than the default 700."""
    probe = (
        "import gc, json\n"
        "loaded = [{'model': i} for i in range(10_000)]\n"
        "before = gc.get_freeze_count()\n"
        "from api.heap import YOUNG_THRESHOLD, settle_after_startup\n"
        "settle_after_startup()\n"
        "print(json.dumps([before, gc.get_freeze_count(), gc.get_threshold()[0], YOUNG_THRESHOLD]))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    before, after, threshold, expected = (int(v) for v in out.strip().strip("[]").split(","))
    assert before == 0 and after >= 10_000
    assert threshold == expected == 20_000
