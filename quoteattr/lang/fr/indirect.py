"""French data for indirect speech: which reporting verbs take a reported clause, which verbs
report a thought or a perception rather than words, and the words that let a cheap surface scan
pick the sentences worth parsing.

Source: the project's own knowledge of French grammar (*discours indirect*: a verb of saying
with a complement clause in *que*, an indirect question in *si* / *comment* / *pourquoi*, an
infinitive with or without *de*; cf. Riegel, Pellat & Rioul, *Grammaire méthodique du français*,
chapter on reported speech, and the gold guidelines of ``../shared/corpora/GUIDELINES.md``,
section « Indirect speech »). Written for quoteattr; not copied from another project's list.
The speech verbs themselves are those of :mod:`quoteattr.lang.fr.verbs` (one lexicon): this module
only says which of them do *not* report words when they take a clause.
"""

from __future__ import annotations

import regex

from quoteattr.lang.fr.cues import SPEECH_NOUNS
from quoteattr.lang.fr.titles import WEEKDAYS
from quoteattr.lang.fr.verbs import INCISE_ONLY_VERBS, PHRASAL_CUES, REPORTING_VERBS

__all__ = [
    "ATTRIBUTE_VERBS",
    "CALL_VERBS",
    "CLAUSE_MARKERS",
    "CLAUSE_NOUNS",
    "CLAUSE_VERBS",
    "DENYING_VERBS",
    "IMPERSONAL_GOVERNORS",
    "INFINITIVE_MARKERS",
    "MEANING_GOVERNORS",
    "NO_CLAUSE_VERBS",
    "OBJECT_CLAUSE_VERBS",
    "OBJECT_INFINITIVE_VERBS",
    "ORDER_VERBS",
    "PERCEPTION_VERBS",
    "QUESTION_WORDS",
    "QUE_FORMS",
    "SAYING_IDIOM_GOVERNORS",
    "SCAN_IGNORED_FORMS",
    "SOURCE_NOUNS",
    "SURFACE_CUE",
    "SURFACE_CUES",
    "THOUGHT_VERBS",
    "TIME_PARTS",
    "TIME_WORDS",
    "UNVOICED_VERBS",
]

#: Time words a parser may take for a verb's object (« a réaffirmé lundi que … », « a déclaré
#: lundi Paul Roux »): they may stand between a speech verb and its clause or its subject.
TIME_WORDS: frozenset[str] = frozenset(
    {
        *WEEKDAYS, "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre", "matin", "soir", "midi", "hier",
        "aujourd'hui", "aujourd’hui", "demain", "ensuite", "soirée", "matinée", "nuit", "jour",
        "après-midi",
        # « a demandé la veille aux compagnies de … », « a affirmé le lendemain que … »
        "veille", "lendemain", "surlendemain",
    }
)  # fmt: skip

#: Nouns of a stretch of time, which a speech verb's date may name (« ont répété ces derniers
#: mois que … », « a annoncé cette semaine que … », « a affirmé l'an dernier que … »); only
#: where a date may stand between a verb and its clause, not among the :data:`TIME_WORDS` other
#: readings skip.
DURATION_NOUNS: frozenset[str] = frozenset({"semaine", "semaines", "mois", "année", "années", "an"})

#: Nouns that place a time word (« fin avril », « début mai », « courant juin »).
TIME_PARTS: frozenset[str] = frozenset({"fin", "début", "mi", "courant"})

#: Verbs of private thought, feeling or wish: « il pense que … », « elle espère que … » report
#: no words (the guidelines keep them out unless the article says they were said).
THOUGHT_VERBS: frozenset[str] = frozenset(
    {
        "penser", "croire", "espérer", "craindre", "souhaiter", "vouloir", "désirer", "redouter",
        "imaginer", "supposer", "songer", "douter", "regretter", "apprécier", "se demander",
        "se souvenir", "se rappeler", "se réjouir", "s'inquiéter", "se désoler", "s'étonner",
        "s'interroger", "anticiper", "prévoir", "jauger",
    }
)  # fmt: skip

#: Thought verbs of a wish or a belief, which voice nothing themselves: words quoted in their
#: clause, itself reported by a speech verb, are the reporter's (« Le maire a indiqué que la
#: commune souhaitait voir le fossile exposé « ici, et pas à Paris » » is the mayor's). Not the
#: verbs of feeling (« regretter », « s'inquiéter »), often said aloud.
UNVOICED_VERBS: frozenset[str] = frozenset(
    {"penser", "croire", "espérer", "souhaiter", "vouloir", "désirer", "imaginer", "supposer", "songer"}
)

#: Verbs of perception or knowledge: « il a vu que … », « on a appris que … ». Not « noter » and
#: « relever » with a clause, which the press uses for pointing a thing out (« Le rapport relève
#: que … », « Lionel Jospin note que … »): said, as « souligner » is; « on note que » has no source.
PERCEPTION_VERBS: frozenset[str] = frozenset(
    {
        "voir", "savoir", "apprendre", "entendre", "sentir", "constater", "observer", "remarquer",
        "découvrir", "comprendre", "lire", "ignorer", "oublier",
    }
)  # fmt: skip

#: Reporting verbs whose clause or infinitive is not the words said: a request to act that is an
#: ordinary verb of action ("continuer à", "commencer à"), a reaction with a noun object
#: ("saluer", "remercier", "condamner"), or a verb whose infinitive is a purpose. Not
#: « mentionner »: with *que* it says what was said (« La fédération a mentionné que la course
#: serait neutralisée »), as « signaler » does.
NO_CLAUSE_VERBS: frozenset[str] = frozenset(
    {
        "saluer", "remercier", "condamner", "critiquer", "fustiger", "blâmer", "citer", "publier",
        "parler", "discuter", "réagir", "interpeller", "tancer", "railler", "vanter", "stigmatiser",
        "vilipender", "invectiver", "charger", "chanter", "scander", "lancer", "glisser",
        "apprécier", "qualifier", "commenter", "évoquer", "exprimer", "émettre",
        "s'adresser", "s'en prendre", "s'exprimer", "s'expliquer", "se prononcer", "se montrer", "se dire",
        "faire", "appeler", "opposer", "défendre", "féliciter", "louer",
        "rejeter", "pointer", "tempérer", "nuancer", "relativiser", "minimiser", "épingler", "étriller",
        "y voir",
    }
)  # fmt: skip

#: Verbs of an impersonal phrase that governs an infinitive in the writer's own voice: « il faut
#: noter que », « il est à noter que », « il convient de rappeler que », « il reste à dire »,
#: « il importe de souligner que », « il suffit de rappeler que ».
IMPERSONAL_GOVERNORS: frozenset[str] = frozenset(
    {"falloir", "être", "convenir", "rester", "importer", "suffire"}
)

#: Verbs of an order, whose clause or infinitive says what was ordered (« Le juge a ordonné que
#: les scellés soient levés », « a ordonné aux préfets de fermer les écoles »), as « exiger »
#: does; in an incise only otherwise (« ordonna-t-il »), never with a noun phrase (« a ordonné
#: une enquête »).
ORDER_VERBS: frozenset[str] = frozenset({"ordonner"})

#: Verbs that say what a thing bodes when their subject is a thing (« la maison menace de
#: s'effondrer », « le match promet d'être serré »), and report words only from someone who can
#: speak (« le syndicat menace de porter plainte », « le maire a promis de rouvrir l'école »).
BODING_VERBS: frozenset[str] = frozenset({"menacer", "promettre"})

#: Reporting verbs that report words when they govern a clause or an infinitive.
CLAUSE_VERBS: frozenset[str] = (
    (REPORTING_VERBS | frozenset(PHRASAL_CUES.values()) | frozenset({"prétendre", "nier", "se targuer"}))
    - THOUGHT_VERBS
    - PERCEPTION_VERBS
    - NO_CLAUSE_VERBS
    - INCISE_ONLY_VERBS
) | ORDER_VERBS

#: Speech verbs whose direct object is the one addressed or spoken of, before *de* / *à* + the
#: reported infinitive: « accuse l'opposition d'en être à l'origine », « invite les ressortissants à … ».
OBJECT_INFINITIVE_VERBS: frozenset[str] = frozenset(
    {"accuser", "inviter", "exhorter", "prier", "sommer", "supplier", "implorer", "enjoindre", "charger",
     "avertir", "prévenir", "menacer", "conjurer", "encourager", "inciter"}
)  # fmt: skip

#: Speech verbs whose direct object is the one told, before *que* + the reported clause:
#: « a informé les salariés qu'il fermerait l'usine ».
OBJECT_CLAUSE_VERBS: frozenset[str] = frozenset({"informer"})

#: Verbs that report words only as a call to act, with *à* + infinitive: « le syndicat a appelé à
#: manifester », « a appelé les habitants à rester chez eux »; not « on l'appelle Jo ».
CALL_VERBS: frozenset[str] = frozenset({"appeler", "exhorter", "inviter"})

#: Reflexive speech verbs whose attribute is what the subject said of itself: « le ministre s'est
#: dit prêt à discuter », « elle s'est déclarée favorable au projet » (not « il se dit que … »,
#: a thought).
ATTRIBUTE_VERBS: frozenset[str] = frozenset({"se dire", "se déclarer", "s'affirmer"})

#: « que » in its spellings, which opens the clause a speech verb reports.
QUE_FORMS: frozenset[str] = frozenset({"que", "qu'", "qu’"})

#: Words that open a reported clause after its verb (the span starts after them).
CLAUSE_MARKERS: frozenset[str] = QUE_FORMS | frozenset({"si", "s'", "s’", "comment", "pourquoi"})

#: Interrogative words that open an indirect question after a speech verb, and stay in the
#: reported words with the preposition before them (« n'a pas précisé quand la loi serait votée »,
#: « n'a pas dit depuis quels pays … »); not « quand même ».
QUESTION_WORDS: frozenset[str] = frozenset({"quand", "où", "combien", "quel", "quelle", "quels", "quelles"})

#: Words that open a reported infinitive ("demande de partir", "s'engage à développer").
INFINITIVE_MARKERS: frozenset[str] = frozenset({"de", "d'", "d’", "à"})

#: Nouns of an act of speech that take a reported clause: « l'annonce que … », « la promesse de … »;
#: and of a stance stated (« confirme la position selon laquelle … », « la version selon laquelle
#: … », « défend la thèse selon laquelle … », « a tenu des propos selon lesquels … »).
CLAUSE_NOUNS: frozenset[str] = (SPEECH_NOUNS & frozenset(
    {
        "déclaration", "annonce", "affirmation", "promesse", "accusation", "aveu", "démenti",
        "réponse", "explication", "message", "avertissement", "appel", "témoignage", "proposition",
        "information", "rumeur", "allégation", "assurance", "menace",
    }
)) | frozenset(
    {
        "proposition", "information", "allégation", "assurance", "menace", "version", "position",
        "thèse", "propos",
    }
)  # fmt: skip

#: Nouns that can be the source after *selon* / *d'après* beyond the roles, groups, organisations
#: and documents of :mod:`quoteattr.lang.fr.roles` and :mod:`quoteattr.lang.fr.cues`:
#: « selon les secours », « d'après les organisateurs », « selon sa famille »; and the
#: institutions that speak for the body they house or run (« selon l'hôpital », « d'après
#: l'établissement », « le musée a indiqué que », « selon la justice »), which are not organisation
#: nouns for naming (« l'hôpital Paul-Roux » is a place's name); the consular chambers that speak
#: for a trade (« d'après la chambre d'agriculture », « selon la chambre de commerce »).
SOURCE_NOUNS: frozenset[str] = frozenset(
    {
        "secours", "observateur", "média", "médias", "presse", "pompier", "organisateur",
        "manifestant", "famille", "proche", "officiel", "opposition", "ong", "témoin", "expert",
        "sauveteur", "riverain", "habitant", "voisin", "entourage", "camp", "équipe", "direction",
        "personnalité", "commentateur",
        "hôpital", "établissement", "clinique", "chu", "musée", "école", "lycée", "laboratoire",
        "festival", "rectorat", "consulat", "aéroport", "assureur", "commune", "justice", "chambre",
        "capitainerie", "douane", "douanes",
    }
)  # fmt: skip

#: Word forms that look like a speech verb but are mostly something else (« nous sommes », « la
#: somme », « une avance »): the surface scan ignores them (a parse still sees them in a sentence
#: selected for another reason).
SCAN_IGNORED_FORMS: frozenset[str] = frozenset({"sommes", "somme", "sommes-nous", "avance", "avances"})

#: The alternatives of :data:`SURFACE_CUE`, one a string.
_SURFACE_CUE_PARTS: tuple[str, ...] = (
    r"""\b(?:selon|d['’]\s?après|suivant|à\ en\ croire|en\ croire|en\ croit|de\ l['’]\s?avis|aux\ dires
      |de\ l['’]\s?aveu|de\s(?:son|sa|leurs?)\s(?:propre\s)?aveu)\b""",
    # « aux yeux de X », « au dire de X »; a possessor's view (`sources.POSSESSED_SOURCES`: « à ses
    # yeux », « en ses termes »)
    r"""\b(?:aux\ yeux\ d|au\ dire\ d|(?:à|a|en)\s(?:ses|son|sa|leurs?)\s(?:propres?\s)?
      (?:yeux|avis|sens|dires|termes|mots)\b)""",
    r"""\bf(?:ait|ont|era|eront|erait|eraient|aisait|aisaient|aisant|aire)
      \ (?:savoir|valoir|remarquer|observer)\b""",
    r"""\blaiss(?:e|é|ée|és|ées|ait|aient|ent|ant|er|era|erait)\ entendre\b""",
    r"""\bcr(?:oi[st]|oient|oyait|oyaient|oyant|u)\ savoir\b""",
    r"""(?:^|[,;:–—]\s*)(?:(?:mais|et|or|pourtant|cependant|toutefois|donc|enfin|ainsi)\s+)?
      (?i:pour)\s[^,.;:]{2,60},""",
    r"""\b(?:appel|exhort|invit)\w*\b[^.;:!?«»]{0,60}?\bà\s""",
    r"""\bpour\ qui\b""",
    r"""\bs(?:e\s|['’]\s?)(?:(?:est|sont|était|étaient|sera|serait|seraient)\s)?
      (?:di[ts]|dite|dites|disent|disait|disaient|déclar\w*|affirm\w*)\b""",
)
#: A cheap surface cue that a sentence may hold indirect speech without any quotation mark:
#: a source preposition or locution, a phrase of saying made of a verb and an infinitive (« a
#: fait savoir », « laisse entendre », « croit savoir »: :data:`PHRASAL_CUES`), a clause-taking
#: noun, a relative "selon lequel", a call verb before *à* (:data:`CALL_VERBS`), or a reflexive
#: verb of :data:`ATTRIBUTE_VERBS`. Verb forms are found word by word with
#: :func:`quoteattr.lang.fr.verbs.lemma_of`.
SURFACE_CUE = regex.compile("\n    | ".join(_SURFACE_CUE_PARTS), regex.VERBOSE | regex.IGNORECASE)
#: :data:`SURFACE_CUE`, one pattern per alternative: a sentence holds the cue when one of them is
#: found in it, and searching for each alone costs half what the whole alternation costs (the
#: engine tries every alternative at every position; measured on the WiNER sentences).
SURFACE_CUES = tuple(regex.compile(part, regex.VERBOSE | regex.IGNORECASE) for part in _SURFACE_CUE_PARTS)

#: Verbs that take « dire » as an infinitive after « à » in an idiom of the writer's, no report:
#: « Cette mesure revient à dire que … » (*amounts to saying*). Written for quoteattr from French
#: usage.
SAYING_IDIOM_GOVERNORS: frozenset[str] = frozenset({"revenir"})

#: Verbs that take « dire » as a bare infinitive in a verb of meaning, no speech: « Ce chiffre
#: veut dire que la crise est finie », « le mot « rare » veut dire peu fréquent » (*to mean*).
#: Written for quoteattr from French usage.
MEANING_GOVERNORS: frozenset[str] = frozenset({"vouloir"})


#: Speech verbs that deny or dispute what they take up (« ce que contestent les syndicats »,
#: « ce que dément la direction »): the words taken up are another's claim, not theirs. The
#: project's own list, from the verbs of denial of the reporting list.
DENYING_VERBS: frozenset[str] = frozenset(
    {"contester", "démentir", "nier", "réfuter", "récuser", "rejeter", "infirmer"}
)
