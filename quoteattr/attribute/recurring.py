"""Names that recur: a document-wide search that costs the distinct names, not their occurrences.

A long text names the same people again and again ("Blinken" a thousand times in a year of
articles run as one text). A search "the fullest name that ``Blinken`` can abbreviate, nearest
before the quote" that filters every occurrence of the name for every quote grows with the square
of the text. :func:`recurrences` groups the occurrences that are equal but for where they stand;
a filter on *what* an occurrence is then runs once per group, and *where* is found by bisection.
The answers are exactly those of the full scan (ties broken by the same pool order).

>>> from quoteattr.model import Span
>>> @attrs.frozen
... class Seen:
...     span: Span
...     name: str
>>> pool = [Seen(Span(s, s + 5), n) for s, n in [(0, "Alice"), (10, "Bruno"), (20, "Alice")]]
>>> groups = recurrences(pool, key=lambda o: o.name)
>>> [(g.first.name, g.starts) for g in groups]
[('Alice', (0, 20)), ('Bruno', (10,))]
>>> groups[0].nearest_before(15)
(Seen(span=Span(start=0, end=5), name='Alice'), 0)
>>> groups[0].nearest_before(0) is None
True
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Sequence
from typing import Generic, Protocol, TypeVar

import attrs

from quoteattr.model import Span

__all__ = ["Placed", "Recurrence", "recurrences"]


class Placed(Protocol):
    """Anything with a :class:`Span` (an occurrence of a name)."""

    @property
    def span(self) -> Span: ...


T = TypeVar("T", bound=Placed)


@attrs.frozen
class Recurrence(Generic[T]):
    """The occurrences of one pool that share a key, in pool order (so by start).

    ``order`` holds each one's index in the pool, which breaks ties exactly as a scan of the
    pool in order would.
    """

    items: tuple[T, ...]
    starts: tuple[int, ...]
    order: tuple[int, ...]

    @property
    def first(self) -> T:
        """The first occurrence in pool order: it stands for the group in key-only tests."""
        return self.items[0]

    def nearest_before(self, limit: int, *, last_of_ties: bool = False) -> tuple[T, int] | None:
        """The occurrence starting nearest before ``limit`` and its pool index, else ``None``.

        Among occurrences at the same start, the first in pool order (``max`` over a scan), or the
        last (``[-1]`` of a scan) with ``last_of_ties``.
        """
        i = bisect.bisect_left(self.starts, limit)
        if i == 0:
            return None
        if not last_of_ties:
            i = bisect.bisect_left(self.starts, self.starts[i - 1]) + 1
        return self.items[i - 1], self.order[i - 1]

    def nearest(self, limit: int) -> tuple[T, int]:
        """Nearest before ``limit``, else the first one (the nearest after it)."""
        found = self.nearest_before(limit)
        return found if found is not None else (self.items[0], self.order[0])


def recurrences(pool: Sequence[T], key: Callable[[T], Hashable]) -> tuple[Recurrence[T], ...]:
    """``pool`` (sorted by start) grouped by ``key``, groups in order of first appearance."""
    groups: dict[Hashable, tuple[list[T], list[int], list[int]]] = {}
    for i, item in enumerate(pool):
        items, starts, order = groups.setdefault(key(item), ([], [], []))
        items.append(item)
        starts.append(item.span.start)
        order.append(i)
    return tuple(
        Recurrence(items=tuple(items), starts=tuple(starts), order=tuple(order))
        for items, starts, order in groups.values()
    )
