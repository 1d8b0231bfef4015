"""The words of a document that tell one source's gender: one small finder per kind of evidence.

Each finder reads the raw text (and the parse, where it covers the words) around the places a
source is named or referred to, and returns :class:`Finding` values; :mod:`.gender` weighs them.
Order of precision, as measured on WiNER-train ``tune`` (``docs/gender.md``): titles, pronouns
the resolver linked to the source, role nouns and agreement, then pronouns found near a name.

>>> text = "Mme Borne a parlé. Elle a ajouté : « Rien. »"
>>> ctx = DocumentText(text)
>>> [str(f.evidence) for f in titles(ctx, [Place(4, 9, named=True)])]
['title « Mme » -> female']
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs
import regex

from quoteattr.attribute.names import Token, document_sentence_starts, document_tokens, fold
from quoteattr.lang.fr.gender import (
    AGREEMENT_LEADS,
    COPULAR_VERBS,
    FIXED_GENDER_NOUNS,
    IMPERSONAL_IL_NEXT,
    NOT_PARTICIPLES,
    ROLE_PHRASE_BREAKS,
    participle_gender,
)
from quoteattr.lang.fr.pronouns import pronoun_features
from quoteattr.lang.fr.roles import ORGANISATION_NOUNS, role_of
from quoteattr.lang.fr.titles import CIVILITIES, DETERMINERS
from quoteattr.model import Gender, GenderEvidence, GenderEvidenceKind, Span
from quoteattr.parse.types import ParsedDoc, Sentence, Word

__all__ = [
    "DocumentText",
    "Finding",
    "Place",
    "agreement",
    "linked_pronouns",
    "nearby_pronouns",
    "roles",
    "titles",
]

#: Dependency labels the parse finder reads (UD).
SUBJECT_LABELS = frozenset({"nsubj", "nsubj:pass"})
#: Labels of the auxiliaries and copulas after which a participle or adjective agrees.
AGREEING_LABELS = frozenset({"aux:pass", "cop"})
#: Labels of a participle or adjective hung on a noun ("la ministre, interrogée par …").
MODIFIER_LABELS = frozenset({"acl", "amod"})

#: How many words back from a name a role noun is sought ("la ministre de l'Éducation nationale
#: Najat Vallaud-Belkacem": six).
ROLE_REACH = 8
#: How many words after a name a subject pronoun is sought in the same sentence.
PRONOUN_REACH = 25
#: How many words of a quotation are skipped to reach the incise after it.
QUOTE_SKIP = 120
#: How many words after a quotation its incise's inverted pronoun is sought ("», a-t-elle dit").
INCISE_REACH = 3
#: Weights of the kinds of evidence: a civility is the surest, a pronoun found near a name (not
#: linked by the resolver) the least sure of the document's evidence.
WEIGHT_TITLE = 4.0
WEIGHT_LINKED = 3.0
WEIGHT_ROLE = 3.0
WEIGHT_AGREEMENT = 2.0
WEIGHT_NEARBY = 1.5

_GENDERS = {"f": Gender.FEMALE, "m": Gender.MALE}
_AUXILIARIES = frozenset({"a", "avait", "aurait", "aura", "est", "était", "sera"})
_STOPS = frozenset('.;:!?()[]«»“”"\n—')
_SENTENCE_END = frozenset(".!?\n")
_PREPOSED = regex.compile(r"(?:^|[.!?»\n]\s*)(\p{Lu}\p{Ll}+)\s[^.;:!?«»\n]{0,80},\s*$")


@attrs.frozen
class Place:
    """Where a source is named or referred to: ``[start, end)`` in the text.

    ``named`` says the words are (part of) its proper name; ``linked`` that the resolver linked
    them to the source (its mentions).
    """

    start: int
    end: int
    named: bool = False
    linked: bool = False


@attrs.frozen
class Finding:
    """One piece of evidence and how much it weighs.

    ``default`` marks a masculine that French uses by default (a role noun, "il", a masculine
    agreement): evidence for a named person, none for an unnamed one ("le porte-parole").
    """

    evidence: GenderEvidence
    weight: float
    default: bool = False


class DocumentText:
    """The text of one document, tokenised once, with its parse (if any) by offset."""

    def __init__(self, text: str, doc: ParsedDoc | None = None) -> None:
        self.text = text
        self.tokens: tuple[Token, ...] = document_tokens(text)
        self.starts = [t.start for t in self.tokens]
        self.sentence_starts = document_sentence_starts(text)
        self.sentences: tuple[Sentence, ...] = () if doc is None else doc.sentences
        self._sentence_starts = [s.span.start for s in self.sentences]

    def index_at(self, offset: int) -> int:
        """Index of the first token that starts at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def gap(self, left: int, right: int) -> str:
        """The characters between token ``left`` and token ``right`` (to the text's ends outside)."""
        start = self.tokens[left].end if 0 <= left < len(self.tokens) else 0
        end = self.tokens[right].start if 0 <= right < len(self.tokens) else len(self.text)
        return self.text[start:end]

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, source=self.text)

    def words_in(self, start: int, end: int) -> tuple[Sentence, list[Word]] | None:
        """The parsed sentence covering ``[start, end)`` and its words inside it, if parsed."""
        k = bisect.bisect_right(self._sentence_starts, start) - 1
        if k < 0:
            return None
        sentence = self.sentences[k]
        if sentence.span.end < end:
            return None
        words = [w for w in sentence.words if start <= w.start and w.end <= end]
        return (sentence, words) if words else None


def _finding(
    ctx: DocumentText, kind: GenderEvidenceKind, start: int, end: int, gender: str, weight: float
) -> Finding:
    evidence = GenderEvidence(kind, ctx.span(start, end), _GENDERS[gender])
    return Finding(evidence, weight, default=gender == "m" and kind is not GenderEvidenceKind.TITLE)


def titles(ctx: DocumentText, places: Iterable[Place]) -> list[Finding]:
    """A civility just before a name: « Mme Borne », « M. Emmanuel Macron »."""
    out: list[Finding] = []
    for place in places:
        if not place.named:
            continue
        i = ctx.index_at(place.start)
        for back in (1, 2):  # "Mme Borne", "Mme Élisabeth Borne"
            k = i - back
            if k < 0 or any(c in _STOPS - {"."} for c in ctx.gap(k, k + 1)):
                break
            token = ctx.tokens[k]
            gap = ctx.gap(k, k + 1).strip()
            key = token.lower + "." if gap.startswith(".") else token.lower
            gender = CIVILITIES.get(key, CIVILITIES.get(token.lower, None))
            if gender:
                end = token.end + (1 if gap.startswith(".") else 0)
                out.append(_finding(ctx, GenderEvidenceKind.TITLE, token.start, end, gender, WEIGHT_TITLE))
                break
            if not token.text[:1].isupper():
                break
    return out


def _role_gender(determiner: str, noun: str) -> str:
    """The gender a determiner and a person-role noun give together ("la ministre" → f)."""
    if noun.lower() in FIXED_GENDER_NOUNS:
        return ""
    found = role_of(noun)
    if found is None:
        return ""
    gender = found[0]
    if gender:
        return gender
    return DETERMINERS.get(determiner.lower(), ("", ""))[0]


def _role_before(ctx: DocumentText, i: int) -> tuple[int, int, str] | None:
    """The determiner and role noun before token ``i``: « la ministre de l'Éducation | Najat »."""
    k = i - 1
    while k >= 0 and i - k <= ROLE_REACH:
        gap = ctx.gap(k, k + 1)
        apposed = k == i - 1 and gap.strip() == ","  # "le directeur de Norvex, Marcelo Ferraz"
        if any(c in _STOPS or c == "," for c in gap) and not apposed:
            return None
        token = ctx.tokens[k]
        if token.lower in ROLE_PHRASE_BREAKS:
            return None  # "la chancelière a rencontré lundi avec | Emmanuel Macron"
        if role_of(token.text) is not None and not token.text[:1].isupper():
            determiner = ctx.tokens[k - 1].text if k > 0 and not ctx.gap(k - 1, k).strip() else ""
            gender = _role_gender(determiner, token.text)
            start = ctx.tokens[k - 1].start if determiner.lower() in DETERMINERS else token.start
            return (start, token.end, gender) if gender else None
        k -= 1
    return None


def _role_after(ctx: DocumentText, i: int) -> tuple[int, int, str] | None:
    """An apposition after the token ``i`` that ends a name: « Najat Vallaud-Belkacem, la ministre »."""
    if i + 1 >= len(ctx.tokens) or ctx.gap(i, i + 1).strip() != ",":
        return None
    k = i + 1
    determiner = ""
    if ctx.tokens[k].lower in DETERMINERS:
        determiner = ctx.tokens[k].text
        k += 1
    for j in (k, k + 1):  # "la nouvelle ministre"
        if j < len(ctx.tokens) and role_of(ctx.tokens[j].text) is not None:
            gender = _role_gender(determiner, ctx.tokens[j].text)
            return (ctx.tokens[i + 1].start, ctx.tokens[j].end, gender) if gender else None
    return None


def roles(ctx: DocumentText, places: Iterable[Place]) -> list[Finding]:
    """A determiner and role noun at a mention, before a name or in apposition after it.

    « la ministre », « la porte-parole », « la directrice »; « le ministre » is a masculine
    default (see :class:`Finding`), « la victime » no evidence at all.
    """
    out: list[Finding] = []
    for place in places:
        first = ctx.index_at(place.start)
        last = ctx.index_at(place.end) - 1
        if first > last:
            continue
        if place.named:
            found = _role_before(ctx, first) or _role_after(ctx, last)
        else:  # a description: "la ministre de la Santé"
            found = _role_before(ctx, min(last, first + 3) + 1)
            if found is not None and found[0] < place.start:
                found = None
        if found is not None:
            start, end, gender = found
            out.append(_finding(ctx, GenderEvidenceKind.ROLE, start, end, gender, WEIGHT_ROLE))
    return out


def _pronoun_gender(word: str) -> str:
    features = pronoun_features(word)
    if features is None or features[1] != "s":
        return ""
    return features[0] if word.lower().lstrip("-t").lstrip("-") in {"il", "elle"} else ""


def _with_verb(ctx: DocumentText, start: int, end: int) -> tuple[int, int]:
    """The pronoun's span grown to its verb: « elle a ajouté », « a-t-elle ajouté », « dit-il »."""
    i = max(0, bisect.bisect_right(ctx.starts, start) - 1)  # the token holding the pronoun
    j = ctx.index_at(end)
    inverted = i < len(ctx.tokens) and ctx.tokens[i].start < start < ctx.tokens[i].end
    if inverted:  # "a-t-elle": the verb is in the token; an auxiliary takes its participle
        start = ctx.tokens[i].start
        end = ctx.tokens[i].end
        width = 1 if ctx.tokens[i].lower.split("-")[0] in _AUXILIARIES else 0
    else:
        width = 2  # "elle a ajouté"
    for k in range(j, min(j + width, len(ctx.tokens))):
        if any(c in _STOPS or c == "," for c in ctx.gap(k - 1, k)) or ctx.tokens[k].text[:1].isupper():
            break
        end = ctx.tokens[k].end
    return start, end


def linked_pronouns(ctx: DocumentText, places: Iterable[Place]) -> list[Finding]:
    """Pronouns the resolver linked to this source: « elle a ajouté », « a-t-il déclaré »."""
    out: list[Finding] = []
    for place in places:
        if not place.linked or place.named:
            continue
        gender = _pronoun_gender(ctx.text[place.start : place.end].strip())
        if gender:
            start, end = _with_verb(ctx, place.start, place.end)
            out.append(_finding(ctx, GenderEvidenceKind.PRONOUN, start, end, gender, WEIGHT_LINKED))
    return out


def _impersonal_after(ctx: DocumentText, end: int) -> bool:
    """Whether the words after an "il" make it impersonal: « il faut », « il s'agit », « il y a »."""
    rest = ctx.text[end : end + 24].lstrip().lower().replace("’", "'")
    return any(
        rest.startswith(word) and (len(rest) == len(word) or not rest[len(word)].isalpha())
        for word in IMPERSONAL_IL_NEXT
    )


def _personal_pronoun(ctx: DocumentText, k: int) -> tuple[int, int, str] | None:
    """Token ``k`` as a personal "il"/"elle" (inverted forms too), never an impersonal "il"."""
    token = ctx.tokens[k]
    lower = token.lower.replace("’", "'")
    for form, gender in (("elle", "f"), ("il", "m")):
        if lower == form:
            if gender == "m" and _impersonal_after(ctx, token.end):
                return None
            return token.start, token.end, gender
        if lower.endswith("-" + form):  # "a-t-elle", "dit-il"
            if gender == "m" and lower.split("-")[0] in {"faut", "semble", "reste", "s'agit", "y"}:
                return None
            return token.start, token.end, gender
    return None


def _incise_after_quote(ctx: DocumentText, k: int) -> Finding | None:
    """The inverted pronoun of the incise after the quotation opening at token ``k``.

    « … », a-t-elle ajouté: the words inside the quotation are someone's speech and are
    skipped; only an inverted "il"/"elle" within the first words after it counts.
    """
    close = next(
        (
            j
            for j in range(k, min(k + QUOTE_SKIP, len(ctx.tokens) - 1))
            if any(c in "»”" for c in ctx.gap(j, j + 1))
        ),
        None,
    )
    if close is None:
        return None
    for j in range(close + 1, min(close + 1 + INCISE_REACH, len(ctx.tokens))):
        found = _personal_pronoun(ctx, j)
        if found is not None and "-" in ctx.tokens[j].text:
            start, end = _with_verb(ctx, found[0], found[1])
            return _finding(ctx, GenderEvidenceKind.PRONOUN, start, end, found[2], WEIGHT_NEARBY)
    return None


#: A plural article right before a name (« les Nations unies », « des Verts »).
_PLURAL_ARTICLE_BEFORE = regex.compile(r"(?i)(?<![\p{L}'’])(?:les|des|aux)[ \u00a0]+$")


def nearby_pronouns(ctx: DocumentText, places: Iterable[Place], others: Sequence[str]) -> list[Finding]:
    """The first subject "il"/"elle" after a name, in its sentence or opening the next one.

    The search stops at another capitalised name (``others`` are the folded words of this
    source's own name, which do not stop it), at a role or organisation noun (someone else the
    pronoun may stand for) and at the second sentence end. A quotation is
    skipped (a pronoun inside it speaks of someone else) and only the inverted pronoun of its
    incise read: « … », a-t-elle ajouté.
    """
    out: list[Finding] = []
    own = set(others)
    for place in places:
        if not place.named or _PLURAL_ARTICLE_BEFORE.search(ctx.text, max(0, place.start - 6), place.start):
            continue  # « les Nations unies. Il … »: « il » takes up no name under a plural article
        k = first = ctx.index_at(place.end)
        ended = False
        while k < len(ctx.tokens) and k - first < PRONOUN_REACH:
            gap = ctx.gap(k - 1, k) if k > 0 else ""
            if any(c in "«“" for c in gap):
                incise = _incise_after_quote(ctx, k)
                if incise is not None:
                    out.append(incise)
                break
            if any(c in '»”"' for c in gap):
                break
            if any(c in _SENTENCE_END for c in gap):
                if ended:
                    break
                ended = True
            token = ctx.tokens[k]
            found = _personal_pronoun(ctx, k)
            if found is not None:
                start, end = _with_verb(ctx, found[0], found[1])
                out.append(_finding(ctx, GenderEvidenceKind.PRONOUN, start, end, found[2], WEIGHT_NEARBY))
                break
            opening = k in ctx.sentence_starts
            if ended and not opening:
                break  # only the first word of the next sentence
            if token.text[:1].isupper() and not opening and fold(token.text) not in own:
                break  # someone else is named in between
            apposed = k - first <= 2 and ctx.gap(first - 1, first).strip() == ","  # "X, la ministre,"
            if (role_of(token.text) is not None or token.lower in ORGANISATION_NOUNS) and not apposed:
                break  # "… a reçu le ministre. Il a dit": the pronoun may be the minister's
            k += 1
    return out


def _agreement_after(ctx: DocumentText, place: Place) -> Finding | None:
    """« Marie Dupont s'est dite prête », « elle est arrivée », « la ministre, interrogée »."""
    k = ctx.index_at(place.end)
    if k < len(ctx.tokens) and ctx.tokens[k].lower in {"ne", "n'", "n’"}:
        k += 1
    for width in (2, 1):
        if k + width >= len(ctx.tokens):
            continue
        lead = " ".join(t.lower.replace("’", "'") for t in ctx.tokens[k : k + width])
        lead = lead.replace("' ", "'")
        if lead not in AGREEMENT_LEADS or any(c in _STOPS for c in ctx.gap(k - 1, k)):
            continue
        j = k + width
        if ctx.tokens[j].lower in {"pas", "plus", "très", "toujours", "déjà", "alors", "aussi"}:
            j += 1
        if j >= len(ctx.tokens):
            return None
        word = ctx.tokens[j]
        gender = participle_gender(word.text)
        if gender:
            start = ctx.tokens[k].start
            return _finding(ctx, GenderEvidenceKind.AGREEMENT, start, word.end, gender, WEIGHT_AGREEMENT)
        return None
    return None


def _agreement_before(ctx: DocumentText, role_start: int) -> Finding | None:
    """A participle opening the sentence: « Interrogée par Le Monde, la ministre a … »."""
    head = ctx.text[max(0, role_start - 120) : role_start]
    match = _PREPOSED.search(head)
    if match is None:
        return None
    word = match.group(1)
    lower = word.lower()
    if not lower.endswith(("ée", "é")) or lower in NOT_PARTICIPLES:
        return None  # only a past participle in -é(e): "Interrogée", "Élu"; not "Côté", "Journée"
    gender = participle_gender(word)
    if not gender:
        return None
    start = max(0, role_start - 120) + match.start(1)
    return _finding(ctx, GenderEvidenceKind.AGREEMENT, start, start + len(word), gender, WEIGHT_AGREEMENT)


def _agreement_parsed(ctx: DocumentText, place: Place) -> Finding | None:
    """A participle or adjective the parse makes agree with this mention (être, se, acl)."""
    found = ctx.words_in(place.start, place.end)
    if found is None:
        return None
    sentence, words = found
    inside = {w.index for w in words}
    heads = [w for w in words if w.head not in inside]
    if len(heads) != 1:
        return None
    head = heads[0]
    targets: list[Word] = []
    governor = sentence.head_of(head)
    if head.deprel in SUBJECT_LABELS and governor is not None:
        children = sentence.children(governor)
        agrees = any(
            c.deprel in AGREEING_LABELS or (c.lemma == "être" and c.deprel == "aux") for c in children
        )
        reflexive = any(c.lemma in {"se", "s'", "s’"} or c.deprel == "expl:comp" for c in children)
        if agrees or reflexive:
            targets.append(governor)
        if reflexive or governor.lemma in COPULAR_VERBS:  # "elle se dit prête", "il semble satisfait"
            targets.extend(c for c in children if c.deprel == "xcomp" and c.upos in {"ADJ", "VERB"})
    targets.extend(c for c in sentence.children(head) if c.deprel in MODIFIER_LABELS and c.upos == "VERB")
    for target in targets:
        gender = {"Fem": "f", "Masc": "m"}.get(target.feats.get("Gender", ""), "")
        if gender and target.feats.get("Number", "Sing") == "Sing" and target.upos in {"ADJ", "VERB"}:
            return _finding(
                ctx, GenderEvidenceKind.AGREEMENT, target.start, target.end, gender, WEIGHT_AGREEMENT
            )
    return None


def agreement(ctx: DocumentText, places: Iterable[Place]) -> list[Finding]:
    """Participles and adjectives that agree with the source, from the parse or the text.

    A preposed participle is sought before the role phrase that opens a name (« Interrogée par
    Le Monde, la ministre Najat Vallaud-Belkacem »).
    """
    out: list[Finding] = []
    for place in places:
        if not place.linked and not place.named:
            continue
        role = _role_before(ctx, ctx.index_at(place.start)) if place.named else None
        for found in (
            _agreement_parsed(ctx, place),
            _agreement_after(ctx, place),
            _agreement_before(ctx, place.start if role is None else role[0]),
        ):
            if found is not None:
                out.append(found)
                break
    return out
