"""How sources are written: the surface patterns the resolver reads in the text around a mention.

The regular expressions, word lists and small functions of text that the resolver
(:class:`~quoteattr.attribute.resolve.Resolver` and its parts) applies to the words of a mention
and the words right around it: a description's restrictive tail (« un lycéen qui a pu se mettre
à l'abri »), the form that first introduced it, a post named in full, an issuer after « publié
par », the closing of an apposition. They read strings only: no document index, no resolver
state.
"""

from __future__ import annotations

import regex

from quoteattr.attribute.entities import PREPOSITIONS
from quoteattr.attribute.names import fold, tokenize
from quoteattr.attribute.resolve_rules import clean_phrase
from quoteattr.attribute.rules.verbs import AUXILIARY_FORMS, SE_FORMS
from quoteattr.lang.fr.indirect import TIME_WORDS
from quoteattr.lang.fr.roles import LOCAL_OFFICES, ORGANISATION_NOUNS, PERSON_NOUNS, role_of
from quoteattr.lang.fr.sources import RELATIVE_SOURCE_PREPOSITIONS
from quoteattr.lang.fr.titles import A_FORMS, DE_FORMS, DEFINITE_ARTICLES, DETERMINERS
from quoteattr.lang.fr.verbs import finite_speech_form
from quoteattr.model import Span

#: « de », « du », « d' », then at most two lowercase words (a role, an adjective) right before
#: a name: the name is that of a complement (« successeur du juge Éric Halphen », « adjoint de
#: Marie Durand »), not the phrase's head. A given name the index kept apart from its surname
#: may come last (« bras droit de Loïk | Le Floch-Prigent »).
_COMPLEMENT_BEFORE = regex.compile(
    r"(?:\b(?:de|du|des)\s+|\bd['’]\s*)(?:(?:la|le|l['’])\s*)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}"
    r"(?:\p{Lu}[\p{Ll}-]+\s+)?\Z"
)


#: Nouns of the adverbial phrases « en » opens after a verb, never a description's part: « a
#: déclaré un responsable en conférence de presse », « en marge du sommet », « en présence des
#: élus ».
_ADVERBIAL_EN = (
    "conférence", "marge", "direct", "public", "privé", "substance", "particulier", "effet",
    "outre", "fin", "début", "soirée", "matinée", "réponse", "aparté", "ligne", "visioconférence",
    "séance", "audience", "exclusivité", "coulisses", "revanche", "somme", "bref", "attendant",
    "présence",
)  # fmt: skip

#: A relative, a participle, or « en » and a bare noun right after an indefinite description,
#: up to the next punctuation: « un lycéen qui a pu se mettre à l'abri », « une habitante venue
#: la signer à la mairie », « un diplomate en poste dans la capitale ».
_RESTRICTIVE_TAIL = regex.compile(
    # prepositions and adverbs in -ant are no participles: « racontait une voyageuse devant un
    # tableau d'affichage » says where, not who; nor are the conjunctions, adverbs and days that
    # end as one in -i or -is (« a dit un porte-parole tandis que … », « …, mardi soir »)
    r"[ \u00a0]+(?!(?:devant|pendant|durant|suivant|concernant|moyennant|cependant|maintenant"
    r"|tandis|puis|depuis|parmi|ainsi|aussi|jadis|ici|lundi|mardi|mercredi|jeudi|vendredi|samedi|midi)\b)"
    r"(?:qui|ayant|étant|\p{Ll}{3,}ant|\p{Ll}{3,}(?:ée?s?|ue?s?|ie?s?)"
    # participles in -t and -s: « un passager joint par téléphone », « un voisin pris de panique »
    r"|(?:join|attein|contrain|inscri|astrein|extrai)te?s?|(?:mi|pri|surpri|soumi|assi)se?s?"
    # an adjective of where they were or come from: « un surveillant présent dans la cour »
    r"|présente?s?|originaires?"
    # « une étudiante en licence de droit »: what they are in, not where the verb was said; « en »
    # and a participle in -ant is a gerund, how the verb was done (« crie un pompier en
    # arpentant le quai »)
    rf"|en(?=[ \u00a0]+(?!(?:{'|'.join(_ADVERBIAL_EN)})\b)(?!\p{{Ll}}+ant\b)\p{{Ll}}{{3,}}\b))"
    # no participle ends in -ais or -ois (:data:`_ORIGIN_ADJECTIVE`)
    r"(?<!ais|ois)"
    # a participle alone before the punctuation too: « raconte une développeuse licenciée, qui … »
    r"(?=[ \u00a0]|[,.;:!?)]|$)[^,.;:!?«»“”()\n]{0,80}"
)


#: A definite description by an age: « l'arrière de 31 ans », « le jeune boxeur de 23 ans ».
_STATED_AGE_DESCRIPTION = regex.compile(
    r"(?i:le|la|l['’])[ \u00a0]*(?:\p{Ll}+[ \u00a0]+)?(?P<noun>\p{Ll}[\p{Ll}-]*)(?:[ \u00a0]+\p{Ll}+)?"
    r"[ \u00a0]+de[ \u00a0]+(?P<age>\d{1,3})[ \u00a0]+ans"
)

_PERSON_NOUN = "|".join(PERSON_NOUNS)

#: A parent's status, which says only that someone is a person: « mère de famille », « père de
#: trois enfants » (no one's parent the text names: the children are no one in it).
_PARENT_STATUS = (
    r"(?P<parent>(?i:père|mère))[ \u00a0]+de[ \u00a0]+"
    r"(?:famille|(?:\d+|\p{Ll}+)[ \u00a0]+(?:jeunes[ \u00a0]+)?enfants)\b"
)
#: :data:`_PARENT_STATUS` alone, read where a demonstrative's noun stands (« cette mère de famille »).
_PARENT_STATUS_WORDS = regex.compile(_PARENT_STATUS)
#: The gender of the parent of :data:`_PARENT_STATUS`.
PARENT_GENDERS: dict[str, str] = {"père": "m", "mère": "f"}

#: A definite person in general terms: « l'homme », « la jeune femme », « l'homme de 87 ans »,
#: « la mère de famille ».
_PERSON_IN_GENERAL = regex.compile(
    rf"(?i:le|la|l['’])[ \u00a0]*(?:(?i:jeune|vieil|vieille|vieux)[ \u00a0]+)?"
    rf"(?:(?P<noun>(?i:{_PERSON_NOUN}))(?:[ \u00a0]+de[ \u00a0]+\d{{1,3}}[ \u00a0]+ans)?|{_PARENT_STATUS})"
)

#: Someone new brought in by an indefinite with a noun of :data:`_PERSON_IN_GENERAL`.
_PERSON_BROUGHT_IN = regex.compile(
    rf"\b(?i:un|une)[ \u00a0]+(?:\p{{Ll}}+[ \u00a0]+)?(?:(?P<noun>(?i:{_PERSON_NOUN}))\b|{_PARENT_STATUS})"
)

#: « la même source », « cette même source », « les mêmes sources »: the source just quoted.
_SAME_SOURCE = regex.compile(r"(?i:(?:la|cette|de|les|ces)[ \u00a0]+)?(?i:même|mêmes)[ \u00a0]+(?i:sources?)")


#: The end of a sentence, then a demonstrative taking up someone with a name apposed after a
#: comma: « . Cette aide-soignante de 52 ans, », « . Ce dernier, », « . Celle-ci, ».
_NAMED_NEXT = regex.compile(
    r"[ \t\u00a0]*\.[ \t\u00a0]+(?:(Ce|Cet|Cette)[ \t\u00a0][^,.;:!?«»\n]{1,60}?|(Celui|Celle)-ci)"
    r"[ \t\u00a0]*,[ \t\u00a0]*"
)

#: The next sentence opening on the definite article and a noun, then a comma: the noun must be
#: the description's own (« …, selon son avocat. L'avocat, José Figueira, … »).
_NAMED_NEXT_DEFINITE = regex.compile(
    r"[ \t\u00a0]*\.[ \t\u00a0]+(?:(Le|La)[ \t\u00a0]+|L['’][ \t\u00a0]*)(?P<noun>\p{Ll}[\p{Ll}-]*)"
    r"[ \t\u00a0]*,[ \t\u00a0]*"
)

#: An article, a noun and at most one adjective on each side of it, right before a name.
_NOUN_BEFORE_NAME = regex.compile(
    r"(?i:\b(?:la|le|les|l['’]))[ \u00a0]*(?:\p{Ll}+[ \u00a0]+)?(?P<noun>\p{Ll}[\p{Ll}-]*)"
    r"(?:[ \u00a0]+\p{Ll}+)?[ \u00a0]+\Z"
)

#: What closes a name in apposition: a comma or a full stop.
_APPOSITION_CLOSE = regex.compile(r"[ \t\u00a0]*[,.]")

#: The verb right after a subject: an auxiliary and an adverb may come first (« a ensuite
#: répondu », « a aussi précisé », « avait déclaré »), or a pronominal verb's clitic (« s'exprimait »,
#: « se félicite »).
_VERB_AFTER_SUBJECT = regex.compile(
    r"[ \u00a0]+(?:(?:a|avait|aura|aurait|s['’]est|s['’]était)[ \u00a0]+|s['’]|se[ \u00a0]+)?"
    r"(?:(?:\p{Ll}+ment|aussi|également|ensuite|alors|encore|déjà|enfin)[ \u00a0]+)?(?P<verb>\p{Ll}+)\b"
)

#: A word in small letters that a subject's words stopped short of, right before its auxiliary
#: (« le comité régional des pêches et des élevages *marins* a réclamé »).
_WORD_LEFT_BEFORE_AUXILIARY = regex.compile(
    r"[ \u00a0]+\p{Ll}+(?=[ \u00a0]+(?:a|avait|aura|aurait|s['’]est|s['’]était)[ \u00a0])"
)

#: What stands between a role and the name apposed to it: its complements, then a comma.
_TO_APPOSED_NAME = regex.compile(r"[^,.;:!?«»\n]*,[ \u00a0]*")

#: A role description and its « de » complements (« le président du conseil régional »).
_ROLE_WITH_COMPLEMENT = regex.compile(
    # the determiner, elided or not (« L'avocat a … » is the lawyer, never « avocat a »); an
    # adjective of rank may open the role: « le Premier ministre », « l'ancien ministre »
    r"(?:\p{L}+[ \u00a0]+|\p{L}+['’][ \u00a0]*)"
    r"(?:(?i:premier|première|haut|haute|ancien|ancienne|nouveau|nouvelle)[ \u00a0]+)?"
    # the role noun, hyphenated too (« le porte-parole », « la vice-présidente »)
    r"\p{L}+(?:-\p{L}+)*"
    # an adjective of the post before its complement: « le directeur général de l'ARS »
    r"(?:[ \u00a0]+(?:général|générale|adjoint|adjointe|délégué|déléguée|exécutif|exécutive"
    r"|national|nationale|régional|régionale|départemental|départementale|fédéral|fédérale)\b)*"
    # complements, coordinated too (« de l'Économie et des Finances »)
    r"(?:[ \u00a0]+(?:et[ \u00a0]+(?=du\b|des\b|de[ \u00a0]+l))?"
    # « du conseil », « des Affaires », « de l'Éducation », « de la Défense »: an article, then a
    # word in any case; « de police », « d'entreprise »: a bare « de », then small letters only
    # (« l'avocat de Paul Roux » is no post)
    r"(?:(?:du|des)[ \u00a0]+\p{L}|de[ \u00a0]+(?:(?:la|le|les)[ \u00a0]+|l['’][ \u00a0]*)\p{L}"
    # (« secrétaire d'État », « chef d'État »: the one capitalised noun a bare « d' » takes in a post)
    r"|(?:de[ \u00a0]+|d['’])(?:\p{Ll}|État))"
    # then an adjective in small letters (« de l'Éducation nationale »), never the verb after it
    # (« disait », « répondaient »: no adjective ends as an imperfect does)
    r"[\p{L}-]*(?:[ \u00a0]+(?!(?:a|ont|avait|avaient|aura|aurait|est|sont|était|étaient|sera|serait|va|vont"
    # (and never an elided word: « de la République d'Angers » ends before « d' »)
    r"|doit|peut|ne|n['’]|se|s['’]|qui|que|et|ou)\b|\p{Ll}+(?:ait|aient)\b)\p{Ll}[\p{L}-]*+(?!['’]))?)*"
)

#: Words in small letters between a role and the name it titles (« en sciences de l'éducation »);
#: never an auxiliary, a relative or a conjunction, which open the role's own clause (« Le maire a
#: rendu hommage à Paul Roux » does not title Paul Roux).
_TITLE_TO_NAME = regex.compile(
    r"(?:[ \u00a0]+(?!(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|sera|seront|fut|"
    r"qui|que|qu['’]|et|ou|mais)(?![\p{L}'’-]))[\p{Ll}'’-]+)*[ \u00a0]*"
)

#: A closing bracket, then the verb group of the subject it ends (« (MSF) a alerté »).
_BRACKET_BEFORE_VERB = regex.compile(
    r"[ \u00a0]*\)[ \u00a0]+(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|se|s['’]|ne|n['’])\b"
)


def _posted(words: str, role: str) -> bool:
    """Whether the description ``words`` names the post of ``role`` in full, with the body or
    the field it serves: « le ministre de l'Intérieur », « la directrice du musée », « le
    ministre délégué aux Transports », « la ministre chargée des Sports », not « le ministre »,
    « le président sortant » or « la coureuse de 26 ans » (an age is no post's field)."""
    if not role:
        return False
    tokens = [t.lower for t in tokenize(words)]
    for k, token in enumerate(tokens[:-1]):
        if fold(token) == fold(role) or (role_of(token) is not None and fold(token).startswith(fold(role))):
            after = k + 1
            if tokens[after].startswith(_POST_PARTICIPLES) and after + 1 < len(tokens):
                after += 1  # « délégué aux Transports », « chargée des Sports »
            if _is_age(tokens[after : after + 3]):
                return False  # « de 26 ans »: whose age, not whose post
            return tokens[after] in DE_FORMS or tokens[after] in A_FORMS  # « le ministre *de* l'Intérieur »
    return False


def _is_age(tokens: list[str]) -> bool:
    """Whether three lowercase tokens say an age: « de 26 ans »."""
    return len(tokens) == 3 and tokens[0] == "de" and tokens[1].isdigit() and tokens[2] == "ans"


#: The participles that tie a post to its field (« ministre délégué aux Transports », « secrétaire
#: d'État chargée du Numérique »).
_POST_PARTICIPLES = ("délégué", "chargé")


#: A place opening a sentence, set off by a comma: « À Lanserre, », « À Saint-Jean-de-Luz, »,
#: « Du côté de Lanserre, », and a participle's phrase set off after it if any (« Du côté de
#: Lanserre, invoquant la sécurité, »).
_PLACE_OPENING = regex.compile(
    r"\s*(?:(?:À|A)[ \u00a0]+|Du[ \u00a0]+côté[ \u00a0]+(?:de[ \u00a0]+|d['’]))"
    r"(?P<place>\p{Lu}[\p{L}'’]*(?:[ -](?:\p{Lu}[\p{L}'’]*|d[eu]|la|les|sur|en))*)"
    r"[ \u00a0]*,[ \u00a0]*(?:\p{Ll}+ant\b[^,.;:!?«»“”\"\n]*,[ \u00a0]*)?"
)


def office_of_place(text: str, sentence_start: int, mention: Span) -> str | None:
    """« maire de Lanserre » for « le maire » right after a place that opens its sentence (« À
    Lanserre, le maire a dénoncé … », « Du côté de Lanserre, invoquant la sécurité, le maire
    … »): an office held for one place (:data:`~quoteattr.lang.fr.roles.LOCAL_OFFICES`), definite
    and alone; ``None``
    otherwise."""
    tokens = tokenize(mention.text_in(text))
    if len(tokens) != 2 or tokens[0].lower not in _DEFINITE_SINGULAR_WORDS:
        return None
    if tokens[1].lower not in LOCAL_OFFICES:
        return None
    placed = _PLACE_OPENING.fullmatch(text, sentence_start, mention.start)
    return None if placed is None else f"{tokens[1].lower} {_of(placed['place'])}"


def _organisation_head(name: str) -> str:
    """The organisation noun a body's name opens on (« parquet de Belvézet » → « parquet »), or ""."""
    first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
    return first if first in ORGANISATION_NOUNS else ""


def _indefinite(words: str) -> bool:
    """Whether a phrase opens on a determiner that brings someone or something new in."""
    return words.strip().lower().split(" ", 1)[0] in _INDEFINITE


#: An adjective of where someone comes from, in -ais or -ois (« montrevelois », « anglaise »),
#: which no participle ends like: it tells a newcomer apart, and what follows it belongs to the
#: description only when a participle or a relative opens it (« un supporteur montrevelois à la
#: sortie du stade »: where the verb was said; « un journaliste anglais présent sur place »).
_ORIGIN_ADJECTIVE = regex.compile(r"[ \u00a0]+(\p{Ll}{3,}[ao]ise?s?)(?=[ \u00a0]|[,.;:!?)]|$)")

#: Adverbs that end like such an adjective.
_ORIGIN_LOOKALIKES = frozenset({"jamais", "désormais", "parfois", "toutefois", "autrefois", "quelquefois"})


#: A definite person noun, an adjective at most on either side, whose first complement opens on
#: an indefinite article (« le responsable d'un média local », « la mère d'une des victimes »).
_OF_SOMEONE_NEW = regex.compile(
    r"(?i:le|la|l['’])[ \u00a0]*(?:\p{Ll}+[ \u00a0]+)?\p{Ll}[\p{Ll}-]*(?:[ \u00a0]+\p{Ll}+)?"
    r"[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]*)(?i:une?|plusieurs|quelques|certain(?:e?s)?)\b"
)


def _of_someone_new(words: str) -> bool:
    """Whether a definite description's first complement is indefinite: « le responsable d'un
    média local », « la porte-parole d'une association de riverains ». The complement brings in
    something the text had not named, so the one it describes is new too: a text takes up a
    person it has named by a complement it has named (« le responsable du média »), never by
    one it brings in.

    >>> _of_someone_new("le responsable d'un média local"), _of_someone_new("le responsable du média")
    (True, False)
    """
    return _OF_SOMEONE_NEW.match(words.strip()) is not None


def _introduced_form(text: str, words: str, before: int) -> str | None:
    """The words that brought in the one a definite description takes up, when the text brought
    them in once, with an indefinite article and the same words, before ``before``: « Une jeune
    fille de 25 ans hébergée chez des parents à Courcelles, était signalée disparue … la jeune
    fille prévenait sa famille » → "jeune fille de 25 ans hébergée chez des parents à
    Courcelles", what it is told apart by up to the next comma, bracket or full stop, or its verb
    (:func:`_before_verb`). ``None`` when the words take up no such introduction, or two, or it
    says nothing more than they do. « les » takes up a plural brought in by « des » the same way
    (« des sources proches du ministère … ont ajouté les sources »)."""
    tokens = tokenize(words)
    if len(tokens) < 2 or tokens[0].lower not in DEFINITE_ARTICLES:
        return None
    content = r"[ \u00a0]+".join(regex.escape(t.text) for t in tokens[1:])
    indefinite = "des" if tokens[0].lower == "les" else "une?"
    found = [
        m
        for m in regex.finditer(rf"\b(?i:{indefinite})[ \u00a0]+(?i:{content})\b", text)
        if m.end() <= before
    ]
    if len(found) != 1:
        return None
    rest = _INTRODUCED_REST.match(text, found[0].end())
    tail = _before_verb(rest.group()) if rest is not None else ""
    if not tail.strip():
        return None
    return clean_phrase(text[found[0].start() : found[0].end()] + tail)


#: What tells an introduced description apart, after it: a « de » complement (« de 25 ans », « du
#: ministre Paul Roux »), « proche
#: de » (« une source proche de l'enquête ») or a past participle (« hébergée chez des parents »),
#: and what follows them up to a comma, a bracket, a colon, a full stop, or a word that opens
#: another phrase (« et », « qui », « dans » …): a relative or an adverbial says what the one
#: brought in did, not who they are.
_INTRODUCED_REST = regex.compile(
    r"[ \u00a0]+(?:de|du|des|d['’]|proches?(?=[ \u00a0]+d)"
    r"|\p{Ll}{3,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues))\b"
    r"(?:(?![ \u00a0]+(?:et|ou|qui|que|dont|dans|en|avec|sans|pour|lorsque|quand|alors|mais)\b)"
    r"[^,;:.!?()«»\n]){0,120}"
)


def _restrictive_tail(text: str, end: int) -> str:
    """The relative or participial phrase that follows an indefinite description at ``end``, or ""
    (not a speech verb that looks like a participle: « confie », « salue »; but « interrogés » is
    one), after an adjective of origin if one comes first (:data:`_ORIGIN_ADJECTIVE`)."""
    origin = _ORIGIN_ADJECTIVE.match(text, end)
    if origin is not None and origin.group(1).lower() not in _ORIGIN_LOOKALIKES:
        adjective: str = origin.group()
        return adjective + _restrictive_tail(text, origin.end())
    found = _RESTRICTIVE_TAIL.match(text, end)
    tail: str = "" if found is None else found.group()
    first = tail.split()[0].lower() if tail else ""
    if tail and (finite_speech_form(first) or first in _LOOKALIKE_PARTICIPLES):
        return ""
    relative = _UNFINISHED_RELATIVE.search(tail)
    if relative is not None:
        # « une infirmière en poste qui a souhaité, comme sa collègue, taire son nom »: an aside
        # cuts the relative before what its verb wants; the words before it describe her
        return tail[: relative.start()]
    return tail


#: A relative that ends on a verb of wanting, whose infinitive an aside has put off (« qui a
#: souhaité, comme sa collègue, taire son nom », « qui tient, comme d'autres, à rester anonyme »).
_UNFINISHED_RELATIVE = regex.compile(
    r"[ \u00a0]+qui\b[^,]*?\b(?:souhait|voul|veu|ten|tien|demand|préf[éè]r|désir|accept)\p{Ll}*$"
)


#: A verb's auxiliary or clitic, which ends a subject's words (« Des manifestants réunis devant
#: la mairie ont dénoncé »): the subject is before it.
_VERB_OPENERS = AUXILIARY_FORMS | SE_FORMS | {"ne", "n'", "n’", "va", "vont"}


def _before_verb(tail: str) -> str:
    """The words of a subject's participial ``tail`` before the verb that follows it (« posté au
    31e kilomètre affirme pourtant … » → « posté au 31e kilomètre »): up to an auxiliary, a
    clitic or a finite speech verb; "" when the first word is the verb itself. A relative keeps
    its own verb (« qui a requis l'anonymat raconte … » → « qui a requis l'anonymat »), unless
    that verb is the speech verb (« qui raconte » → "")."""
    words = tail.split(" ")
    first = 2
    if len(words) > 2 and words[1].lower() == "qui":
        verb = 2
        while verb < len(words) and _opens_verb(_bare(words[verb])):
            verb += 1
        if verb < len(words) and finite_speech_form(_bare(words[verb])):
            return ""
        first = verb + 1
    for k in range(first, len(words)):
        low = _bare(words[k])
        if _opens_verb(low) or finite_speech_form(low):
            return " ".join(words[:k])
    return tail


def _bare(word: str) -> str:
    return word.lower().replace("\u00a0", "").replace("\u202f", "")  # « résumait\u202f: »


def _opens_verb(low: str) -> bool:
    """An auxiliary, a clitic, or an elided « n' » / « s' » (« n'a », « s'est »)."""
    return low in _VERB_OPENERS or low[:2] in {"n'", "n’", "s'", "s’"}


#: Words that end like a participle and are none: « selon les secours trois blessés », « depuis ».
_LOOKALIKE_PARTICIPLES = TIME_WORDS | {"trois", "depuis", "parmi", "aussi", "ainsi", "jamais", "fois", "mois"}


#: Adjectives that make a statement the sequel of another of its kind: « un second communiqué ».
_SEQUEL_WORDS = frozenset(
    {"second", "seconde", "deuxième", "troisième", "nouveau", "nouvel", "nouvelle", "autre"}
)

#: Determiners of a new referent: "un élu", "une source", "des témoins", "plusieurs élus".
_INDEFINITE = frozenset({"un", "une", "des", "plusieurs", "quelques", "certains", "certaines"})

#: « ce dernier », « cette dernière »: anaphors of the last-named (`LAST_MENTIONED`), not descriptions.
_LAST_WORDS = frozenset({"dernier", "dernière", "derniers", "dernières"})

#: The definite article of a singular description, as a word.
_DEFINITE_SINGULAR_WORDS = DEFINITE_ARTICLES - {"les"}

#: Possessives whose owner is one person or organisation ("sa famille", "son avocat").
_OWNER_POSSESSIVES = frozenset({"son", "sa", "ses"})

#: Nouns of a group someone has, taken as sources with their owner ("sa famille", "ses proches").
_OWNED_GROUPS = frozenset(
    {
        "famille", "proches", "entourage", "avocats", "parents",
        # the staff of an official or a body: « d'après ses services », « selon ses collaborateurs »
        "services", "collaborateurs", "conseillers", "équipes",
    }
)  # fmt: skip

#: Initials before which « de » is elided.
_ELIDING = frozenset("aeiouyhàâéèêëîïôöùûü")

#: A statement referred to as known ("le communiqué", not "des messages") may be the nearest
#: organisation's.
_DEFINITE_SINGULAR = ("le ", "la ", "l'", "l’", "ce ", "cette ", "cet ")

#: An impersonal « on » that reads or finds, right before the statement it reads from: « lit-on
#: dans », « peut-on lire sur », « on peut lire dans », « indique-t-on dans ».
_READ_BY_ON = regex.compile(
    r"(?i)(?:\p{L}+-(?:t-)?on(?:\s+lire)?|\bon\s+(?:peut\s+|pouvait\s+)?(?:lit|lire))\s+(?:dans|sur)\s+$"
)


#: Possessives of one owner, before a statement: « son communiqué », « leur rapport ».
_OWNER_DETERMINERS = ("son ", "sa ", "leur ")

#: Kinship civilities: the name they go with is a family's, its first names are other people's.
_KIN_CIVILITIES = frozenset({"père", "mère", "frère", "sœur"})


#: The mouth or lips the words came from, and whose they are: « des bouches des parents », « de la
#: bouche du maire », « sur les lèvres de Paul Roux »: the owner speaks.
_FROM_MOUTHS = regex.compile(
    r"(?i)[ \u00a0]*(?:(?:de|des|du|sur|dans)[ \u00a0]+)?(?:la|les|l['’]|sa|ses|leur|leurs)?[ \u00a0]*"
    r"(?:bouches?|lèvres)[ \u00a0]+(?:de[ \u00a0]+|des[ \u00a0]+|du[ \u00a0]+|d['’][ \u00a0]*)"
    r"(?P<speaker>.+?)[ \u00a0]*\Z"
)

#: A body's spokesperson set off in its phrase: « L'opposition, par la voix de Karim Saïd, ».
_THROUGH_VOICE = regex.compile(
    r",[ \u00a0]*par[ \u00a0]+la[ \u00a0]+voix[ \u00a0]+(?:de[ \u00a0]+|d['’][ \u00a0]*|du[ \u00a0]+)"
    r"(?P<speaker>[^,]+?)[ \u00a0]*,?[ \u00a0]*\Z"
)

#: A participle of making known, then at most a few words (a day, « jeudi », « en 1998 à la
#: brigade financière ») and « par » with its agent, the issuer: « publié par », « communiqués
#: jeudi par », « confiées en 1998 à la brigade financière par ».
_ISSUED_BY = regex.compile(
    r"\b(?:publi|communiqu|diffus|rédig|réalis|men|fourn|établ|transm|relay|dévoil|révél|"
    r"présent|annonc|recueill|confi|effectu|écrit|rendu)\p{Ll}{0,4}"
    r"(?:[ \u00a0]+[^ \u00a0,;:.«»()]+){0,6}?[ \u00a0]+par[ \u00a0]+(?P<agent>[^,;:.«»()]+)",
    regex.IGNORECASE,
)

#: A statement signed by a name, with « par » or not: « le communiqué signé Paul Roux, »,
#: « une lettre signée par la directrice »; the signer is its author.
_SIGNED_BY = regex.compile(
    r"(?<=[ \u00a0])sign(?:é|ée|és|ées)[ \u00a0]+(?:par[ \u00a0]+)?(?P<agent>[^,;:.«»()]+)"
)

#: « les chiffres de la préfecture », « les résultats provisoires de l'institut »: the head noun,
#: an adjective at most, then « de » and the agent.
_ISSUED_OF = regex.compile(
    r"^\s*\p{L}+['’]?\s*\p{L}+(?:\s+\p{Ll}+)?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
    r"(?P<agent>\S.*)$"
)


def _agent_words(agent: str) -> str:
    """An issuer's noun phrase, without what follows it up to the comma: a date, a time, or a
    complement opened by a preposition other than « de » (« le conseil après une réunion
    présidée par X », « le quotidien Les Échos le 4 janvier »)."""
    end = 0
    for token in tokenize(agent):
        low = token.lower
        if low[:1].isdigit() or low in TIME_WORDS or (low in PREPOSITIONS and low not in DE_FORMS):
            break
        if low not in DETERMINERS and low not in DE_FORMS:
            end = token.end  # « le quotidien Les Échos le » before « 4 janvier »: the name ends it
    return agent[:end]


#: Where a phrase ends in the text after it: a comma, a clause's punctuation, a quotation mark.
_PHRASE_STOP = regex.compile(r"[,;:.!?«»“”()\n]")

#: A complement after an organisation's noun that says which body it is: « l'office de tourisme »,
#: « le service des fraudes », « la chambre d'agriculture » (lowercase: not a name's « de »).
_OWN_COMPLEMENT = regex.compile(r"^\S+(?:\s+\p{Ll}+)?\s+(?:de|du|des|d['’])\s*\p{Ll}")


def has_own_complement(words: str) -> bool:
    """Whether a body's noun, past its article, has a complement in small letters that says
    which body it is (:data:`_OWN_COMPLEMENT`), an adjective between at most: « l'office de
    tourisme », « le centre d'alerte », « la chambre départementale des notaires »."""
    return _OWN_COMPLEMENT.search(clean_phrase(words)) is not None


#: What may stand between a relative "qui" and its antecedent: a comma, and a preposition that
#: gives whose view or words follow (`RELATIVE_SOURCE_PREPOSITIONS`: « le préfet Paul Roux, pour
#: qui « … » », « selon qui », « d'après qui »).
_RELATIVE_GAP = regex.compile(
    r"[ \t\u00a0\u202f]*,?[ \t\u00a0\u202f]*(?:(?:"
    + "|".join(p.replace("'", "['’]") for p in sorted(RELATIVE_SOURCE_PREPOSITIONS))
    + r")[ \t\u00a0\u202f]+)?"
)

#: A coordination inside a mention: several sources, not one person inside a role phrase.
_COORDINATED = regex.compile(r"(?i)[ \t\u00a0\u202f](?:et|ou)[ \t\u00a0\u202f]+([\p{L}-]+)")


def _two_parties(words: str) -> bool:
    """Whether a phrase coordinates two sources; « le fondateur et PDG de X, Julien Ferrat »
    coordinates two titles of one person (a role with no article of its own after « et »)."""
    return any(role_of(found.group(1)) is None for found in _COORDINATED.finditer(words))


_ANSWERED = regex.compile(
    r"[ \t\u00a0\u202f]+(?:à|aux?)[ \t\u00a0\u202f]+(?!(?:lui|leur|moi|toi|eux|elle|elles)\b)"
)


def _answers_a_named_thing(text: str, pronoun: Span) -> bool:
    """Whether an inverted reply verb is followed by what it answers ("répond-il à cette
    accusation"), which is then not the previous speaker's words."""
    return _ANSWERED.match(text, pronoun.end) is not None


def _of(name: str) -> str:
    """« de » and ``name`` as French writes them after a noun: « de Renault », « d'Airbus », and
    with the article a common noun's name takes (« du centre hospitalier », « de la mairie de
    Lyon », « de l'hôpital »), capitalised or not (« de l'Autorité de sûreté », « du Conseil
    d'État »: a body's name headed by a common noun keeps its article, a brand's takes none)."""
    first = name.split(" ", 1)[0]
    gender = ORGANISATION_NOUNS.get(first.lower())
    if (name[:1].isupper() and gender is None) or not name:
        return ("d'" if name[:1].lower() in _ELIDING else "de ") + name
    if name[:1].lower() in _ELIDING:
        return "de l'" + name
    return ("de la " if gender == "f" else "du ") + name
