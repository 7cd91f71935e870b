"""Records behave as frozen dataclasses whatever builds them: equal, hashable, printable, pickled across processes."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

import pytest

from transforms.records import Caption, ParsedArticle, Quarantined, RelatedList


def _article(**changes: object) -> ParsedArticle:
    fields: dict[str, object] = {
        "title": "Harbour fire contained",
        "section": "Nation",
        "published_date": date(2025, 1, 10),
        "dateline": "MELAKA",
        "agency": None,
        "captions": (Caption("Firemen at the quay", "Jane Tan"),),
        "body_paragraphs": ("The fire was put out by noon.",),
        "reporters": ("Jane Tan",),
        "editors": (),
        "tags": ("fire",),
        "related": (RelatedList("next_in", "Next In Nation", ("Floods recede",)),),
    }
    fields.update(changes)
    return ParsedArticle(**fields)  # type: ignore[arg-type]


RECORDS = [
    Caption("Firemen at the quay", None),
    RelatedList("next_in", "Next In Nation", ("Floods recede", "Roads reopen")),
    _article(),
    _article(warnings=("no_footer",)),
    Quarantined("no_headline", "the first line is body text", partial=_article(title=None)),
    Quarantined("empty_file", "0 bytes"),
]


def test_positional_keyword_and_default_construction_agree() -> None:
    assert Caption("a", None) == Caption(text="a", credit=None) == Caption(credit=None, text="a")
    assert RelatedList("k", "t", ()) == RelatedList(kind="k", title="t", headlines=())
    article = _article()
    assert article.warnings == ()
    assert ParsedArticle(*(getattr(article, f.name) for f in dataclasses.fields(ParsedArticle))) == article
    verdict = Quarantined("empty_file", "0 bytes")
    assert (verdict.partial, verdict.warnings) == (None, ())
    assert Quarantined("empty_file", "0 bytes", None, ()) == verdict
    with pytest.raises(TypeError):
        Caption("a")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Caption("a", None, "b")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Caption("a", credit=None, colour="red")  # type: ignore[call-arg]


def test_fields_as_declared() -> None:
    assert [f.name for f in dataclasses.fields(Caption)] == ["text", "credit"]
    assert [f.name for f in dataclasses.fields(RelatedList)] == ["kind", "title", "headlines"]
    assert [f.name for f in dataclasses.fields(ParsedArticle)][-2:] == ["related", "warnings"]
    assert len(dataclasses.fields(ParsedArticle)) == 12
    assert [f.name for f in dataclasses.fields(Quarantined)] == ["reason_code", "detail", "partial", "warnings"]
    assert vars(Caption("a", "b")) == {"text": "a", "credit": "b"}
    assert dataclasses.asdict(Caption("a", "b")) == {"text": "a", "credit": "b"}


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_frozen(record: object) -> None:
    name = dataclasses.fields(record)[0].name  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, name, "changed")
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.colour = "red"  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(record, name)


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_pickle_round_trip_equal_and_hashable(record: object) -> None:
    copy = pickle.loads(pickle.dumps(record))
    assert copy == record
    assert hash(copy) == hash(record)
    assert repr(copy) == repr(record)
    assert type(copy) is type(record)


def test_equality_and_hash_by_fields() -> None:
    assert Caption("a", None) == Caption("a", None)
    assert Caption("a", None) != Caption("a", "b")
    assert Caption("a", None) != ("a", None)
    assert len({Caption("a", None), Caption("a", None), Caption("a", "b")}) == 2
    assert hash(_article()) == hash(_article())


def test_repr() -> None:
    assert repr(Caption("a", None)) == "Caption(text='a', credit=None)"
    assert repr(RelatedList("k", "t", ("h",))) == "RelatedList(kind='k', title='t', headlines=('h',))"
    assert repr(Quarantined("empty_file", "0 bytes")) == (
        "Quarantined(reason_code='empty_file', detail='0 bytes', partial=None, warnings=())"
    )
    assert repr(_article(captions=(), related=(), published_date=None)) == (
        "ParsedArticle(title='Harbour fire contained', section='Nation', published_date=None, dateline='MELAKA', "
        "agency=None, captions=(), body_paragraphs=('The fire was put out by noon.',), reporters=('Jane Tan',), "
        "editors=(), tags=('fire',), related=(), warnings=())"
    )


def test_replace() -> None:
    article = _article()
    changed = dataclasses.replace(article, warnings=("head_lines_skipped",))
    assert changed.warnings == ("head_lines_skipped",)
    assert changed == _article(warnings=("head_lines_skipped",))
    assert article.warnings == ()
    assert dataclasses.replace(Caption("a", None), credit="b") == Caption("a", "b")


def test_match_args() -> None:
    match Caption("a", "b"):
        case Caption(text, credit):
            assert (text, credit) == ("a", "b")
