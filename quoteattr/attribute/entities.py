"""Index of the people, organisations and statements a document names, from its raw text.

The resolver needs every name of the document, but only the sentences around quotes are
parsed: so names are found on the raw text (capitalised runs, organisation phrases headed by a
noun such as "conseil" or "ministère", documents such as "communiqué"), then refined with the
parse's named entities and subjects where a parsed sentence covers them.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterator, Sequence

import attrs
import regex

from quoteattr.attribute.names import (
    NameRun,
    Token,
    fold,
    is_capitalised,
    name_runs,
    sentence_starts,
    starts_person_name,
    tokenize,
)
from quoteattr.attribute.recurring import Recurrence, recurrences
from quoteattr.lang.fr.given_names import given_name_gender
from quoteattr.lang.fr.incises import SPEECH_VERB_FORMS
from quoteattr.lang.fr.roles import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    IRREGULAR_DEMONYMS,
    ORGANISATION_NOUNS,
    PLACE_NOUNS,
    ROLE_NOUNS,
    role_of,
)
from quoteattr.lang.fr.titles import (
    CIVILITIES,
    DE_FORMS,
    DETERMINERS,
    NAME_PARTICLES,
    NOT_NAME_STARTS,
    WEEKDAYS,
)
from quoteattr.model import Span
from quoteattr.parse.types import ParsedDoc, Word

__all__ = ["DocumentIndex", "Occurrence", "index_document"]

#: Prepositions that govern a noun phrase: a name right after one is not a subject.
PREPOSITIONS = frozenset(
    {
        "à",
        "au",
        "aux",
        "de",
        "d'",
        "d’",
        "du",
        "des",
        "par",
        "pour",
        "avec",
        "sans",
        "chez",
        "vers",
        "sur",
        "sous",
        "dans",
        "en",
        "entre",
        "contre",
        "selon",
        "après",
        "avant",
        "depuis",
        "envers",
        "devant",
        "derrière",
        "auprès",
        "parmi",
        "jusqu'",
        "jusqu’",
        "jusque",
    }
)
#: Prepositions after which a bare capitalised name is most likely a place ("à Erevan").
PLACE_PREPOSITIONS = frozenset({"à", "en", "au", "aux", "vers", "depuis", "dans"})
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
_ORG_STOP = frozenset(
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
_ADJECTIVE_ENDINGS = (
    "ien",
    "ienne",
    "iens",
    "iennes",
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
_PUBLISHED = regex.compile(
    r"\b(?:publi|diffus|adress|envoy|rend|sign|post|émi|émet|lu|li)\w*", regex.IGNORECASE
)
#: Words that cannot sit inside a role written before a name ("l'ambassadeur russe à l'ONU").
_TITLE_BREAKERS = frozenset(PREPOSITIONS - {"de", "d'", "d’", "du", "des"}) | {"et", "ou", "mais"}
#: What may stand between a document noun and its issuer: "communiqué du conseil", "communiqué
#: publié par le conseil", "déclaration commune de".
_ISSUED_BY = regex.compile(
    r"[ \u00a0]*(?:[\p{L}-]+[ \u00a0]+){0,2}?(?:de|du|des|d['’]|par)"
    r"(?:[ \u00a0]+(?:la|le|les|l['’]))?[ \u00a0]*|[ \u00a0]*(?:de[ \u00a0]+)?l['’][ \u00a0]*"
)
#: Words that end a statement's description when reading rightwards.
_DOCUMENT_STOP = frozenset(
    {"sur", "dans", "avec", "contre", "pour", "en", "et", "ou", "mais", "lors", "depuis"}
)
_MAX_DOCUMENT_WORDS = 8
#: How many words back from a name its title may start ("le ministre … des Affaires étrangères").
_TITLE_REACH = 10
_LIST_GAP = regex.compile(r"[ \u00a0]*(?:,|et|ou)[ \u00a0]*|[ \u00a0]*,[ \u00a0]*(?:et|ou)[ \u00a0]+")
_MAX_ACRONYM = 6
_PLURAL_QUANTIFIERS = frozenset(
    {"les", "des", "ces", "deux", "trois", "quatre", "cinq", "six", "plusieurs", "quelques", "nombreux"}
)
_DEFINITE_SINGULAR = frozenset({"le", "la", "l'", "l’"})
_NOT_SPEAKERS = frozenset({"place", "organisation", "complement"})
_ISSUER_KINDS = frozenset({"person", "organisation", "name", "group", "complement"})
_GROUP_DETERMINERS = frozenset({"les", "des", "ces"})  # not "ses voisins": someone else's group
_DIALOGUE_LINE = regex.compile(r"(?m)^[ \t\u00a0]*[—–][^\n]*")
_TAG = regex.compile(
    r"[,!?…][ \t\u00a0]*(?:[—–][ \t\u00a0]*)?([\p{L}'’]+)(?:-t)?-(?:il|elle|ils|elles|on|je)\b|"
    r"[,!?…][ \t\u00a0]*([\p{L}'’]+)[ \t\u00a0]+\p{Lu}"
)
_SIGNATURE = regex.compile(
    r"[ \t\u00a0]*[—–][ \t\u00a0]*\p{Lu}[\p{L}\-]+(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}\-]+|de|d['’]|al|van|von))+"
    r"[ \t\u00a0]*(?:,|$)"
)
_QUOTE_CHARS = regex.compile(r"[«»“”‹›]|\n\n")
_QUOTE_PAIRS = {"«": "»", "“": "”", "‹": "›"}
_BOUNDARY = regex.compile(r"[.!?…]+[»”\"’)]?[ \t\u00a0\u202f]+(?=[\p{Lu}«“—–\-])|\n+")


@attrs.frozen
class Occurrence:
    """One place where the document names a possible source.

    ``kind`` is "person", "organisation", "name" (a capitalised name of unknown type), "place",
    "complement" (a name after "de": "le communiqué de Turkey Blocks"), "description" (a role:
    "le baron", which stands for a pronoun only through the named person with that role),
    "group" (two names joined by "et", a plural group noun) or "document". ``subject`` is true
    when no preposition governs the phrase (or the parse says it is a subject); ``quoted`` when
    it lies inside quotation marks. ``issuer`` is, for a document, the occurrence that issued it.
    ``ent`` is the parser's entity label for a name ("PER", "LOC", "ORG", "MISC"), "" where the
    sentence was not parsed or the parser gave none.
    """

    span: Span
    name: str
    tokens: tuple[str, ...]
    kind: str
    gender: str = ""
    number: str = "s"
    title: str | None = None
    civility: str | None = None
    subject: bool = False
    quoted: bool = False
    head: str = ""
    members: tuple[Occurrence, ...] = ()
    issuer: Occurrence | None = None
    from_run: bool = False
    after_verb: bool = False
    ent: str = ""


@attrs.frozen
class DocumentIndex:
    """Everything the resolver reads about a document, built once."""

    text: str
    tokens: tuple[Token, ...]
    occurrences: tuple[Occurrence, ...]
    boundaries: tuple[int, ...]  # sorted offsets where a sentence starts

    starts: tuple[int, ...] = attrs.field(eq=False, repr=False)

    @starts.default
    def _starts(self) -> tuple[int, ...]:
        return tuple(o.span.start for o in self.occurrences)

    by_last: dict[str, tuple[Occurrence, ...]] = attrs.field(eq=False, repr=False)

    @by_last.default
    def _by_last(self) -> dict[str, tuple[Occurrence, ...]]:
        found: dict[str, list[Occurrence]] = {}
        for occurrence in self.occurrences:
            if occurrence.from_run:
                found.setdefault(fold(occurrence.tokens[-1]), []).append(occurrence)
        return {key: tuple(value) for key, value in found.items()}

    by_first: dict[str, tuple[Occurrence, ...]] = attrs.field(eq=False, repr=False)

    @by_first.default
    def _by_first(self) -> dict[str, tuple[Occurrence, ...]]:
        found: dict[str, list[Occurrence]] = {}
        for occurrence in self.occurrences:
            if occurrence.from_run and len(occurrence.tokens) > 1:
                found.setdefault(fold(occurrence.tokens[0]), []).append(occurrence)
        return {key: tuple(value) for key, value in found.items()}

    # The same pools grouped by what an occurrence is (all but its span): a document-wide search
    # tests each distinct name once and finds the nearest occurrence by bisection, so it costs
    # the number of distinct names, not of occurrences (recurring.py; linear cost, issue 10).
    last_groups: dict[str, tuple[Recurrence[Occurrence], ...]] = attrs.field(eq=False, repr=False)

    @last_groups.default
    def _last_groups(self) -> dict[str, tuple[Recurrence[Occurrence], ...]]:
        return {key: recurrences(pool, key=_sans_span) for key, pool in self.by_last.items()}

    first_groups: dict[str, tuple[Recurrence[Occurrence], ...]] = attrs.field(eq=False, repr=False)

    @first_groups.default
    def _first_groups(self) -> dict[str, tuple[Recurrence[Occurrence], ...]]:
        return {key: recurrences(pool, key=_sans_span) for key, pool in self.by_first.items()}

    organisation_groups: tuple[Recurrence[Occurrence], ...] = attrs.field(eq=False, repr=False)

    @organisation_groups.default
    def _organisation_groups(self) -> tuple[Recurrence[Occurrence], ...]:
        pool = [o for o in self.occurrences if o.kind == "organisation"]
        return recurrences(pool, key=_sans_span)

    def sentence_of(self, offset: int) -> int:
        """The raw-text sentence index of a character offset."""
        return bisect.bisect_right(self.boundaries, offset)

    def within(self, span: Span) -> Iterator[Occurrence]:
        """Occurrences that lie inside ``span``, in text order."""
        for i in range(
            bisect.bisect_left(self.starts, span.start), bisect.bisect_left(self.starts, span.end)
        ):
            occurrence = self.occurrences[i]
            if occurrence.span.end <= span.end:
                yield occurrence

    def preceding(self, limit: int) -> Iterator[Occurrence]:
        """Occurrences that end at or before ``limit``, nearest first."""
        for i in range(bisect.bisect_left(self.starts, limit) - 1, -1, -1):
            occurrence = self.occurrences[i]
            if occurrence.span.end <= limit:
                yield occurrence


_NOWHERE = Span(0, 0)


def _sans_span(occurrence: Occurrence) -> Occurrence:
    """What an occurrence is, without where it stands: equal for every repeat of one name."""
    return attrs.evolve(occurrence, span=_NOWHERE)


def _quoted_regions(text: str) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for match in _QUOTE_CHARS.finditer(text):
        i = match.start()
        char = match.group()
        if char in _QUOTE_PAIRS:
            stack.append((_QUOTE_PAIRS[char], i))
        elif stack and char == stack[-1][0]:
            _, start = stack.pop()
            if not stack:
                regions.append((start, i + 1))
        elif char == "\n\n" and stack:
            stack.clear()  # an unclosed quote does not run over a paragraph break
    return regions


#: A header line (title, author, edition, date) is short and ends without a sentence's final mark.
_HEADER_MAX_LINES = 6
_HEADER_MAX_CHARS = 300
_SENTENCE_END = regex.compile(r"[.!?…:;»”\"]\s*$")


def header_end(text: str) -> int:
    """Where the body of ``text`` starts, past its leading title/byline lines (0 when none).

    The header is the run of leading lines that are short and do not end as a sentence does
    ("Émile Zola", "Le Ventre de Paris (1873)", a news headline), followed by a line that does.
    Names there are the work's author or title, not characters or sources of the story.
    """
    lines = 0
    for line in regex.finditer(r"[^\n]*\n?", text):
        content = line.group().strip()
        if not content:
            if line.end() >= len(text):
                return 0
            continue
        if _SENTENCE_END.search(content) or len(content) > _HEADER_MAX_CHARS:
            return line.start() if lines else 0
        lines += 1
        if lines > _HEADER_MAX_LINES or line.end() >= len(text):
            return 0
    return 0


def _dialogue_regions(text: str) -> list[tuple[int, int]]:
    """The spoken part of each dialogue line ("— Tiens, Bouvard ! dit Pécuchet" → "— Tiens, Bouvard !").

    A line opened by a dash is speech up to its speech tag (a speech verb after a comma, "!" or
    "?", inverted or followed by a name), or to its end when it has none.
    """
    regions: list[tuple[int, int]] = []
    for line in _DIALOGUE_LINE.finditer(text):
        if _SIGNATURE.match(text, line.start(), line.end()):
            continue  # "— Barack Obama, Président des États-Unis": who said the quote above
        end = line.end()
        for tag in _TAG.finditer(text, line.start(), line.end()):
            verb = (tag.group(1) or tag.group(2)).lower().removeprefix("s'").removeprefix("s’")
            if verb in SPEECH_VERB_FORMS:
                end = tag.start() + 1
                break
        regions.append((line.start(), end))
    return regions


def _boundaries(text: str, tokens: Sequence[Token]) -> tuple[int, ...]:
    starts = [t.start for t in tokens]
    found: list[int] = [0]
    for match in _BOUNDARY.finditer(text):
        i = bisect.bisect_left(starts, match.start()) - 1
        if match.group().startswith(".") and i >= 0:
            previous = tokens[i]
            if len(previous.text) == 1 or previous.lower + "." in CIVILITIES:
                continue  # "M. Blinken", "J. Chirac"
        found.append(match.end())
    return tuple(sorted(set(found)))


def _adjacent(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start].strip(" \t\u00a0\u202f") == ""


def _preceding(text: str, tokens: Sequence[Token], i: int) -> Token | None:
    """The token before ``tokens[i]`` if nothing but spaces separates them."""
    if i <= 0:
        return None
    previous = tokens[i - 1]
    return previous if _adjacent(text, previous, tokens[i]) else None


#: Endings of finite verb forms of narration (imperfect, passé simple) that a following name
#: is the object of ("regardait Florent", "appela Pécuchet"), from French conjugation.
_FINITE_ENDINGS = ("ait", "aient", "èrent", "irent", "urent")
_SHORT_FINITE_ENDINGS = ("a", "it", "ut")
_INVERTING = frozenset({"que", "qu'", "qu’", "où", "dont", "comme", "lorsque", "quand"})
_NOT_VERBS = frozenset({"voilà", "cela", "déjà", "petit", "salut", "la", "sa", "ta", "ma"})


def _object_after_verb(tokens: Sequence[Token], first: int) -> bool:
    """Whether the word before ``tokens[first]`` reads as a finite verb that is no speech verb.

    A name right after such a verb is its object ("Claude regardait Florent"); an inverted
    subject comes after a speech verb ("dit Bouvard") or a relative ("que blâma Bouvard").
    """
    if first < 1:
        return False
    word = tokens[first - 1].lower
    if not word.isalpha() or word in _NOT_VERBS or word in SPEECH_VERB_FORMS:
        return False
    if first >= 2 and tokens[first - 2].lower in DETERMINERS:
        return False  # "le petit Florent", "la vieille Clarisse"
    if first >= 2 and tokens[first - 2].lower in _INVERTING:
        return False
    return word.endswith(_FINITE_ENDINGS) or (len(word) > 3 and word.endswith(_SHORT_FINITE_ENDINGS))


def _title_before(text: str, tokens: Sequence[Token], first: int) -> tuple[str | None, str, int, bool]:
    """A role written before a name: ("secrétaire d'État américain", gender, det index, is_org).

    Walks back from the name over adjacent words to a determiner; the words after it must start
    with a role noun (or an organisation noun, for "le groupe Airbus"), possibly after an
    adjective ("le haut diplomate").
    """
    end = first  # the title's words are tokens[det + 1 : end]
    comma = False
    j = first - 1
    while j >= 0 and first - j <= _TITLE_REACH:
        token = tokens[j]
        if not _adjacent(text, token, tokens[j + 1]) and not token.text.endswith(("'", "’")):
            gap = text[token.end : tokens[j + 1].start].strip(" \t\u00a0\u202f")
            if gap == "," and j + 1 == first:
                end = j + 1  # "La ministre de la Culture, Rima Abdul Malak"
                comma = True
            else:
                return None, "", -1, False
        if token.lower in DETERMINERS and j + 1 == end:
            return None, "", -1, False  # "l'ONU", "la France": an article, no role
        if token.lower in _ORG_STOP or token.lower in _TITLE_BREAKERS:
            return None, "", -1, False  # "… a confié qu'Hubert": a clause, not a title
        after_de = j > 0 and tokens[j - 1].lower in PREPOSITIONS
        direct_org = not comma and j + 2 == first and tokens[first - 1].lower in ORGANISATION_NOUNS
        if after_de and token.lower in DETERMINERS and direct_org:
            after_de = False  # "le PDG de la compagnie Flydubai": the name goes with "la compagnie"
        if token.lower in DETERMINERS and token.lower not in {"des", "du", "au", "aux"} and not after_de:
            words = [t.lower for t in tokens[j + 1 : end]]
            k = 0
            while k < len(words) - 1 and words[k] in PRE_ROLE_ADJECTIVES:
                k += 1
            head = words[k]
            det_gender = DETERMINERS[token.lower][0]
            title = text[tokens[j + 1].start : tokens[end - 1].end]
            if head in ORGANISATION_NOUNS:
                return title, ORGANISATION_NOUNS[head], j, True
            role = role_of(head)
            if role is not None:
                return title, role[0] or det_gender, j, False
            return None, "", -1, False
        j -= 1
    return None, "", -1, False


def _noble_before(text: str, tokens: Sequence[Token], lead: int) -> tuple[str, str, int, bool] | None:
    """("baron", gender, det index, False) for "le baron de Coutelier", read from the name's "de"."""
    role_index = lead - 2
    if role_index < 0 or not _adjacent(text, tokens[role_index], tokens[lead - 1]):
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


def _title_after(text: str, tokens: Sequence[Token], last: int) -> tuple[str | None, str]:
    """A role in apposition after a name: "Ghaith al Ghaith, le PDG de la compagnie …"."""
    k = last + 1
    if k + 1 >= len(tokens) or text[tokens[last].end : tokens[k].start].strip(" \t\u00a0\u202f") != ",":
        return None, ""
    if tokens[k].lower not in DETERMINERS or tokens[k].lower in {"des", "du", "au", "aux", "les", "ses"}:
        return None, ""
    det_gender = DETERMINERS[tokens[k].lower][0]
    k += 1
    while k < len(tokens) - 1 and tokens[k].lower in PRE_ROLE_ADJECTIVES:
        k += 1
    role = role_of(tokens[k].lower)
    if role is None:
        return None, ""
    first_word = tokens[last + 2]
    if (
        k + 1 < len(tokens)
        and _adjacent(text, tokens[k], tokens[k + 1])
        and is_capitalised(tokens[k + 1].text)
    ):
        return None, ""  # "Douce, le père Lumière …": another person, not a role of hers
    end = k
    while end + 1 < len(tokens) and _adjacent(text, tokens[end], tokens[end + 1]):
        end += 1
        if end - k > _TITLE_REACH or tokens[end].lower in _ORG_STOP:
            return None, ""  # a clause, not an apposition
    closing = text[tokens[end].end : tokens[end].end + 2].strip(" \u00a0\u202f")
    if closing and closing[0] not in ",.;:!?)»\n":
        return None, ""
    return text[first_word.start : tokens[end].end], role[0] or det_gender


def _org_phrase_end(
    text: str, tokens: Sequence[Token], head: int, adjectives: frozenset[int] = frozenset()
) -> int:
    """The index of the last token of an organisation's name headed by ``tokens[head]``."""
    last = head
    k = head + 1
    chains = 0
    n = len(tokens)
    while k < n and _adjacent(text, tokens[k - 1], tokens[k]):
        word = tokens[k].text
        low = word.lower()
        if low in _ORG_STOP:
            break
        if is_capitalised(word) and low not in NOT_NAME_STARTS:
            if starts_person_name(word):
                break  # "la région Nouvelle-Aquitaine Alain Rousset"
            last = k
            k += 1
            continue
        if low in DE_FORMS and chains < 3 and k + 1 < n:
            nxt = k + 1
            if tokens[nxt].lower in {"la", "l'", "l’", "les"} and nxt + 1 < n:
                nxt += 1
            if tokens[nxt].lower not in _ORG_STOP and tokens[nxt].lower not in DETERMINERS:
                chains += 1
                last = nxt
                k = nxt + 1
                continue
            break
        if low == "et" and k + 1 < n and last > head:
            after = k + 1
            if tokens[after].lower in DE_FORMS and after + 1 < n:
                after += 1  # "… de Communication et d'Information"
            if is_capitalised(tokens[after].text) and tokens[after].lower not in NOT_NAME_STARTS:
                last = after
                k = after + 1
                continue
        if (
            k in adjectives
            or low in IRREGULAR_DEMONYMS
            or (low.endswith(_ADJECTIVE_ENDINGS) and low not in NOT_NAME_STARTS and len(low) > 3)
        ):
            last = k
            k += 1
            continue
        break
    # a trailing "(BTK)" acronym belongs to the name
    rest = text[tokens[last].end : tokens[last].end + 12]
    acronym = regex.match(r"[ \u00a0]*\((\p{Lu}[\p{Lu}\p{N}]{1,8})\)", rest)
    if acronym is not None:
        for m in range(last + 1, min(last + 3, n)):
            if tokens[m].text == acronym.group(1):
                return m
    return last


def _without_leading_roles(run: NameRun, tokens: Sequence[Token]) -> NameRun | None:
    """The run without capitalised role nouns at its head ("Président Macron" → "Macron")."""
    first = run.first
    while first <= run.last and role_of(tokens[first].lower) is not None:
        first += 1
    if first == run.first:
        return run
    if first > run.last or tokens[first].lower in NOT_NAME_STARTS:
        return None
    return attrs.evolve(_starting_at(run, tokens, first), civility=None)


def _drop_first(run: NameRun, tokens: Sequence[Token]) -> NameRun:
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


def _share_genders(persons: list[tuple[NameRun, Occurrence]]) -> list[tuple[NameRun, Occurrence]]:
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


def _document_phrase_end(text: str, tokens: Sequence[Token], head: int) -> int:
    """The last token of a statement's description: "projet de résolution préparé par la France"."""
    last = head
    k = head + 1
    while k < len(tokens) and k - head <= _MAX_DOCUMENT_WORDS and _adjacent(text, tokens[k - 1], tokens[k]):
        if tokens[k].lower in _ORG_STOP or tokens[k].lower in _DOCUMENT_STOP:
            break
        last = k
        k += 1
    while last > head and (tokens[last].lower in DETERMINERS or tokens[last].lower in DE_FORMS):
        last -= 1
    return last


def _has_lowercase_around(text: str, offset: int) -> bool:
    """Whether the line around ``offset`` has lowercase letters (a heading in capitals has none)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : len(text) if end < 0 else end]
    return any(c.islower() for c in line)


def _descriptions(text: str, tokens: Sequence[Token], quoted: Callable[[int], bool]) -> list[Occurrence]:
    """Singular role descriptions ("le baron", "la porte-parole", "le vieux"), not before a name.

    They stand for a pronoun only through the named person whose role they repeat.
    """
    found: list[Occurrence] = []
    for i, token in enumerate(tokens):
        if token.lower not in _DEFINITE_SINGULAR:
            continue
        k = i + 1
        while k < len(tokens) - 1 and tokens[k].lower in PRE_ROLE_ADJECTIVES:
            k += 1
        if k >= len(tokens) or not _adjacent(text, tokens[k - 1], tokens[k]):
            continue
        head = tokens[k].lower
        role = ROLE_NOUNS.get(head)
        if role is None:
            continue
        named_after = (
            k + 1 < len(tokens)
            and _adjacent(text, tokens[k], tokens[k + 1])
            and is_capitalised(tokens[k + 1].text)
        )
        if named_after:
            continue  # "le baron Otto": a title before a name, indexed with the name
        governor = _preceding(text, tokens, i)
        found.append(
            Occurrence(
                span=Span(token.start, tokens[k].end, source=text),
                name=text[token.start : tokens[k].end],
                tokens=tuple(t.text for t in tokens[i : k + 1]),
                kind="description",
                gender=role[0] or DETERMINERS[token.lower][0],
                subject=governor is None or governor.lower not in PREPOSITIONS,
                quoted=quoted(token.start),
                head=head,
            )
        )
    return found


def _garbled(word: str) -> bool:
    """Two capitals then lowercase letters ("ÉDiteur", "LÉVy"): scanning noise, not a name.

    Names with an inner capital ("McDonald", "DiCaprio", "MacArthur") start with one capital.
    """
    return len(word) > 2 and word[0].isupper() and word[1].isupper() and any(c.islower() for c in word)


def _parse_words(doc: ParsedDoc | None) -> list[Word]:
    if doc is None:
        return []
    return [w for sentence in doc.sentences for w in sentence.words]


def _word_at(words: Sequence[Word], starts: Sequence[int], start: int, end: int) -> list[Word]:
    i = bisect.bisect_left(starts, start)
    found: list[Word] = []
    while i < len(words) and words[i].start < end:
        found.append(words[i])
        i += 1
    return found


def index_document(text: str, doc: ParsedDoc | None = None) -> DocumentIndex:
    """Find every name, organisation, group and statement of ``text`` (never raises)."""
    tokens = tokenize(text)
    starts = sentence_starts(text, tokens)
    boundaries = _boundaries(text, tokens)
    regions = sorted(_quoted_regions(text) + _dialogue_regions(text))
    region_starts = [r[0] for r in regions]
    words = sorted(_parse_words(doc), key=lambda w: w.start)
    word_starts = [w.start for w in words]
    header = header_end(text)

    def quoted(offset: int) -> bool:
        if offset < header:
            return True  # the title or byline: not a character of the text
        i = bisect.bisect_right(region_starts, offset) - 1
        return i >= 0 and regions[i][0] < offset < regions[i][1]

    def parse_subject(start: int, end: int) -> bool | None:
        found = _word_at(words, word_starts, start, end)
        if not found:
            return None
        return any(w.deprel.startswith("nsubj") for w in found)

    def parse_ent(start: int, end: int) -> str:
        found = _word_at(words, word_starts, start, end)
        labels = [w.ent for w in found if w.ent]
        return labels[0] if labels else ""

    token_starts = [t.start for t in tokens]
    parsed_adjectives = frozenset(
        i
        for w in words
        if w.upos == "ADJ"
        for i in [bisect.bisect_left(token_starts, w.start)]
        if i < len(tokens) and tokens[i].start == w.start
    )
    occurrences: list[Occurrence] = []
    org_token_ranges: list[tuple[int, int]] = []

    # organisation phrases: "le Conseil de sécurité arménien", "le ministère … des Affaires étrangères"
    for i, token in enumerate(tokens):
        low = token.lower
        if low not in ORGANISATION_NOUNS:
            continue
        previous = _preceding(text, tokens, i)
        elided = i > 0 and tokens[i - 1].end == token.start and tokens[i - 1].lower in {"l'", "l’"}
        if not (elided or (previous is not None and previous.lower in DETERMINERS)) and not (
            token.text[0].isupper() and i not in starts
        ):
            continue
        last = _org_phrase_end(text, tokens, i, parsed_adjectives)
        end = tokens[last].end
        if text[end : end + 1] == ")" and "(" in text[token.start : end]:
            end += 1  # "… d'Information (BTK)"
        span = Span(token.start, end, source=text)
        det = tokens[i - 1].lower if i > 0 else ""
        gov = tokens[i - 2].lower if i > 1 else ""
        subject_guess = gov not in PREPOSITIONS and det not in {"du", "au", "aux", "des"}
        parsed = parse_subject(token.start, token.end)
        org_token_ranges.append((i, last))
        occurrences.append(
            Occurrence(
                span=span,
                name=span.text,
                tokens=tuple(t.text for t in tokens[i : last + 1]),
                kind="organisation",
                gender=ORGANISATION_NOUNS[low],
                number="s",
                subject=subject_guess if parsed is None else parsed,
                quoted=quoted(token.start),
                head=low,
            )
        )

    in_org = {k: (a, b) for a, b in org_token_ranges for k in range(a, b + 1)}

    def inside_org(first: int, last: int) -> bool:
        found = in_org.get(first)
        return found is not None and last <= found[1]

    # capitalised names
    runs = name_runs(text, tokens, starts)
    lowercase_seen = {t.lower for t in tokens if not t.text[:1].isupper()}
    capitalised_inside = {t.lower for i, t in enumerate(tokens) if t.text[:1].isupper() and i not in starts}
    persons: list[tuple[NameRun, Occurrence]] = []
    for found in runs:
        if any(_garbled(word) for word in found.tokens):
            continue  # "ÉDiteur", "LÉVy": a scanned heading, not a name
        run = _without_leading_roles(found, tokens)
        if run is None:
            continue  # "Secrétaire", "Président": a capitalised role, not a name
        if run.sentence_initial and len(run.tokens) > 1 and run.civility is None:
            word = run.tokens[0].lower()
            if word in lowercase_seen or word in NOT_NAME_STARTS:
                run = _drop_first(run, tokens)  # "Chère Laurence", "Avoir Clarimonde"
        if run.sentence_initial and len(run.tokens) == 1 and run.civility is None:
            word = run.tokens[0].lower()
            if (
                word in lowercase_seen
                or word in NOT_NAME_STARTS
                or (
                    word not in capitalised_inside
                    and parse_ent(run.start, run.end) not in {"PER", "ORG"}
                    and not starts_person_name(run.tokens[0])
                )
            ):
                continue  # "Plus", "Amputée": a common word opening a sentence
        lead = run.first - (1 if run.civility else 0)
        direct = _preceding(text, tokens, lead) if lead > 0 else None
        noble = _noble_before(text, tokens, lead) if direct is not None and direct.lower in DE_FORMS else None
        if noble is not None:
            # "Le baron de Coutelier", "le comte de Farlsberg": the name of a titled person
            title, gender, det_index, is_org = noble
            direct = None
        elif direct is not None and direct.lower in PREPOSITIONS:
            title, gender, det_index, is_org = None, "", -1, False
        else:
            title, gender, det_index, is_org = _title_before(text, tokens, run.first)
        if title is None and not is_org:
            title, gender = _title_after(text, tokens, run.last)
            title = title or None
        if det_index >= 0:
            lead = det_index
        governor = _preceding(text, tokens, lead) if lead > 0 else None
        ent = parse_ent(run.start, run.end)
        run_title = text[found.start : run.start].strip() or None
        kind = "name"
        acronym = (
            len(run.tokens) == 1
            and run.tokens[0].isupper()
            and 1 < len(run.tokens[0]) <= _MAX_ACRONYM
            and _has_lowercase_around(text, run.start)  # not a heading in capitals
        )
        if is_org or ent == "ORG" or (acronym and run.civility is None):
            kind = "organisation"  # "le groupe Airbus", "la FFF", "l'OMS"
        elif run.civility is not None or (title is not None) or ent == "PER":
            kind = "person"
        elif (
            ent == "LOC"
            or (governor is not None and governor.lower in PLACE_PREPOSITIONS)
            or (direct is not None and direct.lower in PLACE_NOUNS)
        ):
            kind = "place"
        elif governor is not None and (governor.lower in _PLURAL_QUANTIFIERS or governor.lower.isdigit()):
            kind = "complement"  # "deux Allemands", "tous les Allemands": a nationality, not a name
        elif governor is not None and governor.lower in DE_FORMS:
            kind = "complement"  # "un communiqué de Turkey Blocks", "des Affaires étrangères"
        elif governor is not None and governor.lower in DETERMINERS:
            kind = "place"  # "l'Arménie", "la Corée du Sud": a country or a thing, not a person
        if inside_org(run.first, run.last) and kind != "person":
            continue
        if run.civility is not None:
            gender = CIVILITIES.get(run.civility.lower(), "") or gender
        if not gender and kind in {"person", "name"}:
            gender = (
                given_name_gender(fold(run.tokens[0])) if len(run.tokens) > 1 or run.civility is None else ""
            )
        parsed = parse_subject(run.start, run.end)
        subject_guess = governor is None or governor.lower not in PREPOSITIONS
        if persons and _LIST_GAP.fullmatch(text, persons[-1][1].span.end, run.start) and run.civility is None:
            # "par Nonancourt, Verneuil et Falaise": a list shares its first member's function
            listed = persons[-1][1]
            subject_guess = listed.subject
            if kind == "name" and listed.kind in {"place", "complement"}:
                kind = listed.kind
        shown = tokens[run.first - 1].start if run.civility is not None else run.start
        occurrence = Occurrence(
            span=Span(shown, run.end, source=text),
            name=text[shown : run.end],
            tokens=run.tokens,
            kind=kind,
            gender=gender,
            title=(title if not is_org else None) or run_title,
            civility=run.civility,
            subject=subject_guess if parsed is None else parsed,
            quoted=quoted(run.start),
            head=run.tokens[-1].lower(),
            from_run=True,
            after_verb=parsed is None and lead == run.first and _object_after_verb(tokens, lead),
            ent=ent,
        )
        persons.append((run, occurrence))

    persons = _share_genders(persons)
    occurrences.extend(occurrence for _, occurrence in persons)

    # groups: two names joined by "et" ("Aliev et Pachinian"), plural group nouns ("les voisins")
    for (left_run, left), (right_run, right) in itertools.pairwise(persons):
        if right_run.first - left_run.last == 2 and tokens[left_run.last + 1].lower == "et":
            in_list = (
                left_run.first > 0 and text[tokens[left_run.first - 1].end : left.span.start].strip() == ","
            )
            if left.kind in _NOT_SPEAKERS or right.kind in _NOT_SPEAKERS or not left.subject or in_list:
                continue  # "entre Verneuil et Falaise", "par Nonancourt, Verneuil et Falaise"
            genders = {left.gender, right.gender}
            occurrences.append(
                Occurrence(
                    span=Span(left.span.start, right.span.end, source=text),
                    name=text[left.span.start : right.span.end],
                    tokens=(*left.tokens, "et", *right.tokens),
                    kind="group",
                    gender="f" if genders == {"f"} else "m",
                    number="p",
                    subject=left.subject,
                    quoted=left.quoted,
                    head="et",
                    members=(left, right),
                )
            )
    for i, token in enumerate(tokens):
        group_gender = GROUP_NOUNS.get(token.lower)
        previous = _preceding(text, tokens, i)
        if group_gender is None or previous is None or previous.lower not in _GROUP_DETERMINERS:
            continue
        governor = _preceding(text, tokens, i - 1)
        occurrences.append(
            Occurrence(
                span=Span(previous.start, token.end, source=text),
                name=text[previous.start : token.end],
                tokens=(previous.text, token.text),
                kind="group",
                gender=group_gender,
                number="p",
                subject=governor is None or governor.lower not in PREPOSITIONS,
                quoted=quoted(token.start),
                head=token.lower,
            )
        )

    occurrences.extend(_descriptions(text, tokens, quoted))
    occurrences.sort(key=lambda o: (o.span.start, -o.span.end))
    named = [o for o in occurrences if o.kind in _ISSUER_KINDS and not o.quoted]
    named_starts = [o.span.start for o in named]

    # documents and who issued them: "Dans une déclaration …, le ministère … a déclaré"
    documents: list[Occurrence] = []
    for i, token in enumerate(tokens):
        if token.lower not in DOCUMENT_NOUNS:
            continue
        previous = _preceding(text, tokens, i)
        if previous is None or previous.lower not in DETERMINERS:
            continue
        sentence_end_index = bisect.bisect_right(boundaries, token.start)
        sentence_end = boundaries[sentence_end_index] if sentence_end_index < len(boundaries) else len(text)
        sentence_start = boundaries[sentence_end_index - 1] if sentence_end_index > 0 else 0
        issuer = _issuer(text, token, named, named_starts, sentence_start, sentence_end)
        if quoted(token.start):
            continue
        last = _document_phrase_end(text, tokens, i)
        documents.append(
            Occurrence(
                span=Span(previous.start, tokens[last].end, source=text),
                name=text[previous.start : tokens[last].end],
                tokens=tuple(t.text for t in tokens[i - 1 : last + 1]),
                kind="document",
                number="s",
                head=token.lower,
                issuer=issuer,
            )
        )
    occurrences.extend(documents)
    occurrences.sort(key=lambda o: (o.span.start, -o.span.end))
    return DocumentIndex(text=text, tokens=tokens, occurrences=tuple(occurrences), boundaries=boundaries)


def _issuer(
    text: str,
    token: Token,
    named: Sequence[Occurrence],
    named_starts: Sequence[int],
    sentence_start: int,
    sentence_end: int,
) -> Occurrence | None:
    """Who issued the document named at ``token``: "du conseil", "publié par X", "…, X a dit"."""
    window_end = min(sentence_end, token.end + 80)
    i = bisect.bisect_left(named_starts, token.end)
    after = named[i : bisect.bisect_left(named_starts, sentence_end, lo=i)]  # never past the sentence
    for occurrence in after:
        if occurrence.span.start >= window_end:
            break
        between = text[token.end : occurrence.span.start]
        if regex.search(r"[,;:.]", between):
            break
        if _ISSUED_BY.fullmatch(between):
            return occurrence
    # "Dans un communiqué …, X a déclaré": the subject after the comma
    comma = text.find(",", token.end, sentence_end)
    if comma >= 0:
        for occurrence in after:
            if occurrence.span.start > comma and occurrence.subject:
                return occurrence
    # "X a publié un communiqué": the subject before, in the same sentence
    j = bisect.bisect_left(named_starts, token.start)
    for k in range(j - 1, -1, -1):
        occurrence = named[k]
        if occurrence.span.start < sentence_start:
            break
        between = text[occurrence.span.end : token.start]
        if occurrence.subject and _PUBLISHED.search(between) and not regex.search(r"[«»“”]", between):
            return occurrence
    return None
