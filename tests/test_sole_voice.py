"""A text quoting one person gives them its untagged first-person words (``attribute.sole_voice``)."""

from __future__ import annotations

import attrs
import pytest

from quoteattr import Extractor
from quoteattr.attribute.sole_voice import SOLE_VOICE_CONFIDENCE, sole_voice_speakers
from quoteattr.marks import find_quotations
from quoteattr.model import Quote, QuoteKind, Speaker, SpeakerKind

PORTRAIT = (
    "Lina Moreau a été éliminée en séries. « C'est dur », a reconnu l'athlète.\n\n"
    "Elle assume sa contre-performance.\n\n"
    "« J'ai manqué de lucidité dans le dernier tour. »"
)


def _quotes(text: str, said: dict[int, str], kind: SpeakerKind = SpeakerKind.PERSON) -> list[Quote]:
    """The text's quotes, direct, the ``n``-th said by ``said[n]`` (of ``kind``) at 0.95."""
    quotes = [attrs.evolve(q, kind=QuoteKind.DIRECT) for q in find_quotations(text).quotes]
    for n, name in said.items():
        speaker = Speaker(name=name, kind=kind)
        quotes[n] = attrs.evolve(quotes[n], speaker=speaker, rule="incise", confidence=0.95)
    return quotes


def _names(quotes: tuple[Quote, ...]) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in quotes]


def test_untagged_words_in_the_first_person_are_the_one_quoted_person_s() -> None:
    out = sole_voice_speakers(PORTRAIT, _quotes(PORTRAIT, {0: "Lina Moreau"}))
    assert out[1].speaker is not None
    assert (out[1].speaker.name, out[1].speaker.mention, out[1].rule, out[1].cue, out[1].confidence) == (
        "Lina Moreau",
        None,
        "sole_voice",
        None,
        SOLE_VOICE_CONFIDENCE,
    )


@pytest.mark.parametrize(
    ("text", "said", "kind"),
    [
        # a second source: whose the untagged words are is no longer one answer
        (
            "« C'est dur », a reconnu Lina Moreau. « Elle a bien joué », a dit Paul Roux.\n\n"
            "« J'ai manqué de lucidité dans le dernier tour. »",
            {0: "Lina Moreau", 1: "Paul Roux"},
            SpeakerKind.PERSON,
        ),
        # words of no one in particular: « nous » is a group's as well
        (
            "« C'est dur », a reconnu Lina Moreau.\n\n« Nous reviendrons plus forts. »",
            {0: "Lina Moreau"},
            SpeakerKind.PERSON,
        ),
        # before the person has been quoted, the words may be someone's the text names later
        (
            "« Je ne m'y attendais pas. »\n\nL'athlète a été éliminée. « C'est dur », a reconnu Lina Moreau.",
            {1: "Lina Moreau"},
            SpeakerKind.PERSON,
        ),
        # the paragraph brings in another person, whose words these may be
        (
            "« C'est dur », a reconnu Lina Moreau.\n\n"
            "Son entraîneur, Marc Vidal, reste confiant. « Je crois en elle. »",
            {0: "Lina Moreau"},
            SpeakerKind.PERSON,
        ),
        # the paragraph before a quote that opens its own
        (
            "« C'est dur », a reconnu Lina Moreau.\n\nSon entraîneur, Marc Vidal, reste confiant.\n\n"
            "« Je crois en elle. »",
            {0: "Lina Moreau"},
            SpeakerKind.PERSON,
        ),
        # the sentence right before opens on someone else, whom no name brought in
        (
            "« C'est dur », a reconnu Lina Moreau. Sa sœur la prit dans ses bras. "
            "« Ne pleure pas, ma chérie. »",
            {0: "Lina Moreau"},
            SpeakerKind.PERSON,
        ),
        # its noun hyphenated (« Son porte-parole assure que … »)
        (
            "« C'est dur », a reconnu Lina Moreau. Son porte-parole assure que rien n'est perdu. "
            "« Je pense qu'elle reviendra. »",
            {0: "Lina Moreau"},
            SpeakerKind.PERSON,
        ),
        # an organisation does not say « je »
        (
            "« Le site fermera », a annoncé Airbus.\n\n« Je ne comprends pas. »",
            {0: "Airbus"},
            SpeakerKind.ORGANISATION,
        ),
    ],
    ids=[
        "two sources",
        "nous",
        "before the voice",
        "another person",
        "paragraph before",
        "someone described",
        "someone described, hyphenated",
        "organisation",
    ],
)
def test_only_first_person_words_after_the_one_person_and_no_one_else_named(
    text: str, said: dict[int, str], kind: SpeakerKind
) -> None:
    out = sole_voice_speakers(text, _quotes(text, said, kind))
    assert out[-1 if 0 in said else 0].speaker is None or out[-1].rule != "sole_voice"
    assert all(q.rule != "sole_voice" for q in out)


def test_the_person_named_again_in_the_paragraph_keeps_the_voice() -> None:
    text = "« C'est dur », a reconnu Lina Moreau.\n\nMoreau assume sa contre-performance. « J'ai mal joué. »"
    assert _names(sole_voice_speakers(text, _quotes(text, {0: "Lina Moreau"}))) == ["Lina Moreau"] * 2


def test_a_dialogue_line_is_left_to_the_turns_of_its_scene() -> None:
    text = "« Viens ici », dit Marius.\n\n— Je ne bougerai pas."
    quotes = sole_voice_speakers(text, _quotes(text, {0: "Marius"}))
    assert len(quotes) == 2
    assert quotes[1].speaker is None


def test_the_real_parser_gives_an_interview_s_untagged_words_their_speaker() -> None:
    text = (
        "Athlétisme : Lina Moreau éliminée en séries du 1 500 mètres\n\n"
        "Lina Moreau n'a pas tenu le rythme imposé par les Kényanes. « C'est dur à avaler », "
        "a reconnu Lina Moreau après la course.\n\n"
        "La déception se lisait sur son visage.\n\n"
        "« J'ai manqué de lucidité dans le dernier tour. Mon plan de course était trop prudent. »"
    )
    quotes = Extractor().extract(text).quotes
    assert [(q.rule, q.speaker.name if q.speaker else None) for q in quotes][-1] == (
        "sole_voice",
        "Lina Moreau",
    )
