"""One voice: a text that quotes one person only gives them its untagged words in the first person.

A portrait, an interview written up or a sports report after a match often quotes a single
person, tags their first words and then sets the rest without a tag, as the reader knows by now
whose they are: « « C'est dur », a reconnu Lina Moreau après la course. ⏎ Elle assume sa
contre-performance. « J'ai manqué de lucidité dans le dernier tour. » ». Words that say « je »,
« mon », « moi » are one person's; when the text has quoted no one else, they are that person's.

Only after the person has been quoted (a text may open on someone else's words and name them
later), and not where the quote's paragraph, or the one before a quote that opens its own, names
another person: « Son entraîneur, Marc Vidal, reste confiant. « Je crois en elle. » » are the
coach's words, whom no rule gave them; nor right after a sentence that opens on a description of
a person (« Sa sœur la prit dans ses bras. « Ne pleure pas, ma chérie. » »). Never a dialogue
line (the turns of a scene say whose it is), a quote inside another or a term. Run after every
other rule, on the quotes they left without a source.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quoteattr.attribute.names import GIVEN_NAME_RUN, fold, name_matches, starts_person_name
from quoteattr.lang.fr.roles import PERSON_NOUNS, role_of
from quoteattr.model import MarkStyle, Quote, QuoteKind, Speaker, SpeakerKind

__all__ = ["SOLE_VOICE_CONFIDENCE", "sole_voice_speakers", "speaks_as_one"]

#: Confidence of a first-person quote given the one person the text quotes: a guess from the
#: whole text, as weak as a speaker read from the sentence before.
SOLE_VOICE_CONFIDENCE = 0.45

#: What the one voice must be to say « je »: a person, or a name whose kind is unknown.
_ONE_PERSON = frozenset({SpeakerKind.PERSON, SpeakerKind.UNKNOWN})

#: Words of the first person singular: one person speaking of themselves.
_FIRST_SINGULAR = regex.compile(r"(?i)(?<![\p{L}'’])(?:(?:je|me|moi|mon|ma|mes)(?![\p{L}])|[jm]['’])")


def speaks_as_one(words: str) -> bool:
    """Whether quoted words are one person's: they say « je », « moi », « mon » … (an organisation
    or a group speaks as « nous »).

    >>> speaks_as_one("Je pars"), speaks_as_one("J'ai tout donné"), speaks_as_one("Nous partons")
    (True, True, False)
    """
    return _FIRST_SINGULAR.search(words) is not None


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    """The bounds of the paragraph (one line of ``text``) that holds ``offset``."""
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end


def _another_named(text: str, quote: Quote, voice: str) -> bool:
    """Whether the paragraph of ``quote`` (and the one before, when the quote opens its own)
    names a person other than ``voice``."""
    start, end = _paragraph(text, quote.marks.start)
    if not text[start : quote.marks.start].strip() and start > 0:
        start = _paragraph(text, len(text[: start - 1].rstrip()))[0]
    own = tuple(fold(word) for word in voice.split())
    for found in GIVEN_NAME_RUN.finditer(text, start, end):
        if not starts_person_name(found.group(1)):
            continue
        words = tuple(fold(word) for word in found.group().split())
        if not (name_matches(words, own) or name_matches(own, words) or words[-1] == own[-1]):
            return True
    return False


#: A sentence that opens on a description of a person: a determiner, an adjective at most,
#: then the noun (« Sa sœur la prit dans ses bras », « Le voisin s'approcha »).
_DESCRIBED_OPENING = regex.compile(
    r"(?i)(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cette|cet)[ \u00a0]*"
    r"(\p{L}+(?:-\p{L}+)*)(?:[ \u00a0]+(\p{L}+(?:-\p{L}+)*))?"  # « Sa porte-parole »
)
#: A sentence end before a quote: its stop and the spaces after it.
_SENTENCE_END = regex.compile(r"[.!?…][ \u00a0]+")


def _another_opens_before(text: str, quote: Quote) -> bool:
    """Whether the sentence right before ``quote``, in its paragraph, opens on a description of a
    person (a role or kin noun, « homme », « femme »): « Sa sœur la prit dans ses bras. « Ne
    pleure pas, ma chérie. » » are the sister's words, whom no name brought in."""
    start, _ = _paragraph(text, quote.marks.start)
    before = text[start : quote.marks.start].rstrip()
    if not before:
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(before, 0, max(0, len(before) - 1))]
    opening = _DESCRIBED_OPENING.match(before, ends[-1] if ends else 0)
    if opening is None:
        return False
    nouns = [word.lower() for word in opening.groups() if word]  # the noun, or after an adjective
    return any(noun in PERSON_NOUNS or role_of(noun) is not None for noun in nouns)


def _sole_voice(quotes: Sequence[Quote]) -> Speaker | None:
    """The one named speaker of every attributed quote in marks (outermost, not a term), when
    they are a person; ``None`` when the quotes have none or several."""
    names = {
        quote.speaker.name: quote.speaker
        for quote in quotes
        if quote.speaker is not None
        and quote.speaker.name is not None
        and quote.depth == 0
        and quote.kind in {QuoteKind.DIRECT, QuoteKind.PARTIAL}
    }
    if len(names) != 1:
        return None
    (speaker,) = names.values()
    return speaker if speaker.kind in _ONE_PERSON else None


def sole_voice_speakers(text: str, quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """Give each first-person quote without a source the one person ``quotes`` name as a source,
    once that person has been quoted before it (rule ``sole_voice``)."""
    voice = _sole_voice(quotes)
    if voice is None:
        return tuple(quotes)
    first = min(q.marks.start for q in quotes if q.speaker is not None and q.speaker.name == voice.name)
    out = list(quotes)
    for i, quote in enumerate(quotes):
        if (
            quote.speaker is not None
            or quote.marks.start < first
            or quote.depth > 0
            or quote.kind not in {QuoteKind.DIRECT, QuoteKind.PARTIAL}
            or quote.mark is MarkStyle.DIALOGUE_DASH
            or not speaks_as_one(quote.span.text_in(text))
            or _another_named(text, quote, voice.name or "")
            or _another_opens_before(text, quote)
        ):
            continue
        out[i] = attrs.evolve(
            quote,
            speaker=attrs.evolve(voice, mention=None),
            cue=None,
            rule="sole_voice",
            confidence=SOLE_VOICE_CONFIDENCE,
        )
    return tuple(out)
