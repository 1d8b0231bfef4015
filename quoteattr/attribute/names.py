"""Tokens, person-name runs and name matching on raw French text, for speaker resolution.

Nothing here needs a parse: the resolver indexes the names of the whole document from the raw
text, because only the sentences around quotes are parsed.

>>> [t.text for t in tokenize("Le ministre d’État Jean-Luc Mélenchon")]
['Le', 'ministre', 'd’', 'État', 'Jean-Luc', 'Mélenchon']
>>> name_matches(("Blinken",), ("Antony", "Blinken"))
True
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence

import attrs
import regex

from quoteattr.lang.fr.bodies import FIRM_NAME_ENDINGS
from quoteattr.lang.fr.given_names import GIVEN_NAMES, is_given_name
from quoteattr.lang.fr.indirect import TIME_WORDS
from quoteattr.lang.fr.press import BROADCASTERS, press_title_length
from quoteattr.lang.fr.roles import NAMED_AFTER_PEOPLE, ORGANISATION_NOUNS
from quoteattr.lang.fr.titles import (
    A_FORMS,
    CIVILITIES,
    DEFINITE_ARTICLES,
    ENGLISH_NAME_LINKS,
    NAME_PARTICLES,
    NOT_NAME_STARTS,
)

__all__ = [
    "GIVEN_NAME_RUN",
    "YEAR",
    "NameRun",
    "Token",
    "before_particle",
    "document_sentence_starts",
    "document_tokens",
    "fold",
    "has_name",
    "is_acronym",
    "is_capitalised",
    "name_matches",
    "name_runs",
    "sentence_starts",
    "starts_person_name",
    "tokenize",
    "written_small",
]

#: A person's name in running text: a capitalised word (group 1, the given name a caller checks
#: with :func:`starts_person_name`; a compound one too: « Jean-Marc »), then a capitalised word.
GIVEN_NAME_RUN = regex.compile(r"\b(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)[ \u00a0]+\p{Lu}[\p{L}'’-]+")

_TOKEN = regex.compile(
    r"(?:qu|jusqu|lorsqu|puisqu|presqu|quoiqu|[\p{L}])['’](?=\p{L})"  # elided: d’, l’, qu’
    r"|\b[dDlL]['’](?=[ \u00a0]\p{L})"  # "l' ONU", as some corpora space it
    # « S&P », « AT&T »: « & » between a word and a capital, unspaced, is inside one name
    r"|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+|&[\p{Lu}\p{N}][\p{L}\p{M}\p{N}]*)*"
    r"(?:\+(?<=\b\p{Lu}[\p{L}\p{M}\p{N}-]*\+)(?![\p{L}\p{N}+]))?",  # « Canal+ », « Disney+ »
)
_FOLD_CACHE = 1 << 16
# At most this many particles in a row inside a name ("Ursula von der Leyen").
_MAX_PARTICLES = 3
# A run after "de" splits into a complement and a name only from this many words on.
_MIN_SPLIT_TOKENS = 3
# Capitalised articles that, inside a sentence, belong to a name ("Le Bihan", "La Rochère",
# "L'Oréal": French writes an article in small letters there unless it is the name's).
_NAME_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})
# Civilities written out, which precede a name in lowercase too ("madame François").
_SPELLED_CIVILITIES = frozenset(
    {"monsieur", "madame", "mademoiselle", "maître", "docteur", "abbé", "père", "mère", "frère", "sœur"}
)
# Kinship words used as civilities take the name directly ("mère Angèle", not "mère de X").
_KIN_CIVILITIES = frozenset({"père", "mère", "frère", "sœur", "abbé"})
# Characters after which the next word opens a sentence (or a quotation / dialogue turn).
_OPENERS = frozenset('.!?…:;«»“”"—–\n')
# A gap between two tokens of one name may hold spaces only (any Unicode space).
_SPACE_GAP = regex.compile(r"[ \t\u00a0\u202f]*")
#: Between an initial's stop and the next word of a name: spaces, or the hyphen of « J.-P. ».
_INITIAL_GAP = regex.compile(r"-|[ \t\u00a0\u202f]*")


@attrs.frozen
class Token:
    """A word of the raw text with its offsets."""

    text: str
    start: int
    end: int
    lower: str = attrs.field(eq=False, repr=False)

    @lower.default
    def _lower(self) -> str:
        return self.text.lower()


def tokenize(text: str) -> tuple[Token, ...]:
    """Words of ``text`` (elided articles "d’", "l’" apart, hyphenated names kept whole)."""
    if len(text) <= _SHORT_PHRASE:
        return _tokenize_phrase(text)
    return _tokenize(text)


def _tokenize(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text))


#: A phrase at most this long is tokenised once for all: the resolver reads the same names,
#: titles and descriptions again and again (on the 180 Wikinews articles of the benchmark, four
#: calls in five, in one pass, are for a phrase already seen). At most :data:`_PHRASES_KEPT`
#: phrases are kept; their tokens are frozen, so shared.
_SHORT_PHRASE = 200
_PHRASES_KEPT = 8192
_tokenize_phrase = functools.lru_cache(maxsize=_PHRASES_KEPT)(_tokenize)


@functools.lru_cache(maxsize=4)
def document_tokens(text: str) -> tuple[Token, ...]:
    """:func:`tokenize` of a whole document, kept for the few documents being worked on: the index
    of names and the gender cues read the same text."""
    return tokenize(text)


@functools.lru_cache(maxsize=4)
def document_sentence_starts(text: str) -> frozenset[int]:
    """:func:`sentence_starts` of :func:`document_tokens`, kept like them: the index of names and
    the gender cues ask it of the same document."""
    return sentence_starts(text, document_tokens(text))


@functools.lru_cache(maxsize=_FOLD_CACHE)
def fold(word: str) -> str:
    """Casefolded, accent-free, apostrophe-normalised form for comparing names."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def has_name(phrase: str) -> bool:
    """Whether a phrase holds a capitalised word of two letters or more ("Conseil", not "D …")."""
    return any(len(t.text) > 1 and is_capitalised(t.text) for t in tokenize(phrase))


#: The longest word read as an organisation's initials ("OMS", "CGT", "UNESCO").
_MAX_ACRONYM = 6


#: The symbols of the chemical elements.
_ELEMENT_SYMBOLS = (
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se "
    "Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb "
    "Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm "
    "Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og"
)
#: Longest first, so that « Cl » is read before « C ».
_ELEMENTS = sorted(_ELEMENT_SYMBOLS.split(), key=len, reverse=True)
_FORMULA = regex.compile(rf"(?:(?:{'|'.join(_ELEMENTS)})\d*){{2,}}")


def is_chemical_formula(word: str) -> bool:
    """Whether ``word`` is written as a chemical formula, two element symbols or more and a count:
    « CO2 », « NO2 », « CH4 », « H7N9 » (a virus named by its proteins is written the same way).
    A substance, never a source, though in capitals like an organisation's initials; « G7 » and
    « TF1 » open on no element, and one symbol and a number is a channel's or a plane's name
    (« C8 », « W9 », « B52 »).

    >>> is_chemical_formula("CO2"), is_chemical_formula("C8"), is_chemical_formula("CGT")
    (True, False, False)
    """
    return any(c.isdigit() for c in word) and _FORMULA.fullmatch(word) is not None


def is_acronym(word: str) -> bool:
    """Whether ``word`` is written like an organisation's initials: capitals only, 2 to 6 letters.

    >>> is_acronym("CGT"), is_acronym("A"), is_acronym("Airbus")
    (True, False, False)
    """
    return word.isupper() and 1 < len(word) <= _MAX_ACRONYM


def written_small(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` in small letters somewhere, as a word of its own: a
    capitalised word that is also written so is a common word opening a sentence or a headline
    (« Tard dans la matinée » and « tard », « Grève des bus » and « la grève »), no name.

    >>> written_small("Tard dans la nuit. Il rentre tard.", "Tard"), written_small("Tard.", "Tard")
    (True, False)
    """
    return regex.search(rf"(?<!\p{{L}}){regex.escape(word.lower())}(?!\p{{L}})", text) is not None


def is_capitalised(word: str) -> bool:
    """Whether a word is written like a proper name: "Blinken", "al-Joulani", "Ki-moon"."""
    if not word:
        return False
    if word[0].isupper():
        return True
    return "-" in word and any(part[:1].isupper() for part in word.split("-"))


def sentence_starts(text: str, tokens: Sequence[Token]) -> frozenset[int]:
    """Indices of tokens that open a sentence, a quotation or a dialogue turn."""
    starts: set[int] = set()
    previous_end = 0
    for i, token in enumerate(tokens):
        gap = text[previous_end : token.start].strip(" \t\u00a0\u202f")
        if i == 0:
            starts.add(i)
        elif gap and gap[-1] in _OPENERS:
            # an initial (« J. Chirac »: one capital letter) or a civility (« M. ») before the
            # full stop; a lowercase letter there ends a unit (« à 118 km/h. Les voitures … »)
            before = tokens[i - 1].text
            abbreviation = gap == "." and (
                (len(before) == 1 and before.isupper()) or tokens[i - 1].lower + "." in CIVILITIES
            )
            if not abbreviation:
                starts.add(i)
        previous_end = token.end
    return frozenset(starts)


def _adjacent(text: str, left: Token, right: Token) -> bool:
    """Whether only spaces (or nothing, after an elided article) separate two tokens."""
    match = _SPACE_GAP.fullmatch(text, left.end, right.start)
    return match is not None


def _after_initial(text: str, initial: Token, following: Token) -> bool:
    """Whether ``following`` goes on a name after the initial ``initial`` and its stop, spaces
    only between them (« J. Chirac », « George W. Bush ») or a hyphen (« J.-P. Roux »); not
    across a dash (« Par Samir A. – Karim Benslimane a estimé »: a byline, then another name)."""
    if len(initial.text) != 1 or text[initial.end : initial.end + 1] != ".":
        return False
    return _INITIAL_GAP.fullmatch(text, initial.end + 1, following.start) is not None


def _without_trailing_initials(tokens: Sequence[Token], first: int, last: int) -> int:
    """The last token of the name ``tokens[first : last + 1]`` without the initials that close it
    after a full name: an initial stands before the name it abbreviates (« J. Chirac »), so
    « Karim Benslimane D. R. » under a photograph is Karim Benslimane (*droits réservés*); a
    single word before the initial keeps it (« Samir A. », a byline's surname cut short)."""
    end = last
    while end > first and len(tokens[end].text) == 1 and tokens[end].text.isupper():
        end -= 1
    words = sum(1 for t in tokens[first : end + 1] if len(t.text) > 1)
    return end if end < last and words >= 2 else last


def _is_civility(text: str, tokens: Sequence[Token], i: int) -> bool:
    token = tokens[i]
    key = token.lower
    dotted = token.end < len(text) and text[token.end] == "."
    if dotted and key + "." in CIVILITIES:
        return True
    if token.text == "Me" and i + 1 < len(tokens) and is_capitalised(tokens[i + 1].text):
        return True  # « Me Thibault Sarrazin »: maître, a lawyer's title (the pronoun is « me »)
    return key in CIVILITIES and key not in {"m", "me", "don", "dom"}


@attrs.frozen
class NameRun:
    """A capitalised name in the raw text, with the civility written before it, if any."""

    start: int
    end: int
    tokens: tuple[str, ...]
    first: int  # index of its first token
    last: int  # index of its last token
    civility: str | None = None
    sentence_initial: bool = False


def _surname_at(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether a capitalised word follows a given name at ``k``, right after it: its surname."""
    return k < len(tokens) and is_capitalised(tokens[k].text) and _adjacent(text, tokens[k - 1], tokens[k])


def _press_title_at(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the last word of a press title whose article opens at ``tokens[i]``
    (:func:`~quoteattr.lang.fr.press.press_title_length`, « Le Monde », « La Voix du Nord »),
    its first word after the article capitalised; ``None`` when none opens there."""
    if (
        tokens[i].lower not in DEFINITE_ARTICLES
        or i + 1 >= len(tokens)
        or not is_capitalised(tokens[i + 1].text)
    ):
        return None
    length = press_title_length(t.lower for t in tokens[i:])
    return i + length - 1 if length else None


#: Possessives that are family names too, first in an East Asian name (« Ma Xiaoguang », « Son
#: Heung-min »).
_POSSESSIVE_SURNAMES = frozenset({"ma", "son"})
#: The nouns of address a capitalised possessive opens (« Sa Majesté », « Son Excellence »).
_HONORIFICS = frozenset({"excellence", "altesse", "majesté", "sainteté", "éminence", "honneur"})


def _family_name(token: Token) -> bool:
    """Whether a capitalised possessive is a family name (« M. Ma »: :data:`_POSSESSIVE_SURNAMES`)."""
    return token.lower in _POSSESSIVE_SURNAMES and is_capitalised(token.text)


def _family_name_opening(text: str, tokens: Sequence[Token], i: int, starts: frozenset[int]) -> bool:
    """Whether the capitalised possessive ``tokens[i]`` opens a name: inside a sentence, where a
    determiner takes no capital, right before another capitalised word that is no noun of address
    (« le porte-parole Ma Xiaoguang », « l'attaquant Son Heung-min »; not « Son Excellence »)."""
    if tokens[i].lower not in _POSSESSIVE_SURNAMES or i in starts or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    return (
        _adjacent(text, tokens[i], following)
        and is_capitalised(following.text)
        and following.lower not in _HONORIFICS
    )


#: One capital letter: a name only as an initial (« Karim B. ») or after a civility (« Monsieur B »).
_LONE_LETTER = regex.compile(r"\p{Lu}")


def name_runs(text: str, tokens: Sequence[Token], starts: frozenset[int]) -> tuple[NameRun, ...]:
    """Capitalised sequences that may be names: "Antony Blinken", "Charles de Gaulle", "Ki-moon".

    Particles (de, d’, van, al, ben …) join two capitalised words; a word that only opens a
    sentence ("Plus", "Dans") does not start a name; a civility ("M.", "Mme") is recorded apart.
    """
    runs: list[NameRun] = []
    i = 0
    n = len(tokens)
    titled = _titled_by_elided_article(text, tokens, starts)
    while i < n:
        token = tokens[i]
        civility: str | None = None
        spelled = token.lower in _SPELLED_CIVILITIES
        if (is_capitalised(token.text) or spelled) and _is_civility(text, tokens, i) and i + 1 < n:
            civility = token.text + ("." if text[token.end : token.end + 1] == "." else "")
            j = i + 1
            gap = text[token.end : tokens[j].start]
            if token.lower + "." in CIVILITIES:
                gap = gap.removeprefix(".")
            particle_ok = token.lower not in _KIN_CIVILITIES
            if (
                gap.strip(" \u00a0\u202f")
                or "\n" in gap
                or (tokens[j].lower in NOT_NAME_STARTS - NAME_PARTICLES and not _family_name(tokens[j]))
            ):
                i += 1
                continue  # "le père. Et …": the civility does not reach the next word
            if (particle_ok and _after_particles(text, tokens, j) is not None) or is_capitalised(
                tokens[j].text
            ):
                first = j
            else:
                i += 1
                continue
        elif is_capitalised(token.text) and token.text[0].isupper():
            press = _press_title_at(tokens, i)
            if press is not None:
                runs.append(
                    NameRun(
                        start=token.start,
                        end=tokens[press].end,
                        tokens=tuple(t.text for t in tokens[i : press + 1]),
                        first=i,
                        last=press,
                        sentence_initial=i in starts,
                    )
                )
                i = press + 1
                continue  # « Le Monde assure que … »: the article is the title's
            # « Le Bihan », « L'Oréal » inside a sentence; « L'Oréal » opening one, when the text
            # writes that name with its capital article elsewhere
            article = token.lower in _NAME_ARTICLES and (i not in starts or i + 1 in titled)
            family = _family_name_opening(text, tokens, i, starts)
            if token.lower in NOT_NAME_STARTS and not article and not family:
                i += 1
                continue
            first = i
        elif is_capitalised(token.text):  # al-Joulani, el-Sissi: lowercase particle, hyphenated
            first = i
        else:
            i += 1
            continue
        last = first
        k = first + 1
        while k < n:
            prev = tokens[k - 1]
            cur = tokens[k]
            if not _adjacent(text, prev, cur) and not _after_initial(text, prev, cur):
                break
            channel = cur.text.isdigit() and (_broadcaster(tokens, first, k) or _event_year(tokens, first, k))
            if channel and not _NUMBER_GOES_ON.match(text, cur.end):
                last = k  # « selon Europe 1 », « sur France 24 »: the channel's number is its name's
                k += 1
                continue
            eponym = k - first == 1 and tokens[first].lower in NAMED_AFTER_PEOPLE
            if _is_civility(text, tokens, k) and _surname_at(text, tokens, k + 1) and not eponym:
                # « l'AFP Me Roux »: a civility opens another name, a person's; not the person a
                # place or body is named after (« la Fondation Abbé Lenoir », « le lycée Saint-Jean »)
                break
            if is_capitalised(cur.text) and cur.lower not in NOT_NAME_STARTS - {"le", "la"}:
                if (
                    starts_person_name(cur.text)
                    and not is_given_name(fold(prev.text))
                    and _surname_at(text, tokens, k + 1)
                ):
                    # « la région Val-Doré Gérard Malbec »: a person starts here; not
                    # after an epicene given name (« Dominique Richard » is one person), nor
                    # with a given name alone, which ends the name (« la Maison Blanche »)
                    break
                last = k
                k += 1
                continue
            named = _after_particles(text, tokens, k)
            if (
                named is not None
                and _is_civility(text, tokens, named)
                and _surname_at(text, tokens, named + 1)
            ):
                break  # « la CDU de Mme Merkel »: the civility opens a person's name, not the body's
            if named is not None and (
                _person_then_body(tokens, first, named) or _body_after_de(text, tokens, k, named)
            ):
                break  # « Paul Barrett du Musée du Verre »: where he works, not his name
            if named is not None:
                last = named
                k = named + 1
                continue
            break
        scanned, last = last, _without_trailing_initials(tokens, first, last)
        if civility is None and _complement_then_name(tokens, first, last):
            # "ministre de l'Intérieur Gérald Darmanin": the complement, then the person
            runs.append(
                NameRun(
                    start=tokens[first].start,
                    end=tokens[first].end,
                    tokens=(tokens[first].text,),
                    first=first,
                    last=first,
                    sentence_initial=first in starts,
                )
            )
            first += 1
        letter = first == last and _LONE_LETTER.fullmatch(tokens[first].text) is not None
        if civility is None and letter and text[tokens[first].end : tokens[first].end + 1] != ".":
            # « un véhicule de catégorie C », « le plan B »: a letter alone, with no stop to make it
            # an initial, names a class or a variant, no one
            i = scanned + 1
            continue
        words = tuple(t.text for t in tokens[first : last + 1])
        runs.append(
            NameRun(
                start=tokens[first].start,
                end=tokens[last].end,
                tokens=words,
                first=first,
                last=last,
                civility=civility,
                sentence_initial=(first in starts) or (civility is not None and first - 1 in starts),
            )
        )
        i = scanned + 1  # initials cut from the name's end are no name either
    return tuple(runs)


#: What makes digits after a name part of a quantity, not a channel's number: a decimal part
#: or another number (« en France 2,4 millions », « France 2 000 »), a unit of count.
_NUMBER_GOES_ON = regex.compile(r"[,.]\d|[ \u00a0\u202f]*(?:\d|%|millions?\b|milliards?\b|mille\b)")


def _event_year(tokens: Sequence[Token], first: int, year: int) -> bool:
    """Whether the year in figures at ``year``, right after the name ``tokens[first:year]``, is
    the name's own: an event and the body that runs it are named with their year (« Lyon 2030 a
    précisé », « l'Euro 2028 »); never a month's or a day's (« Juillet 2024 »)."""
    return YEAR.fullmatch(tokens[year].text) is not None and not any(
        t.lower in TIME_WORDS for t in tokens[first:year]
    )


#: A year in figures, of the last century, this one or the next.
YEAR = regex.compile(r"(?:19|20|21)\d\d")


def _broadcaster(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the words ``first`` to ``last`` are a listed radio or television channel
    (:data:`~quoteattr.lang.fr.press.BROADCASTERS`: « Europe 1 », « France 24 »)."""
    return " ".join(t.lower for t in tokens[first : last + 1]) in BROADCASTERS


def _person_then_body(tokens: Sequence[Token], first: int, named: int) -> bool:
    """Whether the name opening at ``first`` on a given name reaches, past a particle, a body's
    noun written as a name (« Paul Barrett du Musée du Verre », « Anne Roux de
    l'Institut Pasteur »): a person's surname is no museum or institute, so the body is a
    complement, and the name ends before its particle. « Charles de Gaulle » goes on."""
    return starts_person_name(tokens[first].text) and tokens[named].lower in ORGANISATION_NOUNS


#: The French particle « de » and its forms, which may open a complement as well as a surname.
_DE_PARTICLES = frozenset({"de", "d'", "d’", "du", "des"})
#: At least this many capitalised words after « de » make a body's name, not a surname's part.
_BODY_NAME_WORDS = 3


def _body_after_de(text: str, tokens: Sequence[Token], k: int, named: int) -> bool:
    """Whether « de » at ``k`` opens a run of at least three capitalised words (« Paul Roux de
    Harbor Asset Management »): a firm's name, where the person works; a surname's part after
    « de » is one or two words (« Charles de Gaulle », « Jean de La Fontaine »)."""
    if tokens[k].lower not in _DE_PARTICLES:
        return False
    count, j = 1, named + 1
    while j < len(tokens) and is_capitalised(tokens[j].text) and _adjacent(text, tokens[j - 1], tokens[j]):
        if starts_person_name(tokens[j].text):
            return False  # « le Directeur de la Marine Paul Rivière »: a complement, then a person
        count += 1
        j += 1
    return count >= _BODY_NAME_WORDS


def _titled_by_elided_article(text: str, tokens: Sequence[Token], starts: frozenset[int]) -> frozenset[int]:
    """The indices of the words glued to a capital « L' » at a sentence's start that the text
    also writes glued to one inside a sentence: there the capital says the article is the
    name's (« L'Oréal »), so it is at the start too (« L'Oréane Suisse va fusionner … », not
    « L'Allemagne », which the text writes « l'Allemagne » inside its sentences)."""
    inside: set[str] = set()
    opening: list[int] = []
    for k in range(len(tokens) - 1):
        token, word = tokens[k], tokens[k + 1]
        if token.text[:1] != "L" or token.lower not in {"l'", "l’"} or token.end != word.start:
            continue
        if k in starts:
            opening.append(k + 1)
        else:
            inside.add(word.lower)
    return frozenset(k for k in opening if tokens[k].lower in inside)


#: Words between two capitalised words of one name: particles, and the links of an English name.
_LINKS = NAME_PARTICLES | ENGLISH_NAME_LINKS


def _after_particles(text: str, tokens: Sequence[Token], k: int) -> int | None:
    """The index of the capitalised word after the particles at ``k`` ("von der Leyen"), if any."""
    j = k
    while j < len(tokens) and j - k < _MAX_PARTICLES and tokens[j].lower in _LINKS:
        if j + 1 >= len(tokens) or not _adjacent(text, tokens[j], tokens[j + 1]):
            return None
        j += 1
    if j == k or j >= len(tokens):
        return None
    following = tokens[j]
    if following.text.isupper() and len(following.text) > 1:
        return None  # « Jorge Almeida de la CGT »: a body's initials, his union, not his name
    if not is_capitalised(following.text):
        return None
    if following.lower not in NOT_NAME_STARTS or tokens[k].text[:1].isupper():
        # « Inge De Vos », « Pieter De Smet »: after a particle in capitals, as Flemish and
        # Dutch names write it, a capitalised word is the surname, whatever word it also is
        return j
    return None


def _complement_then_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether a run after "de" ("de l'Intérieur Gérald Darmanin") is a complement, then a name;
    or after « à », initials in capitals, then a name: whom the words were told, then who told
    them (« a confié à l'AFP Ilkay Demir »)."""
    if last - first < _MIN_SPLIT_TOKENS - 1 or first == 0:
        return False
    before = tokens[first - 1].lower
    if before in {"l'", "l’", "la", "les"} and first > 1:
        before = tokens[first - 2].lower
    told = before in A_FORMS and is_acronym(tokens[first].text)
    return (
        (before in {"de", "d'", "d’", "du", "des"} or told)
        and tokens[first + 1].text[:1].isupper()
        and fold(tokens[last].text) not in FIRM_NAME_ENDINGS  # « de Harbor Asset Management »: one firm
        and fold(tokens[first].text) not in GIVEN_NAMES
        and len(tokens[first].text) > 1  # an initial opens a name: « de F.L. Copperman »
        and tokens[first].lower not in {"l'", "l’"}  # « de L'Oréal Suisse »: the name's own article
    )


def starts_person_name(word: str) -> bool:
    """Whether ``word`` is a given name listed in :mod:`quoteattr.lang.fr.given_names`, a name
    borne by women and men alike included (« Claude », « Dominique »), or a compound of two
    capitalised parts opening on one (« Marie-Flore », « Jean-Yvon »): French compound given
    names join a given name and another, often a short form no list holds.

    >>> starts_person_name("Claude"), starts_person_name("Marie-Flore"), starts_person_name("Atcher")
    (True, True, False)
    """
    folded = fold(word)
    if is_given_name(folded):
        return True
    parts = word.split("-")
    capitalised = all(part[:1].isupper() and len(part) > 1 for part in parts)
    return len(parts) == 2 and capitalised and is_given_name(fold(parts[0]))


#: A family name of one short syllable, then a given name of two syllables joined by a hyphen,
#: the second in small letters: how Korean and Taiwanese names are romanised (« Ban Ki-moon »,
#: « Moon Jae-in », « Tsai Ing-wen »). French compounds capitalise both parts (« Jean-Paul »,
#: « Saint-Denis »).
_HYPHENATED_SYLLABLES = regex.compile(r"\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}")
_SYLLABLE = regex.compile(r"\p{Lu}\p{Ll}{1,4}")


def romanised_east_asian_name(tokens: Sequence[str]) -> bool:
    """Whether ``tokens`` are a romanised Korean or Taiwanese name: a family name of one
    syllable, then a given name of two joined by a hyphen, the second in small letters.

    >>> romanised_east_asian_name(["Ban", "Ki-moon"]), romanised_east_asian_name(["Jean", "Saint-Denis"])
    (True, False)
    """
    return (
        len(tokens) == 2
        and _SYLLABLE.fullmatch(tokens[0]) is not None
        and _HYPHENATED_SYLLABLES.fullmatch(tokens[1]) is not None
    )


def _initial_matches(short: str, full: str) -> bool:
    short_f = fold(short).rstrip(".")
    full_f = fold(full)
    if short_f == full_f:
        return True
    if len(short_f) == 1 or (short.endswith(".") and len(short_f) <= 3):
        # "J." ~ "Jacques"; "J.-L." ~ "Jean-Luc" handled by first letters
        return full_f.startswith(short_f[:1])
    return False


def before_particle(full: Sequence[str], k: int) -> bool:
    """Whether word ``k`` of a name, not its first, is followed by a particle in small letters
    and then only by the capitalised words that particle opens (« Villemur » in « Henri
    Villemur de Castel »)."""
    rest = full[k + 2 :]
    return (
        k > 0
        and k + 2 < len(full)
        and full[k + 1] in NAME_PARTICLES
        and full[k + 1] not in DEFINITE_ARTICLES  # « la Délaissée »: a byname, not a surname's part
        and len(rest) <= 2
        and all(is_capitalised(word) for word in rest)
    )


def name_matches(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether the name written ``short`` can be the person named ``full`` in the same text.

    Every word of ``short`` must appear in ``full`` in order, ending on the same last word
    (the surname), or on the word a particle of the surname follows (« Villemur » ~ « Henri
    Villemur de Castel », « Sampaio » ~ « José Carlos Sampaio da Costa »: the press drops the
    particle's part); initials match a first name ("J. Chirac" ~ "Jacques Chirac"). Case, accents
    and the apostrophe's shape do not matter.
    """
    if not short or not full or len(short) > len(full):
        return False
    last = fold(short[-1])
    if last == fold(full[-1]):
        j = len(full) - 2
    else:
        cut = [k for k in range(len(full) - 2, 0, -1) if before_particle(full, k) and fold(full[k]) == last]
        if not cut:
            return False
        j = cut[0] - 1
    for word in reversed(short[:-1]):
        while j >= 0 and not _initial_matches(word, full[j]):
            j -= 1
        if j < 0:
            return False
        j -= 1
    return True
