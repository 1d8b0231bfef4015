"""Surface forms of French speech tags (incises): « — Oui, dit-il, c'est vrai. »

An incise puts the verb before its subject: *dit-il*, *répondit Paul*, *s'écria la servante*,
*reprit Tourneval*, *m'écriai-je*. Recognising one needs the inflected forms of the verbs of saying
used in narration (passé simple, imparfait, présent, 3rd person, plus the 1st person singular of
first-person narrators), the subject pronouns of the inversion, and the words that open a subject
noun phrase.

Provenance: the verbs are the verbs of saying, asking, answering and exclaiming of French narrative
prose as listed in grammars of reported speech (Riegel, Pellat & Rioul, *Grammaire méthodique du
français*, ch. on discours rapporté), completed from the author's knowledge of the language; the
forms are generated from their conjugation classes below. No list was copied from another project.
"""

from __future__ import annotations

from typing import Final

import regex


def _words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of a data string (keeps long lists readable)."""
    return tuple(text.split())


__all__ = [
    "AUXILIARY_ADVERBS",
    "CONTINUATION_STARTS",
    "EUPHONIC_T",
    "FIRST_SECOND_PERSON",
    "INCISE_CLITICS",
    "INVERTED_PRONOUNS",
    "MAKE_FORMS",
    "NOT_PARTICIPLES",
    "SIDE_LOCUTIONS",
    "SPEECH_VERB_FORMS",
    "SUBJECT_STARTS",
    "WEAK_CONTINUATION_STARTS",
    "adverb_in_ment",
]

#: The euphonic *t* French sets between a verb ending in a vowel and its inverted clitic
#: (« a-t-il »), a token of its own for some tokenizers (« a », « -t », « -il »).
EUPHONIC_T: Final[frozenset[str]] = frozenset({"-t", "-t-"})

# First-conjugation (-er) verbs of saying; forms are generated (dit-il is irregular, listed apart).
_ER_VERBS: Final = _words(
    "acquiescer admonester affirmer ajouter annoncer apostropher appeler approuver articuler "
    "assurer avancer avouer bafouiller balbutier bougonner bredouiller bégayer chantonner chuchoter "
    "clamer commander commencer commenter confier confirmer conseiller conter continuer corriger "
    "crier demander déclamer déclarer dénoncer déplorer emporter enchaîner encourager estimer "
    "exclamer excuser exhorter expliquer glisser grogner grommeler gronder haleter haranguer "
    "hasarder hurler impatienter implorer indiquer informer inquiéter insinuer insister interroger "
    "ironiser juger jurer lancer lâcher marmonner marmotter marteler maugréer murmurer nasiller "
    "noter objecter observer ordonner penser persifler plaider plaisanter pleurnicher prier "
    "proclamer prononcer proposer protester préciser questionner quémander raconter railler "
    "raisonner rappeler rapporter rectifier regretter relancer remarquer reprocher ricaner riposter "
    "risquer récrier répliquer répéter résumer rétorquer sangloter siffler signaler songer souffler "
    "souligner soupirer soupçonner supplier susurrer tempêter tonner trancher vociférer écrier "
    "étonner "
    # verbs of comment and judgement news puts in incises (« …, relève X », « …, fustige X »)
    "accuser agacer alarmer alerter amuser argumenter attaquer attester compléter concéder confesser "
    "constater contester critiquer désoler détailler enthousiasmer exiger féliciter fustiger "
    "indigner insurger interpeller justifier lamenter menacer mentionner minimiser moquer nuancer "
    "offusquer pester pointer préconiser prôner rassurer réaffirmer réclamer réfuter réitérer "
    "relativiser relever remercier revendiquer saluer souhaiter suggérer tacler témoigner tempérer "
    "tweeter évoquer énerver "
    # delight voiced in an incise (« …, savoure l'entraîneur », « jubile la lauréate »)
    "savourer jubiler exulter"
)

# Irregular, -ir and -re verbs of saying, with their narrative forms written out.
_IRREGULAR_FORMS: Final = _words(
    "dit dis disait disais disaient dirent redit redisait "
    "fit fis faisait faisaient firent "
    "reprit repris reprenait reprenaient reprirent reprend "
    "répondit répondis répondait répondaient répondirent répond "
    "interrompit interrompis interrompait "
    "poursuivit poursuivis poursuivait poursuit "
    "conclut conclus concluait "
    "enquit enquis "
    "plaignit plaignait "
    "gémit gémissait rugit rugissait glapit glapissait mugit vagit geignit geignait "
    "sourit souriait rit riait "
    "convint intervint prévint reprit repartit répartit avertit "
    "admit promit lut "
    "défendit défendait "
    "écrivit écrivait "
    "renchérit renchérissait "
    "finit finissait "
    "reconnut reconnaissait reconnaît admet admettait prévient prévenait promet promettait "
    "écrit écrivit écrivait "
    "décrit décrivit décrivait dément démentit démentait soutient soutint soutenait maintient "
    "maintint réagit réagissait défend prédit "
    "s'exclama"
)


def _er_forms(lemma: str) -> set[str]:
    """Narrative forms of a first-group verb: passé simple, imparfait, présent (3sg/3pl/1sg)."""
    stem = lemma.removeprefix("s'")[:-2]
    # Spelling changes before a/o: commencer → commença, songer → songea.
    a_stem = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    forms = {
        a_stem + "a",  # passé simple 3sg: demanda
        a_stem + "ai",  # passé simple 1sg: m'écriai-je
        a_stem + "ait",  # imparfait 3sg: demandait
        a_stem + "ais",  # imparfait 1sg
        a_stem + "aient",  # imparfait 3pl
        stem + "èrent",  # passé simple 3pl: s'écrièrent
        stem + "e",  # présent 3sg: demande
        stem + "ent",  # présent 3pl
    }
    # Stem changes of the present: répéter → répète, relever → relève, appeler → appelle.
    changed = regex.match(r"(.*)[eé]([^aeiouyéèêëîôû]+)$", stem)
    if changed is not None:
        for present in (changed.group(1) + "è" + changed.group(2), stem + stem[-1]):
            forms |= {present + "e", present + "ent"}
    return forms


SPEECH_VERB_FORMS: Final[frozenset[str]] = frozenset(
    form for lemma in _ER_VERBS for form in _er_forms(lemma)
) | frozenset(form.removeprefix("s'") for form in _IRREGULAR_FORMS)
"""Lower-case inflected forms of verbs that head a speech tag (without clitics: *écria*, not *s'écria*)."""

MAKE_FORMS: Final = frozenset(("fait", "fit", "fis", "faisait", "faisaient", "firent"))
"""Forms of *faire* that head a tag (*fit-il*, *fait Paul*) and are also its plain transitive use."""

INVERTED_PRONOUNS: Final = ("il", "elle", "on", "ils", "elles", "je", "tu", "nous", "vous")
"""Subject pronouns that follow the verb in an incise: *dit-il*, *demanda-t-elle*, *m'écriai-je*."""

AUXILIARY_ADVERBS: Final = (
    "encore", "aussi", "également", "ensuite", "enfin", "alors", "déjà", "pourtant", "toutefois",
    "cependant", "néanmoins", "aussitôt", "immédiatement", "d'ailleurs", "d’ailleurs",
    "quant à lui", "quant à elle", "pour sa part", "de nouveau", "à nouveau", "d'emblée", "d’emblée",
    # locutions of order and of contrast: « rappelle d'abord l'entraîneur », « a répondu à l'inverse X »
    "d'abord", "d’abord", "à l'inverse", "à l’inverse", "au contraire", "en outre", "de plus",
    "par ailleurs", "en revanche", "en effet", "du coup", "du même coup", "de même",
)  # fmt: skip
"""Adverbs that stand between an incise's auxiliary and its participle: *a encore précisé X*,
*a-t-il aussi ajouté*, *a pour sa part indiqué X*, *a d'emblée affirmé X*; and between an incise's
verb and its inverted subject: *reprit de nouveau X*, *a affirmé d'emblée X*."""

SIDE_LOCUTIONS: Final = (
    "de son côté", "de leur côté", "pour sa part", "pour leur part", "à son tour", "à leur tour",
)  # fmt: skip
"""Locutions of the side a speaker takes, in a tag: between an incise verb and its subject
(*a insisté de son côté le ministre*), and setting that speaker against the source before."""

INCISE_CLITICS: Final = ("me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’", "lui", "leur", "nous", "vous")
"""Object and reflexive clitics that may stand before the verb of an incise: *lui dit-elle*,
*s'écria-t-il*."""

SUBJECT_STARTS: Final = frozenset(
    _words(
        "le la l' l’ les un une des mon ma mes ton ta son sa ses notre votre leur leurs ce cet cette ces "
        "celui-ci celle-ci celui-là celle-là ceux-ci celles-ci l'un l'autre l’un l’autre chacun chacune "
        "quelqu'un quelqu’un personne tous toutes madame monsieur mademoiselle maître mère père "
        "oncle tante"
    )
)
"""Words that open the subject noun phrase of an incise (*répondit la servante*); a capitalised word
(*reprit Tourneval*) opens one too."""

CONTINUATION_STARTS: Final = frozenset(
    _words(
        "qui dont lequel laquelle lesquels lesquelles en d'un d’un d'une d’une avec afin tandis ayant étant"
    )
)
"""Words that, after a comma closing an incise, carry on the narration rather than the speech
(*dit-il, en se levant*; *s'écria Tourneval, qui redoutait les courants d'air*)."""

WEAK_CONTINUATION_STARTS: Final = frozenset(
    _words(
        "où sans dans sur sous à au aux par pour vers tout toute comme lorsque lorsqu' lorsqu’ quand "
        "pendant puis après avant entre devant derrière jusqu'à jusqu’à depuis selon malgré"
    )
)
"""Words that carry on the narration after an incise at the end of a dialogue line
(*cria Boissard, dans l'escalier*) but just as often open the rest of a quoted sentence
(*« Partez, dit-il, avant la nuit. »*): trusted only where the speech is not closed by a mark."""

NOT_PARTICIPLES: Final = frozenset(
    _words(
        "avant devant pendant durant maintenant cependant pourtant autant tant quant néanmoins suivant "
        "moyennant enfant enfants instant instants"
    )
)
"""Words ending in -ant that are not present participles (adverbs, prepositions, nouns)."""

FIRST_SECOND_PERSON: Final = frozenset(
    _words(
        "je j' j’ me m' m’ moi tu te t' t’ toi nous vous mon ma mes ton ta tes notre nos votre vos "
        "mien mienne tien tienne"
    )
)
"""Words of the speaker and the addressee: a sentence full of them after an incise is speech again."""


def adverb_in_ment(word: str) -> bool:
    """Whether ``word`` is written as an adverb in *-ment* that may stand between a tag's verb and
    its subject (« explique fermement X », « répond longuement X »): in small letters, seven
    letters or more; a noun in *-ment* takes its article there (« a salué le gouvernement »).

    >>> adverb_in_ment("fermement"), adverb_in_ment("Clément"), adverb_in_ment("ment")
    (True, False, False)
    """
    return len(word) >= 7 and word.endswith("ment") and word[:1].islower()
