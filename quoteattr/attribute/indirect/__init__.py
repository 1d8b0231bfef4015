"""Indirect speech: reported clauses without quotation marks, found on the parse and attributed
like quotes.

Each form is a small named finder ``finder(ctx, index) -> list[Found]`` over one parsed sentence;
they run in the order of :data:`FINDERS` and a clause overlapping one found earlier is dropped.

- :func:`verb_clause`: a speech verb and its complement: « Le ministre a déclaré que **le projet
  serait abandonné** », « n'a pas précisé si **…** », « a affirmé **être déterminé** », « a demandé
  aux habitants de **rester chez eux** ». Two coordinated que-clauses (or *de* + infinitives) are
  two quotes.
- :func:`incise_clause`: unmarked words before an incise: « **Le projet sera abandonné**, a-t-il dit ».
- :func:`source_clause`: « Selon la police, **trois personnes ont été blessées** », « **…**, selon
  X. », « Pour X, **…** »; where *selon X* sits inside the clause the span is the whole clause.
- :func:`point_of_view_relative`: « …, a répondu l'association, pour qui **la décision est
  injuste** ».
- :func:`noun_clause`: « l'annonce que **…** », « la déclaration selon laquelle **…** » (a speech
  noun of `CLAUSE_NOUNS`; not « la rumeur », which is no one's words).
- :func:`cleft_clause`: « **Le projet sera abandonné**. C'est ce qu'a annoncé le maire. »
- :func:`comme_clause`: « Comme l'a rappelé le procureur, **l'enquête ne fait que commencer** ».

The source is found exactly as for a quote in marks: each clause is located in the parse as a
quote without marks, and the sentence rules of :mod:`quoteattr.attribute.rules`
(:func:`~quoteattr.attribute.rules.governing_verb`, :func:`~quoteattr.attribute.rules.incise_after`,
:func:`~quoteattr.attribute.rules.source_preposition`) give its cue and source mention, which the
document resolver turns into a name. A clause that is wholly one quotation (« a déclaré que « … » »)
is that quote only; a clause holding a partial quote contains it.

The rules read the UD labels in :data:`LABELS`.

The modules of this package, one job each: :mod:`.verbs` (:func:`verb_clause`), :mod:`.incises`
(:func:`incise_clause`, :func:`cleft_clause`, :func:`comme_clause`), :mod:`.sources`
(:func:`source_clause`, :func:`point_of_view_relative`) and :mod:`.nouns` (:func:`noun_clause`),
the finders; what they share: :mod:`.common` (:class:`Found`, the document's context, a clause's
span, speech verbs read on the surface); :mod:`.find` runs them over a document and resolves each
clause's source.
"""

from __future__ import annotations

from quoteattr.attribute.indirect.common import Found
from quoteattr.attribute.indirect.find import (
    CONFIDENCE,
    FINDERS,
    LABELS,
    continue_participles,
    detect_indirect,
    find_indirect,
    resolve_found,
)
from quoteattr.attribute.indirect.incises import cleft_clause, comme_clause, incise_clause
from quoteattr.attribute.indirect.nouns import noun_clause
from quoteattr.attribute.indirect.sources import source_clause
from quoteattr.attribute.indirect.verbs import verb_clause

__all__ = [
    "CONFIDENCE",
    "FINDERS",
    "LABELS",
    "Found",
    "cleft_clause",
    "comme_clause",
    "continue_participles",
    "detect_indirect",
    "find_indirect",
    "incise_clause",
    "noun_clause",
    "resolve_found",
    "source_clause",
    "verb_clause",
]
