"""How far a noun phrase runs: an organisation ("le ministère … des Affaires étrangères"), a
statement ("un communiqué publié lundi"), a role description ("le haut diplomate américain").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from quoteattr.attribute.entities.context import PREPOSITIONS, adjacent, object_after_verb, preceding
from quoteattr.attribute.entities.occurrence import Occurrence
from quoteattr.attribute.entities.runs import PERIPHRASIS_ROLES, phrase_key
from quoteattr.attribute.entities.titles import ORG_STOP, PRE_ROLE_ADJECTIVES
from quoteattr.attribute.names import (
    Token,
    is_acronym,
    is_capitalised,
    starts_person_name,
)
from quoteattr.lang.fr.roles import (
    GENDERED_ADJECTIVES,
    IRREGULAR_DEMONYMS,
    NAMED_AFTER_PEOPLE,
    NATIONALITY_NOUNS,
    ROLE_NOUNS,
    role_noun,
)
from quoteattr.lang.fr.titles import (
    CIVILITIES,
    DE_FORMS,
    DEFINITE_ARTICLES,
    DETERMINERS,
    INDEFINITE_ARTICLES,
    NOT_NAME_STARTS,
    WEEKDAYS,
)
from quoteattr.lang.fr.verbs import REPORTING_VERBS, conjugated_speech_form
from quoteattr.model import Span

__all__ = [
    "apposed_body_name",
    "descriptions",
    "document_phrase_end",
    "org_phrase_end",
]

_ADJECTIVE_ENDINGS = (
    "ien",
    "ienne",
    "iens",
    "iennes",
    "éen",
    "éenne",
    "éens",
    "éennes",
    "ais",
    "aise",
    "aises",
    "ain",
    "aine",
    "ains",
    "aines",
    "al",
    "ale",
    "aux",
    "ales",
    "el",
    "elle",
    "els",
    "elles",
    "ique",
    "iques",
    "if",
    "ive",
    "ifs",
    "ives",
    "ois",
    "oise",
    "oises",
    "é",
    "ée",
    "és",
    "ées",
    "ier",
    "ière",
    "iers",
    "ières",
    "ère",
    "ères",
    "aire",
    "aires",
    "an",
    "ane",
    "ans",
    "anes",
    "in",
    "ine",
    "eur",
    "ste",
    "stes",
)


#: Words that end a statement's description when reading rightwards.
_DOCUMENT_STOP = frozenset(
    {"sur", "dans", "avec", "contre", "pour", "en", "et", "ou", "mais", "lors", "depuis"}
)


_MAX_DOCUMENT_WORDS = 8


_DEFINITE_SINGULAR = frozenset({"le", "la", "l'", "l’"})
_SENTENCE_ENDS = frozenset(".!?\n")


#: The most words of a proper name spelled out before the initials in brackets that close it.
_MAX_SPELLED_WORDS = 8
#: Initials in brackets after a name, their capitals captured: « (CPT) », « ( CPT ) » (WiNER).
_BRACKETED_INITIALS = r"[ \u00a0]*\([ \u00a0]?(\p{Lu}[\p{Lu}\p{N}]{1,8})[ \u00a0]?\)"
#: Lowercase words of a proper name up to its initials: « européen pour la prévention de la
#: torture (CPT) »; no comma, no quotation, no full stop in between.
_SPELLED_TO_ACRONYM = regex.compile(r"(?:[ \u00a0]+[\p{Ll}\p{Lu}][\p{L}'’-]*){1,8}" + _BRACKETED_INITIALS)
#: A name's closing initials, right after its last word.
_TRAILING_INITIALS = regex.compile(_BRACKETED_INITIALS)


#: Prepositions inside an institution's proper name besides « de »: « Bureau d'enquêtes sur les
#: accidents de transport terrestre », « Ligue contre le cancer », « Haut Commissariat des Nations
#: unies pour les réfugiés ».
_NAME_LINKS = frozenset({"sur", "pour", "contre"})
#: Determiners besides the definite article that may open the complement of such a preposition
#: in a name (« Union pour un mouvement populaire », « Alliance pour notre avenir »).
_NAME_LINK_DETERMINERS = frozenset({"un", "une", "notre", "nos", "votre", "vos"})
#: Nouns of the adverbial phrases these prepositions open after a subject, never a name's part:
#: « pour le moment », « pour la première fois », « sur le terrain ».
_ADVERBIAL_NOUNS = frozenset(
    {"moment", "instant", "heure", "fois", "première", "premier", "part", "coup", "terrain", "reste",
     "principe", "fin", "suite", "place"}
)  # fmt: skip


#: An opening mark right after an organisation's noun, then a capital: its name in marks.
_QUOTED_NAME_OPENING = regex.compile(r"[ \u00a0\u202f]*[«“][ \u00a0\u202f]*\p{Lu}")
#: The most words of an organisation's name in marks.
_MAX_QUOTED_NAME = 8


def _quoted_name_end(text: str, tokens: Sequence[Token], head: int) -> int | None:
    """The index of the last token of a name in marks right after the organisation noun at
    ``tokens[head]`` (« l'association « Vent debout pour Vergnes » », « le collectif « Sauvons
    la gare » »): a capital opens it and the mark closes it within :data:`_MAX_QUOTED_NAME`
    words; ``None`` otherwise."""
    opened = _QUOTED_NAME_OPENING.match(text, tokens[head].end)
    if opened is None or head + 1 >= len(tokens):
        return None
    for k in range(head + 1, min(len(tokens), head + 1 + _MAX_QUOTED_NAME)):
        closing = text[tokens[k].end : tokens[k].end + 3].lstrip(" \u00a0\u202f")
        if closing[:1] in {"»", "”"}:
            return k
        if k + 1 < len(tokens) and regex.search(r"[«»“”.;:!?]", text[tokens[k].end : tokens[k + 1].start]):
            return None
    return None


def _title_case(tokens: Sequence[Token], k: int) -> bool:
    """Whether the two words before ``tokens[k]`` are both capitalised: « Ventalis Énergies »."""
    return k >= 2 and all(is_capitalised(tokens[j].text) for j in (k - 2, k - 1))


def _field_after(tokens: Sequence[Token], k: int, *, proper: bool) -> bool:
    """Whether « aux » at ``k`` opens the field a capitalised institution's name is of, a plural
    noun in small letters after it (« le Haut-Commissariat aux sinistrés », « aux affaires
    sociales »), no locution (« aux côtés de », « aux yeux de »)."""
    if not proper or tokens[k].lower != "aux" or k + 1 >= len(tokens):
        return False
    field = tokens[k + 1]
    return field.text.islower() and field.lower.endswith(("s", "x")) and field.lower not in _AUX_LOCUTIONS


#: Plural nouns of the locutions « aux » opens, never an institution's field (« aux côtés de »).
_AUX_LOCUTIONS = frozenset(
    {"côtés", "yeux", "dépens", "abords", "alentours", "termes", "mains", "prises", "trousses", "urnes"}
)


def _complement_goes_on(tokens: Sequence[Token], k: int, infinitives: frozenset[int]) -> bool:
    """Whether the word at ``k``, right after a preposition inside an organisation's name, goes on
    with the name.

    An infinitive does not: after « de » it is the complement of the verb or adjective before the
    name (« le maire a été sommé par l'ONU de rendre les terres », « l'OMS a été chargée de
    suivre »). A weekday does only with a capital, a newspaper's name (« le Journal du Dimanche
    »), not the date of « le syndicat du lundi au vendredi ».
    """
    word = tokens[k]
    if k in infinitives:
        return False
    if word.lower in WEEKDAYS and word.text[:1].isupper():
        return True
    return word.lower not in ORG_STOP and word.lower not in DETERMINERS


def _eponym_at(tokens: Sequence[Token], head: int, k: int) -> bool:
    """Whether the given name at ``k`` opens the name of the person a place or body headed by
    ``tokens[head]`` is named after (`NAMED_AFTER_PEOPLE`): right after its noun or after a
    civility (« la Fondation Jean Dumont », « la Fondation Abbé Lenoir »), not after another name
    (« la région Val-Doré Gérard Malbec »: a person set beside the place)."""
    if tokens[head].lower not in NAMED_AFTER_PEOPLE:
        return False
    return all(t.lower in CIVILITIES for t in tokens[head + 1 : k])


#: The most words of a body's name set beside its noun between commas.
_APPOSED_NAME_WORDS = 5


def apposed_body_name(text: str, tokens: Sequence[Token], head: int) -> int | None:
    """The last token of a body's own name set beside its noun in small letters between commas
    (« avec son groupe, Les Vents du Nord, il a … », « le parti, Renouveau, a … »): the name
    opens on a capital that opens no person's name, runs on capitals and « de », « du », « des »,
    « d' » with no punctuation between, and a comma or the sentence's end closes it; ``None``
    when no such name follows."""
    k = head + 1
    if k >= len(tokens) or text[tokens[head].end : tokens[k].start].strip() != ",":
        return None
    if not is_capitalised(tokens[k].text) or starts_person_name(tokens[k].text):
        return None
    if tokens[k].lower in NOT_NAME_STARTS - {"le", "la", "les"}:
        return None
    last = k
    for j in range(k + 1, min(len(tokens), k + _APPOSED_NAME_WORDS)):
        if not adjacent(text, tokens[j - 1], tokens[j]):
            break
        if is_capitalised(tokens[j].text) or tokens[j].lower in DE_FORMS:
            last = j
            continue
        break
    if tokens[last].lower in DE_FORMS:
        return None
    after = text[tokens[last].end : tokens[last].end + 2].strip()[:1]
    return last if after in {",", ".", ""} else None


def _role_end(tokens: Sequence[Token], k: int) -> int:
    """The last token of a role that an adjective opens at ``k`` (« le service du Premier
    ministre », « le cabinet du Haut commissaire »: the role whole, not the capital alone as if it
    were a name; « le bureau de presse du premier ministre », as Québec and Belgian papers
    write it: not a name cut after « premier »); ``k`` when none opens there."""
    word = tokens[k]
    opens_role = word.lower in PRE_ROLE_ADJECTIVES and k + 1 < len(tokens)
    return k + 1 if opens_role and role_noun(tokens[k + 1].lower) in ROLE_NOUNS else k


def _capital_link(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is « Pour », « Contre », « Sur » written with a capital right after
    a body's noun, before a word: French writes a preposition in small letters inside a
    sentence, so the capital opens a name (« le groupe Pour Lyon »)."""
    return (
        tokens[k].text[:1].isupper()
        and tokens[k].lower in _NAME_LINKS
        and k + 1 < len(tokens)
        and adjacent(text, tokens[k], tokens[k + 1])
    )


def _title_article(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is an article written with a capital inside a sentence, before a
    capitalised word: it opens a title (« le journal Le Soir », « le quotidien La Gazette »)."""
    return (
        tokens[k].text in {"Le", "La", "Les"}
        and k + 1 < len(tokens)
        and adjacent(text, tokens[k], tokens[k + 1])
        and is_capitalised(tokens[k + 1].text)
    )


def org_phrase_end(
    text: str,
    tokens: Sequence[Token],
    head: int,
    adjectives: frozenset[int] = frozenset(),
    infinitives: frozenset[int] = frozenset(),
    finite_verbs: frozenset[int] = frozenset(),
) -> int:
    """The index of the last token of an organisation's name headed by ``tokens[head]``;
    ``adjectives``, ``infinitives`` and ``finite_verbs`` are the indices of the tokens the parse
    makes such. A finite verb ends the name, though it ends like an adjective (« la Commission
    reste ferme »: « reste » is no « -iste » of the body's)."""
    last = head
    k = head + 1
    chains = 0
    n = len(tokens)
    proper = tokens[head].text[:1].isupper()  # « le Comité … », not « le comité »
    # a field « aux » gives is the whole institution's, not a body named in its complement
    # (« le Haut-Commissariat de l'Union aux … » is not « Union aux … »), nor initials
    nested = head > 0 and (
        tokens[head - 1].lower in DE_FORMS
        or (head > 1 and tokens[head - 2].lower in DE_FORMS and tokens[head - 1].lower in DEFINITE_ARTICLES)
    )
    field_head = proper and not nested and not is_acronym(tokens[head].text)
    quoted = _quoted_name_end(text, tokens, head)
    if quoted is not None:
        return quoted  # « l'association « Vent debout pour Vergnes » »: its name in marks
    while k < n and adjacent(text, tokens[k - 1], tokens[k]):
        word = tokens[k].text
        low = word.lower()
        if low in ORG_STOP:
            break
        if k == head + 1 and _title_article(text, tokens, k):
            last = k + 1  # « le journal Le Soir », « l'hebdomadaire Le Point »: its title
            k += 2
            continue
        if is_capitalised(word) and low not in NOT_NAME_STARTS:
            if starts_person_name(word) and not _eponym_at(tokens, head, k):
                break  # "la région Val-Doré Gérard Malbec"
            last = k
            k += 1
            continue
        # « Ligue contre le cancer », « le collectif Vélo pour tous »: inside a proper name
        # « le groupe Pour Lyon », « le collectif Contre la fermeture »: a preposition with a
        # capital right after the body's noun opens its name, as French writes one in small
        # letters inside a sentence
        named = (
            proper or is_capitalised(tokens[k - 1].text) or (k == head + 1 and _capital_link(text, tokens, k))
        )
        linked = (
            low in DE_FORMS or (named and low in _NAME_LINKS) or _field_after(tokens, k, proper=field_head)
        )
        if linked and chains < 3 and k + 1 < n:
            nxt = k + 1
            if tokens[nxt].lower in DEFINITE_ARTICLES and nxt + 1 < n:
                nxt += 1  # « le » only after « sur / pour / contre »: « de le » is « du »
            elif low in _NAME_LINKS and tokens[nxt].lower in _NAME_LINK_DETERMINERS and nxt + 1 < n:
                nxt += 1  # « l'Union pour un mouvement populaire », « Union pour nos territoires »
            adverbial = low in _NAME_LINKS and tokens[nxt].lower in _ADVERBIAL_NOUNS  # « pour le moment »
            if (
                low in _NAME_LINKS
                and not proper
                and _title_case(tokens, k)
                and not is_capitalised(tokens[nxt].text)
            ):
                # « la société Ventalis Énergies sur le plateau »: a name with a capital to every
                # word has ended; « le collectif Vélo pour tous », in sentence case, goes on
                adverbial = True
            if _complement_goes_on(tokens, nxt, infinitives) and not adverbial:
                chains += 1
                last = _civility_name_end(text, tokens, _role_end(tokens, nxt))
                k = last + 1
                continue
            break
        if low == "et" and k + 1 < n and last > head:
            after = k + 1
            de = tokens[after].lower in DE_FORMS
            if de and after + 1 < n:
                after += 1  # "… de Communication et d'Information"
            if de and tokens[after].lower in DEFINITE_ARTICLES and after + 1 < n:
                after += 1  # « … et de la pêche »
            if is_capitalised(tokens[after].text) and tokens[after].lower not in NOT_NAME_STARTS:
                last = after
                k = after + 1
                continue
            # « le comité régional des pêches et des élevages marins »: a second complement of the
            # same head, joined to a first one
            word_after = tokens[after].lower
            small = word_after.isalpha() and word_after == tokens[after].text
            if de and chains and small and word_after not in ORG_STOP and word_after not in DETERMINERS:
                chains += 1
                last = after
                k = after + 1
                continue
        if k not in adjectives and conjugated_speech_form(low):
            break  # "le syndicat considère", "le groupe explique": the verb, not an adjective
        if k in finite_verbs:
            break  # « la Commission reste ferme »: the parse's verb, whatever its ending
        if (
            k in adjectives
            or low in IRREGULAR_DEMONYMS
            or (low.endswith(_ADJECTIVE_ENDINGS) and low not in NOT_NAME_STARTS and len(low) > 3)
        ):
            last = k
            k += 1
            continue
        if k == head + 1 and proper and "-" in low.strip("-"):
            last = k  # « l'Observatoire climat-énergie »: a compound naming what it observes
            k += 1
            continue
        break
    # a trailing "(RTK)" acronym belongs to the name, written "( RTK )" too (WiNER)
    acronym = _TRAILING_INITIALS.match(text, tokens[last].end, tokens[last].end + 16)
    if acronym is None and proper:
        # « le Comité européen pour la prévention de la torture (CPT) »: the words of a proper
        # name up to the initials it is known by
        acronym = _SPELLED_TO_ACRONYM.match(text, tokens[last].end)
    if acronym is not None:
        for m in range(last + 1, min(last + 2 * _MAX_SPELLED_WORDS + 3, n)):  # « d'analyses »: 2 tokens
            if tokens[m].text == acronym.group(1) and tokens[m].start >= tokens[last].end:
                return m
    return last


def _civility_name_end(text: str, tokens: Sequence[Token], k: int) -> int:
    """The last token of the name a civility at ``tokens[k]`` titles (« le bureau de M. Roux »,
    « le cabinet de Me Anne Roux »): its abbreviation's dot and a space between, capitalised
    words after; else ``k``."""
    if tokens[k].lower not in CIVILITIES:
        return k
    end = k
    while end + 1 < len(tokens) and is_capitalised(tokens[end + 1].text):
        gap = text[tokens[end].end : tokens[end + 1].start].strip(" \u00a0")
        if gap and (gap != "." or end > k):
            break  # only the civility's own dot stands between the words of the name
        end += 1
    return end


def document_phrase_end(text: str, tokens: Sequence[Token], head: int) -> int:
    """The last token of a statement's description: "projet de résolution présenté par la Norvège"."""
    last = head
    k = head + 1
    while k < len(tokens) and k - head <= _MAX_DOCUMENT_WORDS and adjacent(text, tokens[k - 1], tokens[k]):
        if tokens[k].lower in ORG_STOP or tokens[k].lower in _DOCUMENT_STOP or _verb_after(tokens[k].lower):
            break
        last = k
        k += 1
    while last > head and (tokens[last].lower in DETERMINERS or tokens[last].lower in DE_FORMS):
        last -= 1
    return last


def _verb_after(word: str) -> bool:
    """Whether a word after a statement noun is a verb that ends its description: an infinitive
    (« a indiqué dans un communiqué avoir « … » ») or a speech verb (« le communiqué précise »)."""
    return word in {"avoir", "être"} or word in REPORTING_VERBS or conjugated_speech_form(word)


def descriptions(text: str, tokens: Sequence[Token], quoted: Callable[[int], bool]) -> list[Occurrence]:
    """Singular role descriptions ("le baron", "la porte-parole", "le vieux"), not before a name,
    and the indefinite ones that open a sentence (:func:`_newcomer`).

    A definite one stands for a pronoun only through the named person whose role it repeats.
    """
    found: list[Occurrence] = []
    for i, token in enumerate(tokens):
        if token.lower in INDEFINITE_ARTICLES:
            newcomer = _newcomer(text, tokens, i, quoted)
            if newcomer is not None:
                found.append(newcomer)
            continue
        if token.lower not in _DEFINITE_SINGULAR:
            continue
        k = _role_after(text, tokens, i)
        if k is None:
            continue
        head = role_noun(tokens[k].lower)  # « l'ex-président »: a former president
        role = ROLE_NOUNS[head]
        last = _nationality_after(
            text, tokens, _periphrasis_end(text, tokens, k, _general_after(text, tokens, k))
        )
        named_after = (
            last + 1 < len(tokens)
            and adjacent(text, tokens[last], tokens[last + 1])
            and is_capitalised(tokens[last + 1].text)
        )
        if named_after:
            continue  # "le baron Otto": a title before a name, indexed with the name
        governor = preceding(text, tokens, i)
        found.append(
            Occurrence(
                span=Span(token.start, tokens[last].end, source=text),
                name=text[token.start : tokens[last].end],
                tokens=tuple(t.text for t in tokens[i : last + 1]),
                kind="description",
                gender=role[0] or DETERMINERS[token.lower][0] or _adjective_gender(tokens[i + 1 : k]),
                subject=governor is None or governor.lower not in PREPOSITIONS,
                quoted=quoted(token.start),
                head=head,
                # « Le préfet a rencontré le maire »: the object of a verb that reports nothing
                after_verb=object_after_verb(text, tokens, i),
            )
        )
    return found


def _adjective_gender(between: Sequence[Token]) -> str:
    """The gender an adjective between an elided article and a role noun of either gender tells
    (« l'ancien ministre », « l'actuelle secrétaire »: :data:`GENDERED_ADJECTIVES`), or ""."""
    return next((GENDERED_ADJECTIVES[t.lower] for t in between if t.lower in GENDERED_ADJECTIVES), "")


#: The adjective that makes a role noun another office (« l'avocat général » is a magistrate of
#: the prosecution, no lawyer; « le procureur général », « la secrétaire générale »).
_GENERAL = frozenset({"général", "générale", "généraux", "générales"})


def _general_after(text: str, tokens: Sequence[Token], k: int) -> int:
    """The index of « général » right after the role noun ``tokens[k]``, which the office's name
    holds (« l'avocate générale »), else ``k``."""
    following = k + 1
    general = following < len(tokens) and tokens[following].lower in _GENERAL
    return following if general and adjacent(text, tokens[k], tokens[following]) else k


#: The most words a periphrasis of a role runs past its noun (« chef de l'État dans le département »).
_PERIPHRASIS_WORDS = 6


def _periphrasis_end(text: str, tokens: Sequence[Token], k: int, last: int) -> int:
    """The last token of the periphrasis the role noun ``tokens[k]`` opens (« le chef de l'État »,
    « le chef du gouvernement », `PERIPHRASIS_ROLES`): the post it names is in its complement,
    not in the noun alone; else ``last``."""
    end = last
    for m in range(k + 1, min(len(tokens), k + 1 + _PERIPHRASIS_WORDS)):
        if not adjacent(text, tokens[m - 1], tokens[m]):
            break
        if phrase_key(tokens[k : m + 1]) in PERIPHRASIS_ROLES:
            end = m
    return end


def _nationality_after(text: str, tokens: Sequence[Token], last: int) -> int:
    """The index of a nationality adjective in small letters right after ``tokens[last]``, which
    says whose post a role is (« le président américain », « le chef de l'État ghanéen »), else
    ``last``."""
    following = last + 1
    if following >= len(tokens) or not adjacent(text, tokens[last], tokens[following]):
        return last
    word = tokens[following].text
    return following if word.islower() and word in NATIONALITY_NOUNS else last


def _role_after(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The index of the role noun right after the article ``tokens[i]``, adjectives of a role
    between (« le nouveau ministre », « un ancien passager »), or ``None``."""
    k = i + 1
    while k < len(tokens) - 1 and tokens[k].lower in PRE_ROLE_ADJECTIVES:
        k += 1
    if k >= len(tokens) or not adjacent(text, tokens[k - 1], tokens[k]):
        return None
    return k if role_noun(tokens[k].lower) in ROLE_NOUNS else None


#: The most words a fronted phrase before the subject holds (« Dans la cour de l'école, »).
_FRONTED_WORDS = 8
#: Words that open a fronted phrase of time or manner, besides prepositions.
_FRONTED_OPENERS = frozenset(
    {"puis", "ensuite", "alors", "soudain", "aussitôt", "hier", "ce", "cette", *WEEKDAYS}
)
#: Where a sentence ends, before the fronted phrase of the next.
_SENTENCE_BREAK = regex.compile(r"[.!?…\n»]")


def _after_fronted_phrase(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` comes right after a short phrase of place, time or manner that opens
    its sentence, and its comma (« Sans attendre, une mère … », « Devant la mairie, un habitant … »):
    the subject follows it."""
    start = tokens[i].start
    opening = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 120), start)), default=0)
    fronted = text[opening:start].strip()
    if not fronted.endswith(",") or any(c in fronted[:-1] for c in ',«“"()'):
        return False
    words = fronted[:-1].split()
    if not 0 < len(words) <= _FRONTED_WORDS or not words[0][:1].isupper():
        return False
    first = words[0].lower().replace("’", "'").split("'")[0]
    return first in PREPOSITIONS or first in _FRONTED_OPENERS or first in {"au", "aux"}


def _newcomer(text: str, tokens: Sequence[Token], i: int, quoted: Callable[[int], bool]) -> Occurrence | None:
    """An indefinite person description that opens a sentence, with its *de* complements: « Un
    passager du vol, joint par téléphone, livre un récit. « … », raconte-t-il. »

    News brings in an unnamed witness as the subject of a sentence, then quotes them with a
    pronoun: the pronoun is that newcomer, who has no name but the description (« un passager du
    vol »), and no one named before. Only at a sentence's opening, where the phrase is the
    subject (« Il a parlé à un passager » brings no one in who then speaks), or right after a
    fronted phrase of place, time or manner (« Sans attendre, une mère de famille charge ses valises
    … »); a person noun only.
    """
    token = tokens[i]
    before = text[tokens[i - 1].end : token.start] if i > 0 else "\n"
    opening = token.text[:1].isupper() and _SENTENCE_ENDS.intersection(before.replace("»", "."))
    if not opening and not _after_fronted_phrase(text, tokens, i):
        return None
    k = _role_after(text, tokens, i)
    if k is None or quoted(token.start):
        return None
    role = ROLE_NOUNS[role_noun(tokens[k].lower)]
    last = org_phrase_end(text, tokens, k)
    return Occurrence(
        span=Span(token.start, tokens[last].end, source=text),
        name=text[token.start : tokens[last].end],
        tokens=tuple(t.text for t in tokens[i : last + 1]),
        kind="description",
        gender=role[0] or DETERMINERS[token.lower][0],
        subject=True,
        head=role_noun(tokens[k].lower),
    )
