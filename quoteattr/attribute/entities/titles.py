"""The role or title written before or after a name ("le secrétaire d'État américain Antony
Blinken", "Luc Ferrandi, directeur général du club").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quoteattr.attribute.entities.context import PREPOSITIONS, adjacent
from quoteattr.attribute.names import (
    Token,
    is_capitalised,
    starts_person_name,
)
from quoteattr.attribute.rules.verbs import AUXILIARY_FORMS
from quoteattr.lang.fr.roles import (
    NAMED_AFTER_PEOPLE,
    ORGANISATION_NOUNS,
    role_of,
)
from quoteattr.lang.fr.titles import (
    BARE_DE,
    DETERMINERS,
    WEEKDAYS,
)
from quoteattr.lang.fr.verbs import conjugated_speech_form, finite_speech_form

__all__ = [
    "ORG_STOP",
    "PRE_ROLE_ADJECTIVES",
    "noble_before",
    "title_after",
    "title_before",
]

#: Adjectives that can stand between a determiner and a role noun ("le haut diplomate").
PRE_ROLE_ADJECTIVES = frozenset(
    {
        "haut",
        "haute",
        "hauts",
        "ancien",
        "ancienne",
        "nouveau",
        "nouvel",
        "nouvelle",
        "premier",
        "première",
        "jeune",
        "vieux",
        "vieil",
        "vieille",
        "futur",
        "future",
        "actuel",
        "actuelle",
        "grand",
        "grande",
        "petit",
        "petite",
        "célèbre",
        "éminent",
        "éminente",
        "ex",
        "sous",
        "vice",
    }
)


#: Words that end an organisation's name when reading rightwards: auxiliaries, relatives …
ORG_STOP = frozenset(
    {
        "a",
        "ont",
        "avait",
        "avaient",
        "aura",
        "est",
        "sont",
        "était",
        "étaient",
        "sera",
        "se",
        "s'",
        "s’",
        "qui",
        "que",
        "qu'",
        "qu’",
        "dont",
        "où",
        "ne",
        "n'",
        "n’",
        "y",
        "en",
        "lui",
        "leur",
        "il",
        "elle",
        "après",
        "avant",
        "lors",
        *WEEKDAYS,
        "hier",
        "aujourd'hui",
        "aujourd’hui",
        "déjà",
        "aussi",
        "également",
        "pas",
        "plus",
    }
)


#: Words that cannot sit inside a role written before a name ("l'ambassadeur russe à l'ONU").
_TITLE_BREAKERS = frozenset(PREPOSITIONS - {"de", "d'", "d’", "du", "des"}) | {"et", "ou", "mais"}


#: The masculine singular article fused with « de », which opens a name's role as « le » does
#: (« le film du réalisateur Paul Diarra »). Not « au »: the one a statement is told to (« a dit
#: au président de la région, X ») would then hold the role of the one who tells it.
_FUSED_SINGULAR = frozenset({"du"})
#: How many words back from a name its title may start ("le ministre … des Affaires étrangères").
_TITLE_REACH = 12
#: Words that open the next field of one post after a comma, in a title that lists them: « le
#: ministre des Transports, du Tourisme et de la Mer », « la ministre des Sports, de la Jeunesse
#: et des Loisirs ».
_PORTFOLIO_LINKS = frozenset({"de", "du", "des", "d'", "d’"})
#: Relatives that close an apposed role ("X, le chef de la mission qui estime …").
_RELATIVES = frozenset({"qui", "dont"})


def title_before(text: str, tokens: Sequence[Token], first: int) -> tuple[str | None, str, int, bool]:
    """A role written before a name: ("secrétaire d'État américain", gender, det index, is_org).

    Walks back from the name over adjacent words to a determiner; the words after it must start
    with a role noun (or an organisation noun, for "le groupe Airbus"), possibly after an
    adjective ("le haut diplomate"). A role after « de » or another preposition that the walk
    passed over is the title when the phrase it completes names no role: in « le départ de son
    entraîneur principal, Patrice Vialard » the name is the coach's, not a departure's.
    """
    end = first  # the title's words are tokens[det + 1 : end]
    comma = False
    inner: tuple[str | None, str, int, bool] = (None, "", -1, False)
    j = first - 1
    while j >= 0 and first - j <= _TITLE_REACH:
        token = tokens[j]
        if not adjacent(text, token, tokens[j + 1]) and not token.text.endswith(("'", "’")):
            gap = text[token.end : tokens[j + 1].start].strip(" \t\u00a0\u202f")
            if gap in {",", ")", "),"} and j + 1 == first:
                end = j + 1  # "La ministre de la Culture, Rima Abdul Malak"
                comma = True
            elif gap == "," and comma and tokens[j + 1].lower in _PORTFOLIO_LINKS:
                pass  # « le ministre des Transports, du Tourisme et de la Mer, X »: one post
            elif gap != "(" and not (gap == ")" and j + 1 < first):
                # « la secrétaire générale de l'Union des enseignants (UEP), Karima Benali »:
                # the initials in brackets belong to the title
                return inner
        if token.lower in DETERMINERS and j + 1 == end:
            return inner  # "l'ONU", "la France": an article, no role
        # a body's noun right against the name, whose name it is, unless a person's name follows
        # (« le président de la Confédération Marc Aebi »: its head's name)
        direct_org = (
            not comma
            and j + 2 == first
            and tokens[first - 1].lower in ORGANISATION_NOUNS
            and not _body_s_own_name(tokens, first)
        )
        if token.lower == "des" and j + 2 == first and not comma and _names_the_things(tokens, first):
            # « le président des centres V.Marchal », « le patron des magasins Ovo »: a name after a
            # plural noun names those things, a brand, never the holder of the role before them
            return tokens[first - 1].text, "m", j, True
        if token.lower in _FUSED_SINGULAR and j + 1 < end and not comma:
            if direct_org:
                # « la secrétaire générale du syndicat Unitas »: the name goes with « du
                # syndicat », as with « de la compagnie Flydubai », not with the role before
                body = tokens[first - 1]
                return body.text, ORGANISATION_NOUNS[body.lower], j, True
            # « le film du réalisateur Paul Diarra »: the article fused with « de » opens the
            # name's own role all the same; not across a comma, where the whole phrase is the
            # apposition (« l'avocat du maire, Paul Roux » is the lawyer)
            fused = _role_title(text, tokens, j, end)
            if fused[0] is not None:
                return fused
        # « leur » before a role noun is its possessive (« leur gardienne, Inès Morvandiau »), not
        # the clitic of « leur a dit »
        possessive = token.lower in DETERMINERS and role_of(tokens[j + 1].lower) is not None
        # « des Transports et de la Mer »: « et » joins two fields of one post
        portfolios = token.lower == "et" and tokens[j + 1].lower in _PORTFOLIO_LINKS
        stop = token.lower in ORG_STOP and not possessive
        if not portfolios and (stop or token.lower in _TITLE_BREAKERS) and not _in_compound_role(tokens, j):
            return inner  # "… a confié qu'Hubert": a clause, not a title
        # a determiner after a preposition opens a complement (« le PDG de la compagnie X »,
        # « l'ambassadeur à l'ONU, X »), save a role right against the name after a preposition
        # other than « de » (« marqué par l'attaquant Lenny Kerbrat »)
        after_de = j > 0 and tokens[j - 1].lower in PREPOSITIONS
        if after_de and tokens[j - 1].lower not in BARE_DE and not comma and j + 2 == first:
            after_de = role_of(tokens[j + 1].lower) is None
        if after_de and token.lower in DETERMINERS and direct_org:
            after_de = False  # "le PDG de la compagnie Flydubai": the name goes with "la compagnie"
        if after_de and token.lower in DETERMINERS and inner[0] is None:
            inner = _role_title(text, tokens, j, end)
        if token.lower in DETERMINERS and token.lower not in {"des", "du", "au", "aux"} and not after_de:
            words = [t.lower for t in tokens[j + 1 : end]]
            head = _head_word(words)
            det_gender = DETERMINERS[token.lower][0]
            title = text[tokens[j + 1].start : tokens[end - 1].end]
            if text.startswith(")", tokens[end - 1].end) and "(" in title:
                title += ")"
            if head in ORGANISATION_NOUNS:
                return title, ORGANISATION_NOUNS[head], j, True
            role = role_of(head)
            if role is not None:
                return title, role[0] or det_gender, j, False
            return inner
        j -= 1
    return inner


def _speech_verb_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether a verb of speech opens at ``tokens[k]``: a finite form (« affirme »), or an
    auxiliary and the participle of one (« a déclaré », « avait indiqué »)."""
    if finite_speech_form(tokens[k].lower):
        return True
    return (
        tokens[k].lower in AUXILIARY_FORMS
        and k + 1 < len(tokens)
        and conjugated_speech_form(tokens[k + 1].lower)
    )


def _names_the_things(tokens: Sequence[Token], first: int) -> bool:
    """Whether the name at ``first`` comes right after a plural noun in small letters (« des
    centres V.Marchal ») and opens on no listed given name: it names what the noun counts."""
    noun = tokens[first - 1].text
    plural = noun.islower() and noun.isalpha() and noun.endswith(("s", "x")) and role_of(noun) is None
    return plural and not starts_person_name(tokens[first].text)


def _body_s_own_name(tokens: Sequence[Token], first: int) -> bool:
    """Whether the name at ``first``, after a role, « de » and an organisation noun, is a
    person's (a listed given name, then more): the holder of the role before it, the noun
    naming the body in full (« le président de la Confédération Marc Aebi ») or saying what it
    is (« le PDG de l'enseigne Marc Dubois »), where any other name is the body's own (« la
    compagnie Flydubai »), and so is a name after a noun of what is named after people (« la
    Fondation Jean Jaurès »)."""
    noun = tokens[first - 1]
    if noun.lower in NAMED_AFTER_PEOPLE:
        return False
    return (
        first + 1 < len(tokens)
        and starts_person_name(tokens[first].text)
        and tokens[first + 1].text[:1].isupper()
    )


#: The tails of roles written in several words with « en » (« le rédacteur en chef », « le
#: metteur en scène »): the preposition is part of the role, no break in it.
_COMPOUND_ROLE_TAILS = frozenset({"chef", "scène"})


def _in_compound_role(tokens: Sequence[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is the « en » inside a role of several words (« rédacteur en chef »)."""
    return (
        tokens[j].lower == "en"
        and 0 < j < len(tokens) - 1
        and tokens[j + 1].lower in _COMPOUND_ROLE_TAILS
        and role_of(tokens[j - 1].lower) is not None
    )


def _head_word(words: Sequence[str]) -> str:
    """The head of a title's words after its determiner: the first past the adjectives a role
    may follow (« le haut diplomate », « son ancien avocat »); ``words`` is not empty."""
    k = 0
    while k < len(words) - 1 and words[k] in PRE_ROLE_ADJECTIVES:
        k += 1
    return words[k]


def _role_title(text: str, tokens: Sequence[Token], det: int, end: int) -> tuple[str | None, str, int, bool]:
    """The role that ``tokens[det + 1 : end]`` name after their determiner ``tokens[det]`` (« son
    entraîneur principal »), or no title when their head is no role."""
    words = [t.lower for t in tokens[det + 1 : end]]
    role = role_of(_head_word(words)) if words else None
    if role is None or det + 1 >= end:
        return None, "", -1, False
    title = text[tokens[det + 1].start : tokens[end - 1].end]
    return title, role[0] or DETERMINERS[tokens[det].lower][0], det, False


def noble_before(text: str, tokens: Sequence[Token], lead: int) -> tuple[str, str, int, bool] | None:
    """("baron", gender, det index, False) for "le baron de Lormel", read from the name's "de".

    Only the particle "de" / "d'" makes a title of nobility: "du" and "des" hold an article, and
    "le roi du Maroc", "le roi des Belges" name a country's king, not a man called Maroc."""
    role_index = lead - 2
    if role_index < 0 or not adjacent(text, tokens[role_index], tokens[lead - 1]):
        return None
    if tokens[lead - 1].lower not in BARE_DE:
        return None
    role = role_of(tokens[role_index].lower)
    if role is None or "nobility" not in role[1]:
        return None
    det = role_index - 1
    while det >= 0 and tokens[det].lower in PRE_ROLE_ADJECTIVES:
        det -= 1
    det_index = det if det >= 0 and tokens[det].lower in DETERMINERS else -1
    start = det_index + 1 if det_index >= 0 else role_index
    title = text[tokens[start].start : tokens[role_index].end]
    gender = role[0] or (DETERMINERS[tokens[det_index].lower][0] if det_index >= 0 else "")
    return title, gender, det_index, False


def _adjectives_before(tokens: Sequence[Token], k: int) -> int:
    """How many role adjectives stand right before ``tokens[k]`` (« le haut diplomate »)."""
    n = 0
    while k - 1 - n >= 0 and tokens[k - 1 - n].lower in PRE_ROLE_ADJECTIVES:
        n += 1
    return n


#: The most words of an aside in brackets after a name, before its apposition (« (UMP) », « (Les
#: Républicains) », « (Haute-Savoie) »).
_ASIDE_WORDS = 3
#: The comma after an aside's closing bracket.
_COMMA_AFTER_ASIDE = regex.compile(r"\)[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*")


def _past_aside(text: str, tokens: Sequence[Token], k: int) -> int:
    """The index of the word after « ( … ), » when ``tokens[k]`` opens a short aside in brackets
    that holds no role, then a comma (« Gérard Lemoine (UMP), maire de la station »: a party, a
    place, whose apposition comes after it); ``k`` itself when the bracket holds more, or is not
    followed by a comma (« Sepp Blatter (président de la FIFA) »); -1 when it does not close."""
    close = text.find(")", tokens[k].start)
    if close < 0:
        return -1
    comma = _COMMA_AFTER_ASIDE.match(text, close)
    words = [t for t in tokens[k:] if t.end <= close]
    if comma is None or len(words) > _ASIDE_WORDS or any(role_of(t.lower) for t in words):
        return k
    after = next((i for i in range(k, len(tokens)) if tokens[i].start >= comma.end()), -1)
    return after if after >= 0 and after + 1 < len(tokens) else -1


def title_after(
    text: str, tokens: Sequence[Token], last: int, *, bare_allowed: bool = True, leads: bool = True
) -> tuple[str | None, str]:
    """A role in apposition after a name: "Hamad al Nuaimi, le PDG de la compagnie …", with no
    article when ``bare_allowed`` ("Camille Rouvière, porte-parole du Réseau, …"), after an age
    ("Bernard Quéméner, 64 ans, élu depuis 2001"), or in brackets ("Sepp Blatter (président de
    la FIFA)", the whole bracket). A role that runs into a verb of speech with no comma ends
    before it when the name leads its sentence (« Paul Roux, le préfet de la région
    affirme : »); after a name that does not (``leads`` false) it is the subject of that verb,
    past a phrase fronted before the main clause: « Dans une lettre adressée à Marc Lemarchand,
    le ministre affirme : » is the minister speaking, no role of Marc Lemarchand."""
    k = last + 1
    if k + 1 >= len(tokens):
        return None, ""
    opening = text[tokens[last].end : tokens[k].start].strip(" \t\u00a0\u202f")
    if opening not in {",", "("}:
        return None, ""
    if opening == "(":
        k = _past_aside(text, tokens, k)
        if k < 0:
            return None, ""
        if k > last + 1:
            opening = ","  # « Gérard Lemoine (UMP), maire de la station »
    if k + 2 < len(tokens) and tokens[k].text.isdigit() and tokens[k + 1].lower == "ans":
        # « Bernard Quéméner, 64 ans, élu depuis 2001 »: the age, then the role
        if text[tokens[k + 1].end : tokens[k + 2].start].strip(" \t\u00a0\u202f") != ",":
            return None, ""
        k += 2
    bare = tokens[k].lower not in DETERMINERS  # « Camille Rouvière, porte-parole du Réseau, »
    if bare and not bare_allowed:
        return None, ""
    if not bare and tokens[k].lower in {"des", "du", "au", "aux", "les", "ses"}:
        return None, ""
    det_gender = "" if bare else DETERMINERS[tokens[k].lower][0]
    if not bare:
        k += 1
    while k < len(tokens) - 1 and tokens[k].lower in PRE_ROLE_ADJECTIVES:
        k += 1
    role = role_of(tokens[k].lower)
    if role is None:
        return None, ""
    first_word = tokens[k - _adjectives_before(tokens, k)]
    if (
        k + 1 < len(tokens)
        and adjacent(text, tokens[k], tokens[k + 1])
        and is_capitalised(tokens[k + 1].text)
    ):
        return None, ""  # "Blanche, le père Marsac …": another person, not a role of hers
    end = k
    while end + 1 < len(tokens) and adjacent(text, tokens[end], tokens[end + 1]):
        if tokens[end + 1].lower in _RELATIVES:  # "…, le chef de la mission qui estime"
            return text[first_word.start : tokens[end].end], role[0] or det_gender
        if _speech_verb_at(tokens, end + 1):
            if not leads:
                return None, ""  # the subject of the sentence's verb, after a fronted phrase
            # « Paul Roux, le préfet de la région affirme : »: the role up to the verb
            return text[first_word.start : tokens[end].end], role[0] or det_gender
        end += 1
        # « la déléguée de l'ONU en Bolivie », « l'ambassadeur en France »: where the role is
        # held, in the title; « en » before anything else opens a gerund or a clause
        held_in = tokens[end].lower == "en" and end + 1 < len(tokens) and is_capitalised(tokens[end + 1].text)
        if end - k > _TITLE_REACH or (tokens[end].lower in ORG_STOP and not held_in):
            return None, ""  # a clause, not an apposition
    last_char = tokens[end].end
    if opening == ",":
        # « Marie Roux, présidente de l'Union des locataires (UDL), a dit »: the body's initials
        # or its place, in brackets, end the apposition as its comma would
        last_char = _past_short_brackets(text, last_char)
    closing = text[last_char : last_char + 2].strip(" \u00a0\u202f")
    if closing and closing[0] not in ",.;:!?)»\n":
        return None, ""
    if opening == "(" and not closing.startswith(")"):
        return None, ""  # « Jean Dupont (LR, président du groupe) »: more than a role
    return text[first_word.start : last_char], role[0] or det_gender


#: A short aside in brackets: a body's initials or a place (« (UDL) », « (Haute-Savoie) »).
_SHORT_BRACKETS = regex.compile(r"[ \t\u00a0\u202f]*\(([^()\n]{1,40})\)")


def _past_short_brackets(text: str, at: int) -> int:
    """Where a title that ends at ``at`` ends when a short aside in brackets, capitalised and
    holding no role, follows it (« présidente de l'Union des locataires (UDL) »): past the
    closing bracket; ``at`` itself otherwise (« (présidente de l'UDL) », « (en 2019) »)."""
    found = _SHORT_BRACKETS.match(text, at)
    if found is None:
        return at
    words = found.group(1).split()
    if len(words) > _ASIDE_WORDS or not words[0][0].isupper() or any(role_of(w.lower()) for w in words):
        return at
    end: int = found.end()
    return end
