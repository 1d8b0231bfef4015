"""French quotation marks and dialogue dashes, as data.

Provenance: French typographic usage as described in the *Lexique des règles typographiques en usage
à l'Imprimerie nationale* (guillemets « » with inner no-break spaces, second-level quotes “ ” or ‹ ›,
the reopening « at the head of each paragraph of a long quotation, the dialogue dash —), plus the
marks found in real French input: straight ASCII quotes from keyboards and web pages, the German-style
low-high pair „ “ seen in translated press, and the en dash – that many publishers print instead of
the em dash for dialogue. Written from that knowledge; no list was copied from another project.
"""

from __future__ import annotations

from typing import Final

from quoteattr.model import MarkStyle

__all__ = [
    "APOSTROPHE_LIKE",
    "CLOSER_STYLE",
    "DIALOGUE_DASHES",
    "INNER_PADDING",
    "OPENER_STYLE",
    "REOPEN_MARKS",
    "SPEAKER_CHANGE_DASHES",
    "STRAIGHT_DOUBLE",
    "STRAIGHT_DOUBLE_VARIANTS",
    "STYLE_CLOSERS",
    "STYLE_OPENERS",
]

OPENER_STYLE: Final[dict[str, MarkStyle]] = {
    "«": MarkStyle.GUILLEMETS,
    "‹": MarkStyle.SINGLE_GUILLEMETS,
    "“": MarkStyle.CURLY_DOUBLE,  # also closes „ (see LOW_DOUBLE in STYLE_CLOSERS)
    "‘": MarkStyle.CURLY_SINGLE,
    "„": MarkStyle.LOW_DOUBLE,
}
"""Marks that open a quote (the straight " is ambiguous and handled apart)."""

CLOSER_STYLE: Final[dict[str, MarkStyle]] = {
    "»": MarkStyle.GUILLEMETS,
    "›": MarkStyle.SINGLE_GUILLEMETS,
    "”": MarkStyle.CURLY_DOUBLE,
    "’": MarkStyle.CURLY_SINGLE,  # also the typographic apostrophe: l’État, aujourd’hui
}
"""Marks that close a quote of one style (“ closing „ is handled by the scanner)."""

STYLE_OPENERS: Final[dict[MarkStyle, str]] = {style: mark for mark, style in OPENER_STYLE.items()} | {
    MarkStyle.STRAIGHT_DOUBLE: '"'
}
"""The opening mark of each style, as used to reopen a quote at the head of a paragraph."""

STYLE_CLOSERS: Final[dict[MarkStyle, frozenset[str]]] = {
    MarkStyle.GUILLEMETS: frozenset("»"),
    MarkStyle.SINGLE_GUILLEMETS: frozenset("›"),
    MarkStyle.CURLY_DOUBLE: frozenset("”"),
    MarkStyle.CURLY_SINGLE: frozenset("’"),
    MarkStyle.LOW_DOUBLE: frozenset("“”"),  # „ … “ in German usage, „ … ” in some Eastern European usage
    MarkStyle.STRAIGHT_DOUBLE: frozenset('"'),
    MarkStyle.STRAIGHT_SINGLE: frozenset("'"),
}
"""Every mark that may close a quote of each style."""

REOPEN_MARKS: Final[dict[MarkStyle, frozenset[str]]] = {
    # French typography reopens a long quotation with « at each new paragraph; older books use ».
    MarkStyle.GUILLEMETS: frozenset("«»"),
    MarkStyle.SINGLE_GUILLEMETS: frozenset("‹›"),
    MarkStyle.CURLY_DOUBLE: frozenset("“"),
    MarkStyle.CURLY_SINGLE: frozenset("‘"),
    MarkStyle.LOW_DOUBLE: frozenset("„"),
    MarkStyle.STRAIGHT_DOUBLE: frozenset('"'),
    MarkStyle.STRAIGHT_SINGLE: frozenset(),  # an apostrophe as often: paired within a paragraph only
}
"""Marks that, at the head of the next paragraph, continue a quote left open."""

STRAIGHT_DOUBLE: Final = '"'
"""The ASCII double quote, used both to open and to close."""

STRAIGHT_DOUBLE_VARIANTS: Final = ("''", "\u02ba")
"""What web pages type for the ASCII double quote, read as one: two ASCII apostrophes
(« ''Nous partirons'', a dit X »: a keyboard with no double mark) and the modifier letter double
prime ʺ (U+02BA), which some publishing tools put for it."""

APOSTROPHE_LIKE: Final = frozenset("’‘")
"""Single curly marks that sit between two letters are apostrophes (l’État, aujourd’hui), not quotes."""

INNER_PADDING: Final = " \u00a0\u202f\t\n\r\u2009\u2007\u200a\u2002\u2003"
"""Spacing that French typography puts inside the marks (space, no-break U+00A0, narrow U+202F,
thin U+2009, and line breaks), trimmed from the content."""

DIALOGUE_DASHES: Final = ("—", "–", "―", "--")
"""Marks that open a line of dialogue at the head of a paragraph: em dash, en dash, horizontal bar,
and the double hyphen that typewritten and digitised texts use for the em dash."""

SPEAKER_CHANGE_DASHES: Final = ("—", "–", "―", "--")
"""Inside a quote, after end-of-sentence punctuation, one of these marks a change of speaker."""
