"""Where a text is not its narration: quotations, dialogue lines and the title/byline header,
and where its sentences start.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from quoteattr.attribute.names import (
    Token,
)
from quoteattr.lang.fr.incises import SPEECH_VERB_FORMS
from quoteattr.lang.fr.titles import (
    CIVILITIES,
)
from quoteattr.marks.paragraphs import paragraphs
from quoteattr.marks.scanner import STRAIGHT_MARKS, single_straight_pairs
from quoteattr.marks.tags import cut_speech_tags

__all__ = [
    "credit_regions",
    "dialogue_regions",
    "header_end",
    "quoted_regions",
    "quoted_subheading_regions",
    "sentence_boundaries",
    "subheading_regions",
]

_DIALOGUE_LINE = regex.compile(r"(?m)^[ \t\u00a0]*[—–][^\n]*")


_TAG = regex.compile(
    r"[,!?…][ \t\u00a0]*(?:[—–][ \t\u00a0]*)?([\p{L}'’]+)(?:-t)?-(?:il|elle|ils|elles|on|je)\b|"
    r"[,!?…][ \t\u00a0]*([\p{L}'’]+)[ \t\u00a0]+\p{Lu}"
)


_SIGNATURE = regex.compile(
    r"[ \t\u00a0]*[—–][ \t\u00a0]*\p{Lu}[\p{L}\-]+(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}\-]+|de|d['’]|al|van|von))+"
    r"[ \t\u00a0]*(?:,|$)"
)


_QUOTE_CHARS = regex.compile(r"[«»“”‹›]|\n\n")


_QUOTE_PAIRS = {"«": "»", "“": "”", "‹": "›"}


#: A sentence's end: its stop, a closing mark after it (spaced in French: « … partons. » Le
#: préfet »), then a capital or an opening mark (an apostrophe or a straight double mark before a
#: capital opens a quote: « … retenue. "Il y a … » »); a stop and a closing mark glued to the
#: capital of the next sentence, the space lost as pages lose it (« … à venir."Le prévenu … »);
#: or a line break.
_BOUNDARY = regex.compile(
    r"[.!?…]+(?:[ \u00a0\u202f]*[»”\"’')])?[ \t\u00a0\u202f]+(?=[\p{Lu}«“—–\-]|['\"]\p{Lu})"
    r"|[.!?…]+[ \u00a0\u202f]*[»”\"](?=\p{Lu}\p{Ll})|\n+"
)


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes, from each opening mark to the closing one that pairs with it, the
    outermost of nested pairs, less the speech tags inside (:func:`_speech_pieces`); a pair
    inside a mark left open (« la « renaissance >> de Paul … des « Woody ! » ») is quoted all the
    same, as the open one ends at the paragraph; an opening mark before a comma or a stop closes
    the one open (:func:`_closes_as_typed`). Straight double marks too (:func:`_straight_pairs`)."""
    pairs = _straight_pairs(text)
    stack: list[tuple[str, int]] = []
    for match in _QUOTE_CHARS.finditer(text):
        i = match.start()
        char = match.group()
        if (
            char in _QUOTE_PAIRS
            and stack
            and stack[-1][0] == _QUOTE_PAIRS[char]
            and _closes_as_typed(text, i)
        ):
            # « « … c'est Marc Dubois « , a lâché un voisin »: the opening mark typed for the
            # closing one, before a comma, opens nothing
            _, start = stack.pop()
            pairs.append((start, i + 1))
        elif char in _QUOTE_PAIRS:
            stack.append((_QUOTE_PAIRS[char], i))
        elif stack and char == stack[-1][0]:
            _, start = stack.pop()
            pairs.append((start, i + 1))
        elif char == "\n\n" and stack:
            stack.clear()  # an unclosed quote does not run over a paragraph break
    outermost: list[tuple[int, int]] = []
    for start, end in sorted(pairs, key=lambda pair: (pair[0], -pair[1])):
        if not outermost or start >= outermost[-1][1]:
            outermost.append((start, end))  # a pair inside the last one is part of it
    return [piece for start, end in outermost for piece in _speech_pieces(text, start, end)]


#: What may follow a closing mark but never an opening one: a comma or a stop, after spaces.
_AFTER_A_CLOSER = regex.compile(r"[ \u00a0\u202f]*[,.;:!?)]")


def _closes_as_typed(text: str, i: int) -> bool:
    """Whether the opening mark at ``i`` stands where only a closing one can: before a comma or a
    stop (« … c'est Marc Dubois « , a lâché un voisin »), as some pages type the opening mark for
    both; an opening mark comes before words."""
    return _AFTER_A_CLOSER.match(text, i + 1) is not None


def _speech_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quotation from its opening mark at ``start`` to its closing one before ``end``, cut
    around the speech tags inside it: the tag is the writer's narration, so the name it holds is
    someone the text speaks of (« « Rien n'est exclu, a déclaré Me Paul Roux, mais … » »)."""
    pieces = cut_speech_tags(text, start + 1, end - 1, closed_by_mark=True, closed=True)
    if len(pieces) < 2:
        return [(start, end)]
    inner = [(piece_start - 1, piece_end + 1) for piece_start, piece_end in pieces[1:-1]]
    return [(start, pieces[0][1] + 1), *inner, (pieces[-1][0] - 1, end)]


def _straight_pairs(text: str) -> list[tuple[int, int]]:
    """Where straight double marks quote: in a paragraph that holds an even number of them, the
    first with the second, the third with the fourth (a straight mark cannot open a quote inside
    one it opened; a nested quote takes other marks). The names such a quote holds are its
    speaker's words as much as in guillemets: « Le maire "remercie son successeur, M. Jean Durand",
    dit-il » is not Jean Durand speaking. A paragraph with an odd number is left out: which of
    its marks pair is not sure. ASCII apostrophes that quote pair as the scanner pairs them
    (:func:`~quoteattr.marks.scanner.single_straight_pairs`)."""
    pairs: list[tuple[int, int]] = []
    for start, end in paragraphs(text):
        marks = [match.span() for match in STRAIGHT_MARKS.finditer(text, start, end)]
        if len(marks) % 2 == 0:  # « '' » and « ʺ » typed for it count as one mark each
            pairs.extend((marks[i][0], marks[i + 1][1]) for i in range(0, len(marks), 2))
        if text.find("'", start, end) >= 0:  # ASCII apostrophes used as marks, paired as the scanner does
            singles = single_straight_pairs(text, start, end)
            pairs.extend((opener, closer + 1) for opener, closer in singles.items())
    return pairs


#: A header line (title, author, edition, date) is short and ends without a sentence's final mark.
_HEADER_MAX_LINES = 6


_HEADER_MAX_CHARS = 300


_SENTENCE_END = regex.compile(r"[.!?…:;»”\"]\s*$")


#: A picture's credit, which names its author or agency, never a source: « © Radio France -
#: Paul Roux », « (DR) » (droits réservés), « Crédit photo : AFP », « Photo : Paul Roux »; to the
#: end of the line or of the brackets it opens in.
_CREDIT = regex.compile(r"©[^\n)]*|\(DR\)|\b(?:[Cc]rédits?[ \t\u00a0]+)?[Pp]hotos?[ \t\u00a0]*[:©][^\n)]*")


def credit_regions(text: str) -> list[tuple[int, int]]:
    """Where ``text`` credits a picture (:data:`_CREDIT`): no one named there speaks."""
    return [(m.start(), m.end()) for m in _CREDIT.finditer(text)]


def header_end(text: str) -> int:
    """Where the body of ``text`` starts, past its leading title/byline lines (0 when none).

    The header is the run of leading lines that are short and do not end as a sentence does
    ("Émile Zola", "Le Ventre de Paris (1873)", a news headline), followed by a line that does.
    Names there are the work's author or title, not characters or sources of the story.
    """
    lines = 0
    for line in regex.finditer(r"[^\n]*\n?", text):
        content = line.group().strip()
        if not content:
            if line.end() >= len(text):
                return 0
            continue
        if _SENTENCE_END.search(content) or len(content) > _HEADER_MAX_CHARS:
            return line.start() if lines else 0
        lines += 1
        if lines > _HEADER_MAX_LINES or line.end() >= len(text):
            return 0
    return 0


#: The longest line read as a subheading: a section's title is a short phrase.
_SUBHEADING_MAX_CHARS = 100
#: A sentence's end inside a line, before more words.
_SENTENCE_INSIDE = regex.compile(r"[.!?…;][ \t\u00a0]")
#: How a line that is a sentence ends: a final mark, or one inside the closing quotation mark
#: (« Il a dit « Je viens. » »); a line that ends on words quoted with no such mark is a title
#: (« Le maire dénonce des « propos indignes » »).
_LINE_SENTENCE_END = regex.compile(r"(?:[.!?…:;]|[.!?…:;][ \t\u00a0\u202f]*[»”\"])\s*$")
#: A line of the body between two line breaks, no first character that opens words or dialogue.
_BODY_LINE = regex.compile(r"(?<=\n)[ \t\u00a0]*[^\s«»“”\"—–\-][^\n]*(?=\n)")


def subheading_regions(text: str) -> tuple[tuple[int, int], ...]:
    """The subheadings of the body of ``text`` (« Le silence du CIO »): past the header,
    a short line of its own, one phrase opening on a capital, with no comma, that does not end as
    a sentence does (:data:`_LINE_SENTENCE_END`; a sentence cut short by the page, « Le 6 août,
    le vidéaste X poste », has its commas). A subheading titles what follows; the narration's
    pronouns never take up a name there (« Le silence du CIO / Selon lui, … » is the man quoted
    before it), nor the source its title quotes."""
    found: list[tuple[int, int]] = []
    for line in _BODY_LINE.finditer(text, header_end(text)):
        content = line.group().strip()
        short = len(content) <= _SUBHEADING_MAX_CHARS and "," not in content
        one_phrase = _SENTENCE_INSIDE.search(content) is None  # not « X y a travaillé. © Photo … »
        if short and one_phrase and content[:1].isupper() and not _LINE_SENTENCE_END.search(content):
            found.append((line.start(), line.end()))
    return tuple(found)


def quoted_subheading_regions(text: str) -> tuple[tuple[int, int], ...]:
    """The subheadings of the body of ``text`` that are wholly one short quotation (« « Un plan
    précis » » on a line of its own): as :func:`subheading_regions`, the words between the marks
    a short phrase opening on a capital, with no comma and no end of a sentence (suspension
    points cut a title short: « « Soyons unis… » »); a paragraph of quoted speech ends as a
    sentence does (« « Nous tiendrons. » »)."""
    found: list[tuple[int, int]] = []
    for line in _QUOTED_LINE.finditer(text, header_end(text)):
        # « « Soyons fiers… » »: suspension points cut a title short, they end no sentence
        words = _SUSPENSION.sub("", line.group("words").strip())
        short = len(words) <= _SUBHEADING_MAX_CHARS and "," not in words
        one_phrase = _SENTENCE_INSIDE.search(words) is None
        if short and one_phrase and words[:1].isupper() and not _LINE_SENTENCE_END.search(words):
            found.append((line.start(), line.end()))
    return tuple(found)


#: Suspension points at the end of a title's quoted words, as « … » or three dots.
_SUSPENSION = regex.compile(r"[ \u00a0]*(?:…|\.\.\.)$")
#: A line of the body that is one quotation and nothing else: « … », “ … ” or " … ".
_QUOTED_LINE = regex.compile(
    r"(?<=\n)[ \t\u00a0]*"
    r"(?:«(?P<words>[^«»\n]+)»|“(?P<words>[^“”\n]+)”|\"(?P<words>[^\"\n]+)\")"
    r"[ \t\u00a0]*(?=\n)"
)


def dialogue_regions(text: str) -> list[tuple[int, int]]:
    """The spoken part of each dialogue line ("— Tiens, Boissard ! dit Tourneval" → "— Tiens, Boissard !").

    A line opened by a dash is speech up to its speech tag (a speech verb after a comma, "!" or
    "?", inverted or followed by a name), or to its end when it has none.
    """
    regions: list[tuple[int, int]] = []
    for line in _DIALOGUE_LINE.finditer(text):
        if _SIGNATURE.match(text, line.start(), line.end()):
            continue  # "— Paul Ferrand, Secrétaire général de la Ligue arabe": who said the quote above
        end = line.end()
        for tag in _TAG.finditer(text, line.start(), line.end()):
            verb = (tag.group(1) or tag.group(2)).lower().removeprefix("s'").removeprefix("s’")
            if verb in SPEECH_VERB_FORMS:
                end = tag.start() + 1
                break
        regions.append((line.start(), end))
    return regions


def sentence_boundaries(text: str, tokens: Sequence[Token]) -> tuple[int, ...]:
    starts = [t.start for t in tokens]
    found: list[int] = [0]
    for match in _BOUNDARY.finditer(text):
        i = bisect.bisect_left(starts, match.start()) - 1
        if match.group().startswith(".") and i >= 0:
            previous = tokens[i]
            if len(previous.text) == 1 or previous.lower + "." in CIVILITIES:
                continue  # "M. Blinken", "J. Chirac"
        found.append(match.end())
    return tuple(sorted(set(found)))
