"""Reading a source mention's own words: name, title, civility, organisation, pronoun.

These helpers look only at the mention's text (and, for "lit-on", the words right after it);
finding what the words refer to elsewhere in the document is :mod:`resolve_score`'s job.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import attrs
import regex

from quoteattr.attribute.entities.runs import affiliation_run, without_leading_roles
from quoteattr.attribute.entities.titles import PRE_ROLE_ADJECTIVES
from quoteattr.attribute.names import (
    NameRun,
    Token,
    fold,
    is_acronym,
    is_capitalised,
    name_runs,
    starts_person_name,
    tokenize,
)
from quoteattr.attribute.vet import ADJECTIVES_BEFORE_HEAD
from quoteattr.lang.fr.cues import DOCUMENT_NOUNS, PLATFORMS
from quoteattr.lang.fr.gender import FIXED_GENDER_NOUNS
from quoteattr.lang.fr.indirect import TIME_PARTS, TIME_WORDS
from quoteattr.lang.fr.pronouns import pronoun_features
from quoteattr.lang.fr.roles import (
    BODY_NAME_HEADS,
    GENDERED_ADJECTIVES,
    NAMED_AFTER_PEOPLE,
    NATIONALITY_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_NOUN_ENDINGS,
    group_gender,
    looks_like_demonym,
    role_noun,
    role_of,
)
from quoteattr.lang.fr.titles import (
    BARE_DE,
    CIVILITIES,
    DE_FORMS,
    DEFINITE_ARTICLES,
    DETERMINERS,
    INDEFINITE_ARTICLES,
    NAME_PARTICLES,
    NOT_NAME_STARTS,
    PLURAL_DETERMINERS,
    PLURAL_QUANTIFIERS,
    POSSESSIVE_DETERMINERS,
    opens_on_capital_particle,
)
from quoteattr.lang.fr.verbs import conjugated_speech_form, lemma_of
from quoteattr.model import Span

__all__ = [
    "GENERIC_ACRONYMS",
    "NamePhrase",
    "after_open_bracket",
    "capital_article_before_role",
    "clean_phrase",
    "document_phrase_after",
    "fuller_description",
    "opens_sentence",
    "parse_name_phrase",
    "pronoun_of",
    "strip_determiners",
    "surname_with_capital_article",
    "tag_verb",
]

#: Organisation nouns written as acronyms that name a kind, not an organisation ("l'ONG Amnesty
#: International" is Amnesty International).
GENERIC_ACRONYMS = frozenset({"ong"})
#: Prepositions that may open the lowercase tail of a name written in sentence case ("Reporters
#: sans frontières"); not « en », « pour »: "Macron en personne", "Dupont pour sa part".
_NAME_PREPOSITIONS = frozenset({"sans"})
#: At most this many lowercase words after a name still belong to it ("Nations unies").
_MAX_NAME_TAIL = 2
_ARTICLES = frozenset({"le", "la", "l'", "l’", "les", "un", "une", "des"})
_GOVERNING = frozenset(
    {
        "à",
        "au",
        "aux",
        "en",
        "dans",
        "vers",
        "sur",
        "sous",
        "chez",
        "depuis",
        "pour",
        "avec",
        "contre",
        "entre",
    }
)
#: « de » with its article, before the phrase it introduces: « de la », « de l' », « du », « des ».
_OF = r"(?:de[ \t\u00a0\u202f]+la|de[ \t\u00a0\u202f]+l['’]|du|des|de|d['’])"
#: Offices a speaker is said to be at with « en » and no article (« en préfecture », « en mairie »).
_OFFICES_AFTER_EN = ("préfecture", "sous-préfecture", "mairie", "gendarmerie", "rectorat")

_DOCUMENT_AFTER = regex.compile(
    # "lit-on dans un communiqué", "peut-on lire sur le site du ministère",
    # "a-t-on appris auprès du parquet", "apprend-on de source policière", "a-t-on appris jeudi
    # soir de source judiciaire" (the verb and a date between at most)
    r"(?:[ \t\u00a0\u202f]+[\p{L}’'-]+){0,3}?[ \t\u00a0\u202f]+"
    r"(?:(?:dans|selon|d['’]après|sur)[ \t\u00a0\u202f]+"
    r"((?:un|une|le|la|l['’]|les|des|ce|cette|son|sa|ses|leur|leurs)"
    r"[ \t\u00a0\u202f]*[^,.;:!?«»“”\n]{1,120})"
    r"|auprès[ \t\u00a0\u202f]+"
    rf"{_OF}[ \t\u00a0\u202f]*"
    r"([^,.;:!?«»“”\n]{1,120})"
    r"|de[ \t\u00a0\u202f]+(source[^,.;:!?«»“”\n]{1,80})"
    # "estime-t-on à l'Élysée", "fait-on valoir au ministère", "assure-t-on chez Renault", "du côté
    # de la direction", "au sein du gouvernement": where they speak is who speaks
    r"|(?:à|chez|(?:du[ \t\u00a0\u202f]+côté|au[ \t\u00a0\u202f]+sein)[ \t\u00a0\u202f]+"
    rf"{_OF})[ \t\u00a0\u202f]*"
    r"((?:la|l['’]|les)?[ \t\u00a0\u202f]*[^,.;:!?«»“”\n]{1,120})"
    r"|aux?[ \t\u00a0\u202f]+([^,.;:!?«»“”\n]{1,120})"
    # "indique-t-on en mairie", "en préfecture": an office named with « en » and no article
    rf"|en[ \t\u00a0\u202f]+((?:{'|'.join(_OFFICES_AFTER_EN)})\b[^,.;:!?«»“”\n]{{0,80}}))",
)


@attrs.frozen
class NamePhrase:
    """What a name mention says by itself.

    ``name`` is the name as written (civility kept, determiner and role dropped: "M. Schultz",
    "Antony Blinken", "Conseil de sécurité arménien"); ``tokens`` the words of the person's name
    without civility (empty when the phrase holds no capitalised name); ``title`` the role
    written with it; ``organisation`` whether the phrase is headed by an organisation noun,
    ``head`` being that noun.
    """

    name: str
    tokens: tuple[str, ...] = ()
    title: str | None = None
    civility: str | None = None
    gender: str = ""
    number: str = "s"
    organisation: bool = False
    head: str = ""
    written: str = ""


def pronoun_of(words: str) -> tuple[str, str] | None:
    """``(gender, number)`` when ``words`` is a pronoun ("il", "-t-elle", "Ils"), else ``None``."""
    return pronoun_features(words)


_NATIONALITIES = frozenset(fold(word) for word in NATIONALITY_NOUNS)

#: Predeterminers of a whole group: "tous les officiers", "toutes les femmes".
_ALL = frozenset({"tous", "toutes", "tout", "toute"})


def strip_determiners(tokens: tuple[Token, ...]) -> tuple[tuple[Token, ...], str, str]:
    """Tokens without the leading article, with the article's gender and number."""
    gender, number = "", "s"
    i = 0
    if len(tokens) > 1 and tokens[0].lower in _ALL and tokens[1].lower in DETERMINERS:
        number = "p" if tokens[0].lower in {"tous", "toutes"} else number
        gender = "f" if tokens[0].lower.startswith("toute") else "m"
        return tokens, gender, number  # "tous les officiers": the words stay, the number is theirs
    while i < len(tokens) and tokens[i].lower in DETERMINERS and i < 2:
        # "Une de ses tantes": an indefinite followed by "de" is the head itself
        if i + 1 < len(tokens) and tokens[i + 1].lower in DE_FORMS:
            break
        gender, number = DETERMINERS[tokens[i].lower]
        if tokens[i].lower in PLURAL_DETERMINERS:
            number = "p"
        i += 1
    # « plusieurs élus », « de nombreux habitants »: a quantifier in the article's place, several
    # people, never one
    k = i + 1 if i + 1 < len(tokens) and tokens[i].lower in BARE_DE else i
    if k < len(tokens) and tokens[k].lower in PLURAL_QUANTIFIERS:
        return tokens[k + 1 :], PLURAL_QUANTIFIERS[tokens[k].lower], "p"
    return tokens[i:], gender, number


def _opens_on_particle(tokens: Sequence[Token]) -> bool:
    """Whether a phrase opens on a surname's capital particle (`opens_on_capital_particle`)."""
    return len(tokens) > 1 and opens_on_capital_particle(tokens[0].text, tokens[1].text)


def capital_article_before_role(tokens: Sequence[Token]) -> bool:
    """Whether a phrase inside a sentence opens on « Le » or « La » with its capital, before a
    capitalised role noun: a surname that is a role with its particle (« dit Le Maire »,
    « selon Le Roy »); the capital keeps it from being an article and a title."""
    return (
        len(tokens) > 1
        and tokens[0].text in {"Le", "La"}
        and tokens[1].text[:1].isupper()
        and role_of(tokens[1].lower) is not None
    )


def surname_with_capital_article(text: str, span: Span) -> bool:
    """Whether the phrase at ``span`` is, inside a sentence, a surname that is a role with its
    capital particle (« dit Le Maire »: :func:`capital_article_before_role`); opening a
    sentence, the capital is the sentence's (« Le Maire a dit » is the mayor)."""
    tokens = _segment_tokens(text, span)
    return bool(tokens) and not opens_sentence(text, tokens[0].start) and capital_article_before_role(tokens)


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence: nothing before it but a sentence's end,
    a closing mark or a line break (« Le Lyonnais a dit », not « selon Le Lyonnais »)."""
    # spaces go, not the line break, which ends a headline with no full stop of its own
    preceding = text[max(0, start - 40) : start].rstrip(" \t\u00a0\u202f")
    return not preceding.strip() or preceding[-1] in ".!?»\n"


def after_open_bracket(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a bracket, spaces apart (« (LR) », « ( ARS ) »), read
    back from ``start`` without copying the text before it."""
    k = start
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    return k > 0 and text[k - 1] == "("


#: A share of a group opening a phrase: « 38 % des », « environ 60 pour cent des ».
_SHARE = regex.compile(
    r"(?i)(?:environ|près\s+de|plus\s+de|moins\s+de)?\s*\d+(?:[,.]\d+)?\s*(?:%|pour\s*cent)\s+"
    r"(?:des|du|de\s+la|de\s+l['’]|d['’])\s*"
)


def clean_phrase(words: str) -> str:
    """A phrase as a name: spaces tidied, the leading article dropped ("le haut diplomate" → "haut
    diplomate" is *not* done: only articles go, "la porte-parole" → "porte-parole"). « un des
    musiciens » keeps its « un »: a pronoun there, one of them, not an article. A share opening
    the phrase goes too: « 38 % des sondés » → "sondés", the group whose words they are."""
    text = " ".join(words.split())
    if text[:5].lower() == "dont ":
        text = text[5:]  # « dont le porte-parole »: the relative is no part of the name
    share = _SHARE.match(text)
    if share is not None and share.end() < len(text):
        text = text[share.end() :]  # « 38 % des sondés »: a share of the group, whose words they are
    match = regex.match(r"(?i)(?:le|la|les|un|une|des)\s+(?!de\b|des\b|d['’])|l['’]\s*", text)
    if match is not None and match.end() < len(text):
        text = text[match.end() :]
    return text.strip(" ,;:")


def _segment_tokens(text: str, span: Span) -> tuple[Token, ...]:
    return tuple(
        Token(t.text, t.start + span.start, t.end + span.start) for t in tokenize(span.text_in(text))
    )


def _candidate_runs(text: str, tokens: tuple[Token, ...]) -> list[NameRun]:
    """Capitalised runs of a phrase that are not complements ("des Affaires étrangères")."""
    # an article opens a sentence of its own; not the capital particle of « dit Le Maire »
    article = bool(tokens) and tokens[0].lower in _ARTICLES and not capital_article_before_role(tokens)
    runs = name_runs(text, tokens, frozenset({0}) if article else frozenset())
    kept: list[NameRun] = []
    complement_end = -1  # the last word of a run just left out as a complement
    for found in runs:
        if _coordinated_with(tokens, found, complement_end) and not starts_person_name(found.tokens[0]):
            complement_end = found.last
            continue  # « à Brest et Lorient »: a complement too, as the one it is joined to
        run = without_leading_roles(found, tokens)
        if run is None or _capitalised_role_adjective(run, tokens):
            continue  # "le Président", "le Premier ministre": a capitalised role, no name
        if run.first == 0 and _adjective_opening(tokens, run):
            continue  # « Nouvelle journée de grève … »: the capital of the sentence's first word
        if fold(run.tokens[0]) in PLATFORMS:
            continue  # « le compte Twitter de Paul Roux »: where it was posted, not who posted it
        if len(run.tokens) == 1 and run.civility is None and fold(run.tokens[0]) in _NATIONALITIES:
            continue  # « la Jamaïcaine »: a description of someone, no name
        if run is not found and found.civility is not None:
            run = attrs.evolve(run, civility=found.civility)
        lead = run.first - (1 if run.civility else 0)
        if lead > 0 and tokens[lead - 1].lower in _GOVERNING and run.civility is None:
            complement_end = found.last
            continue  # "le commissaire aux Affaires économiques": « aux » is « à les »
        if lead > 1 and tokens[lead - 1].text.isdigit() and tokens[lead - 2].lower in DE_FORMS | _GOVERNING:
            lead -= 1  # « du 11 Kensington Road »: look through an address's number
        if lead > 0 and tokens[lead - 1].lower in DETERMINERS and tokens[lead - 1].lower not in DE_FORMS:
            lead -= 1  # "de l'État": look through the article
        if lead > 0 and tokens[lead - 1].lower == "par" and run.civility is None and not _document(tokens):
            complement_end = found.last
            continue  # « des experts mandatés par l'ONU »: the agent's name, not the experts'
        noble = lead == run.first and lead > 1 and _is_noble(tokens[lead - 2].lower)
        if lead == 1 and run.civility is None and _opens_on_particle(tokens):
            # « De Waele »: the name's own particle, written with a capital, is part of it
            run = attrs.evolve(run, start=tokens[0].start, tokens=(tokens[0].text, *run.tokens), first=0)
            lead = 0
        if lead > 0 and tokens[lead - 1].lower in DE_FORMS and not noble:
            complement_end = found.last
            continue  # "des Affaires étrangères", « l'avocat de M. Roux »; "le comte de Hohenwald" is a name
        if lead > 0 and tokens[lead - 1].lower in _GOVERNING and run.civility is None:
            complement_end = found.last
            continue  # "le chef de l'État en visite à Quimperlé": a place, not the source
        if run.civility is None and _names_complement(tokens, lead, run):
            complement_end = found.last
            continue  # "un salarié de l'usine Renault": the factory's name, not the employee's
        if after_open_bracket(text, run.start):
            if kept:
                continue  # « le député Jean Roux (LR) »: his party in brackets, not his name
            if complement_end == run.first - 1:
                complement_end = found.last
                continue  # « le maire de Fos (Var) »: the place's own département, a complement too
        kept.append(run)
    return kept


#: The most lowercase words inside a body's name between its capitalised words (« Santé publique
#: France », « Action contre la Faim »).
_LOWERCASE_INSIDE_NAME = 3


def _run_on_complement(segment: tuple[Token, ...], run: NameRun) -> bool:
    """Whether ``run`` goes on with the name of the « de » complement before it, past a few
    lowercase words (« un épidémiologiste de Santé publique France », « une bénévole d'Action
    contre la Faim »): a body's name with lowercase words inside. Read after an indefinite
    article only: a role brought in by one is no title run on a person's name, which French
    sets after a comma (« un épidémiologiste, Paul Roux »); the definite « le ministre des
    Affaires sociales Paul Roux » titles the name."""
    k = run.first - (1 if run.civility else 0) - 1
    gap = 0
    while k >= 0 and segment[k].text.islower() and segment[k].lower not in DE_FORMS:
        k -= 1
        gap += 1
    if not 0 < gap <= _LOWERCASE_INSIDE_NAME or k < 1:
        return False
    return segment[k].text[:1].isupper() and segment[k - 1].lower in DE_FORMS


def _apposed_without_comma(segment: tuple[Token, ...], runs: list[NameRun]) -> NameRun | None:
    """A person's name right before a definite article, the role in apposition with no comma
    (« a expliqué Yann Kerhervé le secrétaire du syndicat CGT marins Lorient »): that name, not
    the last one, which is the role's complement."""
    return next(
        (
            r
            for r in runs[:-1]
            if starts_person_name(r.tokens[0])
            and len(r.tokens) > 1
            and r.last + 1 < len(segment)
            and segment[r.last + 1].lower in _APPOSED_ARTICLES
        ),
        None,
    )


#: Articles opening a role set after a name with no comma.
_APPOSED_ARTICLES = frozenset({"le", "la", "l'", "l’"})


def _adjective_opening(tokens: tuple[Token, ...], run: NameRun) -> bool:
    """Whether ``run`` is one adjective that stands before a noun (:data:`ADJECTIVES_BEFORE_HEAD`),
    a lowercase word after it: « Nouvelle journée », « Ancien ministre »."""
    return (
        len(run.tokens) == 1
        and run.tokens[0].lower() in ADJECTIVES_BEFORE_HEAD
        and run.last + 1 < len(tokens)
        and tokens[run.last + 1].text.islower()
    )


def _coordinated_with(tokens: tuple[Token, ...], run: NameRun, complement_end: int) -> bool:
    """Whether ``run`` is joined by « et » or « ou » to the run that ends at ``complement_end``,
    or to the number that ends its name (« de Canal 2 et Canal 3 »)."""
    if complement_end < 0 or tokens[run.first - 1].lower not in {"et", "ou"}:
        return False
    numbered = run.first == complement_end + 3 and tokens[complement_end + 1].text.isdigit()
    return run.first == complement_end + 2 or numbered


#: At most this many lowercase words (a noun and its adjective) between « de » and a name that
#: names them: « du groupe pétrolier Total ».
_COMPLEMENT_WORDS = 2


def _names_complement(tokens: tuple[Token, ...], lead: int, run: NameRun) -> bool:
    """Whether ``run`` names the noun of a *de* complement rather than the phrase's head.

    A name right after a common noun names that noun: in « un salarié de l'usine Renault », « le
    porte-parole du groupe Total », « un habitant du quartier Saint-Michel » the name is the
    factory's, the group's, the district's, and the source is the employee, the spokesman, the
    resident. A person's name (it opens on a given name) is taken as the head's all the same:
    « le porte-parole du gouvernement Gabriel Attal » is Gabriel Attal; not a given name alone
    after a noun that is no role (« le directeur du projet Diane »: the project's name).
    """
    if lead > 0 and tokens[lead - 1].lower in NAMED_AFTER_PEOPLE and run.civility is None:
        return True  # « un professeur de l'université Jean-Moulin », « une élève du lycée Victor Hugo »
    if _holder_of_a_complement_role(tokens, lead):
        return True  # « un collaborateur du ministre de l'Intérieur Gérald Darmanin »
    named = run.tokens and starts_person_name(run.tokens[0])
    if named and (len(run.tokens) > 1 or _role_before(tokens, lead)):
        # a given name alone after a thing's noun is that thing's name: « le directeur du projet
        # Diane » is no woman named Diane
        return False
    k = lead - 1
    words = 0
    while k >= 0 and words < _COMPLEMENT_WORDS and tokens[k].text.islower():
        if tokens[k].lower in DE_FORMS or tokens[k].lower in DETERMINERS:
            break
        words += 1
        k -= 1
    if words == 0 or k < 1:
        return False
    if tokens[k].lower in DETERMINERS and tokens[k].lower not in DE_FORMS:
        k -= 1  # « de l'usine », « de la société »
    return k >= 1 and tokens[k].lower in DE_FORMS


#: How many words back from a name its title's role noun is looked for: « ministre de
#: l'Intérieur », « ancien président de la République ».
_TITLE_WORDS = 5


def _role_before(tokens: tuple[Token, ...], lead: int) -> bool:
    """Whether the word right before the name at ``lead`` is a role noun or no common noun at all
    (« le fils du fermier Paul », « selon Paul »)."""
    return lead == 0 or not tokens[lead - 1].text.islower() or role_of(tokens[lead - 1].lower) is not None


def _holder_of_a_complement_role(tokens: tuple[Token, ...], lead: int) -> bool:
    """Whether the name at ``lead`` is that of a role in the *de* complement of another noun.

    A person's name right after a role names that role's holder: in « un collaborateur du
    ministre de l'Intérieur Gérald Darmanin », « un proche du président Paul Roux », « l'épouse de
    l'ancien maire Jean Dupont » the name is the minister's, the president's, the mayor's, and the
    source the collaborator, the friend, the wife. The role opens the phrase in « le ministre de
    l'Intérieur Gérald Darmanin », and a name after a noun that is no role (« le porte-parole du
    gouvernement Gabriel Attal ») is the head's. A plural role (« des députés ») names no one.
    """
    for k in range(lead - 1, max(lead - 1 - _TITLE_WORDS, 0), -1):
        if role_of(tokens[k].lower) is None or tokens[k].lower.endswith(("s", "x")):
            continue
        j = k - 1
        while j > 0 and tokens[j].lower in PRE_ROLE_ADJECTIVES:
            j -= 1  # « de l'ancien maire »
        if tokens[j].lower in DETERMINERS and tokens[j].lower not in DE_FORMS:
            j -= 1  # « de la ministre », « de l'ancien maire »
        return j > 0 and tokens[j].lower in DE_FORMS and tokens[j].lower != "des"
    return False


def _document(tokens: tuple[Token, ...]) -> bool:
    """Whether a phrase is headed by a document noun (« un rapport publié par Amnesty »), which
    speaks for the agent named in it, unlike a person (« des experts mandatés par l'ONU »)."""
    return bool(tokens) and (tokens[0].lower in DOCUMENT_NOUNS or tokens[0].lower[:-1] in DOCUMENT_NOUNS)


def _capitalised_role_adjective(run: NameRun, tokens: tuple[Token, ...]) -> bool:
    """A one-word run that is an adjective of a role written with a capital: « le Premier
    ministre », « la Haute représentante », after the prefix of a former holder too
    (« l'ex-Premier ministre »)."""
    after = run.last + 1
    return (
        len(run.tokens) == 1
        and role_noun(run.tokens[0].lower()) in PRE_ROLE_ADJECTIVES
        and after < len(tokens)
        and role_of(tokens[after].lower) is not None
    )


def _is_noble(word: str) -> bool:
    role = role_of(word)
    return role is not None and "nobility" in role[1]


def _affiliation(run: NameRun, tokens: tuple[Token, ...], lead: int) -> bool:
    """Whether a phrase's only name is the initials of the body a role belongs to, right after
    the role noun (« le délégué CGT », « la députée LR », « le député RPF de Haute-Marne »:
    :func:`~quoteattr.attribute.entities.runs.affiliation_run`)."""
    if run.civility is not None or lead < 1:
        return False
    return affiliation_run(run) and role_of(tokens[lead - 1].lower) is not None


def _part_of_organisation(tokens: tuple[Token, ...]) -> bool:
    """Whether « noun + name » goes on with a *de* complement on a common noun (« le syndicat FO
    du site », « la section CGT de l'hôpital », « la fédération CGT de la métallurgie »): the
    phrase names a part of the organisation, not the organisation; « le syndicat FO », « l'ONG
    Médecins du monde » (the complement inside a name in words, not initials) name it."""
    k = 1
    while k < len(tokens) and is_acronym(tokens[k].text):
        k += 1
    if k == 1 or k >= len(tokens) or tokens[k].lower not in DE_FORMS:
        return False
    k += 1
    if k < len(tokens) and tokens[k].lower in DETERMINERS and tokens[k].lower not in DE_FORMS:
        k += 1
    return k < len(tokens) and tokens[k].text.islower()


#: Closing quotation marks (and spaces before them) that may end an organisation's name in marks.
_CLOSING_MARKS = ' \u00a0\u202f»”"'


def _aged_word(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` (past the article) are one capitalised word that is no given name and
    an age, « de 33 ans »: a name takes its age set off (« Paul Roux, 33 ans »), so after an
    article the word is what the person is, an inhabitant (« le Manceau de 33 ans ») or a
    nationality, whatever its ending."""
    return (
        len(tokens) == 4
        and tokens[1].lower == "de"
        and tokens[2].text.isdigit()
        and tokens[3].lower in {"an", "ans"}
        and not starts_person_name(tokens[0].text)
    )


def parse_name_phrase(text: str, span: Span) -> NamePhrase:
    """Split a NAME mention into name, title and civility; recognise organisation phrases.

    "le secrétaire d'État américain Antony Blinken" → name "Antony Blinken", title "secrétaire
    d'État américain"; "une représentante du bureau russe d'inspection, Irina Zavodskaïa" →
    name "Irina Zavodskaïa", title "représentante du bureau russe d'inspection";
    "le Conseil de sécurité arménien" → organisation "Conseil de sécurité arménien".
    """
    all_tokens = _segment_tokens(text, span)
    tokens, det_gender, det_number = strip_determiners(all_tokens)
    raw = span.text_in(text)
    if not tokens:
        return NamePhrase(name=clean_phrase(raw), gender=det_gender, number=det_number)
    opening = opens_sentence(text, all_tokens[0].start)
    if _opens_on_particle(all_tokens) or (not opening and capital_article_before_role(all_tokens)):
        tokens = all_tokens  # « a ajouté De Waele », « dit Le Maire »: a capital particle opens a name
    first = tokens[0]
    article = all_tokens[0].text if not opening else all_tokens[0].lower
    definite = article in {"le", "la", "l'", "l’"}
    inhabitant = definite and (looks_like_demonym(first.text) or _aged_word(tokens))
    if inhabitant and (len(tokens) == 1 or not is_capitalised(tokens[1].text)):
        # « la Bruxelloise de 34 ans », « le Manceau de 33 ans »: an inhabitant, a description
        # of someone, no name
        return NamePhrase(name=clean_phrase(raw), gender=det_gender, number=det_number)
    # "le Haut Commissariat …", "la Haute Autorité …": an adjective before the organisation noun
    organisation = next((t for t in tokens if t.lower not in ADJECTIVES_BEFORE_HEAD), first)
    body_gender = ORGANISATION_NOUNS.get(organisation.lower) or (
        BODY_NAME_HEADS.get(organisation.lower) if organisation.text[:1].isupper() else None
    )  # « la Conférence des évêques »: a body's own name, with a capital on its first word
    comma = text.find(",", first.start, span.end)
    if body_gender is not None and comma >= 0 and text[comma + 1 : span.end].strip()[:1].islower():
        # « le collectif Urgences en lutte, à l'origine du mouvement »: the name ends at the comma
        span = Span(span.start, comma, source=text)
    if body_gender is not None and "," not in text[first.start : span.end]:
        # « l'association « Données en clair » »: the marks round its name are no part of it
        span = Span(span.start, len(text[: span.end].rstrip(_CLOSING_MARKS)), source=text)
        head = organisation.lower
        gender = body_gender
        if (
            (not first.text[0].isupper() or first.lower in GENERIC_ACRONYMS)
            and len(tokens) > 1
            and is_capitalised(tokens[1].text)
            and tokens[1].lower not in DE_FORMS
        ):
            if _part_of_organisation(tokens):
                # « le syndicat FO du site »: a part of FO, told apart by the complement
                name = text[first.start : span.end].strip()
                return NamePhrase(name=name, gender=gender, organisation=True, head=head)
            name = text[tokens[1].start : span.end].strip()
            return NamePhrase(name=name, title=first.text, gender=gender, organisation=True, head=head)
        name = text[first.start : span.end].strip()
        return NamePhrase(name=name, gender=gender, organisation=True, head=head)

    # apposition with a comma: "Irina Zavodskaïa, porte-parole …" / "une représentante …, Irina …"
    segments: list[tuple[Token, ...]] = []
    current: list[Token] = []
    for token in tokens:
        if current and "," in text[current[-1].end : token.start]:
            segments.append(tuple(current))
            current = []
        current.append(token)
    if current:
        segments.append(tuple(current))
    chosen: tuple[Token, ...] = segments[0]
    run: NameRun | None = None
    found = [(segment, _candidate_runs(text, segment)) for segment in segments]
    if article in INDEFINITE_ARTICLES:
        # « un épidémiologiste de Santé publique France »: a role after « un » brings in someone
        # new, no title run on a name; the body's name goes on, no one's
        found = [(seg, [r for r in runs if not _run_on_complement(seg, r)]) for seg, runs in found]
    for k, (segment, runs) in enumerate(found):
        if not runs:
            continue
        opener = k == 0 and opening and runs[-1].start == segment[0].start
        named_later = any(r and starts_person_name(r[-1].tokens[0]) for _, r in found[k + 1 :])
        if opener and named_later and not starts_person_name(runs[-1].tokens[0]):
            continue  # « Venue de Lyon avec deux amies, Clara, … »: a participle opening the sentence
        bracketed = all(after_open_bracket(text, r.start) for r in runs)
        if bracketed and any(later for _, later in found[k + 1 :]):
            # « la présidente de l'Union des apiculteurs bretons (UAB), Anne Petit »: the
            # body's initials in brackets label the title; the name apposed after it is the person's
            continue
        last = runs[-1]
        if named_later and _affiliation(last, segment, last.first - (1 if last.civility else 0)):
            continue  # « le député RN du Nord, Paul Roux »: the role's party, then the name apposed
        chosen, run = segment, _apposed_without_comma(segment, runs) or runs[-1]
        break
    if run is None:
        gender = det_gender
        for token in tokens:
            role = role_of(token.lower)
            if role is not None:
                # « la star brésilienne »: a noun of fixed gender, whose article and adjectives
                # tell nothing of the person
                gender = role[0] or ("" if token.lower in FIXED_GENDER_NOUNS else gender)
                break
            gender = gender or GENDERED_ADJECTIVES.get(token.lower, "")  # « l'ancienne ministre »
        return NamePhrase(name=clean_phrase(raw), gender=gender, number=det_number)

    title_parts: list[str] = []
    lead = run.first - (1 if run.civility else 0)
    if _affiliation(run, chosen, lead):
        # « le délégué CGT », « la députée LR »: the role's union or party, not a name of theirs
        role = role_of(chosen[lead - 1].lower)
        return NamePhrase(
            name=clean_phrase(raw), gender=(role[0] if role else "") or det_gender, number=det_number
        )
    if lead > 0:
        before, _, _ = strip_determiners(chosen[:lead])
        while before and before[-1].lower in DE_FORMS:
            before = before[:-1]  # "le comte de Hohenwald": the title is "comte"
        if before:
            title_parts.append(text[before[0].start : before[-1].end])
    for segment in segments:
        if segment is chosen:
            continue
        rest, _, _ = strip_determiners(segment)
        if rest:
            title_parts.append(text[rest[0].start : rest[-1].end])
    title = ", ".join(title_parts) if title_parts else None
    civility = run.civility
    gender = ""
    if civility is not None:
        gender = CIVILITIES.get(civility.lower(), "")
    if not gender and title:
        head_role = next((role_of(w) for w in title.split() if role_of(w) is not None), None)
        if head_role is not None:
            gender = head_role[0]
        gender = gender or det_gender
    # a civility stays with a bare surname ("M. Garnot", "Mlle Dorval"), not with a full name
    full = len([w for w in run.tokens if w.lower() not in NAME_PARTICLES]) > 1
    start = chosen[lead].start if civility and not full else run.start
    name = text[start : run.end]
    written = name
    tail = chosen[run.last + 1 :]
    if (
        0 < len(tail) <= _MAX_NAME_TAIL
        and "(" not in text[run.end : tail[0].start]
        and all(
            t.text.islower()
            and (t.lower not in NOT_NAME_STARTS or (i == 0 and t.lower in _NAME_PREPOSITIONS))
            and t.lower not in DE_FORMS
            and t.lower not in TIME_WORDS | TIME_PARTS
            for i, t in enumerate(tail)
        )
    ):
        # "Le Canard enchaîné", "des Gilets jaunes"; a name in sentence case keeps a preposition
        # and its noun: "Reporters sans frontières"; not words in brackets after it, « Sophie
        # Lanternier (divers gauche) », which say what she is, nor a date the parser hung on
        # the name (« déclarait Paul Roux début octobre »)
        written = text[start : tail[-1].end]
    closing = regex.match(r"[ \u00a0]*\((\p{Lu})[\p{Lu}\p{N}]{1,8}\)", text[run.end : span.end])
    if closing is not None and written == name and closing.group(1) == name[:1]:
        # "Ports for Europe (P4E)": its initials; « Jean Roux (LR) » is his party
        written = text[start : run.end + closing.end()]
    if civility is not None and title is None:
        title = civility
    return NamePhrase(
        name=name,
        tokens=run.tokens,
        title=title,
        civility=civility,
        gender=gender,
        number="s",
        written=written,
    )


def document_phrase_after(text: str, offset: int) -> Span | None:
    """What an impersonal "on" reads or hears from: "lit-on *dans un communiqué …*", "a-t-on
    appris auprès *du parquet*", "apprend-on de *source policière*", or where it speaks:
    "estime-t-on à *l'Élysée*", "fait-on valoir au *ministère de l'Intérieur*", "assure-t-on chez
    *Renault*", "indique-t-on en *mairie*"."""
    match = _DOCUMENT_AFTER.match(text, offset)
    if match is None:
        return None
    group = match.lastindex  # each alternative holds one group: the one that matched
    end = match.end(group)
    while end > match.start(group) and text[end - 1].isspace():
        end -= 1
    return Span(match.start(group), end, source=text)


def fuller_description(text: str, words: str) -> str | None:
    """The fuller form the document gives a description elsewhere, if any.

    "une source proche du dossier" → "source judiciaire proche du dossier" (the same words
    in order, at most two more between them); "les autorités" → "autorités allemandes" (a
    definite noun with the one relational adjective the text gives it elsewhere, or the one name
    it gives it as a complement: "la famille" → "famille de Weiming Zhao"); "sa mère" →
    "mère du suspect" (a possessive description, whose owner is left implicit, takes the
    complement written elsewhere).
    """
    tokens = tokenize(words)
    if len(tokens) >= _INSERTION_MIN_WORDS and tokens[0].lower in DETERMINERS:
        return _with_insertions(text, tokens[1:])
    # a definite article: « les autorités » is the one group the text named, maybe more fully
    if len(tokens) == _POSSESSIVE_LENGTH and tokens[0].lower in DEFINITE_ARTICLES:
        return fuller_noun(text, tokens[1].text)
    if len(tokens) != _POSSESSIVE_LENGTH or tokens[0].lower not in POSSESSIVE_DETERMINERS:
        return None
    head = regex.escape(tokens[1].text.lower())
    # the complement: a name in full (« de Weiming Zhao », not « de Weiming »), or one word
    pattern = regex.compile(
        rf"(?i:\b(?:le|la|les|l['’])\s*)((?i:{head}\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*)"
        rf"(?:{_CAPITALISED_WORDS}|[\p{{L}}\-]+))"
    )
    match = pattern.search(text)
    return None if match is None else " ".join(match.group(1).split())


_POSSESSIVE_LENGTH = 2


def fuller_noun(text: str, noun: str) -> str | None:
    """The fuller form the text gives a noun that a definite article takes up alone (« les
    autorités » → "autorités allemandes", « le musée » → "musée des Causses", « le ministère » →
    "ministère de l'éducation nationale"), as :func:`fuller_description` reads it; ``None`` when
    it gives none, or several."""
    return (
        _with_adjective(text, noun)
        or _named_institution(text, noun)
        or _with_named_complement(text, noun)
        or _with_common_complement(text, noun)
    )


#: A description needs a determiner and two words for a fuller form to be sought.
_INSERTION_MIN_WORDS = 3
_SPACE = r"[ \t\u00a0\u202f]"


#: The answers of the whole-text searches of :func:`fuller_description` for the last text
#: searched: a long text is scanned once per distinct description, not once per quote (a scan
#: per quote grows with the square of the text; issue 10). Only the last text is kept.
_text_memo: tuple[str | None, dict[tuple[str, ...], str | None]] = (None, {})


def _memoised(text: str, key: tuple[str, ...], scan: Callable[[], str | None]) -> str | None:
    """The answer of ``scan`` for ``key`` on ``text``, scanned once per text (:data:`_text_memo`)."""
    memo = _memo_of(text)
    if key not in memo:
        memo[key] = scan()
    return memo[key]


def _memo_of(text: str) -> dict[tuple[str, ...], str | None]:
    global _text_memo
    if _text_memo[0] is not text:
        _text_memo = (text, {})
    return _text_memo[1]


def _with_insertions(text: str, content: tuple[Token, ...]) -> str | None:
    """The longest form of ``content`` the text writes after an article with up to two words
    inserted between its words ("ministre de l'Intérieur" → "ministre français de l'Intérieur"),
    if it is longer than ``content``; else ``None``."""
    key = ("insertions", *(t.text for t in content))
    return _memoised(text, key, lambda: _scan_insertions(text, content))


def _scan_insertions(text: str, content: tuple[Token, ...]) -> str | None:
    pattern = regex.escape(content[0].text)
    for previous, token in itertools.pairwise(content):
        if previous.text.endswith(("'", "’")):
            pattern += f"{_SPACE}*" + regex.escape(token.text)
        else:
            pattern += rf"(?:{_SPACE}+[\p{{L}}\-]+){{0,2}}?{_SPACE}+" + regex.escape(token.text)
    compiled = regex.compile(rf"\b(?:le|la|les|l['’]|un|une|des){_SPACE}*({pattern})\b", regex.IGNORECASE)
    best: str | None = None
    for match in compiled.finditer(text):
        found = " ".join(match.group(1).split())
        if best is None or len(found) > len(best):
            best = found
    if best is None or len(tokenize(best)) <= len(content):
        return None
    return best


#: Endings of French adjectives of nationality, place or domain ("allemandes", "sanitaire",
#: "fédéral"), which make a definite description fuller without making it someone else.
_RELATIONAL_ADJECTIVE = (
    r"[\p{Ll}\-]+(?:ien|ienne|iens|iennes|ais|aise|aises|ain|aine|ains|aines|ois|oise|oises|and|ande|ands"
    r"|andes|al|ale|aux|ales|el|elle|els|elles|ique|iques|aire|aires|ien)"
)


#: The shortest relational adjective taken ("italien"; "chien" and "lien" only end like one).
_MIN_ADJECTIVE = 6


def _with_named_complement(text: str, noun: str) -> str | None:
    """ "la famille" → "famille de Weiming Zhao": a definite noun with the one name the text gives
    it as a complement after a definite article elsewhere (« la famille de Weiming Zhao »); ``None``
    when it gives none, or complements naming different people or things (« la famille de X …
    la famille de Y »: which one is not said), and for kin (« le père » is someone's father: the
    text may name another one's, « le père de Lucien »)."""
    role = role_of(noun.lower())
    if role is not None and "kin" in role[1]:
        return None
    # a group of people belongs to a body too (« les délégués du SNPT »); one holder of a post
    # is no body's member but its office's (« le ministre de la Santé » is a role rule's)
    complement = _NAME_AFTER_DE if role is not None and group_gender(noun) is None else _BODY_AFTER_DE
    key = ("named complement", noun)
    return _memoised(text, key, lambda: _one_complement(text, noun, r"le|la|les|l['’]", complement))


def _with_common_complement(text: str, noun: str) -> str | None:
    """ "le voisin" → "voisin de la victime": a definite person noun with the one complement of a
    common noun the text gives it elsewhere after a definite article (« le voisin de la victime …
    a raconté le voisin », « les journalistes de la rédaction … les journalistes »), with a
    relational adjective after it if there is one (« l'avocat des parties civiles »); ``None``
    when it gives none or several, for a noun that names no person or group, and for kin."""
    role = role_of(noun.lower())
    if role is not None and "kin" in role[1]:
        return None
    if role is None and group_gender(noun) is None and not noun.lower().endswith(PERSON_NOUN_ENDINGS):
        return None  # « l'organisateur »: an agent noun no list holds is a person's all the same
    key = ("common complement", noun)
    return _memoised(text, key, lambda: _one_complement(text, noun, r"le|la|les|l['’]", _COMMON_AFTER_DE))


#: Capitalised words in a row, a name's (« Weiming Zhao », « Causses »), an elision inside a word
#: kept (« Aïssa N'Diaye », « Val-d'Oise », a festival's « Ondes'Fest »).
_CAPITALISED_WORD = r"\p{Lu}[\p{L}\-]*(?:['’]\p{L}[\p{L}\-]*)*"
_CAPITALISED_WORDS = rf"{_CAPITALISED_WORD}(?:{_SPACE}+{_CAPITALISED_WORD})*"
#: A name after « de » completing a noun: « de Weiming Zhao », « d'Ousmane Sow ».
_NAME_AFTER_DE = rf"(?:de|d['’]){_SPACE}*{_CAPITALISED_WORDS}"
#: A common noun after « de » and its article, with a relational adjective after it if any, where
#: the noun phrase ends (a stop, « qui », an auxiliary, or a clitic that opens the verb's group:
#: « du jury lui demande », « de la victime n'a », not « la », « le », « l' », « en », which
#: open a noun or a complement as often): « de la victime, », « du festival a », « des parties
#: civiles. »; not « des parties » of « des parties civiles » unread.
_COMMON_AFTER_DE = (
    rf"(?:de{_SPACE}+la{_SPACE}+|de{_SPACE}+l['’]{_SPACE}*|du{_SPACE}+|des{_SPACE}+)"
    rf"\p{{Ll}}[\p{{Ll}}\-]{{2,}}(?:{_SPACE}+{_RELATIONAL_ADJECTIVE})?"
    rf"(?={_SPACE}*[,.;:!?)»\n]|{_SPACE}+(?:qui|a|ont|avait|avaient|est|sont|était|étaient|lui|leur|se|ne){_SPACE}"
    rf"|{_SPACE}+[sn]['’])"
)
#: A name after « de », a body's with its article too: « du SNPT », « du Medef ».
_BODY_AFTER_DE = (
    rf"(?:de{_SPACE}+la{_SPACE}+|de{_SPACE}+l['’]|du{_SPACE}+|des{_SPACE}+|de|d['’])"
    rf"{_SPACE}*{_CAPITALISED_WORDS}"
)


def _one_complement(text: str, noun: str, articles: str, complement: str) -> str | None:
    """The one form « ``noun`` ``complement`` » the text writes after one of ``articles``, the noun
    in small letters (« musée des Causses », « famille de Weiming Zhao »); ``None`` when it writes
    none, or several (case apart for the noun: « la Famille de X … la famille de X » is one)."""
    compiled = regex.compile(rf"\b(?i:{articles}){_SPACE}*((?i:{regex.escape(noun)}){_SPACE}+{complement})")
    found = {" ".join(m.group(1).split()) for m in compiled.finditer(text)}
    forms = {f"{noun.lower()}{name[len(noun) :]}" for name in found}
    return forms.pop() if len(forms) == 1 else None


def _with_adjective(text: str, noun: str) -> str | None:
    """ "les autorités" → "autorités allemandes": the same noun with the one relational adjective
    the text gives it elsewhere after a definite article; ``None`` when it gives none or several."""
    return _memoised(text, ("adjective", noun), lambda: _scan_adjective(text, noun))


def _scan_adjective(text: str, noun: str) -> str | None:
    compiled = regex.compile(
        rf"\b(?:le|la|les|l['’]){_SPACE}*({regex.escape(noun)}{_SPACE}+{_RELATIONAL_ADJECTIVE})\b",
        regex.IGNORECASE,
    )
    if noun.lower() in ADJECTIVES_BEFORE_HEAD:
        return None  # "le vieux" is no "vieux chien": a nominalised adjective names its own one
    found = {
        " ".join(m.group(1).split()).lower()
        for m in compiled.finditer(text)
        if len(m.group(1).split()[-1]) >= _MIN_ADJECTIVE  # "chien", "lien" end like "italien"
        and m.group(1).split()[-1].islower()  # « la ministre Claire Dessaint »: her given name
        and not conjugated_speech_form(m.group(1).split()[-1].lower())  # "la ministre explique"
    }
    if len(found) != 1:
        return None
    (fuller,) = found
    return noun + fuller[len(noun) :]


#: Institutions a text names once in full and then by their noun alone: « le musée des
#: Causses … le musée », « l'hôpital Saint-Joseph … l'hôpital ».
_INSTITUTIONS = frozenset(
    {
        "hôpital", "clinique", "musée", "école", "lycée", "collège", "université", "laboratoire",
        "festival", "mairie", "préfecture", "rectorat", "tribunal", "théâtre", "opéra", "aéroport",
    }
)  # fmt: skip
#: What completes an institution's noun in its full name: « des Causses », « de Rivemont »,
#: « Saint-Joseph ».
_INSTITUTION_COMPLEMENT = (
    rf"(?:(?:du|des|de{_SPACE}+la|de{_SPACE}+l['’]|de|d['’]){_SPACE}*)?{_CAPITALISED_WORDS}"
)


def _named_institution(text: str, noun: str) -> str | None:
    """ "le musée" → "musée des Causses": an institution's noun alone takes the one name or
    capitalised complement the text gives it after an article elsewhere; ``None`` for any other
    noun, or when the text names none or several. « le ministère » takes the one remit the text
    gives a ministry, in small letters too, as much of the press writes it (« le ministère de
    l'éducation nationale … Le ministère précise »)."""
    lowered = noun.lower()
    if lowered not in _INSTITUTIONS and lowered not in _MINISTRIES:
        return None
    complement = _MINISTRY_COMPLEMENT if lowered in _MINISTRIES else _INSTITUTION_COMPLEMENT
    key = ("institution", noun)
    return _memoised(text, key, lambda: _one_complement(text, noun, r"le|la|l['’]", complement))


#: The noun of a ministry, named by its remit.
_MINISTRIES = frozenset({"ministère"})
#: A ministry's remit: « de l'Intérieur », « de la santé », « des Affaires étrangères », « de
#: l'éducation nationale », « des armées » (a noun and the adjective of relation after it, if
#: any, or a capitalised word).
_MINISTRY_COMPLEMENT = (
    rf"(?:du|des|de{_SPACE}+la|de{_SPACE}+l['’]){_SPACE}*\p{{L}}[\p{{L}}\-]+"
    rf"(?:{_SPACE}+(?:{_RELATIONAL_ADJECTIVE}|[\p{{Ll}}\-]+(?:ère|ères)|\p{{Lu}}[\p{{L}}\-]*))?(?![\p{{L}}\-])"
)


_AUXILIARIES = frozenset(
    {"a", "avait", "eut", "aura", "aurait", "ont", "avaient", "eurent", "est", "était", "fut"}
)
_CLITICS = frozenset(
    {
        "lui",
        "leur",
        "me",
        "m'",
        "m’",
        "te",
        "t'",
        "t’",
        "se",
        "s'",
        "s’",
        "en",
        "y",
        "ne",
        "n'",
        "n’",
        "le",
        "la",
        "l'",
        "l’",
    }
)
_TAG_WINDOW = 40


def tag_verb(text: str, span: Span) -> str:
    """The lemma of the speech verb a pronoun is the subject of, read from the words around it.

    "répondit-il" and "a-t-il répondu" (inverted), "il lui répondit" (before the verb) all give
    "répondre"; "" when no verb is found.
    """
    before = tokenize(text[max(0, span.start - _TAG_WINDOW) : span.start])
    after = tokenize(text[span.end : span.end + _TAG_WINDOW])
    inverted = text[max(0, span.start - 1) : span.start] == "-" or span.text_in(text).startswith("-")
    words: list[str] = []
    if inverted:
        previous = [part for t in before for part in t.lower.split("-") if part not in {"", "t"}]
        if previous and previous[-1] in _AUXILIARIES:
            words = [t.lower for t in after[:1]]  # "a-t-il répondu"
        elif previous:
            words = [previous[-1]]
    else:
        for token in after[:4]:
            if token.lower in _CLITICS or token.lower in _AUXILIARIES:
                continue
            words = [token.lower]
            break
    return lemma_of(words[0], "") if words else ""
