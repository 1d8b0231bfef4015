"""What a sentence rule returns (:class:`Attribution`), the labels the rules read, and how sure
each rule is.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from quoteattr.attribute.mentions import Mention
from quoteattr.attribute.site import QuoteSite
from quoteattr.model import Span

__all__ = [
    "CONFIDENCE",
    "LABELS",
    "Attribution",
    "Rule",
]

#: The UD dependency labels these rules read (anything else is ignored).
LABELS: frozenset[str] = frozenset(
    {
        "nsubj", "nsubj:pass", "expl:subj", "expl:pv", "expl:comp", "obj", "iobj", "obl", "obl:arg",
        "obl:mod", "obl:agent", "xcomp", "ccomp", "conj", "advcl", "parataxis", "acl", "acl:relcl",
        "case", "det", "det:poss", "nmod", "nmod:poss", "aux", "aux:pass", "aux:tense", "cop", "mark",
        "appos", "flat:name", "root", "punct", "dep",
    }
)  # fmt: skip


#: How sure each rule is when it answers (0..1): measured precision of the rule on dev data,
#: rounded down, and lowered where the construction is ambiguous. From 0.8 up only the rules
#: whose names were right 95 % of the time on the pages read for the rules (WiNER tune and the
#: read halves of the fresh sets, 48th round): a reporting verb's subject was right 149 times in
#: 167 there, a source preposition's 31 in 33, so both sit under it (0.78).
CONFIDENCE: dict[str, float] = {
    "incise": 0.95,
    "incise_late": 0.8,
    "incise_before": 0.8,
    "incise_verb": 0.85,
    "dash_signature": 0.75,
    "colon_intro": 0.9,
    "colon_main_verb": 0.75,
    "colon_headline": 0.7,
    "colon_after": 0.7,
    "colon_experiencer": 0.7,
    "colon_distant": 0.65,
    "reporting_verb": 0.78,
    "participle_agent": 0.85,
    "relative_source": 0.75,
    "judged_object": 0.7,
    "noun_cue": 0.7,
    "source_preposition": 0.78,
    "comme_aside": 0.85,
    "point_of_view": 0.7,
    "quoted_predicate": 0.6,
    "quoted_infinitive": 0.6,
    "verb_before_marks": 0.7,
    "speech_before": 0.6,
    "subject_before": 0.5,
    "woven_subject": 0.4,
}


@attrs.frozen
class Attribution:
    """What a rule found for one quote.

    ``frame`` says how the quote stands in its sentence, for the kind decision:
    "incise" (a speech tag follows it), "colon" (introduced by a colon), "verb" (object of a
    reporting verb), "preposition" (selon X), "woven" (inside the writer's clause), "context"
    (from another sentence).
    """

    rule: str
    confidence: float
    cue: str | None = None
    cue_span: Span | None = None
    mention: Mention | None = None
    frame: str = "woven"
    hops: int = 0  # verbs passed between the quote and its cue (0: the cue governs the quote)
    depth: int = 1  # words passed from the quote up to its cue (1: the cue is the quote's head)


Rule = Callable[[QuoteSite], "Attribution | None"]
