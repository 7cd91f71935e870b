"""The synthetic benchmark corpus: deterministic, every catalogue shape present, bad share kept, good dumps parse."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bench.corpus import BAD_KINDS, BENCH_MAX_DUMP_BYTES, GOOD_SHAPES, CorpusStats, generate
from transforms.parse import parse_dump
from transforms.records import ParsedArticle, Quarantined

DUMPS = 3000
BAD_SHARE = 0.05


def _digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*.txt"))}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> CorpusStats:
    return generate(tmp_path_factory.mktemp("corpus"), DUMPS, seed=11, bad_share=BAD_SHARE, keep_paths=True, jobs=1)


def test_same_seed_same_bytes(corpus: CorpusStats, tmp_path: Path) -> None:
    # Two writer processes this time: chunks are seeded on their own, so the bytes must not change.
    again = generate(tmp_path / "again", DUMPS, seed=11, bad_share=BAD_SHARE, jobs=2)
    assert _digest(tmp_path / "again") == _digest(Path(corpus.root))
    assert again.shapes == corpus.shapes and again.bad == corpus.bad


def test_other_seed_other_bytes(corpus: CorpusStats, tmp_path: Path) -> None:
    generate(tmp_path / "other", 200, seed=12, bad_share=BAD_SHARE, jobs=1)
    mine = _digest(Path(corpus.root))
    other = _digest(tmp_path / "other")
    assert sum(mine[name] == digest for name, digest in other.items()) < 10


def test_every_shape_and_bad_kind_appears(corpus: CorpusStats) -> None:
    assert set(corpus.shapes) == set(GOOD_SHAPES)
    assert set(corpus.bad) == set(BAD_KINDS)


def test_bad_share_respected(corpus: CorpusStats) -> None:
    bad = sum(corpus.bad.values())
    # Binomial(3000, 0.05): mean 150, sd ~12; five sd either side.
    assert abs(bad - DUMPS * BAD_SHARE) < 5 * (DUMPS * BAD_SHARE * (1 - BAD_SHARE)) ** 0.5
    assert corpus.good + bad == DUMPS == len(corpus.files)


def test_no_bad_files_when_share_is_zero(tmp_path: Path) -> None:
    assert generate(tmp_path, 300, bad_share=0.0, jobs=1).bad == {}


def test_size_dates_and_layout(corpus: CorpusStats) -> None:
    root = Path(corpus.root)
    assert 3500 < corpus.total_bytes / DUMPS < 6000  # ~4.5 KB a dump, like the target corpus
    assert corpus.days == 10  # 300 a day
    days = {Path(f).parent.as_posix() for f in corpus.files}
    assert len(days) == 10 and all(d.count("/") == 2 for d in days)  # YYYY/MM/DD folders
    assert sum(p.stat().st_size for p in root.rglob("*.txt")) == corpus.total_bytes


def test_good_dumps_parse_ok_and_bad_ones_quarantine(corpus: CorpusStats) -> None:
    root = Path(corpus.root)
    outcomes = {f: parse_dump((root / f).read_bytes(), BENCH_MAX_DUMP_BYTES) for f in corpus.files}
    quarantined = {f: o.reason_code for f, o in outcomes.items() if isinstance(o, Quarantined)}
    # Exactly the bad files quarantine, each for the reason its kind stands for.
    assert len(quarantined) == sum(corpus.bad.values())
    assert set(quarantined.values()) == {"empty_file", "binary_content", "no_headline", "too_large"}
    articles = [o for o in outcomes.values() if isinstance(o, ParsedArticle)]
    assert len(articles) == corpus.good
    assert all(a.title and a.body_paragraphs for a in articles)
    dated = [a for a in articles if a.published_date is not None]
    assert len(dated) > 0.7 * len(articles)  # the no-bullet shape has no date, as on the real site
    assert sum(len(a.captions) for a in articles) > 0.5 * len(articles)
    assert any(a.agency == "Bernama" for a in articles) and any(a.agency == "Reuters" for a in articles)
    assert any(a.related_headlines("next_in") for a in articles)
    assert any(a.tags for a in articles)
