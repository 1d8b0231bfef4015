"""Bodies: an organisation named by its common noun, its initials or its seat, to the one the text names.

« le groupe » after Airbus, « l'ONG » after Greenpeace, « la Chancellerie » for the ministry of
Justice the article names, « la direction » as the unit of the organisation just spoken of, « la
mairie » after « À Lanserre, »: the steps that find which named organisation a body's noun takes up
(``resolved_by`` organisation), or none.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import attrs
import regex

from quoteattr.attribute.entities import Occurrence, header_end
from quoteattr.attribute.mentions import Mention
from quoteattr.attribute.names import fold, has_name, is_acronym, starts_person_name, tokenize
from quoteattr.attribute.resolve_base import _ORGANISATION_REACH, _Resolved, _ResolverBase
from quoteattr.attribute.resolve_rules import GENERIC_ACRONYMS, after_open_bracket, clean_phrase, fuller_noun
from quoteattr.attribute.resolve_score import (
    in_lead,
    national_body,
    org_fullest,
    person_fullest,
    ranked_otherwise,
    sentence_text,
)
from quoteattr.attribute.resolve_text import (
    _BRACKET_BEFORE_VERB,
    _DEFINITE_SINGULAR,
    _DEFINITE_SINGULAR_WORDS,
    _NOUN_BEFORE_NAME,
    _OWNER_POSSESSIVES,
    _PLACE_OPENING,
    _of,
    has_own_complement,
)
from quoteattr.attribute.vet import head_noun
from quoteattr.lang.fr.bodies import (
    BODY_KINDS,
    HIGHEST_COURT_NOUNS,
    KIND_ACRONYMS,
    SUPREME_COURT_NAMES,
    TEAM_NOUNS,
    is_union,
)
from quoteattr.lang.fr.press import PRESS_NAME_WORDS, PRESS_NOUNS, press_title_length
from quoteattr.lang.fr.roles import (
    FIRM_NOUNS,
    INSTITUTION_METONYMS,
    KINDRED_ORGANISATIONS,
    ORGANISATION_NOUNS,
    ORGANISATION_UNITS,
    PUBLIC_AUTHORITIES,
    names_any_body,
    organisation_kinds_clash,
    role_of,
    state_body_may_take_up,
)
from quoteattr.lang.fr.verbs import conjugated_speech_form
from quoteattr.model import ResolvedBy, Span

#: How many sentences back a press noun (« le quotidien ») takes up the newspaper named.
_PRESS_REACH = 6
#: « à », « au », « aux » and an article right before a name: whom a statement is told.
_ADDRESSEE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:à|au|aux)[ \u00a0]+(?:(?:la|le|les)[ \u00a0]+|l['’][ \u00a0]*)?\Z"
)

#: A verb in small letters right before a statement, after a comma: an incise's (« , indique »).
_SPEECH_VERB_BEFORE = regex.compile(r",[ \u00a0]*(?:(?:a|avait)[ \u00a0]+)?(?P<verb>\p{Ll}+)[ \u00a0]+\Z")

#: The article right before a name, or the preposition it is contracted with (« du Parisien »).
_PRESS_ARTICLE = regex.compile(r"(?i)\b(le|la|les|l['’]|du|au)[ \u00a0]*\Z")

#: Press nouns that say how often a paper comes out: one of them never takes up a paper the
#: text named by another (« l'hebdomadaire X » is no « le quotidien »).
_PERIODICITIES = frozenset({"quotidien", "hebdomadaire", "mensuel", "bimensuel"})

#: Prepositions contracted with the article « le ».
_CONTRACTED = {"du": "le", "au": "le"}


#: The kinds of occurrence a body of a kind may be named as (a name of unknown type included).
_BODY_NAME_KINDS = frozenset({"organisation", "name", "place", "complement"})

#: What :func:`_kind_noun` says of « le plus haut tribunal »: a supreme court.
_HIGHEST_COURT = "plus haut tribunal"

#: An article, a noun and at most four lowercase words right before a name: « le gestionnaire
#: du réseau électrique » before « Valtris ».
_KIND_BEFORE_NAME = regex.compile(
    r"(?i:\b(?:la|le|les|l['’]|du|des|au|aux))[ \u00a0]*(?P<noun>\p{Ll}[\p{Ll}-]*)"
    r"(?:[ \u00a0]+(?:\p{Ll}+|\p{Ll}['’]\p{Ll}+)){0,4}[ \u00a0]+\Z"
)

#: A noun in apposition after a name, with its article: « Valtris, le gestionnaire du réseau ».
_KIND_AFTER_NAME = regex.compile(r"[ \u00a0]*,[ \u00a0]*(?i:le|la|l['’])[ \u00a0]*(?P<noun>\p{Ll}[\p{Ll}-]*)")

#: « le plus haut tribunal (du pays) », « la plus haute juridiction », lowercase.
_HIGHEST_COURT_PHRASE = regex.compile(r"(?:le|la) plus haute? (?P<noun>\p{Ll}+)\b")

#: A supreme court's name (:data:`SUPREME_COURT_NAMES`) and the country it is of, if any: « Cour
#: suprême du Canada », « Conseil d'État ».
_SUPREME_COURT = regex.compile(
    r"(?i:"
    + "|".join(
        regex.escape(name).replace("'", "['’]").replace(r"\ ", r"[ \u00a0]+") for name in SUPREME_COURT_NAMES
    )
    + r")(?:[ \u00a0]+(?:du|de(?:[ \u00a0]+la)?|de[ \u00a0]+l['’]|des|d['’])[ \u00a0]*\p{Lu}[\p{L}-]*)?"
)

#: The words « la centrale » may have after it and still be a union's: « la centrale syndicale »
#: (« la centrale nucléaire » is a power plant).
_UNION_CENTRALE = frozenset({"syndicale"})


#: Two bodies named together after their plural noun, the first one's initials in brackets
#: maybe: « les associations Terre vive (TV) et Rivages », the names in group ``names``.
_PAIR_NAMES = (
    r"[ \u00a0]+(?P<names>\p{Lu}[^,;:.«»\"()\n]{0,50}?(?:[ \u00a0]*\([^()\n]{1,12}\))?[ \u00a0]+et[ \u00a0]+"
    r"\p{Lu}[\p{L}’'-]*(?:[ \u00a0]+\p{Lu}[\p{L}’'-]*)*(?:[ \u00a0]*\([^()\n]{1,12}\))?)"
)


#: The indefinite article right before a noun: what it names is brought in, not known.
_BRINGS_IN = regex.compile(r"(?i)\bune[ \u00a0]+$")


#: « et » between two names, with the second one's article: « la CGT et la CFDT ».
_JOINED_BY_ET = regex.compile(
    r"[ \u00a0]+et[ \u00a0]+(?:(?i:l['’]|le[ \u00a0]+|la[ \u00a0]+|les[ \u00a0]+))?"
)


def _plural_body_noun(words: str) -> str | None:
    """The plural noun of a kind of body (:data:`ORGANISATION_NOUNS`) a description is, alone
    after « les » or « les deux » (« les deux associations », « les syndicats »); ``None`` for
    any other words.

    >>> _plural_body_noun("les deux associations"), _plural_body_noun("les associations locales")
    ('associations', None)
    """
    tokens = [t.lower for t in tokenize(words)]
    if len(tokens) == 3 and tokens[1] == "deux":
        tokens = [tokens[0], tokens[2]]
    if len(tokens) != 2 or tokens[0] != "les" or tokens[1][-1:] not in {"s", "x"}:
        return None
    return tokens[1] if tokens[1][:-1] in ORGANISATION_NOUNS else None


def _researchers(words: str) -> bool:
    """Whether a description is scientists alone, definite and plural, with no words after their
    noun (« les chercheurs », « ces astronomes »: a role of the field of science).

    >>> _researchers("les chercheurs"), _researchers("ces astronomes")
    (True, True)
    >>> _researchers("les chercheurs de l'Inserm"), _researchers("les joueurs"), _researchers("le chercheur")
    (False, False, False)
    """
    tokens = [t.lower for t in tokenize(words)]
    if len(tokens) != 2 or tokens[0] not in {"les", "ces"} or tokens[1][-1:] not in {"s", "x"}:
        return False
    role = role_of(tokens[1])
    return role is not None and "science" in role[1]


def _kind_noun(words: str) -> str | None:
    """The noun of a kind of body a definite singular description is (:data:`BODY_KINDS`), with
    lowercase words at most after it, or :data:`_HIGHEST_COURT` for « le plus haut tribunal du
    pays »; ``None`` for any other words.

    >>> _kind_noun("la centrale"), _kind_noun("La plus haute juridiction du pays")
    ('centrale', 'plus haut tribunal')
    >>> _kind_noun("la centrale nucléaire"), _kind_noun("l'agence Nordavia")
    (None, None)
    >>> _kind_noun("le ministère public")
    'ministère public'
    """
    tokens = tokenize(words)
    if len(tokens) < 2 or tokens[0].lower not in {"le", "la", "l'", "l’"}:
        return None
    if any(not t.text.islower() for t in tokens[1:]):
        return None  # « l'agence Nordavia », « la centrale de Mérel »: named in full
    highest = _HIGHEST_COURT_PHRASE.match(" ".join(t.lower for t in tokens))
    if highest is not None:
        return _HIGHEST_COURT if highest.group("noun") in HIGHEST_COURT_NOUNS else None
    whole = " ".join(t.lower for t in tokens[1:])
    if whole in BODY_KINDS:
        return whole  # « le ministère public »: a kind of body in two words
    noun = tokens[1].lower
    if noun not in BODY_KINDS or (
        noun == "centrale" and any(t.lower not in _UNION_CENTRALE for t in tokens[2:])
    ):
        return None
    return noun


#: How far after a body's noun phrase its own name may end (« à petits prix Volabus »).
_NAME_RIGHT_AFTER_REACH = 60


class _Organisations(_ResolverBase):
    """The organisation steps of :class:`~quoteattr.attribute.resolve.Resolver`."""

    def _ministry(self, name: str, limit: int) -> _Resolved | None:
        """« le Quai d'Orsay », « Bercy », « la Chancellerie »: the ministry the place stands for,
        in the form the article names it (« le ministère français des Affaires étrangères »);
        ``None`` for any other name, or when the article names no such ministry."""
        portfolios = INSTITUTION_METONYMS.get(" ".join(fold(clean_phrase(name)).split()))
        if portfolios is None:
            return None
        found = [
            o
            for o in self._index.occurrences
            if o.kind == "organisation"
            and fold(o.head) == "ministere"
            and any(p in " ".join(fold(o.name).split()) for p in portfolios)
        ]
        if not found:
            return None
        best = max(found, key=lambda o: (len(o.tokens), -abs(o.span.start - limit)))
        return _Resolved(name=best.name, kind="organisation", by=ResolvedBy.ORGANISATION)

    def _organisation(
        self, name: str, head: str, limit: int, title: str | None = None, *, brought_in: bool = False
    ) -> _Resolved:
        best = org_fullest(self._index, name, head, limit)
        # « l'ONG »: an acronym of a kind of organisation, not a name (« l'ONG Greenpeace »)
        generic = not has_name(name) or fold(name) in GENERIC_ACRONYMS
        unit = head in ORGANISATION_UNITS  # « la direction »: of an organisation the text must name
        office = head in PUBLIC_AUTHORITIES  # « la préfecture » is itself, no firm named before
        unnamed = best is None or not has_name(best.name) or fold(best.name) in GENERIC_ACRONYMS
        national = national_body(name)  # « la délégation chinoise »: a nation's body, no anaphor
        # « le quotidien » takes up a newspaper only (`_press_taken_up`), no other body named
        press = head.lower() in PRESS_NOUNS
        if generic and not unit and not office and unnamed and not national and not press and not brought_in:
            # "le groupe", "le groupe aéronautique": a description of the organisation named before
            named = (
                self._organisation_taken_up(head, limit, own_kind=has_own_complement(name))
                or self._headline_body(head, limit)
                or self._only_body_named(head, limit)
            )
            if named is not None and not self._ranked_otherwise(name, head, named):
                return attrs.evolve(
                    self._from_occurrence(named, limit), title=title, by=ResolvedBy.ORGANISATION
                )
        if best is not None and not (generic and unnamed):
            return _Resolved(name=best.name, kind="organisation", title=title, gender=best.gender)
        by = ResolvedBy.SPELLED if has_name(name) and not generic else ResolvedBy.WORDS
        written = clean_phrase(name)
        # « Le ministère précise … » after « le ministère de l'éducation nationale »: the one
        # form the text gives the noun in full
        fuller = fuller_noun(self._text, written) if by is ResolvedBy.WORDS and " " not in written else None
        return _Resolved(name=fuller or written, kind="organisation", title=title, by=by)

    def _ranked_otherwise(self, words: str, head: str, named: Occurrence) -> bool:
        """Whether the description ``words`` ranks its body otherwise than the sentence naming
        ``named`` ranks it (:func:`~quoteattr.attribute.resolve_score.ranked_otherwise`)."""
        return ranked_otherwise(words, head, sentence_text(self._index, named.span.start))

    def _press_taken_up(self, words: str, head: str, limit: int) -> _Resolved | None:
        """« Le Parisien révèle que … Le quotidien affirme que … »: a press noun alone
        (:data:`PRESS_NOUNS`), definite, singular, with lowercase adjectives at most (« le
        quotidien », « le journal satirique »), takes up the newspaper the text names before it
        (:meth:`_one_named_before`)."""
        if head.lower() not in PRESS_NOUNS or not words.strip().lower().startswith(_DEFINITE_SINGULAR):
            return None
        if any(not t.text.islower() for t in tokenize(words)[1:]):
            return None  # « le journal Le Monde », « le magazine du Monde »: named in full
        # a paper the text cites is the one « le journal » takes up, however far back, when it
        # names no other
        return self._one_named_before(limit, lambda o: self._press_title(o, head.lower()), whole_text=True)

    def _body_taken_up(self, words: str, limit: int) -> _Resolved | None:
        """« La Confédération des artisans du Nord (CAN) appelle … la centrale a dénoncé … »: a
        noun of a kind of body (:data:`BODY_KINDS`, or « le plus haut tribunal » for a supreme
        court), definite, singular, with lowercase words at most, takes up the body of that kind
        the text names before it (:meth:`_one_named_before`, :meth:`_body_of_kind`)."""
        noun = _kind_noun(words)
        if noun is None:
            return None
        return self._one_named_before(limit, lambda o: self._body_of_kind(o, noun))

    def _bodies_named_together(self, words: str, limit: int) -> _Resolved | None:
        """« Les associations Terre vive et Rivages portent plainte. … Les deux associations
        dénoncent … »: a plural noun of a kind of body, definite, alone (:func:`_plural_body_noun`),
        takes up the two bodies the text named together after that same noun within
        :data:`_PRESS_REACH` sentences before it; ``None`` when it names none, or two pairs."""
        noun = _plural_body_noun(words)
        if noun is None:
            return None
        start = self._index.start_back(limit, _PRESS_REACH)
        pattern = regex.compile(r"\b(?i:les)[ \u00a0]+" + regex.escape(noun) + _PAIR_NAMES)
        pairs = {" ".join(m.group("names").split()) for m in pattern.finditer(self._text, start, limit)}
        if not pairs and " deux " in f" {words.lower()} ":
            pairs = self._pair_just_named(limit)
        if len(pairs) != 1:
            return None
        return _Resolved(name=pairs.pop(), kind="group", number="p", by=ResolvedBy.ORGANISATION)

    def _pair_just_named(self, limit: int) -> set[str]:
        """The pairs of bodies the text names joined by « et » in the sentence of ``limit`` or the
        one before, each as written without its article (« … inquiète la CGT et la CFDT. « … »,
        affirment les deux organisations » → "CGT et CFDT"): « les deux » and a body's noun
        take them up whatever noun named them, as a hypernym does."""
        start = self._index.start_back(limit, 1)
        bodies = [
            o
            for o in self._index.within(Span(start, limit))
            if o.kind == "organisation" and not o.quoted and o.span.end <= limit
        ]
        return {
            f"{one.name} et {other.name}"
            for one, other in itertools.pairwise(bodies)
            if _JOINED_BY_ET.fullmatch(self._text, one.span.end, other.span.start) is not None
        }

    def _team_taken_up(self, words: str, limit: int) -> _Resolved | None:
        """« Une équipe de l'Inserm a suivi 3 000 patients. … « … », concluent les chercheurs »:
        scientists, definite and plural, alone (:func:`_researchers`), are the team the text
        brought in before them with « une » (:data:`TEAM_NOUNS`), as it named it; ``None`` when
        it brought in none, or two (:meth:`_one_named_before`). Not a team the text names as
        known (« l'équipe de France »), whose scientists are some of its staff."""
        if not _researchers(words):
            return None
        team = self._one_named_before(limit, self._brought_in_team)
        # its members speak: a group of people, as « les chercheurs » is
        return None if team is None else attrs.evolve(team, kind="group", number="p")

    def _brought_in_team(self, occurrence: Occurrence) -> str | None:
        """The team an occurrence is, as the text names it, when « une » brings it in."""
        if (
            occurrence.quoted
            or occurrence.kind != "organisation"
            or occurrence.head.lower() not in TEAM_NOUNS
        ):
            return None
        before = self._text[max(0, occurrence.span.start - 5) : occurrence.span.start]
        return occurrence.name if _BRINGS_IN.search(before) is not None else None

    def _one_named_before(
        self, limit: int, named_as: Callable[[Occurrence], str | None], *, whole_text: bool = False
    ) -> _Resolved | None:
        """The one body ``named_as`` finds among the names before ``limit`` (its name as the
        text writes it): the one named in the sentence of ``limit`` or the one before, else the
        only one named within :data:`_PRESS_REACH` sentences (with ``whole_text``, the only one
        the text names before ``limit``, however far back); ``None`` when none is, or two at the
        same distance (« La CGT et FO … La centrale » is neither)."""
        sentence = self._index.sentence_of(limit)
        found: list[tuple[int, str, str]] = []
        for occurrence in self._index.preceding(limit):
            distance = sentence - self._index.sentence_of(occurrence.span.start)
            if distance > _PRESS_REACH and not whole_text:
                break
            title = named_as(occurrence)
            if title is not None:
                found.append((distance, fold(title).removeprefix("le ").removeprefix("la "), title))
        if found and found[0][0] > _PRESS_REACH:
            # none near: the text's one paper, however far back, or none
            if len({key for _, key, _ in found}) != 1:
                return None
            return _Resolved(name=found[0][2], kind="organisation", by=ResolvedBy.ORGANISATION)
        found = [f for f in found if f[0] <= _PRESS_REACH]
        if not found:
            return None
        nearest = found[0][0]
        near = {key for distance, key, _ in found if distance == nearest}
        if len(near) != 1 or (nearest > 1 and len({key for _, key, _ in found}) != 1):
            return None
        return _Resolved(name=found[0][2], kind="organisation", by=ResolvedBy.ORGANISATION)

    def _body_of_kind(self, occurrence: Occurrence, noun: str) -> str | None:
        """The body a name is, as the text names it, when it is of the kind ``noun`` takes up: a
        supreme court's name for « le plus haut tribunal » (:data:`SUPREME_COURT_NAMES`), the
        initials of a body of the kind (:data:`KIND_ACRONYMS`: « la CGT » for « la centrale »),
        or a name that opens on a noun of the kind, comes after one (« le gestionnaire du réseau
        Valtris ») or has one in apposition after it (« Valtris, le gestionnaire du réseau, »);
        ``None`` for any other name, a person's or one quoted."""
        if occurrence.quoted or occurrence.kind not in _BODY_NAME_KINDS or not has_name(occurrence.name):
            return None
        if occurrence.kind == "name" and starts_person_name(occurrence.tokens[0]):
            return None
        if noun == _HIGHEST_COURT:
            court = _SUPREME_COURT.match(self._text, occurrence.span.start)
            return " ".join(court.group().split()) if court is not None else None
        acronyms = KIND_ACRONYMS.get(noun, frozenset())
        initials = [t for t in occurrence.tokens if t[:1].isupper() and fold(t) in acronyms]
        if initials:
            return initials[0]
        kin = BODY_KINDS[noun]
        if occurrence.kind == "organisation" and occurrence.head.lower() in kin:
            first, _, rest = occurrence.name.partition(" ")
            # « agence Nordavia » is Nordavia; « Agence spatiale nordique » keeps its noun
            return rest if first.islower() and rest[:1].isupper() else occurrence.name
        before = _KIND_BEFORE_NAME.search(
            self._text[max(0, occurrence.span.start - 60) : occurrence.span.start]
        )
        after = _KIND_AFTER_NAME.match(self._text, occurrence.span.end)
        if any(m is not None and m.group("noun") in kin for m in (before, after)):
            return occurrence.name
        return None

    def _press_title(self, occurrence: Occurrence, noun: str) -> str | None:
        """The newspaper a name is, as the text names it: a title with its article (« le
        Parisien », « du Monde » → « Le Monde », :func:`press_title_length`), a name a press noun
        comes before (« l'hebdomadaire Valeurs Actuelles ») or a name with a word of the press
        (« le Herald Times », :data:`PRESS_NAME_WORDS`); ``None`` for any other name, and for one
        named a paper of another periodicity than ``noun`` (« l'hebdomadaire X » is no « le
        quotidien »)."""
        if occurrence.quoted:
            return None
        words = [t.lower.replace("’", "'") for t in tokenize(occurrence.name)]
        if words and press_title_length(words) == len(words):
            return occurrence.name  # « selon Le Parisien »: the name read with its article
        before = self._text[max(0, occurrence.span.start - 30) : occurrence.span.start]
        article = _PRESS_ARTICLE.search(before)
        if article is not None:
            title = self._press_title_written(article.group(1), occurrence.span.start)
            if title is not None:
                return title
        named = _NOUN_BEFORE_NAME.search(before)
        named_noun = named.group("noun").lower() if named is not None else ""
        if occurrence.kind == "organisation" and occurrence.head.lower() in PRESS_NOUNS:
            named_noun = occurrence.head.lower()
        if named_noun in PRESS_NOUNS:
            if {named_noun, noun} <= _PERIODICITIES and named_noun != noun:
                return None
            first, _, rest = occurrence.name.partition(" ")
            # « hebdomadaire Valeurs Actuelles » is Valeurs Actuelles; « magazine du Monde » stays
            own = fold(first) == fold(named_noun) and rest[:1].isupper()
            name = rest if own else occurrence.name
            return name if has_name(name) else None
        if occurrence.kind in {"name", "organisation", "place"} and any(
            fold(t) in PRESS_NAME_WORDS for t in occurrence.tokens
        ):
            return occurrence.name
        return None

    def _press_title_written(self, article: str, start: int) -> str | None:
        """The press title (:func:`press_title_length`) the text writes from ``start``, after
        ``article`` (« du » is « de le »), with the article capitalised (« du Journal du Dimanche » → « Le
        Journal du Dimanche »); ``None`` when none is written there."""
        written = _CONTRACTED.get(article.lower(), article.lower())
        tokens = tokenize(self._text[start : start + 60])
        length = press_title_length([written.replace("’", "'"), *(t.lower for t in tokens)])
        if not length:
            return None
        space = "" if written.endswith(("'", "’")) else " "
        found = f"{written}{space}{self._text[start : start + tokens[length - 2].end]}"
        return found[:1].upper() + found[1:]

    def _kindred_organisation(self, head: str, limit: int) -> Occurrence | None:
        """« le syndicat » after « la Fédération des éleveurs des Alpes du Sud »: the one named
        organisation before ``limit`` whose name's head is of the kind ``head`` generically names
        (:data:`KINDRED_ORGANISATIONS`); ``None`` when there is none, or several."""
        kindred = KINDRED_ORGANISATIONS.get(head.lower())
        if kindred is None:
            return None
        kin = {fold(noun) for noun in kindred}
        found = [
            o
            for o in self._index.preceding(limit)
            if not o.quoted
            and (
                (o.kind == "organisation" and fold(o.head) in kin and has_name(o.name))
                # « la société Séréna Âge »: a name cut from its noun, as « Séréna » opens
                # persons' names too, is still the firm the noun names
                or (o.kind in {"name", "organisation"} and self._named_with(o, kin))
            )
        ]
        names = {fold(o.name) for o in found}
        return found[0] if len(names) == 1 else None

    def _named_with(self, occurrence: Occurrence, kin: set[str]) -> bool:
        """Whether a name comes right after an article and a noun of ``kin``, with an adjective on
        either side (« la jeune société toulousaine Orbitale Systèmes »): named as one of them."""
        before = self._text[max(0, occurrence.span.start - 60) : occurrence.span.start]
        found = _NOUN_BEFORE_NAME.search(before)
        return found is not None and fold(found.group("noun")) in kin

    def _kindred_description(self, words: str, limit: int) -> _Resolved | None:
        """« l'établissement », « l'établissement public »: a word too general to name an
        organisation itself, definite, takes up the one the text just named in subject position
        or the one named organisation of a kind it covers (:data:`KINDRED_ORGANISATIONS`);
        ``None`` for any other description, or when no such organisation is named."""
        noun = head_noun(words)
        if noun is None or noun in ORGANISATION_NOUNS or noun not in KINDRED_ORGANISATIONS:
            return None
        if not words.strip().lower().startswith(_DEFINITE_SINGULAR):
            return None
        named = self._organisation_taken_up(noun, limit)
        return None if named is None else self._taken_up(named, limit, ResolvedBy.ORGANISATION)

    def _organisation_taken_up(self, head: str, limit: int, *, own_kind: bool = False) -> Occurrence | None:
        """The named organisation a generic noun ``head`` takes up: the one just named in subject
        position, else the one named organisation of a kind ``head`` covers. ``own_kind``: the
        noun has a complement that says which body it is (« l'office de tourisme »), so it takes
        up only a body named with the same noun."""
        return self._salient_organisation(limit, head, own_kind=own_kind) or self._kindred_organisation(
            head, limit
        )

    def _salient_organisation(
        self, limit: int, head: str = "", *, own_kind: bool = False
    ) -> Occurrence | None:
        """The nearest named organisation before ``limit``, in subject position, not far back;
        not one named as a body of a kind ``head``, the noun taking it up, excludes (« la société
        X » for « l'association »); with ``own_kind``, only one named with ``head`` itself."""
        sentence = self._index.sentence_of(limit)
        for occurrence in self._index.preceding(limit):
            if sentence - self._index.sentence_of(occurrence.span.start) > _ORGANISATION_REACH:
                break
            issuer = self._issuer_speaking(occurrence)
            if issuer is not None:
                # « « … », indique un communiqué d'Airlor. L'institut explique … »: the body whose
                # statement just spoke
                clash = issuer.kind == "organisation" and organisation_kinds_clash(head.lower(), issuer.head)
                if not clash and not self._surname_of_person(issuer, limit):
                    return issuer
                continue
            if occurrence.quoted or not (occurrence.subject or self._bracketed_subject(occurrence.span)):
                continue
            if self._addressee_before(occurrence, limit):
                continue  # « a indiqué à l'AFP la direction »: the agency was told
            if occurrence.kind == "organisation" and organisation_kinds_clash(head.lower(), occurrence.head):
                continue
            own_name = occurrence.kind != "organisation"
            if own_name and not state_body_may_take_up(
                head.lower(), "", initials=is_acronym(occurrence.name)
            ):
                continue  # « le parquet » takes up « le PNF », no body named by its own name
            if own_kind and (occurrence.kind != "organisation" or fold(occurrence.head) != fold(head)):
                continue  # « l'office de tourisme » is no « groupe nantais Kalypso »
            if self._surname_of_person(occurrence, limit):
                continue
            # « l'instance », « l'organisme » take up a body its own complement names too, as
            # written in small letters (« La chambre départementale des notaires … selon l'instance »)
            spelled = has_name(occurrence.name) or (
                names_any_body(head.lower()) and has_own_complement(occurrence.name)
            )
            named_org = occurrence.kind == "organisation" and spelled
            # a name no given name opens (« Nébuleuse Studios », « Vitalis »): a given name alone
            # is a person's (« insiste Marie, mère de trois enfants »), no body's
            single_name = occurrence.kind == "name" and not starts_person_name(occurrence.tokens[0])
            if named_org or single_name:
                return occurrence
        return None

    def _headline_body(self, head: str, limit: int) -> Occurrence | None:
        """The one body the headline is about (:attr:`DocumentIndex.headline_body`), for a generic
        noun ``head`` in the lead, the body's first sentence (:func:`in_lead`): news heads a piece
        with the body's name and the lead takes it up by what it is, a complement saying what it
        does included (« Loyers : la CLCV repart en campagne ⏎ L'association de défense des
        locataires dénonce … »); ``None`` elsewhere, or when the body is of a kind the noun
        excludes (« l'association » is no « société X »)."""
        body = self._index.headline_body
        if body is None or not in_lead(self._index, limit):
            return None
        clash = body.kind == "organisation" and organisation_kinds_clash(head.lower(), body.head)
        return None if clash else body

    def _only_body_named(self, head: str, limit: int) -> Occurrence | None:
        """« Grève chez Norlux ⏎ La grève des pilotes de Norlux a contraint la compagnie à … »: a
        firm's noun (:data:`FIRM_NOUNS`) takes up the one body the text has named before it, its
        headline included, named by its name alone (« Norlux », no noun saying what it is), when
        the text has named no other body there (one named in someone's words aside); ``None``
        for any other noun, or when it names none, or two, or a person's name."""
        if head.lower() not in FIRM_NOUNS:
            return None
        header = header_end(self._text)
        found = [
            o
            for o in self._index.preceding(limit)
            if o.kind in {"organisation", "name", "complement"}
            and has_name(o.name)
            and (not o.quoted or o.span.start < header)
        ]
        if len({fold(o.name) for o in found}) != 1:
            return None
        body = found[0]
        if any(o.kind == "organisation" for o in found) or starts_person_name(body.tokens[0]):
            return None  # « la société Vitalis » is the kindred rule's; « Marie » is a person
        return None if self._surname_of_person(body, limit) else body

    def _issuer_speaking(self, occurrence: Occurrence) -> Occurrence | None:
        """The body that issued a statement which is the inverted subject of an incise (« « … »,
        indique un communiqué d'Airlor »), named as a body (no person's given name opening it);
        ``None`` for anything else."""
        issuer = occurrence.issuer
        if occurrence.kind != "document" or occurrence.quoted or issuer is None:
            return None
        if issuer.kind not in {"organisation", "name", "complement"} or not has_name(issuer.name):
            return None
        if starts_person_name(issuer.tokens[0]):
            return None
        incise = _SPEECH_VERB_BEFORE.search(self._text, 0, occurrence.span.start)
        return issuer if incise is not None and conjugated_speech_form(incise["verb"].lower()) else None

    def _surname_of_person(self, occurrence: Occurrence, limit: int) -> bool:
        """Whether a one-word name is the family name of a person the text named in full (« Le
        coureur Paul Vardin … Vardin, membre de la formation Cobalt, … », dit l'équipe »): the
        person again, no body that « l'équipe », « le groupe » could take up."""
        if occurrence.kind != "name" or len(occurrence.tokens) != 1:
            return False
        fullest = person_fullest(self._index, occurrence.tokens, limit)
        return fullest is not None and fullest.kind == "person" and len(fullest.tokens) > 1

    def _bracketed_subject(self, span: Span) -> bool:
        """Whether the name at ``span`` is the initials in brackets of a subject, right before its
        verb: « Médecins sans frontières (MSF) a alerté … » (the name itself may go unindexed)."""
        opened = after_open_bracket(self._text, span.start)
        return opened and _BRACKET_BEFORE_VERB.match(self._text, span.end) is not None

    def _office_of_place(self, mention: Mention, head: str) -> _Resolved | None:
        """« À Lanserre, la mairie a indiqué … »: a local public office (:data:`PUBLIC_AUTHORITIES`)
        named alone after a place that opens its sentence is that place's office (« mairie de
        Lanserre »); ``None`` otherwise."""
        words = tokenize(mention.span.text_in(self._text))
        if head.lower() not in PUBLIC_AUTHORITIES or len(words) != 2:
            return None
        start = self._index.sentence_start(mention.span.start)
        placed = _PLACE_OPENING.fullmatch(self._text, start, mention.span.start)
        if placed is None:
            return None
        name = f"{head.lower()} de {placed.group('place')}"
        return _Resolved(name=name, kind="organisation", by=ResolvedBy.ORGANISATION)

    def _addressee_before(self, occurrence: Occurrence, start: int) -> bool:
        """Whether ``occurrence`` is whom an incise's verb addresses, right before its subject
        at ``start`` (« a indiqué à l'AFP la direction »): the body told, not the one speaking."""
        return (
            not self._text[occurrence.span.end : start].strip(" \u00a0\u202f")
            and _ADDRESSEE_BEFORE.search(self._text, 0, occurrence.span.start) is not None
        )

    def _named_right_after(self, mention: Mention) -> _Resolved | None:
        """« La société de cars à petits prix Volabus a annoncé … »: a body's noun phrase with its
        own name right after it, no comma between, whatever the parser hung the name on (the verb's
        adverb, here): that name is the body's, as in « le groupe Airbus ». Only a name the index
        takes for no person's and no place's; ``None`` with none there."""
        end = mention.span.end
        for occurrence in self._index.within(Span(end, end + _NAME_RIGHT_AFTER_REACH)):
            if self._text[end : occurrence.span.start].strip(" \u00a0\u202f"):
                return None
            if occurrence.kind not in {"name", "organisation"} or starts_person_name(occurrence.tokens[0]):
                return None
            name = self._from_occurrence(occurrence, end).name
            return _Resolved(name=name, kind="organisation", by=ResolvedBy.ORGANISATION)
        return None

    def _unit_of(self, mention: Mention, head: str) -> _Resolved | None:
        """« la direction », « sa direction », « le cabinet » alone: a unit of an organisation
        (:data:`ORGANISATION_UNITS`), which is the one the text names in the same sentence before
        it (« Du côté de Mediavox, la direction défend … ») or, when that sentence names no other
        organisation, the one it has just spoken of (`_salient_organisation`): « direction de
        Canal+ ». ``None`` for any other phrase, when no organisation is named near, or when the
        sentence's organisation has no name (« Du côté de la chaîne, la direction … »)."""
        tokens = tokenize(mention.span.text_in(self._text))
        if len(tokens) != 2 or tokens[1].lower != head.lower() or head.lower() not in ORGANISATION_UNITS:
            return None
        if tokens[0].lower not in _DEFINITE_SINGULAR_WORDS | _OWNER_POSSESSIVES:
            return None
        start = mention.span.start
        sentence = self._index.sentence_of(start)
        owner: Occurrence | None = None
        for o in self._index.preceding(start):
            if self._index.sentence_of(o.span.start) != sentence:
                owner = self._salient_organisation(start)
                break
            if o.quoted or self._addressee_before(o, start):
                continue
            if is_union(o.name):
                continue  # « une grève à l'appel de FO, tandis que la direction … »: the employer's
            if o.kind == "organisation":
                owner = o if has_name(o.name) else None
                break
            if o.kind in {"name", "complement"} and not starts_person_name(o.tokens[0]):
                owner = o
                break
        if owner is None or is_union(owner.name):
            return None
        name = self._from_occurrence(owner, start).name
        return _Resolved(name=f"{head.lower()} {_of(name)}", kind="organisation", by=ResolvedBy.ORGANISATION)
