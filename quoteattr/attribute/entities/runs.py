"""Capitalised runs made into names: a leading role or common word cut off, genders shared along
a list.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr.attribute.entities.occurrence import Occurrence
from quoteattr.attribute.entities.titles import PRE_ROLE_ADJECTIVES
from quoteattr.attribute.names import (
    NameRun,
    Token,
    fold,
    is_acronym,
    starts_person_name,
    tokenize,
)
from quoteattr.lang.fr.roles import (
    NATIONALITY_NOUNS,
    ROLE_PERIPHRASES,
    ROLE_QUALIFIERS,
    role_of,
)
from quoteattr.lang.fr.titles import (
    ADDRESS_CIVILITIES,
    DE_FORMS,
    DEFINITE_ARTICLES,
    DETERMINERS,
    NAME_PARTICLES,
    NOT_NAME_STARTS,
)

__all__ = [
    "PERIPHRASIS_ROLES",
    "affiliation_run",
    "drop_first",
    "phrase_key",
    "share_genders",
    "without_leading_roles",
]


#: Fields of the nouns that say only that someone is a person, or whose kin (« le jeune »,
#: « le frère »): no title before a surname.
_PERSONAL_FIELDS = frozenset({"person", "kin"})

#: The words that tie a role to its domain: "Ministre *de la* Défense", "Président *du* Sénat".
_COMPLEMENT_LINKS = DE_FORMS | DEFINITE_ARTICLES


def phrase_key(tokens: Sequence[Token]) -> str:
    """The words of a phrase without its articles, folded: how a periphrasis is looked up."""
    return " ".join(fold(t.text) for t in tokens if t.lower not in DETERMINERS)


#: The role each periphrasis of the lexicon stands for (`ROLE_PERIPHRASES`), by its
#: :func:`phrase_key` (« garde sceaux » → ministre, « chef etat » → président).
PERIPHRASIS_ROLES: dict[str, str] = {
    phrase_key(tokenize(phrase)): role for phrase, role in ROLE_PERIPHRASES.items()
}


def without_leading_roles(run: NameRun, tokens: Sequence[Token]) -> NameRun | None:
    """The run without capitalised role nouns at its head ("Président Macron" → "Macron").

    A role written with its domain keeps the domain out of the name as well: in « le Ministre
    de la Défense Antoni Kowalski » the name is « Antoni Kowalski » (a role names its
    domain with *de* and one capitalised word, and the name follows it). A periphrasis of a
    role that the capitals of deference make a run of its own is no name either (« le Garde des
    Sceaux », as many write the minister of justice's title).
    """
    first = run.first
    if _adjective_of_role(run, tokens):
        return None  # « le Premier ministre », « le Haut commissaire »: a role, no name
    if run.last > run.first and phrase_key(tokens[run.first : run.last + 1]) in PERIPHRASIS_ROLES:
        return None
    if _surname_after_role(run, tokens) or _surname_after_civility(run):
        return run  # « le juge Berger », « M. Cardinal »
    while first <= run.last and role_of(tokens[first].lower) is not None:
        first += 1
    if first == run.first and _described_by_nationality(run, tokens):
        return attrs.evolve(_starting_at(run, tokens, first + 1), civility=None)
    if first == run.first:
        return run
    if first <= run.last and tokens[first].lower in _COMPLEMENT_LINKS:
        while first <= run.last and tokens[first].lower in _COMPLEMENT_LINKS:
            first += 1
        first += 1  # the domain: "Défense", "Sénat"
    if first > run.last or tokens[first].lower in NOT_NAME_STARTS:
        return None
    return attrs.evolve(_starting_at(run, tokens, first), civility=None)


def _surname_after_civility(run: NameRun) -> bool:
    """Whether the run follows a civility of address: its first word is a surname, whatever
    else that word is, for many French surnames are trades or titles (« M. Cardinal », « Mme
    Boulanger », « Me Berger »); a civility takes a role only through an article (« M. le
    Président »), which no run holds."""
    return run.civility is not None and run.civility.lower().rstrip(".") in ADDRESS_CIVILITIES


def _surname_after_role(run: NameRun, tokens: Sequence[Token]) -> bool:
    """Whether the run opens on a capitalised role noun right after a role noun in small letters:
    the person's surname, for French titles a person by role then surname and many surnames are
    trades (« le président Marchand », « le juge Berger »); not a role that qualifies the one
    before it (`ROLE_QUALIFIERS`: « le secrétaire Général »), nor one after a noun that says
    only a person (« le jeune Baron »), nor the first word of a sentence."""
    k = run.first
    if k == 0 or run.sentence_initial or run.civility is not None:
        return False
    word, before = tokens[k], tokens[k - 1]
    if role_of(word.lower) is None or fold(word.text) in ROLE_QUALIFIERS:
        return False
    title = role_of(before.lower)
    if title is None or not set(title[1]) - _PERSONAL_FIELDS:
        return False  # « le jeune Baron », « le vieux Marquis »: a person described, no title
    return before.text.islower() and before.end < word.start


def _adjective_of_role(run: NameRun, tokens: Sequence[Token]) -> bool:
    """Whether the run is one capitalised adjective that opens a role written in small letters
    after it (« le Premier ministre », « la Première ministre », « le Haut commissaire »)."""
    if run.first != run.last or tokens[run.first].lower not in PRE_ROLE_ADJECTIVES:
        return False
    after = run.last + 1
    return after < len(tokens) and tokens[after].text.islower() and role_of(tokens[after].lower) is not None


def _described_by_nationality(run: NameRun, tokens: Sequence[Token]) -> bool:
    """« l'Allemand Konrad von Hallberg », « la Slovène Tina Trstenjak »: after an article, a
    capitalised word that is no given name, then a given name, is a description of the person
    (a nationality, a title), not the first word of the name."""
    if len(run.tokens) < 2 or run.civility is not None:
        return False
    national = run.tokens[0].lower() in NATIONALITY_NOUNS
    if len(run.tokens) == 2:
        # « le Chilien Moraga », « la Kényane Wanjiru »: a nationality after its article (or at
        # the head of a phrase whose article was taken off), then one name, the person's
        return national and (run.first == 0 or tokens[run.first - 1].lower in DEFINITE_ARTICLES)
    if national:
        return True  # a phrase whose article was already taken off starts at its first word
    return (
        run.first > 0
        and tokens[run.first - 1].lower in DEFINITE_ARTICLES
        and not starts_person_name(run.tokens[0])
        and starts_person_name(run.tokens[1])
    )


def drop_first(run: NameRun, tokens: Sequence[Token]) -> NameRun:
    first = run.first + 1
    if tokens[first].lower in NAME_PARTICLES and first < run.last:
        first += 1
    return _starting_at(run, tokens, first)


def _starting_at(run: NameRun, tokens: Sequence[Token], first: int) -> NameRun:
    """The run cut to begin at token ``first`` (no longer at the head of its sentence)."""
    return attrs.evolve(
        run,
        start=tokens[first].start,
        first=first,
        tokens=run.tokens[first - run.first :],
        sentence_initial=False,
    )


def share_genders(persons: list[tuple[NameRun, Occurrence]]) -> list[tuple[NameRun, Occurrence]]:
    """Give "Mirzoyan" the gender found with "Ararat Mirzoyan" (or "M. Mirzoyan") elsewhere."""
    genders: dict[str, set[str]] = {}
    for _, occurrence in persons:
        if occurrence.gender and occurrence.kind in {"person", "name"}:
            genders.setdefault(fold(occurrence.tokens[-1]), set()).add(occurrence.gender)
    shared: list[tuple[NameRun, Occurrence]] = []
    for run, occurrence in persons:
        found = genders.get(fold(occurrence.tokens[-1]), set())
        if not occurrence.gender and len(found) == 1:
            occurrence = attrs.evolve(occurrence, gender=next(iter(found)))
        shared.append((run, occurrence))
    return shared


def affiliation_run(run: NameRun) -> bool:
    """Whether a run is a body's initials, alone or with the place it is of after « de »: after
    a role noun (« le délégué CGT », « le député RPF de Haute-Marne ») it says whose the role
    is, and names no person; not when a given name follows (« le député UMP Jean Roux »)."""
    first, *rest = run.tokens
    if not is_acronym(first):
        return False
    return not rest or (rest[0].lower() in DE_FORMS and not any(starts_person_name(t) for t in rest[1:]))
