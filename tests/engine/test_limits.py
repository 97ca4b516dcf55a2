"""A worker pool bounds every document in time: the alarm in the worker, the parent's hard deadline behind it.

These tests start real worker processes (``spawn``), whose start costs a
second or two each; the documents are held up by ``stub_parsers``.
"""

from __future__ import annotations

from hotspot.engine.local import WorkerPool
from hotspot.pipeline import Limits
from hotspot.records import RawDocument
from tests.engine.stub_parsers import QUIET, held_up


def raw(content: str, n: int) -> RawDocument:
    return RawDocument(source=f"/in/{n}.txt", kind="clean_text", content=content, content_hash=f"{n:064x}")


def test_a_document_that_never_ends_in_a_worker_fails_with_h041_and_its_batch_is_analysed():
    raws = [raw(QUIET, 1), raw(f"SLOW {QUIET}", 2), raw(f"again, {QUIET}", 3)]
    with WorkerPool(workers=1, batch_size=3, limits=Limits(time_limit_s=0.2), parsers=held_up, warm_up=QUIET) as pool:
        results = list(pool.run(raws))
    assert [r.status for r in results] == ["analyzed", "failed", "analyzed"]
    assert results[1].reason.startswith("[H041]") and not results[1].internal_error


def test_a_worker_stuck_past_the_hard_deadline_is_replaced_and_only_the_culprit_fails():
    """The alarm is blocked, as in C code that never returns to Python: the parent kills the worker.

    The documents of the killed worker's batch are analysed again one by one, the culprit fails with [H041],
    and the next batch is analysed as usual.
    """
    raws = [raw(QUIET, 1), raw(f"STUCK {QUIET}", 2), raw(f"again, {QUIET}", 3)]
    with WorkerPool(workers=2, batch_size=2, limits=Limits(time_limit_s=0.1), parsers=held_up, warm_up=QUIET,
                    deadline_margin_s=0.2) as pool:
        results = list(pool.run(raws))
    assert [(r.source, r.status) for r in results] == [("/in/1.txt", "analyzed"), ("/in/2.txt", "failed"),
                                                       ("/in/3.txt", "analyzed")]
    assert results[1].reason.startswith("[H041]")


def test_a_document_whose_worker_dies_fails_with_h124_and_the_run_goes_on():
    raws = [raw(f"DIE {QUIET}", 1), raw(QUIET, 2)]
    with WorkerPool(workers=1, batch_size=1, limits=Limits(time_limit_s=5), parsers=held_up, warm_up=QUIET) as pool:
        results = list(pool.run(raws))
    assert [r.status for r in results] == ["failed", "analyzed"]
    assert results[0].reason.startswith("[H124]") and "SIGKILL" in results[0].reason and results[0].internal_error
