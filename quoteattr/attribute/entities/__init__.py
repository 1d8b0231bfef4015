"""Index of the people, organisations and statements a document names, from its raw text.

The resolver needs every name of the document, but only the sentences around quotes are
parsed: so names are found on the raw text (capitalised runs, organisation phrases headed by a
noun such as "conseil" or "ministère", documents such as "communiqué"), then refined with the
parse's named entities and subjects where a parsed sentence covers them.

:func:`index_document` builds the :class:`DocumentIndex` (:mod:`.occurrence`) in steps:
organisation phrases, capitalised names (cut and typed with :mod:`.runs` and :mod:`.titles`),
groups, role descriptions and statements with their issuers (:mod:`.phrases`,
:mod:`.documents`), reading the text around each token (:mod:`.context`) and skipping what is
quoted or is the header (:mod:`.regions`).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import attrs
import regex

from quoteattr.attribute.entities.context import (
    PLACE_PREPOSITIONS,
    PREPOSITIONS,
    adjacent,
    garbled,
    has_lowercase_around,
    in_brackets,
    object_after_verb,
    parse_words,
    preceding,
    word_at,
)
from quoteattr.attribute.entities.documents import find_issuer
from quoteattr.attribute.entities.occurrence import DocumentIndex, Occurrence, SubjectPronoun, joined_pair
from quoteattr.attribute.entities.phrases import (
    apposed_body_name,
    descriptions,
    document_phrase_end,
    org_phrase_end,
)
from quoteattr.attribute.entities.regions import (
    credit_regions,
    dialogue_regions,
    header_end,
    quoted_regions,
    sentence_boundaries,
    subheading_regions,
)
from quoteattr.attribute.entities.runs import (
    affiliation_run,
    drop_first,
    share_genders,
    without_leading_roles,
)
from quoteattr.attribute.entities.titles import PRE_ROLE_ADJECTIVES, noble_before, title_after, title_before
from quoteattr.attribute.names import (
    NameRun,
    Token,
    document_sentence_starts,
    document_tokens,
    fold,
    has_name,
    is_acronym,
    is_capitalised,
    is_chemical_formula,
    name_runs,
    romanised_east_asian_name,
    starts_person_name,
)
from quoteattr.attribute.tenses import tense_of
from quoteattr.lang.fr.cues import PUBLISHED_PARTICIPLES, SPEECH_NOUNS
from quoteattr.lang.fr.gender import GROUP_DETERMINERS, QUANTITY_NOUNS
from quoteattr.lang.fr.given_names import given_name_gender
from quoteattr.lang.fr.incises import SPEECH_VERB_FORMS
from quoteattr.lang.fr.indirect import QUE_FORMS, TIME_WORDS
from quoteattr.lang.fr.press import BROADCASTERS, INTERVIEWED_PARTICIPLES, MEDIUM_VENUE
from quoteattr.lang.fr.pronouns import IMPERSONAL_IL, PRONOUNS, SUBJECT_PRONOUNS
from quoteattr.lang.fr.roles import (
    BODY_NAME_HEADS,
    CLUB_ACRONYMS,
    CLUB_NAME_HEADS,
    COMMON_NOUN_ACRONYMS,
    DOCUMENT_NOUNS,
    FAMILY_PLURALS,
    FIRM_NAME_HEADS,
    GROUP_NOUNS,
    NAMED_AFTER_PEOPLE,
    NATIONALITY_NOUNS,
    ORGANISATION_NOUNS,
    PLACE_NOUNS,
    SINGULAR_GROUPS,
    group_gender,
    nationality_gender,
    role_of,
)
from quoteattr.lang.fr.titles import (
    ARTICLE_FORMS,
    BARE_DE,
    CIVILITIES,
    DE_FORMS,
    DEFINITE_ARTICLES,
    DETERMINERS,
    ELIDED_DE,
    NOT_NAME_STARTS,
)
from quoteattr.lang.fr.verbs import FIRST_GROUP_PARTICIPLE_ENDINGS, conjugated_speech_form
from quoteattr.model import Span
from quoteattr.parse.segment import in_dateline
from quoteattr.parse.types import ParsedDoc, Sentence, Word

__all__ = [
    "PLACE_PREPOSITIONS",
    "PREPOSITIONS",
    "PRE_ROLE_ADJECTIVES",
    "DocumentIndex",
    "Occurrence",
    "header_end",
    "index_document",
    "is_family",
]

_LIST_GAP = regex.compile(r"[ \u00a0]*(?:,|et|ou)[ \u00a0]*|[ \u00a0]*,[ \u00a0]*(?:et|ou)[ \u00a0]+")
#: A word in small letters right after a name (no comma, no « et »): the name's verb, say.
_LOWERCASE_AFTER = regex.compile(r"[ \u00a0]+(?!(?:et|ou)\b)\p{Ll}")
#: Between a place and a name in brackets after it: « Saint-Germier (Loiret) ».
_BRACKETED_AFTER = regex.compile(r"[ \u00a0]*\(")
#: A comma, then a civility or a capitalised word, and the capitalised word after it if one
#: follows: the name an apposition may title.
_NEXT_NAME = regex.compile(
    r"[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*(?P<word>\p{Lu}[\p{L}\p{M}'’-]*\.?)"
    r"(?P<second>[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]+)?"
)


def _own_person_name(run: NameRun) -> bool:
    """Whether a run of capitalised words is a person's by its own words: a civility before it or
    a listed given name opening it."""
    return run.civility is not None or starts_person_name(run.tokens[0])


def _titles_the_next_name(text: str, end: int, title: str) -> bool:
    """Whether the apposition ``title`` after a name ending at ``end`` is set off before a
    person's name, whose title it is: « à Valbonne, un avocat du parti, Me Paul Roux, a dénoncé »
    titles Paul Roux, not the town before it; so does a name of two capitalised words whose
    given name no list holds (« à Genève, la directrice de l'agence, Ngozi Adebayo, a dit »)."""
    at = text.find(title, end)
    found = _NEXT_NAME.match(text, at + len(title)) if at >= 0 else None
    if found is None:
        return False
    word = found["word"]
    return word.lower() in CIVILITIES or starts_person_name(word) or found["second"] is not None


#: A closing quotation mark, then an opening bracket, right before a name: a title's publisher.
#: Matched backwards from the name (``REVERSE``), so only the characters right before it are read.
_PUBLISHER_BEFORE = regex.compile(r"[»”\"][ \u00a0]*\([ \u00a0]*", regex.REVERSE)


_COORDINATORS = frozenset({"et", "ou"})
_ELIDED_ARTICLES = frozenset({"l'", "l’"})


_PLURAL_QUANTIFIERS = frozenset(
    {"les", "des", "ces", "deux", "trois", "quatre", "cinq", "six", "plusieurs", "quelques", "nombreux"}
)


_NOT_SPEAKERS = frozenset({"place", "organisation", "complement"})


_ISSUER_KINDS = frozenset({"person", "organisation", "name", "group", "complement"})
#: Prepositions of the means a statement was made by: « dans un communiqué », « par un tweet ».
_MEANS_PREPOSITIONS = frozenset({"dans", "par", "via", "sur"})


_GROUP_DETERMINERS = frozenset({"les", "des", "ces"})  # not "ses voisins": someone else's group
_SINGULAR_DEFINITE = frozenset({"la", "le", "l'", "l’", "cette", "ce", "cet"})  # "la famille"


@attrs.frozen
class _Scan:
    """The text read once for every step of :func:`index_document`: its tokens, where its sentences
    start, what is quoted or header, and the words of the parse by offset."""

    text: str
    tokens: tuple[Token, ...]
    starts: frozenset[int]
    boundaries: tuple[int, ...]
    narrative_boundaries: tuple[int, ...]  # the sentence starts outside quotation marks
    regions: list[tuple[int, int]]
    region_starts: list[int]
    words: list[Word]
    word_starts: list[int]
    header: int
    parsed_adjectives: frozenset[int]
    parsed_infinitives: frozenset[int]
    parsed_finite_verbs: frozenset[int]
    subject_words: frozenset[int]  # starts of the words of subject phrases (:func:`_subject_words`)

    def quoted(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation, a dialogue line or the header."""
        return offset < self.header or self.in_region(offset)  # the title or byline: no character

    def in_region(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation, a dialogue line or a credit (not the header)."""
        i = bisect.bisect_right(self.region_starts, offset) - 1
        return i >= 0 and self.regions[i][0] < offset < self.regions[i][1]

    def parse_subject(self, start: int, end: int) -> bool | None:
        """Whether the parse makes the words at [start, end) a subject or part of one, as a name
        set beside the subject noun (« la Française Clarisse X a dit », ``None``: not parsed)."""
        found = word_at(self.words, self.word_starts, start, end)
        if not found:
            return None
        return any(w.start in self.subject_words for w in found)

    def parse_ent(self, start: int, end: int) -> str:
        """The parser's entity label of the words at [start, end), or ""."""
        found = word_at(self.words, self.word_starts, start, end)
        labels = [w.ent for w in found if w.ent]
        return labels[0] if labels else ""


def _outside(offsets: Sequence[int], regions: Sequence[tuple[int, int]]) -> tuple[int, ...]:
    """The ``offsets`` (sorted) that lie inside none of the ``regions``."""
    ordered = sorted(regions)
    starts = [r[0] for r in ordered]
    kept = []
    for offset in offsets:
        i = bisect.bisect_right(starts, offset) - 1
        if not (i >= 0 and ordered[i][0] < offset < ordered[i][1]):
            kept.append(offset)
    return tuple(kept)


def _token_indices(tokens: Sequence[Token], token_starts: list[int], words: list[Word]) -> frozenset[int]:
    """The indices of the raw-text tokens that open at the same place as ``words``."""
    return frozenset(
        i
        for w in words
        for i in [bisect.bisect_left(token_starts, w.start)]
        if i < len(tokens) and tokens[i].start == w.start
    )


def _adjectival(word: Word) -> bool:
    """Whether the parse makes ``word`` an adjective: tagged one, or a past participle it hangs
    on a noun as an adjective (« les Nations unies », « les Forces armées »), not a participle
    opening a clause (« le Conseil réuni vendredi »)."""
    return word.upos == "ADJ" or (word.feats.get("VerbForm") == "Part" and word.deprel == "amod")


def _scan(text: str, doc: ParsedDoc | None) -> _Scan:
    tokens = document_tokens(text)
    marked = quoted_regions(text)
    regions = sorted(marked + dialogue_regions(text) + credit_regions(text))
    boundaries = sentence_boundaries(text, tokens)
    words = sorted(parse_words(doc), key=lambda w: w.start)
    token_starts = [t.start for t in tokens]
    parsed_adjectives = _token_indices(tokens, token_starts, [w for w in words if _adjectival(w)])
    parsed_infinitives = _token_indices(
        tokens, token_starts, [w for w in words if w.feats.get("VerbForm") == "Inf"]
    )
    parsed_finite_verbs = _token_indices(
        tokens,
        token_starts,
        # (not one the parse hangs on a noun as an adjective, whatever its tag: « l'agence de
        # presse officielle syrienne », « syrienne » tagged a verb by the small model)
        [
            w
            for w in words
            if w.upos in {"VERB", "AUX"} and w.feats.get("VerbForm") == "Fin" and w.deprel != "amod"
        ],
    )
    return _Scan(
        text=text,
        tokens=tokens,
        starts=document_sentence_starts(text),
        boundaries=boundaries,
        narrative_boundaries=_outside(boundaries, marked),
        regions=regions,
        region_starts=[r[0] for r in regions],
        words=words,
        word_starts=[w.start for w in words],
        header=header_end(text),
        parsed_adjectives=parsed_adjectives,
        parsed_infinitives=parsed_infinitives,
        parsed_finite_verbs=parsed_finite_verbs,
        subject_words=_subject_words(doc),
    )


#: Labels that keep a name inside the noun phrase of its head: « la Française Clarisse X »
#: (appos, flat), « Mme de Valbrun » (nmod).
_NAME_IN_PHRASE = frozenset({"appos", "flat", "flat:name", "nmod", "compound"})


_VERB_GROUP = frozenset({"aux", "aux:tense", "aux:pass", "expl:comp", "expl:pass", "expl:pv", "obj", "iobj"})
_PHRASE_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ"})


def _unparsed_subject(sentence: Sentence) -> set[int]:
    """The words of the noun phrase right before a finite main verb the parser gave no subject:
    French puts the subject there (« …, la Française Clarisse X s'est trouvée face à … », parsed
    as an apposition of the noun before the comma)."""
    found: set[int] = set()
    for verb in sentence.words:
        if verb.upos != "VERB" or verb.deprel not in {"root", "conj"}:
            continue
        children = sentence.children(verb)
        if any(c.deprel.startswith(("nsubj", "expl:subj", "csubj")) for c in children):
            continue
        if tense_of(sentence, verb) is None:
            continue  # an infinitive or a participle: no subject of its own to find
        group = [c.index for c in children if c.deprel in _VERB_GROUP and c.index < verb.index]
        first = min([verb.index, *group])
        k = first - 1
        phrase: list[Word] = []
        while k >= 0 and sentence[k].upos in _PHRASE_POS:
            phrase.append(sentence[k])
            k -= 1
        if any(w.upos in {"PROPN", "NOUN"} for w in phrase):
            found.update(w.start for w in phrase)
    return found


def _subject_apposition(sentence: Sentence, apposed: Word, noun: Word) -> bool:
    """Whether an apposition to the subject noun ``noun`` names the subject itself: set off by a
    comma before it and a comma after its phrase (« son avocat, Me Thibault Sarrazin, a
    annoncé »), or written right after the noun (« le président Paul Roux a reçu »), not a name
    closing the sentence after a comma. A label in brackets may close the phrase (« le maire,
    Paul Roux (divers droite), a dit »)."""
    words = [w.index for w in sentence.subtree(apposed) if w.upos != "PUNCT"]
    if not words:
        return False  # a mark the parser made an apposition (fr_core_news_sm does): no name
    first, last = min(words), max(words)
    if first == noun.index + 1:
        return True
    before = sentence[first - 1] if first > 0 else None
    if last + 1 < len(sentence) and sentence[last + 1].text == ")":
        last += 1
    after = sentence[last + 1] if last + 1 < len(sentence) else None
    return before is not None and before.text == "," and after is not None and after.text == ","


def _subject_words(doc: ParsedDoc | None) -> frozenset[int]:
    """The starts of the words that are a subject or a name set beside one: the parser often
    hangs the name on the capitalised word before it (« la Française Claire X a dit » makes
    « Française » the subject, « Mme de Valbrun » hangs « Valbrun » on « Mme »), but it is the
    subject's name all the same, as is a name apposed to the subject noun (« le président Paul
    Roux », « son avocat, Me Paul Roux, »). Not across a common noun otherwise (« le porte-parole
    de Macron »: a wider reach cost the studied articles nothing but one unread article a name
    and its gender)."""
    if doc is None:
        return frozenset()
    found: set[int] = set()
    for sentence in doc.sentences:
        found.update(_unparsed_subject(sentence))
        for word in sentence.words:
            current = word
            for _ in range(len(sentence.words)):
                if current.deprel.startswith("nsubj"):
                    found.add(word.start)
                    break
                if current.head < 0:
                    break
                governor = sentence[current.head]
                if _name_after_subject_role(current, governor):
                    found.add(word.start)  # « Les juges Van Ruymbeke et Simeoni », « Van » left as dep
                    break
                if current.deprel not in _NAME_IN_PHRASE:
                    break
                if (
                    current.deprel == "appos"
                    and governor.deprel.startswith("nsubj")
                    and _subject_apposition(sentence, current, governor)
                ):
                    found.add(word.start)  # « son avocat, Me Thibault Sarrazin, a annoncé »
                    break
                if not governor.text[:1].isupper():
                    break  # « le porte-parole de Macron »: not here
                current = governor  # « la Française Claire Dumont », « Mme de Valbrun »
    return frozenset(found)


def _name_after_subject_role(word: Word, governor: Word) -> bool:
    """Whether ``word`` opens the name right after the subject's role noun, hung on it with no
    relation the parser could name (« Les juges Van Ruymbeke et Simeoni s'intéressent … »: spaCy
    tags « Van » X and makes it a ``dep`` of « juges »): the subject's name all the same."""
    return (
        word.deprel == "dep"
        and word.text[:1].isupper()
        and word.index == governor.index + 1
        and governor.deprel.startswith("nsubj")
        and role_of(governor.text.lower()) is not None
    )


def _after_article(governor: Token | None, ent: str) -> bool:
    """Whether a lone capitalised word is a place's or a thing's rather than a person's: an article
    stands right before it (« celle du Maroc », « au Sénégal »; a person's name takes none), or the
    parser labels it a place."""
    return ent == "LOC" or (governor is not None and governor.lower in ARTICLE_FORMS)


def _place_s_own_name(text: str, tokens: Sequence[Token], first: int, run: NameRun) -> bool:
    """Whether a name written right after an article and a noun of a place (:data:`PLACE_NOUNS`:
    « l'océan Indien », « la rue Victor-Hugo », « le lac Léman ») is that place's own, as no listed
    given name opens it nor a civility. A noun with no article before it is part of a title
    (« le préfet de région Ngozi Adebayo » is a person titled so)."""
    noun = preceding(text, tokens, first)
    if noun is None or not noun.text.islower() or noun.lower not in PLACE_NOUNS:
        return False
    article = preceding(text, tokens, first - 1)
    if article is None or article.lower not in _PLACE_ARTICLES:
        return False
    return run.civility is None and not starts_person_name(run.tokens[0])


#: The articles, fused with « de » or « à » too, that make a place's noun a phrase of its own.
_PLACE_ARTICLES = frozenset({"le", "la", "l'", "l’", "les", "du", "des", "au", "aux"})


def _named_after(text: str, tokens: Sequence[Token], lead: int) -> bool:
    """Whether the name at ``tokens[lead]`` follows a noun of what is named after people, with one
    adjective in small letters between at most: « l'hôpital général Paul Vernet », « le
    lycée Victor-Hugo », « l'université Jean-Moulin » (:data:`NAMED_AFTER_PEOPLE`) name the place,
    not the person."""
    noun = preceding(text, tokens, lead)
    if (
        noun is not None
        and noun.text.isalpha()
        and noun.text.islower()
        and not (noun.lower in NAMED_AFTER_PEOPLE or noun.lower in PREPOSITIONS or noun.lower in DETERMINERS)
    ):
        noun = preceding(text, tokens, lead - 1)  # « hôpital général », « lycée agricole »
    return noun is not None and noun.text.islower() and noun.lower in NAMED_AFTER_PEOPLE


def _named_thing(text: str, tokens: Sequence[Token], lead: int) -> bool:
    """Whether the name at ``tokens[lead]`` follows a determiner and a common noun that is no role:
    « sa plateforme Steam », « le navire Aquarius », « le logiciel Pegasus » name a thing by its
    own name, where « le ministre Paul Roux », « le jeune Paul Roux » name a person (role nouns,
    and the given names that open a person's name, are left to the other tests)."""
    noun = preceding(text, tokens, lead)
    if noun is None or noun.text[:1].isupper() or not noun.text.isalpha() or len(noun.text) < 3:
        return False
    if noun.lower in PREPOSITIONS or noun.lower in DETERMINERS or noun.lower in PRE_ROLE_ADJECTIVES:
        return False
    if role_of(noun.lower) is not None:
        return False
    article = preceding(text, tokens, lead - 1)
    return article is not None and article.lower in DETERMINERS and not starts_person_name(tokens[lead].text)


#: A quotation mark and the space after it, dropped from an organisation's name in marks.
_MARKS = regex.compile(r"[«“][ \u00a0\u202f]*")
#: The bracket closing an organisation's initials, right after them or after a space.
_CLOSING_BRACKET = regex.compile(r"[ \u00a0]?\)")
#: A space inside brackets, which WiNER writes (« ( RTK ) »).
_BRACKET_SPACE = regex.compile(r"(?<=\()[ \u00a0]+|[ \u00a0]+(?=\))")


def _organisations(scan: _Scan) -> tuple[list[Occurrence], list[tuple[int, int]]]:
    """Organisation phrases, with the token range of each."""
    text, tokens, starts, parsed_adjectives = scan.text, scan.tokens, scan.starts, scan.parsed_adjectives
    quoted, parse_subject = scan.quoted, scan.parse_subject
    occurrences: list[Occurrence] = []
    org_token_ranges: list[tuple[int, int]] = []

    # organisation phrases: "le Conseil de sécurité arménien", "le ministère … des Affaires étrangères"
    for i, token in enumerate(tokens):
        low = token.lower
        capital = token.text[0].isupper()
        firm_name = capital and low in FIRM_NAME_HEADS  # « les Établissements X »
        body_name = capital and low in BODY_NAME_HEADS  # « la Conférence des … »
        club = capital and _club_name(text, tokens, i)  # a club's name opens on a capital
        if low not in ORGANISATION_NOUNS and not firm_name and not body_name and not club:
            continue
        previous = preceding(text, tokens, i)
        elided = i > 0 and tokens[i - 1].end == token.start and tokens[i - 1].lower in {"l'", "l’"}
        after_article = elided or (previous is not None and previous.lower in DETERMINERS)
        if not (after_article or club) and not (token.text[0].isupper() and i not in starts):
            continue
        if body_name and low not in ORGANISATION_NOUNS and not after_article:
            continue  # « SNCF Réseau »: the word is part of another name, not its head
        last = org_phrase_end(
            text, tokens, i, parsed_adjectives, scan.parsed_infinitives, scan.parsed_finite_verbs
        )
        det = tokens[i - 1].lower if i > 0 else ""
        gov = tokens[i - 2].lower if i > 1 else ""
        # a body in the complement of another noun lends it no name: « l'avocat de la
        # présidence, Paul Roux, » is the lawyer's name
        complement = det in DE_FORMS or gov in DE_FORMS
        apposed = apposed_body_name(text, tokens, i) if last == i and not capital and not complement else None
        end = tokens[last if apposed is None else apposed].end
        closing = _CLOSING_BRACKET.match(text, end)
        if closing is not None and "(" in text[token.start : end]:
            end = closing.end()  # "… d'Hébergement (RTK)", "… ( RTK )" in WiNER
        span = Span(token.start, end, source=text)
        # « association « Vent debout » »: its marks dropped; « ( RTK ) » written « (RTK) »
        name = _BRACKET_SPACE.sub("", _MARKS.sub("", span.text))
        if apposed is not None:
            # « son groupe, Les Vents du Nord, »: the noun and the name set beside it, one body
            name = f"{token.text} {text[tokens[i + 1].start : end]}"
            last = apposed
        # « le club, avant-dernier de Ligue 2 »: a noun right after a preposition is its object,
        # as one right after a finite verb is (« Le FC Nantes a battu l'AS Monaco »)
        subject_guess = (
            gov not in PREPOSITIONS
            and det not in {"du", "au", "aux", "des", *PREPOSITIONS}
            and not object_after_verb(text, tokens, i - 1 if after_article else i)
        )
        parsed = parse_subject(token.start, token.end)
        if parsed and not capital and (det in {"du", "d'", "d’"} or gov in BARE_DE):
            # « le PDG du groupe pétrolier répond »: a body named by its noun in the complement
            # of the subject's noun is part of the subject's phrase, not who the verb says speaks
            parsed = False
        org_token_ranges.append((i, last))
        occurrences.append(
            Occurrence(
                span=span,
                name=name,
                tokens=tuple(t.text for t in tokens[i : last + 1]),
                kind="organisation",
                gender=ORGANISATION_NOUNS.get(low) or BODY_NAME_HEADS.get(low, "m"),
                number="p" if firm_name else "s",
                subject=(subject_guess if parsed is None else parsed) and not in_brackets(text, token.start),
                quoted=quoted(token.start),
                head=low,
            )
        )
    return occurrences, org_token_ranges


def _plural_article_name(run: NameRun) -> bool:
    """Whether a name opens on the plural article « Les » (« Les Glycines », « Les Échos »)."""
    return len(run.tokens) > 1 and run.tokens[0] == "Les" and run.civility is None


def _club_name(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` opens a sports club's own name: club initials before a capitalised
    name (« l'US Péronville », « le FC Nantes », :data:`CLUB_ACRONYMS`), or a capitalised
    :data:`CLUB_NAME_HEADS` word before one (« le Stade Auberive ») or, for « Olympique »,
    before « de » (« l'Olympique de Verlaine »). Not « le Stade de France », a ground."""
    token = tokens[i]
    if i + 1 >= len(tokens) or not adjacent(text, token, tokens[i + 1]):
        return False
    after = tokens[i + 1]
    named = is_capitalised(after.text) and after.lower not in NOT_NAME_STARTS
    if token.text in CLUB_ACRONYMS:
        return named
    if not token.text[:1].isupper() or token.lower not in CLUB_NAME_HEADS:
        return False
    return named or (token.lower == "olympique" and after.lower in DE_FORMS)


def _nationality_title(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a capitalised nationality right before a name that opens with a
    given name (the runs were cut at the given name): a description of that person, no name."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text[:1].isupper()
        and tokens[k].lower in NATIONALITY_NOUNS
        and adjacent(text, tokens[k], tokens[k + 1])
        and starts_person_name(tokens[k + 1].text)
    )


def _nationality_before(
    text: str, tokens: Sequence[Token], found: NameRun, run: NameRun
) -> tuple[str, str, int] | None:
    """The nationality noun a person's name follows, the article before it and the index of the
    phrase's first token: cut off the run (« l'Allemand Konrad von Hallberg ») or a run of its
    own (« la Française Clarisse X »)."""
    if run.first > found.first and found.tokens[0].lower() in NATIONALITY_NOUNS:
        at = found.first
    elif run.first > 0 and _nationality_title(text, tokens, run.first - 1):
        at = run.first - 1
    else:
        return None
    article = tokens[at - 1].lower if at > 0 else ""
    return tokens[at].text, article, at - 1 if article in DETERMINERS else at


def _names(scan: _Scan, org_token_ranges: list[tuple[int, int]]) -> list[tuple[NameRun, Occurrence]]:
    """Capitalised names, each typed (person, organisation, place, complement or name)."""
    text, tokens, starts = scan.text, scan.tokens, scan.starts
    quoted, parse_subject, parse_ent = scan.quoted, scan.parse_subject, scan.parse_ent
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
        if any(garbled(word) for word in found.tokens):
            continue  # "ÉDiteur", "LÉVy": a scanned heading, not a name
        if len(found.tokens) == 1 and _nationality_title(text, tokens, found.first):
            continue  # « la Française » of « la Française Claire Dumont »: her description
        run = without_leading_roles(found, tokens)
        if run is None:
            continue  # "Secrétaire", "Président": a capitalised role, not a name
        if len(run.tokens) == 1 and (
            run.tokens[0] in COMMON_NOUN_ACRONYMS or is_chemical_formula(run.tokens[0])
        ):
            continue  # « ses numéros IBAN », « un test PCR », « le CO2 »: a common noun in capitals
        roman = len(run.tokens) == 1 and len(run.tokens[0]) > 1 and _ROMAN_NUMERAL.fullmatch(run.tokens[0])
        if roman and not run.sentence_initial:
            continue  # « une phase II de la campagne », « au XIXe »: a number, no one's initials
        if run.sentence_initial and len(run.tokens) > 1 and run.civility is None:
            word = run.tokens[0].lower()
            # « L'Oréal »: the name's article (`name_runs` keeps it only then)
            if word not in _ELIDED_ARTICLES and (
                word in lowercase_seen
                or word in NOT_NAME_STARTS
                or word in SPEECH_NOUNS
                or _participle_before_de(run, tokens, capitalised_inside)
            ):
                run = drop_first(run, tokens)  # "Chère Clémence", "Réponse de Karine Lemasson"
        if run.sentence_initial and len(run.tokens) == 1 and run.civility is None:
            word = run.tokens[0].lower()
            if (
                word in lowercase_seen
                or word in NOT_NAME_STARTS
                or (
                    word not in capitalised_inside
                    and parse_ent(run.start, run.end) not in {"PER", "ORG"}
                    and not starts_person_name(run.tokens[0])
                    and not _subject_of_speech_verb(tokens, run.last)
                )
            ):
                continue  # "Plus", "Amputée": a common word opening a sentence
        lead = run.first - (1 if run.civility else 0)
        direct = preceding(text, tokens, lead) if lead > 0 else None
        noble = noble_before(text, tokens, lead) if direct is not None and direct.lower in DE_FORMS else None
        if noble is not None:
            # "Le baron de Lormel", "le comte de Hohenwald": the name of a titled person
            title, gender, det_index, is_org = noble
            direct = None
        elif direct is not None and direct.lower in PREPOSITIONS:
            title, gender, det_index, is_org = None, "", -1, False
        else:
            title, gender, det_index, is_org = title_before(text, tokens, run.first)
            if title is None and not is_org and lead < run.first:
                # « un avocat du parti, Me Paul Roux »: the title before the civility of address
                title, gender, det_index, is_org = title_before(text, tokens, lead)
        apposed = False  # a title only from the apposition after the name
        if title is None and not is_org:
            # « employé à l'usine de Lorient, ex-associé du notaire »: a name after a preposition
            # is no one the bare apposition after it describes
            after_preposition = direct is not None and direct.lower in PREPOSITIONS
            # a name set off after a fronted phrase opens the main clause as one opening the
            # sentence does: « Lors d'une réunion, Anne Roux, la ministre de la Santé affirme »
            leads = run.sentence_initial or text[: run.start].rstrip(" \u00a0").endswith(",")
            title, gender = title_after(
                text, tokens, run.last, bare_allowed=not after_preposition, leads=leads
            )
            title = title or None
            next_titled = _titles_the_next_name(text, run.end, title) if title else False
            if next_titled and not _own_person_name(run):
                title, gender = None, ""  # « à Valbonne, un avocat du parti, Me Paul Roux »
            apposed = title is not None
        if det_index >= 0:
            lead = det_index
        presiding = _presiding_role(text, tokens[lead].start if lead < len(tokens) else run.start)
        if presiding is not None and "f" in (gender, given_name_gender(fold(run.tokens[0]))):
            presiding = _FEMININE_PRESIDING[presiding]
        if presiding is not None and not is_org:
            # « le jury, présidé par le cinéaste belge Marc Delvaux »: he is its president too
            title = f"{presiding}, {title}" if title else presiding
        governor = preceding(text, tokens, lead) if lead > 0 else None
        phrase_start = lead  # the first word of the name's phrase, its title's article included
        ent = parse_ent(run.start, run.end)
        run_title = text[found.start : run.start].strip() or None
        given = given_name_gender(fold(run.tokens[0]))  # of the first word; "" if it is none
        east_asian = romanised_east_asian_name(run.tokens)  # « Moon Jae-in »: no list holds « Jae-in »
        # a listed given name and a surname, or a romanised Korean or Taiwanese name
        full_name = (bool(given) and len(run.tokens) > 1) or east_asian
        kind = "name"
        acronym = (
            len(run.tokens) == 1
            and is_acronym(run.tokens[0])
            and has_lowercase_around(text, run.start)  # not a heading in capitals
        ) or (len(run.tokens) > 1 and affiliation_run(run))  # « le député RPF de Haute-Marne »
        nationality = _nationality_before(text, tokens, found, run)
        if nationality is not None and not is_org:
            word, article, opening = nationality  # « la Slovène Tina Trstenjak »: a person, so
            title = title or word  # described; « face à la Slovène Tina Trstenjak » is no subject
            gender = gender or nationality_gender(word, article)
            if det_index < 0 and opening < lead:
                governor = preceding(text, tokens, opening) if opening > 0 else None
                phrase_start = opening
        broadcaster = run.civility is None and " ".join(run.tokens).lower() in BROADCASTERS
        body = is_org or ent == "ORG" or (acronym and run.civility is None)
        plural_article = _plural_article_name(run)
        if plural_article and not is_org:
            # « l'ancienne directrice de l'Ehpad privé Les Glycines »: a name opening on « Les »
            # is a thing's or a body's (« Les Échos »), never a person's, whom no role titles
            title, gender = None, ""
        if run.civility is None and in_dateline(text, run.start, run.end):
            kind = "place"  # « NANTES, 3 mai (AFP) – »: where the news was filed, no body
        elif run.civility is None and not is_org and _named_after(text, tokens, lead):
            kind = "place"  # « l'hôpital général Paul Vernet »: the hospital's name
        elif _place_s_own_name(text, tokens, run.first, run) and not is_org:
            # « le délégué de la région de l'océan Indien »: the ocean's name, which the role
            # before the place does not title
            kind, title, gender = "place", None, ""
        elif apposed and not full_name and _after_article(governor, ent):
            # « opposant la croissance du Portugal à celle du Maroc, le ministre du
            # Commerce, qui … »: a country before the subject's apposition, not its name
            kind, title, gender = "place", None, ""
        elif run.civility is None and ent != "PER" and _medium(text, tokens, lead, body or broadcaster):
            kind = "place"  # « au micro de France Bleu », « interrogée sur RTL »: where she spoke
        elif run.civility is None and not body and len(run.tokens) == 1 and _TOPONYM.match(run.tokens[0]):
            kind = "place"  # « Vitry-sur-Seine », « Saint-Pierre-d'Aurillac »: a town's name
        elif body or broadcaster:
            kind = "organisation"  # "le groupe Airbus", "la FFF", "l'OMS"
        elif (
            run.civility is not None or title is not None or ent == "PER" or east_asian
        ) and not plural_article:
            kind = "person"
        elif (
            governor is not None
            and governor.lower in PLACE_PREPOSITIONS
            and ent != "LOC"
            and full_name
            and not (direct is not None and direct.lower in PLACE_NOUNS)
        ):
            kind = "person"  # « Quant à Jean Dupont, il … », « a écrit à Anne Roux »: a person
        elif (
            ent == "LOC"
            or (governor is not None and governor.lower in PLACE_PREPOSITIONS)
            or _published_on(text, tokens, lead)
            or (direct is not None and direct.lower in PLACE_NOUNS)
        ):
            kind = "place"
        elif governor is not None and (governor.lower in _PLURAL_QUANTIFIERS or governor.lower.isdigit()):
            kind = "complement"  # "deux Allemands", "tous les Allemands": a nationality, not a name
        elif governor is not None and governor.lower in DE_FORMS and full_name:
            kind = "person"  # « celui de Karim Benali », « l'avocat de Paul Roux »: a person all the same
        elif governor is not None and governor.lower in ELIDED_DE and lead - 1 in starts:
            kind = "name"  # « D'Artagnan haussa les épaules »: a name's particle opening its sentence
        elif governor is not None and governor.lower in DE_FORMS:
            kind = "complement"  # "un communiqué de Net Sentinel", "des Affaires étrangères"
        elif governor is not None and governor.lower in DETERMINERS:
            kind = "place"  # "l'Arménie", "la Corée du Sud": a country or a thing, not a person
        elif run.civility is None and _named_thing(text, tokens, lead):
            kind = "place"  # "sa plateforme Steam", "le navire Aquarius": a thing's own name
        if (
            kind in {"name", "person", "organisation"}
            and acronym
            and persons
            and persons[-1][1].kind == "place"
            and _BRACKETED_AFTER.fullmatch(text, persons[-1][1].span.end, run.start)
            and _abbreviates(run.tokens[0], persons[-1][1].tokens)
        ):
            kind = "place"  # « dans Saint-Pierre-des-Bois (SPB) »: the place's own initials
        if (
            kind in {"name", "person"}
            and run.civility is None
            and not full_name
            and not acronym
            and persons
            and persons[-1][1].kind in {"place", "complement"}
            and _BRACKETED_AFTER.fullmatch(text, persons[-1][1].span.end, run.start)
            and text.startswith(")", run.end)
        ):
            # « à Saint-Germier (Loiret) », « les électeurs de Vaurelles (Aveyron) »: the region
            # of the place before it
            kind = "place"
        if (
            run.civility is None
            and _PUBLISHER_BEFORE.match(text, 0, run.start)
            and text.startswith(")", run.end)
        ):
            # « pour « Les Marées » (Hélène Vautrin) »: a work's publisher or label in brackets after its
            # title, a firm's name whatever given name it opens on
            kind, title, gender = "organisation", None, ""
        if inside_org(run.first, run.last) and kind != "person":
            continue
        gendered = governor is not None and governor.lower in _GENDERED_ARTICLES
        if kind == "organisation" and not gender and governor is not None and gendered:
            # « la CGT », « la FNSEA » are « elle », « le Medef » is « il »: the article right before
            # a body's name says its gender
            gender = _GENDERED_ARTICLES[governor.lower]
        if run.civility is not None:
            # « le docteur Hélène Marchais », « le professeur Anne Roux »: a civility of either
            # gender keeps its masculine article for a woman; her given name tells
            gender = CIVILITIES.get(run.civility.lower(), "") or (given if full_name else gender)
        if not gender and kind in {"person", "name"}:
            gender = given if len(run.tokens) > 1 or run.civility is None else ""
        elif full_name and run.civility is None and title is not None:
            # « le lieutenant-colonel Maëlle Kerbrat », « le maire Anne Roux »: a rank or post
            # keeps its masculine article for a woman; the given name tells
            gender = given
        parsed = parse_subject(run.start, run.end)
        titled_person = title is not None and not is_org and starts_person_name(run.tokens[0])
        if not parsed and titled_person and phrase_start < run.first:
            # « Le ministre des Sports Laurent Fabre a reçu … »: the parser made the title's noun
            # the subject and hung the name on it or its complement; the title's holder is the
            # subject all the same
            parsed = parse_subject(tokens[phrase_start].start, tokens[run.first - 1].end) or parsed
        subject_guess = governor is None or governor.lower not in PREPOSITIONS
        if subject_guess and det_index < 0 and _apposed_to_complement(text, tokens, lead, run.end):
            subject_guess = False  # « a écrit à son ancien adjoint, Marc Petit, »
        after_verb = parsed is None and object_after_verb(text, tokens, _past_dates(tokens, phrase_start))
        if governor is not None and governor.lower in _COORDINATORS and persons:
            # « derrière la Jamaïcaine X et la Néerlandaise Y », « en devançant X et Y »: a
            # conjunct shares the function of the name before it
            subject_guess = persons[-1][1].subject
            after_verb = after_verb or (parsed is None and persons[-1][1].after_verb)
        if (
            persons
            and _LIST_GAP.fullmatch(text, persons[-1][1].span.end, run.start)
            and run.civility is None
            and not full_name  # "à Nantes, Alain Roussel a dit": a person
            # « De retour de Tunisie, Karim cherche … »: a name a word in small letters follows
            # (its verb) after a comma is the subject of the clause, no member of a list
            and not _subject_after_comma(text, persons[-1][1].span.end, run)
        ):
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
            subject=(subject_guess if parsed is None else parsed) and not in_brackets(text, run.start),
            quoted=quoted(run.start),
            head=run.tokens[-1].lower(),
            from_run=True,
            after_verb=after_verb,
            ent=ent,
        )
        persons.append((run, occurrence))

    persons = share_genders(persons)
    return persons


#: A participle of leading right before « par » and the name's phrase (« présidé par », « dirigée
#: par »), and the role it gives the agent.
_PRESIDED_BY = regex.compile(
    r"\b(?P<verb>présid|dirig)(?:é|ée|és|ées)[ \t\u00a0\u202f]+par[ \t\u00a0\u202f]+\Z", regex.IGNORECASE
)
_PRESIDING_ROLES = {"présid": "président", "dirig": "directeur"}
_FEMININE_PRESIDING = {"président": "présidente", "directeur": "directrice"}


#: A Roman numeral of I, V and X, as French writes ranks and centuries (« la phase II », « Louis XIV
#: », « le XXe siècle »): no organisation's initials are made of these letters alone (a letter
#: alone may be a name: « sur X »).
_ROMAN_NUMERAL = regex.compile(r"X{0,3}(?:IX|IV|V?I{0,3})(?:e|ème|er)?")

#: A name whose hyphened parts hold a link in small letters, as French towns' names do and no
#: person's or firm's: « Vitry-sur-Seine », « Bonneuil-en-Valois », « Saint-Pierre-d'Aurillac »,
#: « Villeneuve-lès-Avignon » (not « Jean-Pierre », « Saint-Gobain »).
_TOPONYM = regex.compile(
    r"\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*-(?:sur|sous|en|lès|lez|le|la|les|de|du|des|aux|au)-\p{Lu}"
    r"|\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*-d['’]\p{Lu}"
)


def _abbreviates(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``acronym`` is written with the initials of the capitalised words and parts of
    ``words`` (« SPB » of « Saint-Pierre-des-Bois », « SSD » of « Seine-Saint-Denis »), as a
    name's short form in brackets after it is; a party's is not (« Vaurelles (PS) »).

    >>> _abbreviates("SPB", ["Saint-Pierre-des-Bois"]), _abbreviates("PS", ["Vaurelles"])
    (True, False)
    """
    initials = "".join(part[0] for word in words for part in word.split("-") if part[:1].isupper())
    return len(initials) > 1 and initials == acronym.upper()


def _subject_after_comma(text: str, end: int, run: NameRun) -> bool:
    """Whether the name ``run``, after a comma that follows a name ending at ``end``, opens a
    clause as its subject rather than going on a list: a word in small letters follows it (its
    verb: « De retour de Tunisie, Karim cherche un logement »), where a list's member is followed
    by a comma, « et » or the end of the phrase (« par Nonancourt, Verneuil et Falaise »)."""
    return " et " not in text[end : run.start] and _LOWERCASE_AFTER.match(text, run.end) is not None


def _published_on(text: str, tokens: Sequence[Token], lead: int) -> bool:
    """Whether the name at ``lead`` follows « sur » after a participle of putting words out
    (« une lettre publiée sur Tendo », « une vidéo postée lundi sur Kwip »): the medium the words
    were put out on, a place, never someone who said them."""
    before = _word_before_medium(text, tokens, lead, {"sur"})
    return before is not None and before[1] in PUBLISHED_PARTICIPLES


def _participle_before_de(run: NameRun, tokens: Sequence[Token], capitalised_inside: set[str]) -> bool:
    """Whether a run that opens its sentence opens on a past participle before *de*, which the
    capital of the sentence joined to the name after it: « Invité de France Inter, il … » is no
    one named « Invité ». Not a given name (« René de Obaldia »), nor a word the text
    writes with a capital inside a sentence too."""
    word = run.tokens[0].lower()
    return (
        word.endswith(FIRST_GROUP_PARTICIPLE_ENDINGS)
        and run.first + 1 <= run.last
        and tokens[run.first + 1].lower in DE_FORMS
        and not given_name_gender(fold(run.tokens[0]))
        and word not in capitalised_inside
    )


#: How far before a name :data:`MEDIUM_VENUE` is looked for.
_VENUE_REACH = 40


def _medium(text: str, tokens: Sequence[Token], lead: int, body: bool) -> bool:
    """Whether the name whose phrase opens at ``tokens[lead]`` is the radio, channel or paper
    someone spoke on or to, not a speaker: after the words of a venue (« au micro de la DW »,
    « invité de France Inter »: :data:`MEDIUM_VENUE`), or, for a ``body`` (initials, a name the
    parser calls an organisation), after « sur » or « par » that follow a speech verb or a
    participle of being interviewed (« a déclaré sur RTL », « interviewé mercredi sur France
    Info », « interrogée par la BBC »). A pronoun after it takes up whoever spoke there."""
    start = tokens[lead].start
    if MEDIUM_VENUE.search(text, max(0, start - _VENUE_REACH), start) is not None:
        return True
    before = _word_before_medium(text, tokens, lead, {"sur", "par"}) if body else None
    if before is None:
        return False
    on, word = before
    return word in INTERVIEWED_PARTICIPLES or (on == "sur" and conjugated_speech_form(word))


def _word_before_medium(
    text: str, tokens: Sequence[Token], lead: int, prepositions: set[str]
) -> tuple[str, str] | None:
    """The preposition of ``prepositions`` right before the name's phrase at ``lead`` (past its
    article: « sur la BBC ») and the word before that, past the days and times between (« a
    déclaré mardi sur RTL » → ("sur", "déclaré")), both lowercase; ``None`` when the phrase
    follows none of them or no word stands right before it."""
    if lead > 0 and tokens[lead - 1].lower in DEFINITE_ARTICLES:
        lead -= 1  # « sur la BBC »
    on = preceding(text, tokens, lead)
    if on is None or on.lower not in prepositions:
        return None
    verb = _past_dates(tokens, lead - 1) - 1
    if verb < 0 or not adjacent(text, tokens[verb], tokens[verb + 1]):
        return None
    return on.lower, tokens[verb].lower


def _past_dates(tokens: Sequence[Token], lead: int) -> int:
    """Where a name's phrase opening at ``tokens[lead]`` (its title's article, if any) meets the
    verb before it, past the days and times between (« a reçu jeudi le chancelier X »)."""
    while lead > 1 and tokens[lead - 1].lower in TIME_WORDS:
        lead -= 1
    return lead


def _presiding_role(text: str, start: int) -> str | None:
    """The role « présidé par » / « dirigé par » right before ``start`` gives the person named
    there (« le jury, présidé par le cinéaste Marc Delvaux » → président), or ``None``."""
    found = _PRESIDED_BY.search(text, max(0, start - 30), start)
    return None if found is None else _PRESIDING_ROLES[found["verb"].lower()]


#: The role a name joined to another by « et » may be titled by (« … et la préfète, Anne Petit »,
#: « … et la maire de Lyon, Anne Petit »).
_ROLE_BEFORE_NAME = (
    r"(?:(?:l[ae]|les|l['’])[ \u00a0]*\p{Ll}[\p{Ll}-]*(?:[ \u00a0]+[\p{L}'’-]+){0,4},?[ \u00a0]+)?"
)
#: Between two names joined into a pair: « et », after a label in brackets on the first one or
#: an apposition set off by commas (« Paul Roux, maire de Lyon, et Anne Petit »).
_JOINED_BY_ET = regex.compile(
    r"(?:[ \u00a0]*\([^()\n]{1,30}\)|,[^,;:.!?«»\"“”()\n]{1,60},)?[ \u00a0]+et[ \u00a0]+" + _ROLE_BEFORE_NAME
)
#: The same after a name that is itself an apposition, whose comma closes it (« Le maire,
#: Paul Roux, et la préfète, Anne Petit, »); a comma before « et » after any other name joins two
#: clauses (« Il a vu Paul Roux, et Anne Petit est venue »).
_APPOSED_JOINED_BY_ET = regex.compile(r",[ \u00a0]+et[ \u00a0]+" + _ROLE_BEFORE_NAME)


def _groups(scan: _Scan, persons: list[tuple[NameRun, Occurrence]]) -> list[Occurrence]:
    """Groups: two names joined by "et", and plural group nouns."""
    text, tokens, quoted = scan.text, scan.tokens, scan.quoted
    occurrences: list[Occurrence] = []
    # groups: two names joined by "et" ("Aliev et Pachinian"), plural group nouns ("les voisins")
    # a label in brackets after a name is no one of the pair (« Paul Roux (LR) et Anne Petit »)
    named = [(run, occurrence) for run, occurrence in persons if not in_brackets(text, occurrence.span.start)]
    # a place in an apposition lies between the two names (« Paul Roux, maire de Lyon, et … »)
    speakers = [(run, occurrence) for run, occurrence in named if occurrence.kind not in _NOT_SPEAKERS]
    for k, ((left_run, left), (_, right)) in enumerate(itertools.pairwise(speakers)):
        after_comma = (
            left_run.first > 0 and text[tokens[left_run.first - 1].end : left.span.start].strip() == ","
        )
        # « Nonancourt, Verneuil et Falaise »: a name after another and a comma is in a list; after
        # a role and a comma it is that role's apposition (« Le maire, Paul Roux, et … »)
        listed = after_comma and k > 0 and text[speakers[k - 1][1].span.end : left.span.start].strip() == ","
        joined = _JOINED_BY_ET.fullmatch(text, left.span.end, right.span.start) is not None
        apposed = (
            after_comma
            and not listed
            and _APPOSED_JOINED_BY_ET.fullmatch(text, left.span.end, right.span.start) is not None
        )
        if (joined and not after_comma) or apposed:
            if left.kind in _NOT_SPEAKERS or right.kind in _NOT_SPEAKERS or not left.subject:
                continue  # "entre Verneuil et Falaise"
            occurrences.append(joined_pair(text, left, right))
    occurrences.extend(_families(scan, persons))
    for i, token in enumerate(tokens):
        if token.lower not in SINGULAR_GROUPS and group_gender(token.lower) is None:
            continue  # most words name no group: the neighbours of those alone are read
        previous = preceding(text, tokens, i)
        singular = (
            token.lower in SINGULAR_GROUPS and previous is not None and previous.lower in _SINGULAR_DEFINITE
        )
        gender = SINGULAR_GROUPS.get(token.lower) if singular else group_gender(token.lower)
        if gender is None or previous is None:
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and following.text[:1].isupper() and not singular:
            continue  # « les juges Van Ruymbeke et Simeoni »: the title of the names after it
        if not singular and token.lower not in GROUP_NOUNS and not token.text.islower():
            continue  # « l'Union régionale des Boulangers »: a word of a body's name
        counted = not singular and previous.lower not in _GROUP_DETERMINERS
        first = _counted_from(text, tokens, i) if counted else i - 1
        if first is None:
            continue
        governor = preceding(text, tokens, first)
        occurrences.append(
            Occurrence(
                span=Span(tokens[first].start, token.end, source=text),
                name=text[tokens[first].start : token.end],
                tokens=tuple(t.text for t in tokens[first : i + 1]),
                kind="group",
                gender=gender,
                number="s" if singular else "p",
                subject=governor is None or governor.lower not in PREPOSITIONS,
                quoted=quoted(token.start),
                head=token.lower,
            )
        )

    return occurrences


def _counted_from(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """Where the phrase that counts the plural group noun ``tokens[i]`` begins: « plusieurs
    habitants », « trois élus », « une soixantaine de députés », « des dizaines de
    manifestants » (a quantity noun, its article and « de »); ``None`` when nothing counts it."""
    previous = preceding(text, tokens, i)
    if previous is None:
        return None
    if previous.lower in _COUNTING:
        article = preceding(text, tokens, i - 1)
        if article is not None and article.lower in {"les", "ces"}:
            return i - 2  # « les deux élus »
        if article is not None and article.lower in DE_FORMS | {"aux", "des"}:
            return None  # « les avocats des deux hommes »: a complement, the group is the lawyers
        return i - 1
    quantity = preceding(text, tokens, i - 1) if previous.lower in BARE_DE else None
    if quantity is None or quantity.lower not in QUANTITY_NOUNS:
        return None
    article = preceding(text, tokens, i - 2)
    return i - 3 if article is not None and article.lower in DETERMINERS else i - 2


#: Words that count a plural noun of people (« plusieurs », « trois »): a group's determiners,
#: not a possessive (« ses voisins » are someone else's) nor « aux ».
_COUNTING = GROUP_DETERMINERS - {"les", "des", "ces", "ses", "leurs", "aux"}


def is_family(occurrence: Occurrence) -> bool:
    """Whether ``occurrence`` is a family :func:`_families` found: a plural group that ends on a
    surname (not « la Défense », a singular group noun written with a capital)."""
    return (
        occurrence.kind == "group"
        and occurrence.number == "p"
        and not occurrence.members
        and occurrence.tokens[-1][:1].isupper()
        and occurrence.head not in GROUP_NOUNS
    )


def _families(scan: _Scan, persons: list[tuple[NameRun, Occurrence]]) -> list[Occurrence]:
    """Families named by their surname, which « ils » / « elles » stand for: a plural noun of kin
    before it (« les frères Kouachi », « les sœurs Williams », :data:`FAMILY_PLURALS`), or the
    plural article before the surname of someone the text names in full (« Jean Tiberi » … « les
    Tiberi »).

    A surname takes no plural mark in French, so « les Tiberi » is told by its article alone; a
    capitalised word after « les » that is no one's surname (« les Bleus », « les Pays-Bas »,
    « Les Échos ») is no family.
    """
    text, tokens, quoted = scan.text, scan.tokens, scan.quoted
    surnames = {
        o.tokens[-1]
        for _, o in persons
        if o.kind in {"person", "name"} and len(o.tokens) > 1 and o.tokens[0] != "Les"  # « Les Échos »
    }
    families: list[Occurrence] = []
    for run, _ in persons:
        if run.civility is not None or len(run.tokens) > 2:
            continue
        surname = run.tokens[-1]
        if len(run.tokens) == 2:  # « Les Tiberi » opening a sentence: the article is in the run
            opening, gender = run.first, "m"
            family = run.tokens[0] == "Les" and surname in surnames
        else:
            before = preceding(text, tokens, run.first)
            kin = FAMILY_PLURALS.get(before.lower) if before is not None else None
            opening = run.first - (2 if kin else 1)
            gender, family = kin or "m", kin is not None or surname in surnames
            if preceding(text, tokens, opening + 1) is None:
                continue  # nothing, or not the article, right before (the kin noun and) the surname
        if not family or tokens[opening].lower not in _GROUP_DETERMINERS:
            continue
        governor = preceding(text, tokens, opening)
        families.append(
            Occurrence(
                span=Span(tokens[opening].start, run.end, source=text),
                name=text[tokens[opening].start : run.end],
                tokens=tuple(t.text for t in tokens[opening : run.last + 1]),
                kind="group",
                gender=gender,
                number="p",
                subject=governor is None or governor.lower not in PREPOSITIONS,
                quoted=quoted(run.start),
                head=surname.lower(),
            )
        )
    return families


def _documents(scan: _Scan, occurrences: list[Occurrence]) -> list[Occurrence]:
    """Statements, each with the occurrence that issued it when its sentence names one."""
    text, tokens, boundaries, quoted = scan.text, scan.tokens, scan.boundaries, scan.quoted
    named = [o for o in occurrences if o.kind in _ISSUER_KINDS and not o.quoted]
    named_starts = [o.span.start for o in named]

    # documents and who issued them: "Dans une déclaration …, le ministère … a déclaré"
    documents: list[Occurrence] = []
    for i, token in enumerate(tokens):
        if token.lower not in DOCUMENT_NOUNS:
            continue
        previous = preceding(text, tokens, i)
        # « ont annoncé par communiqué »: a statement with no article after « par », its means
        bare = previous is not None and previous.lower == "par"
        if previous is None or (previous.lower not in DETERMINERS and not bare):
            continue
        sentence_end_index = bisect.bisect_right(boundaries, token.start)
        sentence_end = boundaries[sentence_end_index] if sentence_end_index < len(boundaries) else len(text)
        sentence_start = boundaries[sentence_end_index - 1] if sentence_end_index > 0 else 0
        source_word = preceding(text, tokens, i - 1)
        fronted = source_word is not None and source_word.lower in _MEANS_PREPOSITIONS
        issuer = find_issuer(text, token, named, named_starts, sentence_start, sentence_end, fronted=fronted)
        if quoted(token.start):
            continue
        last = document_phrase_end(text, tokens, i)
        first = i if bare else i - 1
        documents.append(
            Occurrence(
                span=Span(tokens[first].start, tokens[last].end, source=text),
                name=text[tokens[first].start : tokens[last].end],
                tokens=tuple(t.text for t in tokens[first : last + 1]),
                kind="document",
                number="s",
                head=token.lower,
                issuer=issuer,
            )
        )
    return documents


def _apposed_to_complement(text: str, tokens: Sequence[Token], first: int, end: int) -> bool:
    """Whether the name at ``tokens[first]`` (ending at ``end``) stands between commas in
    apposition to a noun phrase a preposition opens (« a écrit à son ancien adjoint, Marc Petit, »,
    « face à son rival, Paul Roux. »): it shares that phrase's function, a complement, no subject.
    The phrase is a determiner and at most three words in small letters right before the comma;
    a name a verb follows opens a clause of its own (« En réponse à son adversaire, Marie Dubois
    a dénoncé des mensonges »)."""
    if first < 3 or text[tokens[first - 1].end : tokens[first].start].strip() != ",":
        return False
    if text[end:].lstrip(" \u00a0")[:1] not in {",", ".", ";", ")"}:
        return False
    for fused in range(first - 2, max(0, first - 8) - 1, -1):
        if tokens[fused].lower in _FUSED_PREPOSITIONS:
            if _role_with_domain_after(tokens, fused, first):
                return True
            break
    for det in range(first - 2, max(0, first - 4) - 1, -1):
        if tokens[det].lower in DETERMINERS:
            words = tokens[det + 1 : first]
            return (
                det > 0
                and tokens[det - 1].lower in PREPOSITIONS
                and all(t.text.islower() and t.text.isalpha() for t in words)
            ) or _role_with_domain_after(tokens, det, first)
    return False


#: Prepositions fused with their article, which open a complement with no determiner after them.
_FUSED_PREPOSITIONS = frozenset({"au", "aux"})


def _role_with_domain_after(tokens: Sequence[Token], at: int, first: int) -> bool:
    """Whether the name at ``tokens[first]`` is apposed to a role a preposition opens, whose
    domain a capitalised place or body may name (« a parlé au premier ministre de la
    Saskatchewan, Paul Roux, », « avec la ministre de la Mer, Anne Morel, »): the role's
    complement, no subject.
    ``at`` is the preposition fused with its article, or the article after the preposition."""
    start = at + 1
    opener = tokens[at].lower in _FUSED_PREPOSITIONS or (
        at > 0 and tokens[at - 1].lower in PREPOSITIONS and tokens[at].lower in DETERMINERS
    )
    while start < first and tokens[start].lower in PRE_ROLE_ADJECTIVES:
        start += 1
    if not opener or start >= first or not tokens[start].text.islower():
        return False
    if role_of(tokens[start].lower) is None:
        return False
    for k in range(start + 1, first):
        word = tokens[k]
        # the domain: « de la Saskatchewan », « de la Mer »; no verb or clause between
        after_de = tokens[k - 1].lower in PREPOSITIONS or tokens[k - 1].lower in DETERMINERS
        if not (word.text.islower() and word.text.isalpha()) and not after_de:
            return False
    return True


def _subject_of_speech_verb(tokens: Sequence[Token], last: int) -> bool:
    """Whether the word right after ``tokens[last]`` is a finite form of a speech verb (« Greenpeace
    dénonce … », « Airbus annonce … »): a capitalised word opening a sentence with no article,
    right before its verb, is a name, since a French common noun takes its determiner (the
    pronouns and adverbs a sentence opens on are :data:`NOT_NAME_STARTS`); so is an auxiliary and
    a speech verb's participle (« Airbus a démenti … », « Bercy a demandé … »)."""
    if last + 1 < len(tokens) and tokens[last + 1].lower in SPEECH_VERB_FORMS:
        return True
    compound = last + 2 < len(tokens) and tokens[last + 1].lower in _FINITE_AUXILIARIES
    return compound and conjugated_speech_form(tokens[last + 2].lower)


#: The third-person forms of « avoir » that open a compound past (« a démenti », « ont dit »).
_FINITE_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura", "auront"})


#: The definite articles that say a name's gender (« la CGT », « le Medef »; « l' » says none).
_GENDERED_ARTICLES = {"la": "f", "le": "m"}


def index_document(text: str, doc: ParsedDoc | None = None) -> DocumentIndex:
    """Find every name, organisation, group and statement of ``text`` (never raises).

    The steps, each a function of this module: read the text once (:func:`_scan`), then
    organisation phrases, capitalised names, groups, role descriptions and statements.
    """
    scan = _scan(text, doc)
    organisations, org_token_ranges = _organisations(scan)
    persons = _names(scan, org_token_ranges)
    occurrences = [*organisations, *(occurrence for _, occurrence in persons)]
    occurrences.extend(_groups(scan, persons))
    occurrences.extend(descriptions(text, scan.tokens, scan.quoted))
    occurrences.sort(key=lambda o: (o.span.start, -o.span.end))
    occurrences.extend(_documents(scan, occurrences))
    occurrences.sort(key=lambda o: (o.span.start, -o.span.end))
    return DocumentIndex(
        text=text,
        tokens=scan.tokens,
        occurrences=tuple(occurrences),
        boundaries=scan.boundaries,
        narrative_boundaries=scan.narrative_boundaries,
        pronouns=_subject_pronouns(scan),
        subheadings=subheading_regions(text),
        headline_subject=_headline_subject(scan, occurrences),
        headline_body=_headline_body(scan, occurrences),
    )


def _headline_subject(scan: _Scan, occurrences: Sequence[Occurrence]) -> int | None:
    """The start of the one person a headline names (a person, or a name opening on a given name),
    outside its quotation marks, as the subject
    of what it says of them (a word in small letters follows the name: « Le ministre Paul Roux
    démissionne », « « Pas de commentaire » : Paul Roux s'explique »). The body takes them up by
    a pronoun (« « … », a-t-il déclaré »), though the header is no part of the narration. Not
    a line that is only a name (« Émile Zola », a work's author), nor a headline of two people."""
    line_end = _headline_end(scan)
    if line_end is None:
        return None
    people = [
        o
        for o in occurrences
        if o.span.end <= line_end
        and (o.kind == "person" or (o.kind == "name" and starts_person_name(o.tokens[0])))
        and not scan.in_region(o.span.start)
    ]
    if len(people) != 1:
        return None
    (person,) = people
    return person.span.start if _said_of(scan, person, line_end) else None


def _headline_end(scan: _Scan) -> int | None:
    """Where the headline's first line ends, within the header; ``None`` with no header."""
    if scan.header == 0:
        return None
    end = scan.text.find("\n")
    return scan.header if end < 0 else min(end, scan.header)


def _said_of(scan: _Scan, named: Occurrence, line_end: int) -> bool:
    """Whether the headline says something of ``named``: a word in small letters follows it."""
    return _HEADLINE_PREDICATE.match(scan.text, named.span.end, line_end) is not None


def _headline_body(scan: _Scan, occurrences: Sequence[Occurrence]) -> Occurrence | None:
    """The one organisation a headline names, outside its quotation marks, as the
    subject of what it says of it (a word in small letters follows the name: « Loyers : la CLCV
    repart en campagne »). The lead takes it up by a description (« L'association de défense des
    locataires dénonce … »), though the header is no part of the narration. Not a headline
    that also names a person or another body."""
    line_end = _headline_end(scan)
    if line_end is None:
        return None
    named = [
        o
        for o in occurrences
        if o.span.end <= line_end
        and o.kind in {"person", "organisation", "name", "group"}
        and not scan.in_region(o.span.start)
    ]
    if len(named) != 1:
        return None
    (body,) = named
    if body.kind not in {"organisation", "name"} or not has_name(body.name):
        return None
    if body.kind == "name" and starts_person_name(body.tokens[0]):
        return None
    return body if _said_of(scan, body, line_end) else None


#: What a headline says of the one it names: a word in small letters right after the name.
_HEADLINE_PREDICATE = regex.compile(r"[ \u00a0]+\p{Ll}")


def _subject_pronouns(scan: _Scan) -> tuple[SubjectPronoun, ...]:
    """The subject pronouns of the narration: « elle » not after a preposition (« avec elle »),
    « il » not impersonal (« il faut »), inverted ones (« a-t-il dit », « estime-t-elle »); none
    inside a quotation."""
    found: list[SubjectPronoun] = []
    tokens = scan.tokens
    for i, token in enumerate(tokens):
        inverted = "-" in token.lower and token.lower.rsplit("-", 1)[1] in SUBJECT_PRONOUNS
        form = token.lower.rsplit("-", 1)[1] if inverted else token.lower
        if form not in SUBJECT_PRONOUNS or scan.quoted(token.start):
            continue
        if not inverted:
            before = preceding(scan.text, tokens, i)
            if before is not None and before.lower in PREPOSITIONS:
                continue  # « avec elle », « pour eux »: stressed, not a subject
            if form == "il" and _impersonal(tokens, i + 1):
                continue
        gender, number = PRONOUNS[form]
        found.append(SubjectPronoun(start=token.start, gender=gender, number=number))
    return tuple(found)


def _impersonal(tokens: Sequence[Token], k: int) -> bool:
    """Whether the verb group at ``tokens[k]`` makes the « il » before it impersonal (« il
    n'y a », « il s'agit »)."""
    if k < len(tokens) and tokens[k].lower in {"ne", "n'", "n’"}:
        k += 1
    if k < len(tokens) and tokens[k].lower in {"s'", "s’"} and k + 1 < len(tokens):
        return "s'" + tokens[k + 1].lower in IMPERSONAL_IL
    if _personal_passive(tokens, k):
        return False
    return k < len(tokens) and tokens[k].lower in IMPERSONAL_IL


def _personal_passive(tokens: Sequence[Token], k: int) -> bool:
    """Whether « il » and the forms of « être » at ``tokens[k]`` make a passive said of
    someone: a past participle after them, and no « que », « de » or « à » after it, which would
    open what the impersonal passive announces (« il est présenté devant le juge », « il était
    jugé pour vol »; but « il est prévu que », « il est demandé aux élus de »)."""
    if k + 2 >= len(tokens) or tokens[k].lower not in _FORMS_OF_ETRE:
        return False
    participle = tokens[k + 1].lower
    after = tokens[k + 2].lower
    return participle.endswith(FIRST_GROUP_PARTICIPLE_ENDINGS) and after not in _OPENS_WHAT_IS_ANNOUNCED


#: Forms of « être » after an « il » that may be impersonal.
_FORMS_OF_ETRE = frozenset({"est", "était", "sera", "serait"})
#: Words after an impersonal passive's participle that open what it announces.
_OPENS_WHAT_IS_ANNOUNCED = QUE_FORMS | DE_FORMS | {"à", "au", "aux"}
