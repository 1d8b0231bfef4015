"""Matching a prediction to the gold: span coverage, speaker names, cue lemmas.

Each rule is a small pure function; ``docs/evaluation.md`` states them in prose.

>>> names_match("M. Fillon", "François Fillon")
True
>>> names_match("Pachinian", "Aliev et Pachinian")
False
>>> cue_matches("Déclarer", "déclarer")
True
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable, Sequence

import regex

from quoteattr.lang.fr.cue_forms import AUXILIARIES, IRREGULAR_STEMS, REFLEXIVE_PREFIXES
from quoteattr.lang.fr.name_matching import CONJUNCTIONS, DETERMINERS, HYPHENATED_PARTICLES, TITLES

__all__ = [
    "coverage",
    "covered_share",
    "cue_form_matches",
    "cue_matches",
    "fold",
    "merge",
    "name_parties",
    "names_match",
    "overlap",
]

Interval = tuple[int, int]

#: A party list larger than this is paired in order rather than trying every pairing.
_MAX_PERMUTED_PARTIES = 6

_APOSTROPHES = regex.compile(r"['’ʼ‘`´]")
_WORD = regex.compile(r"\w+(?:-\w+)*|&")
_PARENTHESISED = regex.compile(r"\(([^()]*)\)")
_SPACES = regex.compile(r"\s+")
_INFINITIVE_ENDINGS = ("oir", "er", "ir", "re")
#: Latin letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ħ": "h",
        "Ħ": "H",
    }
)


# --- spans -------------------------------------------------------------------------------------


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, non-overlapping union of half-open intervals (empty ones dropped)."""
    merged: list[Interval] = []
    for start, end in sorted(i for i in intervals if i[0] < i[1]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def overlap(span: Interval, pieces: Iterable[Interval]) -> int:
    """How many characters of ``span`` the (non-overlapping) ``pieces`` cover."""
    return sum(max(0, min(span[1], end) - max(span[0], start)) for start, end in pieces)


def coverage(pieces: Sequence[Interval], others: Sequence[Interval]) -> float:
    """Share of the characters of ``pieces`` covered by ``others`` (both merged first).

    Empty ``pieces`` (a zero-length span) are covered only by an identical empty interval.
    """
    return covered_share(pieces, merge(others), others)


def covered_share(
    pieces: Sequence[Interval], union: Sequence[Interval], others: Sequence[Interval] = ()
) -> float:
    """:func:`coverage` with ``others`` already merged into ``union`` (kept raw for empty spans)."""
    own = merge(pieces)
    size = sum(end - start for start, end in own)
    if size == 0:
        return 1.0 if any(p in others for p in pieces) else 0.0
    return sum(overlap(piece, union) for piece in own) / size


# --- names -------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Casefold, strip accents and combining marks ("ı", "ł", "œ" too), every apostrophe ``'``."""
    decomposed = unicodedata.normalize("NFKD", _APOSTROPHES.sub("'", text)).translate(_UNDECOMPOSED)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _words(text: str) -> list[tuple[str, bool]]:
    """Words of ``text`` (apostrophes split them) as ``(folded, capitalised)`` pairs."""
    spaced = _APOSTROPHES.sub(" ", unicodedata.normalize("NFKD", text))
    words = []
    for match in _WORD.finditer(spaced):
        word = fold(match.group())
        particle, _, rest = word.partition("-")
        if rest and particle in HYPHENATED_PARTICLES:  # "al-Joulani" is "Joulani"
            words.append((rest, match.group()[len(particle) + 1 :][:1].isupper()))
        else:
            words.append((word, match.group()[0].isupper()))
    return words


Word = tuple[str, bool]
"""A word of a name: folded form, and whether it was written with a capital."""


def _name_tokens(words: Sequence[Word]) -> tuple[Word, ...]:
    """Drop determiners, and titles that a capitalised word follows; keep everything else."""
    kept: list[Word] = []
    for index, word in enumerate(words):
        if word[0] in DETERMINERS:
            continue
        if word[0] in TITLES:
            following = [w for w in words[index + 1 :] if w[0] not in DETERMINERS]
            # "M. Fillon", "le Premier ministre Valls": a run of titles before a name goes.
            rest = [w for w in following if w[0] not in TITLES]
            if following and rest and rest[0][1] and (following[0][1] or following[0][0] in TITLES):
                continue
        kept.append(word)
    if not kept:  # "le Monsieur", "la": nothing left, so compare the words themselves
        kept = list(words)
    return tuple(kept)


def _aliases(name: str) -> list[str]:
    """``name``, plus its parts in brackets and its head before an apposition comma."""
    outer = _SPACES.sub(" ", _PARENTHESISED.sub(" ", name)).strip()
    aliases = [outer] if outer else []
    aliases += [inner.strip() for inner in _PARENTHESISED.findall(name) if inner.strip()]
    if "," in outer and len(_parties(outer)) == 1:
        aliases.append(outer.split(",", 1)[0].strip())
    return aliases


def _parties(name: str) -> tuple[tuple[Word, ...], ...]:
    words = _words(name)
    if any(word in CONJUNCTIONS for word, _ in words):
        pieces = regex.split(r"\s+(?:et|&)\s+|\s*&\s*", name, flags=regex.IGNORECASE)
        groups = [_words(p) for piece in pieces for p in piece.split(",")]
    else:
        groups = [words]
    return tuple(_name_tokens(group) for group in groups if group)


def name_parties(name: str) -> tuple[tuple[str, ...], ...]:
    """The sources a name designates, each as its normalised tokens.

    "Aliev et Pachinian" gives two parties; a comma separates parties only in a list that
    ends in "et" ("Aliev, Pachinian et Poutine"), elsewhere it opens an apposition.
    """
    return tuple(tuple(word for word, _ in party) for party in _parties(name))


def _party_match(a: tuple[Word, ...], b: tuple[Word, ...]) -> bool:
    """Equal tokens, or the shorter, opening on a capital (a name, not a description), ends the other."""
    short, long = sorted((a, b), key=len)
    if not short:
        return False
    short_words = [w for w, _ in short]
    if short_words == [w for w, _ in long]:
        return True
    return short[0][1] and [w for w, _ in long[len(long) - len(short) :]] == short_words


def _alias_match(predicted: str, gold: str) -> bool:
    pred_parties, gold_parties = _parties(predicted), _parties(gold)
    flat_pred = [w for party in pred_parties for w, _ in party]
    if flat_pred and flat_pred == [w for party in gold_parties for w, _ in party]:
        return True
    if not pred_parties or len(pred_parties) != len(gold_parties):
        return False
    if len(pred_parties) > _MAX_PERMUTED_PARTIES:
        return all(_party_match(p, g) for p, g in zip(pred_parties, gold_parties, strict=True))
    return any(
        all(_party_match(p, g) for p, g in zip(pred_parties, order, strict=True))
        for order in itertools.permutations(gold_parties)
    )


def names_match(predicted: str, gold: str) -> bool:
    """Whether a predicted source name designates the gold one.

    Both are normalised (casefolded, accents stripped, determiners dropped, titles before a
    capitalised word dropped) and split into parties on "et"; they match when the normalised
    names are equal, or when they name as many parties and each gold party pairs with a
    predicted one that is equal to it or, opening on a capital, ends it ("Fillon" ~ "François
    Fillon", but "le suspect" !~ "la mère du suspect"). A part in
    brackets, or the head before an apposition comma, is an alternative form of the name.
    """
    return any(_alias_match(p, g) for p in _aliases(predicted) for g in _aliases(gold))


# --- cues --------------------------------------------------------------------------------------


def _cue_words(cue: str) -> list[str]:
    text = _SPACES.sub(" ", fold(cue)).strip()
    for prefix in REFLEXIVE_PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix):
            text = text[len(prefix) :].lstrip()
            break
    return text.split(" ") if text else []


def cue_matches(predicted: str, gold: str) -> bool:
    """Whether a predicted cue lemma is the gold lemma.

    Compared casefolded, without accents, with every apostrophe as ``'`` and a leading
    reflexive pronoun dropped ("se défendre" ~ "défendre"). A one-word prediction also matches
    a multiword gold cue it opens ("présenter" ~ "présenter ses vœux"), and the reverse.
    """
    pred, gold_words = _cue_words(predicted), _cue_words(gold)
    if not pred or not gold_words:
        return False
    if pred == gold_words:
        return True
    return (len(pred) == 1 or len(gold_words) == 1) and pred[0] == gold_words[0]


def _stems(lemma: str) -> list[str]:
    stems = []
    for ending, irregular in IRREGULAR_STEMS.items():
        if lemma.endswith(ending):
            prefix = lemma[: len(lemma) - len(ending)]
            stems += [prefix + stem for stem in irregular]
    for ending in _INFINITIVE_ENDINGS:
        if lemma.endswith(ending) and len(lemma) > len(ending):
            stems.append(lemma[: len(lemma) - len(ending)])
            break
    else:
        stems.append(lemma)
    return [s for s in stems if len(s) >= 2]


def cue_form_matches(predicted: str, form: str) -> bool:
    """Whether a predicted cue lemma could be the lemma of an inflected gold cue ``form``.

    A heuristic for gold that gives the verb as written ("répondit", "s'écria", "en criant"):
    after dropping reflexive pronouns, auxiliaries and the gerund's "en", the form's first word
    must start with the lemma's stem (the infinitive without -er/-ir/-re/-oir, or an irregular
    stem from :mod:`quoteattr.lang.fr.cue_forms`: "prit" ~ "prendre", "fit" ~ "faire").
    """
    lemma_words = _cue_words(predicted)
    form_words = [w for w in _cue_words(form) if w not in AUXILIARIES]
    if form_words and form_words[0] in ("se", "s'"):
        form_words = form_words[1:]
    if not lemma_words or not form_words:
        return False
    if lemma_words == form_words:
        return True
    return any(form_words[0].startswith(stem) for stem in _stems(lemma_words[0]))
