"""Every attribution on the shared corpora stays as recorded (benchmarks/golden.py).

The snapshot pins the parser's behaviour on real news (PolNeAR dev and the
BBC corpus, both under ``../shared``) while its structure changes: a change
of behaviour is made on purpose, with ``python benchmarks/golden.py --write``
in the same commit, and says so.
"""

import json
import pytest

from tests.conftest import load_benchmark

def _golden():
    return load_benchmark("golden")


golden = _golden()


@pytest.mark.skipif(not golden.available(), reason="the shared corpora (../shared/eval/polnear, ../shared/corpora/bbc) are not here")
def test_every_attribution_on_the_shared_corpora_is_unchanged():
    want = json.loads(golden.SNAPSHOT.read_text(encoding="utf-8"))
    now = golden.snapshot()
    changed = sorted(k for k in want.keys() | now.keys() if want.get(k) != now.get(k))
    assert not changed, (f"{len(changed)} of {len(want)} golden digests changed, first: {changed[:10]}; "
                         "see benchmarks/golden.py --dump to read the records")


def test_the_snapshot_covers_both_corpora_and_both_modes():
    keys = json.loads(golden.SNAPSHOT.read_text(encoding="utf-8"))
    prefixes = {k.rsplit("/", 1)[0] for k in keys}
    assert prefixes == {"polnear/quotes", "polnear/reader", "bbc/quotes", "bbc/reader"}
    assert sum(k.startswith("bbc/reader/bbc_") for k in keys) == 2225
    assert sum(k.startswith("polnear/quotes/") for k in keys) == 327  # 326 articles and the library's speakers
