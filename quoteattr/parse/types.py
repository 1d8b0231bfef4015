"""quoteattr's own parse types: what every parser backend converts its output into.

Rules never see a backend's objects (spaCy ``Doc``, stanza ``Document``): they read these.
Offsets are half-open character offsets into the text handed to the parser; the extractor
maps them back to the caller's original text (see :mod:`quoteattr.parse.prepare`).

Words are UD syntactic words. A multiword token (French ``du`` = ``de`` + ``le``) gives two
words that both carry the token's offsets.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import attrs

from quoteattr.model import Span

__all__ = ["ParsedDoc", "Sentence", "Word"]


@attrs.frozen
class Word:
    """One syntactic word.

    ``index`` is the word's 0-based position in its sentence; ``head`` the 0-based index of its
    head in the same sentence, or ``-1`` for the root. ``feats`` holds UD features
    (``{"Person": "3", "Number": "Sing"}``). ``ent`` is a named-entity label where the backend
    gives one ("PER", "ORG", "LOC", "MISC"), with ``ent_iob`` "B"/"I" (else "O").
    """

    index: int
    text: str
    lemma: str
    upos: str
    head: int
    deprel: str
    span: Span
    feats: Mapping[str, str] = attrs.field(factory=dict)
    ent: str = ""
    ent_iob: str = "O"

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def is_root(self) -> bool:
        return self.head < 0


@attrs.frozen
class Sentence:
    """A parsed sentence: its words, in order, and the span it covers."""

    span: Span
    words: tuple[Word, ...]
    # the words under each head index, built on the first call to children(): rules ask a
    # sentence for the children of its words tens of thousands of times per corpus
    _dependents: dict[int, tuple[Word, ...]] | None = attrs.field(
        default=None, init=False, eq=False, repr=False
    )

    def __iter__(self) -> Iterator[Word]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, index: int) -> Word:
        return self.words[index]

    @property
    def root(self) -> Word | None:
        for word in self.words:
            if word.is_root:
                return word
        return None

    def children(self, word: Word) -> tuple[Word, ...]:
        """The words whose head is ``word``, in order."""
        dependents = self._dependents
        if dependents is None:
            grouped: dict[int, list[Word]] = {}
            for w in self.words:
                grouped.setdefault(w.head, []).append(w)
            dependents = {head: tuple(words) for head, words in grouped.items()}
            object.__setattr__(self, "_dependents", dependents)
        return dependents.get(word.index, ())

    def head_of(self, word: Word) -> Word | None:
        return None if word.head < 0 else self.words[word.head]

    def ancestors(self, word: Word) -> Iterator[Word]:
        """The chain of heads above ``word``, nearest first (cycle-safe)."""
        seen = {word.index}
        current = word
        while current.head >= 0 and current.head not in seen:
            current = self.words[current.head]
            seen.add(current.index)
            yield current

    def subtree(self, word: Word) -> tuple[Word, ...]:
        """``word`` and every word below it, in sentence order."""
        inside = {word.index}
        changed = True
        while changed:
            changed = False
            for w in self.words:
                if w.index not in inside and w.head in inside:
                    inside.add(w.index)
                    changed = True
        return tuple(w for w in self.words if w.index in inside)


@attrs.frozen
class ParsedDoc:
    """The sentences a parser returned for one text.

    ``elided`` lists the quote contents that :mod:`quoteattr.parse.prepare` replaced by a
    placeholder before parsing: the placeholder's words carry exactly one of these spans, and
    are not words of the text (never take one for a subject or a name).
    """

    text: str
    sentences: tuple[Sentence, ...]
    parser: str = ""
    elided: tuple[Span, ...] = ()

    def is_elided(self, word: Word) -> bool:
        """Whether ``word`` stands for an elided quote content (a placeholder word)."""
        return any(word.start == span.start and word.end == span.end for span in self.elided)
