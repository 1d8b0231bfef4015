"""Grouping recurring names gives exactly the answers of a scan over every occurrence.

The resolver's document-wide searches (``person_fullest``, ``org_fullest``, ``_title_of``) use
:mod:`quoteattr.attribute.recurring` so that a long text costs the number of distinct names, not
of their occurrences; these tests hold the grouped search to the full scan it replaced.
"""

from __future__ import annotations

import doctest

import attrs
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.attribute.entities import index_document
from quoteattr.attribute.recurring import recurrences
from quoteattr.attribute.resolve_score import org_fullest, person_fullest
from quoteattr.model import Span


@attrs.frozen
class _Seen:
    span: Span
    name: str


_POOLS = st.lists(
    st.tuples(st.integers(0, 60), st.sampled_from(["Alice", "Bruno", "Chloé"])), max_size=25
).map(lambda items: [_Seen(Span(s, s + 3), n) for s, n in sorted(items, key=lambda i: i[0])])


@given(pool=_POOLS, limit=st.integers(0, 70))
def test_nearest_is_the_scan_answer(pool: list[_Seen], limit: int) -> None:
    for group in recurrences(pool, key=lambda o: o.name):
        members = [(i, o) for i, o in enumerate(pool) if o.name == group.first.name]
        before = [(i, o) for i, o in members if o.span.start < limit]
        # max(key=start) keeps the first of equal starts; [-1] of the scan keeps the last
        first_of_ties = max(before, key=lambda io: io[1].span.start) if before else None
        last_of_ties = before[-1] if before else None
        assert group.nearest_before(limit) == (None if first_of_ties is None else first_of_ties[::-1])
        found = group.nearest_before(limit, last_of_ties=True)
        assert found == (None if last_of_ties is None else last_of_ties[::-1])
        assert group.nearest(limit) == (first_of_ties or members[0])[::-1]


def test_groups_keep_the_order_of_first_appearance() -> None:
    pool = [_Seen(Span(s, s + 1), n) for s, n in [(0, "B"), (1, "A"), (2, "B"), (3, "A")]]
    groups = recurrences(pool, key=lambda o: o.name)
    assert [(g.first.name, g.starts, g.order) for g in groups] == [
        ("B", (0, 2), (0, 2)),
        ("A", (1, 3), (1, 3)),
    ]


ARTICLE = (
    "Le secrétaire d’État américain Antony Blinken était à New York. « Nous sommes prêts », a "
    "déclaré Blinken. Le Conseil de sécurité arménien a répondu. Le conseil a exigé la paix. "
)


def test_repeated_names_resolve_as_in_one_copy() -> None:
    text = ARTICLE * 40  # the same names forty times: one group each, and the nearest one wins
    index = index_document(text)
    last = text.rindex("Blinken")
    best = person_fullest(index, ("Blinken",), last)
    assert best is not None
    assert best.name == "Antony Blinken"
    assert best.span.start == text.rindex("Antony Blinken")  # the nearest before, not the first
    assert len(index.last_groups["blinken"]) < 4  # grouped, not one entry per copy
    first = person_fullest(index, ("Blinken",), 0)
    assert first is not None
    assert first.span.start == text.index("Antony Blinken")  # none before: the first after
    council = org_fullest(index, "le conseil", "conseil", len(text))
    assert council is not None
    assert council.name == "Conseil de sécurité arménien"
    assert council.span.start == text.rindex("Conseil de sécurité arménien")


def test_the_module_examples_run() -> None:
    import quoteattr.attribute.recurring

    result = doctest.testmod(quoteattr.attribute.recurring)
    assert result.attempted >= 4
    assert result.failed == 0
