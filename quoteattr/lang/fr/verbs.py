"""French verbs that attribute words to a source: reporting verbs, dialogue verbs, verb phrases.

Source: the project's own knowledge of French (the verbs of saying, asking, answering,
claiming and reacting found in French press and fiction, cross-checked against the classes of
*verbes introducteurs de discours* described in French grammars such as Riegel, Pellat & Rioul,
*Grammaire méthodique du français*, chapter on reported speech). Written for quoteattr; not copied
from another project's list.

Lemmas are written as a French dictionary writes them; pronominal verbs carry their clitic
("s'exclamer", "se défendre"), so the cue lemma reads as the gold guidelines write it.
"""

from __future__ import annotations

import functools

__all__ = [
    "ACCUSING_VERBS",
    "ASKING_VERBS",
    "ATTEMPT_VERBS",
    "BREAKING_OUT_VERBS",
    "CLAUSE_ONLY_VERBS",
    "COMME_ATTRIBUTE_VERBS",
    "DE_MEANING_VERBS",
    "DIALOGUE_VERBS",
    "FIRST_GROUP_PARTICIPLE_ENDINGS",
    "INCISE_MODALS",
    "INCISE_ONLY_VERBS",
    "INFINITIVE_ENDINGS",
    "IRREGULAR_FORMS",
    "LEARNING_FORMS",
    "LEARNING_VERBS",
    "MODAL_INCISE_FORMS",
    "MODAL_VERBS",
    "NAME_GIVING_VERBS",
    "NAMING_DE_VERBS",
    "OBJECT_EXPERIENCER_VERBS",
    "OPINION_VERBS",
    "PHRASAL_CUES",
    "PRESS_VERBS",
    "PRONOMINAL_VERBS",
    "RELAYING_INCISE_VERBS",
    "REPORTING_VERBS",
    "SAID_LOCUTION_WORDS",
    "UNSAID_PRONOMINALS",
    "conjugated_speech_form",
    "finite_speech_form",
    "lemma_of",
    "pronominal",
    "unsaid_pronominal",
]

#: Verbs of saying and stating used by the press to attribute words (simple, non-pronominal).
PRESS_VERBS: frozenset[str] = frozenset(
    {
        "accuser", "admettre", "affirmer", "ajouter", "alerter", "annoncer", "anticiper", "appeler",
        "apprécier", "argumenter", "arguer", "articuler", "assener", "asséner", "assurer", "attester",
        "avancer", "avertir", "avouer", "blâmer", "certifier", "citer", "clamer", "commenter",
        "communiquer", "compléter", "concéder", "conclure", "condamner", "confesser", "confier",
        "confirmer", "considérer", "constater", "contester", "critiquer", "décrire", "déclarer",
        "décréter", "démentir", "dénoncer", "déplorer", "détailler", "dire", "discuter", "écrire",
        "égrener", "émettre", "énoncer", "espérer", "estimer", "évoquer", "exhorter", "exiger",
        "expliquer", "exposer", "exprimer", "fustiger", "garantir", "glisser", "implorer", "indiquer",
        "informer", "insister", "interpeller", "jauger", "jurer", "juger", "justifier", "lancer",
        "lire", "lâcher", "marteler", "mentionner", "menacer", "mettre en garde", "noter", "notifier",
        "objecter", "observer", "opposer", "parler", "penser", "plaider", "plaisanter", "poursuivre",
        "préciser", "prédire", "prévenir", "prévoir", "proclamer", "promettre", "proposer", "protester",
        "publier", "qualifier", "raconter", "railler", "rappeler", "rapporter", "réagir", "réaffirmer",
        "reconnaître", "recommander", "réclamer", "regretter", "réitérer", "relater", "relever",
        "remarquer", "remercier", "répéter", "reprocher", "résumer", "révéler", "revendiquer",
        "saluer", "signaler", "souhaiter", "souligner", "soutenir", "suggérer", "supplier", "tancer",
        "témoigner", "tonner", "trancher", "tweeter", "twitter", "vanter", "déclamer",
        "prôner", "invoquer", "démontrer", "dévoiler", "mander", "préconiser",
        "renseigner",  # « …, renseigne L'Équipe »: informs, as « informer » does
        "stigmatiser", "vilipender", "ironiser", "s'insurger", "fulminer", "chanter", "scander",
        "crier", "hurler", "invectiver", "charger", "inviter", "enjoindre", "sommer",
        # reporting verbs of indirect speech (« a nié avoir … », « prétend que … »)
        "nier", "prétendre", "réfuter", "rétorquer", "alléguer",
        # verbs of judging aloud, whose noun object carries the quoted words (« a défendu un projet
        # « indispensable » », « pointe les « exigences » de TF1 », « loue une « relation » »)
        "défendre", "féliciter", "louer", "rejeter", "pointer", "tempérer", "nuancer", "relativiser",
        "minimiser", "épingler", "étriller", "encenser",
        # verbs of putting a figure on something, a claim of the subject's (« Il évalue les pertes
        # à « plus de deux millions d'euros » », « le syndicat chiffre à 3 000 les manifestants »)
        "évaluer", "chiffrer",
        # a newspaper speaks in its headline (« Le Parisien titrait « … » »)
        "titrer",
        # verbs of the press incise and colon: explaining, correcting, agreeing, reassuring
        # (« « … », décrypte le politologue », « Le maire abonde : », « « … », rassure le
        # préfet »); not « analyser », whose « analyse » is first a noun, nor « infirmer »
        # (« infirme » is first an adjective)
        "décrypter", "développer", "rectifier", "corriger", "abonder", "rassurer",
        "tacler", "cingler", "pester", "pronostiquer", "narrer", "clarifier", "expliciter",
        # going on the attack in words, in an incise only (« « … », attaque le maire »)
        "attaquer",
        # an interpreter's words, and a closing remark, in an incise only (« « … », traduit
        # l'interprète », « « … », ponctue la juge »)
        "traduire", "ponctuer",
        # a conclusion drawn aloud, in an incise only (« « … », en déduit un voisin »)
        "déduire",
        # ruling a possibility out or not, with a clause or an infinitive only (« n'a pas exclu
        # que le chantier prenne du retard », « exclut de démissionner »); « a exclu le joueur » says nothing
        "exclure",
        # delight and triumph voiced in an incise only (« « … », savoure l'entraîneur »,
        # « jubile la lauréate », « exulte le capitaine »); « savoure sa victoire » says nothing
        "savourer", "jubiler", "exulter",
        # a fear voiced, its words quoted (« le syndicat redoute « un nouveau casse-tête » »,
        # « Paul Roux craint « une saison blanche » »); no indirect speech (`THOUGHT_VERBS`)
        "craindre", "redouter",
    }
)  # fmt: skip

#: Reporting verbs whose pronominal form, with no attribute after it, says that something broke
#: out, not that anyone spoke: « un incendie s'est déclaré mardi » (a fire broke out), « une
#: épidémie s'est déclarée dans le village »; with an attribute the subject states a stance
#: (« il s'est déclaré favorable », « prêt à … »), and that is speech.
BREAKING_OUT_VERBS: frozenset[str] = frozenset({"déclarer"})

#: The endings of the past participles of the first group, the largest, every verb in -er
#: (« invité », « accusée », « cités », « relayées »).
FIRST_GROUP_PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées")

#: Reporting verbs that mean something else with « de » right after them and no clause: « relever
#: de » is to fall under, to be a matter of (« les accords relèvent d'une « coopération
#: défensive » »), where « relever que » reports a remark.
DE_MEANING_VERBS: frozenset[str] = frozenset({"relever"})

#: Words that make the participle « dit » after them an adverbial locution, no one's speech:
#: « autrement dit » (in other words), « cela dit » / « ceci dit » (that said), « soit dit en
#: passant ». From French usage (the locutions of the Académie's dictionary, at « dire »).
SAID_LOCUTION_WORDS: frozenset[str] = frozenset({"autrement", "cela", "ceci", "soit"})

#: Verbs of learning: their subject heard the words (« …, a appris l'agence auprès du parquet »),
#: the one who said them is the one heard from, after « auprès de »; with none named, no one.
LEARNING_VERBS: frozenset[str] = frozenset({"apprendre"})
#: The forms of :data:`LEARNING_VERBS` an incise takes (« a-t-on appris », « apprend-on »): the
#: verb is irregular, so its forms are listed.
LEARNING_FORMS: frozenset[str] = frozenset({"appris", "apprend", "apprenait", "apprennent", "apprenaient"})

#: Verbs of putting questions to someone: as a participle on a noun (« un habitant interrogé par
#: l'AFP raconte : »), the one asked is who speaks next, never the one asking; before a reply
#: (« Interrogée sur …, elle a répondu »), the one asked answers whoever asked.
ASKING_VERBS: frozenset[str] = frozenset(
    {"interroger", "questionner", "interviewer", "sonder", "relancer", "solliciter"}
)

#: Verbs of fiction dialogue: speech manner, turn-taking, asking and answering.
DIALOGUE_VERBS: frozenset[str] = frozenset(
    {
        "dire", "répondre", "reprendre", "demander", "murmurer", "balbutier", "répliquer", "riposter",
        "rétorquer", "interrompre", "continuer", "poursuivre", "achever", "conclure", "chuchoter",
        "souffler", "soupirer", "gémir", "grommeler", "grogner", "bougonner", "maugréer", "ronchonner",
        "bredouiller", "bégayer", "marmonner", "marmotter", "crier", "hurler", "vociférer",
        "glapir", "rugir", "tonner", "gronder", "siffler", "sangloter", "pleurer", "rire", "ricaner",
        "sourire", "s'écrier", "s'exclamer", "s'étonner", "s'interroger", "se demander", "s'excuser",
        "se récrier", "se plaindre", "se lamenter", "se moquer", "interroger", "questionner",
        "insinuer", "susurrer", "ajouter", "déclarer", "faire", "commencer", "approuver",
        "acquiescer", "consentir", "protester", "supplier", "implorer", "ordonner", "commander",
        "exclamer", "écrier", "appeler", "héler", "prier", "conseiller", "avertir", "observer",
        "remarquer", "reprocher", "expliquer", "raconter", "lancer", "jeter", "laisser tomber",
        "conter", "penser", "songer", "hasarder", "risquer", "insister", "couper", "trancher",
        "renchérir", "enchaîner", "relancer", "s'emporter", "s'impatienter", "se fâcher",
        "haleter", "articuler", "prononcer", "psalmodier", "chantonner", "fredonner", "zézayer",
        "minauder", "railler", "persifler", "gouailler", "badiner", "plaisanter",
        "échapper", "dicter", "lire", "nasiller", "mugir", "beugler", "brailler", "piailler",
        # verbs of calling out or scolding, and of faltering speech, that the incise scan
        # (:mod:`quoteattr.lang.fr.incises`) already reads as saying; not « tempêter », whose
        # forms are the noun « tempête » (« une forte tempête »)
        "apostropher", "admonester", "haranguer", "bafouiller", "pleurnicher",
        "quémander",
    }
)  # fmt: skip

#: Pronominal reporting verbs as the gold writes them (the clitic is part of the lemma).
PRONOMINAL_VERBS: frozenset[str] = frozenset(
    {
        "s'écrier", "s'exclamer", "s'étonner", "s'interroger", "se demander", "s'excuser",
        "se récrier", "se plaindre", "se lamenter", "se moquer", "s'emporter", "s'impatienter",
        "se fâcher", "se défendre", "se féliciter", "se réjouir", "s'inquiéter", "s'indigner",
        "s'insurger", "se désoler", "se dire", "se montrer", "s'alarmer", "s'offusquer",
        "se justifier", "s'engager", "se vanter", "s'expliquer", "se confier", "se souvenir",
        "s'agacer", "s'amuser", "s'enthousiasmer", "s'énerver", "se marrer", "se remémorer",
        "se rappeler", "se prononcer", "s'exprimer", "s'adresser", "s'en prendre", "se targuer",
        "s'irriter",
    }
)  # fmt: skip

#: Pronominal forms of reporting verbs that mean something else, no speech: « s'assurer que »
#: (*to make sure*), « la saison s'annonce difficile », « la tendance se confirme », « le projet
#: se précise », « se révèle coûteux », « s'ajoute à cela », « le procès se poursuit », « se
#: conclut par », « se traduit par », « l'histoire se répète ». Their subject voices nothing,
#: though the verb without « se » is one of saying. Written for quoteattr from French usage.
UNSAID_PRONOMINALS: frozenset[str] = frozenset(
    {
        "s'assurer", "s'annoncer", "se confirmer", "se préciser", "se révéler", "s'ajouter",
        "se poursuivre", "se conclure", "se traduire", "se répéter",
    }
)  # fmt: skip

#: Every lemma that counts as a reporting cue (≥ 150 lemmas).
REPORTING_VERBS: frozenset[str] = PRESS_VERBS | DIALOGUE_VERBS | PRONOMINAL_VERBS

#: Verbs that give their subject's words only as an attribute of their object introduced by
#: « comme » (Riegel, Pellat & Rioul: the object's attribute after « comme »): « la maire définit
#: son projet comme « une petite révolution » », « l'association se présente comme « la voix des
#: locataires » » (the pronominal form too: the subject presents itself so); with a plain object
#: they report nothing (« a présenté son plan », « définit les règles »).
COMME_ATTRIBUTE_VERBS: frozenset[str] = frozenset(
    {"définir", "présenter", "dépeindre", "décrire", "désigner"}
)

#: Reporting verbs that report words only with a clause or an infinitive: with a noun object
#: they mean something else (« soutient que … » claims, « soutient le projet » backs it;
#: « maintient que … », « maintient sa réforme »; « n'exclut pas que … », « exclut un joueur »).
CLAUSE_ONLY_VERBS: frozenset[str] = frozenset({"soutenir", "maintenir", "exclure"})

#: Verbs that report speech only in an incise ("— Oui, fit-il", "sourit-elle", "reprit Paul"):
#: elsewhere they have their ordinary meaning, so they never govern a partial quote.
INCISE_ONLY_VERBS: frozenset[str] = frozenset(
    {
        "faire", "sourire", "rire", "pleurer", "continuer", "commencer", "reprendre", "poursuivre",
        "penser", "songer", "jeter", "échapper", "couper", "trancher", "achever", "enchaîner",
        "relancer", "siffler", "gronder", "souffler", "approuver", "consentir", "risquer", "hasarder",
        "lire", "prononcer", "articuler", "ordonner", "commander", "prier", "héler", "dicter",
        "laisser tomber", "interrompre", "opposer",
        # in an incise or before a colon only: « rassure le préfet », « abonde le maire »;
        # « rassure les habitants », « corrige une erreur », « s'amuse de … » report nothing
        "rassurer", "développer", "corriger", "rectifier", "abonder", "tacler", "cingler", "attaquer",
        "pester", "narrer", "clarifier", "expliciter", "décrypter", "s'agacer", "s'amuser",
        "s'enthousiasmer", "s'énerver", "traduire", "ponctuer", "se marrer", "se remémorer",
        "s'irriter", "déduire", "savourer", "jubiler", "exulter",
    }
)  # fmt: skip

#: Verbs of opinion that report words only through a *que* clause holding a quotation in marks:
#: « Un élu pense que le calendrier serait mal venu « s'il maintient la réforme » »; the
#: marks say the words were said, the verb whose. Not cues of indirect speech (GUIDELINES.md:
#: private thought), nor of an incise of their own (« pensa-t-il »: :data:`INCISE_ONLY_VERBS`).
OPINION_VERBS: frozenset[str] = frozenset({"penser", "croire", "trouver"})

#: The verbs of attempt, haste and preference, whose subject says the words the infinitive they
#: take reports: « …, a tenté de rassurer le ministre », « …, s'est empressé de démentir X »,
#: « …, se borne à répondre X », « …, préfère nuancer X ». Written for quoteattr from French
#: grammar (verbs with an infinitive complement, « à » or « de » before it).
ATTEMPT_VERBS: frozenset[str] = frozenset(
    {
        "tenter", "essayer", "chercher", "efforcer", "empresser", "hâter", "contenter", "borner",
        "oser", "préférer",
    }
)  # fmt: skip

#: Verbs that take a reporting verb as their infinitive complement: "peut-on lire", "tient à préciser",
#: "continue d'expliquer" (one who goes on saying says it); so do :data:`ATTEMPT_VERBS`.
MODAL_VERBS: frozenset[str] = ATTEMPT_VERBS | frozenset(
    {"pouvoir", "devoir", "vouloir", "tenir", "venir", "aller", "savoir", "continuer"}
)

#: The modals of intent an incise opens with before its speech infinitive (« …, a tenu à
#: préciser le maire », « …, a voulu rappeler X », « …, a tenté de rassurer X »): the speaker
#: means to say it. Not « devoir », « pouvoir », « aller » (« …, devrait compléter le tour de
#: table »: a clause of its own). Written for quoteattr from French grammar.
INCISE_MODALS: frozenset[str] = frozenset({"tenir", "vouloir"}) | ATTEMPT_VERBS

#: Their forms in an incise: past participles after the auxiliary, and the present and imperfect,
#: singular and plural (of the verbs of attempt, the past participles and the presents of the
#: commonest: « a tenté de », « a préféré », « tente de »). Written for quoteattr from French
#: conjugation.
MODAL_INCISE_FORMS: frozenset[str] = frozenset(
    {
        "tenu", "tient", "tiennent", "voulu", "veut", "veulent", "tenait", "tenaient", "voulait", "voulaient",
        "tenté", "tente", "tentent", "essayé", "essaie", "essaye", "cherché", "cherche", "préféré", "préfère",
    }
)  # fmt: skip

#: Verbs of feeling whose object is the one who feels (« Le résultat déçoit Raymond Tessier »,
#: « La décision inquiète les habitants »): before a colon, that one's words follow. Written for
#: quoteattr from French grammar (the « psych » verbs with an object experiencer).
OBJECT_EXPERIENCER_VERBS: frozenset[str] = frozenset(
    {
        "décevoir", "inquiéter", "réjouir", "satisfaire", "agacer", "exaspérer", "irriter",
        "indigner", "choquer", "surprendre", "soulager", "rassurer", "ravir", "consterner",
        "préoccuper", "effrayer", "révolter", "scandaliser", "attrister", "amuser", "étonner",
        "désoler", "enthousiasmer", "émouvoir", "outrer", "fâcher", "navrer", "dépiter",
    }
)  # fmt: skip

#: Verbs that give a thing or a person its name (« surnommé « le Métronome » », « le plan
#: baptisé « Cap 2030 » »): what follows them in marks is the name, no one's words.
NAME_GIVING_VERBS: frozenset[str] = frozenset({"surnommer", "baptiser", "rebaptiser", "dénommer", "renommer"})

#: How every French infinitive ends (« négocier », « finir », « prendre », « voir », « haïr »): a
#: form a tagger calls an infinitive that ends otherwise is finite (« négocierons »), and a verb
#: form that ends so is none of its finite forms.
INFINITIVE_ENDINGS: tuple[str, ...] = ("er", "ir", "re", "ïr")

#: Incise verbs of relaying, whose subject passes on what someone else said: « …, rapporte Le
#: Journal », « …, relate la presse ». Fewer than the verbs whose object is another's words
#: (`colons._RELAYING_VERBS`): in an incise « rappelle X », « cite X » are X's own speech.
#: Written for quoteattr from French usage in the press.
RELAYING_INCISE_VERBS: frozenset[str] = frozenset({"rapporter", "relater", "relayer"})

#: Verbs of accusation and blame: one accuses another, so their subject is never the one the
#: clause they close accuses (« Valdor a menti, a-t-il accusé »: someone other than Valdor).
ACCUSING_VERBS: frozenset[str] = frozenset(
    {"accuser", "dénoncer", "fustiger", "critiquer", "reprocher", "blâmer", "incriminer", "stigmatiser"}
)

#: Verbs whose object takes an attribute after « de » (« qualifier N de X », « traiter N de X »,
#: « taxer N de X »): X is what the verb's subject calls N (Riegel, Pellat & Rioul, attribut du
#: complément d'objet introduit par « de »).
NAMING_DE_VERBS: frozenset[str] = frozenset({"qualifier", "traiter", "taxer"})

#: Verb + object noun (lemmas) that together attribute words, with the cue as the gold writes it.
PHRASAL_CUES: dict[tuple[str, str], str] = {
    ("faire", "part"): "faire part",
    ("faire", "savoir"): "faire savoir",
    ("faire", "valoir"): "faire valoir",
    ("faire", "remarquer"): "faire remarquer",
    ("faire", "observer"): "faire observer",
    ("faire", "état"): "faire état",
    ("faire", "allusion"): "faire allusion",
    ("présenter", "vœu"): "présenter ses vœux",
    ("présenter", "voeu"): "présenter ses vœux",
    ("adresser", "vœu"): "adresser ses vœux",
    ("donner", "explication"): "donner une explication",
    ("rendre", "hommage"): "rendre hommage",
    ("tirer", "sonnette"): "tirer la sonnette d'alarme",
    ("mettre", "garde"): "mettre en garde",
    ("prendre", "parole"): "prendre la parole",
    ("lancer", "appel"): "lancer un appel",
    ("tenir", "propos"): "tenir des propos",
    ("laisser", "entendre"): "laisser entendre",  # « a laissé entendre que … »: implied, said
    # « Le Parisien croit savoir que … »: what a source says it has learnt, reported as said
    ("croire", "savoir"): "croire savoir",
    ("voir", "y"): "y voir",  # « qui y voit « un chantage » »: sees in it, says it is
}

#: Irregular or often mis-lemmatised forms of reporting verbs (form, lowercased → lemma).
#: Statistical lemmatisers return the form itself for rare inflections ("indique", "twitté",
#: "répondit"); the regular first-group endings are handled by :func:`lemma_of`.
IRREGULAR_FORMS: dict[str, str] = {
    "dit": "dire", "dis": "dire", "disait": "dire", "disaient": "dire", "dirent": "dire", "dise": "dire",
    "disent": "dire", "dites": "dire", "disons": "dire", "dira": "dire", "dirait": "dire",
    "répondit": "répondre", "répond": "répondre", "répondu": "répondre", "répondait": "répondre",
    "répondirent": "répondre", "reprit": "reprendre", "reprend": "reprendre", "repris": "reprendre",
    "reprenait": "reprendre", "fit": "faire", "fait": "faire", "faisait": "faire", "firent": "faire",
    "écrit": "écrire", "écrivait": "écrire", "écrivit": "écrire", "lit": "lire", "lu": "lire",
    "lisait": "lire", "interrompit": "interrompre", "interrompt": "interrompre",
    "poursuivit": "poursuivre", "poursuit": "poursuivre", "poursuivi": "poursuivre",
    "conclut": "conclure", "conclu": "conclure",
    "craint": "craindre", "crains": "craindre", "craignent": "craindre", "craignait": "craindre",
    "craignaient": "craindre", "craignant": "craindre",
    "admit": "admettre", "admet": "admettre", "admis": "admettre", "promit": "promettre",
    "promet": "promettre", "promis": "promettre", "reconnaît": "reconnaître",
    "reconnait": "reconnaître", "reconnut": "reconnaître", "reconnu": "reconnaître",
    "sourit": "sourire", "rit": "rire", "prévient": "prévenir", "prévint": "prévenir",
    "prévenu": "prévenir", "soutient": "soutenir", "soutint": "soutenir", "soutenu": "soutenir",
    "prédit": "prédire", "décrit": "décrire", "décrivit": "décrire", "maintient": "maintenir",
    "maintenu": "maintenir", "s'écria": "s'écrier", "écria": "s'écrier", "tweeté": "tweeter",
    "twitté": "twitter", "twitte": "twitter", "réagit": "réagir", "réagi": "réagir",
    "gémit": "gémir", "rugit": "rugir", "réitère": "réitérer", "répète": "répéter",
    "répéta": "répéter", "suggère": "suggérer", "suggéra": "suggérer", "espère": "espérer",
    "considère": "considérer", "révèle": "révéler", "révéla": "révéler", "achève": "achever",
    "acheva": "achever", "relève": "relever", "releva": "relever",
    # third-group forms of the verbs of indirect speech, for the surface scan and mis-lemmatised parses
    "disant": "dire", "écrivent": "écrire", "écrivant": "écrire", "répondent": "répondre",
    "répondant": "répondre", "reconnaissent": "reconnaître", "reconnaissant": "reconnaître",
    "promettent": "promettre", "promettant": "promettre", "admettent": "admettre",
    "admettant": "admettre", "dément": "démentir", "démentent": "démentir", "démenti": "démentir",
    "démentait": "démentir", "démentant": "démentir", "soutiennent": "soutenir", "soutenant": "soutenir",
    "prévenant": "prévenir", "préviennent": "prévenir", "concluent": "conclure", "concluant": "conclure",
    "prétend": "prétendre", "prétendent": "prétendre", "prétendu": "prétendre",
    "prétendait": "prétendre", "prétendant": "prétendre", "décrivent": "décrire",
    "nie": "nier", "nient": "nier", "nié": "nier", "niant": "nier", "niait": "nier",
    "promettait": "promettre", "admettait": "admettre", "reconnaissait": "reconnaître",
    "soutenait": "soutenir", "écrivaient": "écrire", "répondaient": "répondre",
}  # fmt: skip

#: Second-group reporting verbs, conjugated like *finir* (« il avertit », « il avertissait »).
_SECOND_GROUP: frozenset[str] = frozenset(
    {"avertir", "garantir", "glapir", "gémir", "mugir", "renchérir", "rugir", "réagir"}
)
_IMPERFECT_ENDINGS = ("ais", "ait", "aient", "ions", "iez")


def _derived_forms() -> dict[str, str]:
    """Forms of the reporting verbs outside the first group that French conjugation derives
    regularly from one listed form: the imperfect on the stem of the present participle
    (« prévenant » → « prévenait », « reconnaissant » → « reconnaissaient »), and the present,
    imperfect and participle of a second-group verb (« avertit », « avertissait »). Not the
    future: « il répondra » reports nothing yet, and a reply verb there misleads the resolver."""
    forms: dict[str, str] = {}
    for form, lemma in IRREGULAR_FORMS.items():
        if form.endswith("ant") and not lemma.endswith("er"):
            for ending in _IMPERFECT_ENDINGS:
                forms[form[:-3] + ending] = lemma
    for lemma in _SECOND_GROUP:
        stem = lemma[:-2]
        endings = ("i", "it", "is", "irent", "issent", "issant")  # not « garantie », a noun
        for ending in (*endings, *("iss" + e for e in _IMPERFECT_ENDINGS)):
            forms[stem + ending] = lemma
    # a first-group verb in -cer or -ger keeps its sound before « a » with « ç » or « e »
    # (« dénonçant », « annonçait », « exigeant », « interrogea »), which the endings of
    # :func:`lemma_of` do not undo; not « avancer », whose « s'avança » is a step, no claim
    for lemma in PRESS_VERBS | DIALOGUE_VERBS:
        if " " in lemma or lemma == "avancer" or not lemma.endswith(("cer", "ger")):
            continue
        stem = lemma[:-3] + "ç" if lemma.endswith("cer") else lemma[:-1]
        for ending in ("ant", "a", "as", "ai", "ait", "aient", "ais", "assent"):
            forms[stem + ending] = lemma
    return forms


#: Every form :func:`lemma_of` reads by table: the listed irregular forms over the derived ones.
_FORMS: dict[str, str] = {**_derived_forms(), **IRREGULAR_FORMS}

#: Endings of a first-group verb's forms, its future and conditional with them: a chronicle tells
#: in the future what was said after the fact (« Celle-ci déclarera qu'il s'agissait … »).
_FIRST_GROUP_ENDINGS: tuple[str, ...] = (
    "eraient", "èrent", "aient", "asses", "assent", "erions", "eriez", "erons", "eront", "erais",
    "erait", "erai", "eras", "era", "erez", "ions", "iez", "ait", "ais", "ant", "ent", "ées", "ons",
    "ez", "és", "ée", "ai", "as", "es", "a", "é", "e",
)  # fmt: skip


#: How many (form, lemma) pairs :func:`lemma_of` remembers (a news corpus asks about a few thousand).
_LEMMA_CACHE = 1 << 16


#: The lemmas :func:`lemma_of` finds from a form's first-group ending.
_CUE_LEMMAS = REPORTING_VERBS | COMME_ATTRIBUTE_VERBS


@functools.lru_cache(maxsize=_LEMMA_CACHE)
def lemma_of(form: str, model_lemma: str) -> str:
    """The reporting-verb lemma for ``form``, correcting the parser's lemma where it is wrong.

    Returns ``model_lemma`` when it is already a known reporting verb, else a lemma found from the
    form (irregular table, then first-group endings), else ``model_lemma`` unchanged. The answer
    depends on the two strings alone and the rules ask it of the same words over and over (every
    word of every frame, every scanned sentence): it is cached.

    >>> lemma_of("indique", "indique")
    'indiquer'
    >>> lemma_of("répondit", "répondit")
    'répondre'
    >>> lemma_of("rappelle", "rappelle")
    'rappeler'
    >>> lemma_of("dénonçant", "dénonçant"), lemma_of("exigeait", "exigeait")
    ('dénoncer', 'exiger')
    """
    lemma = model_lemma.lower()
    if lemma in REPORTING_VERBS:
        return lemma
    low = form.lower().lstrip("-")
    if low in _FORMS:
        return _FORMS[low]
    for ending in _FIRST_GROUP_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: -len(ending)]
            for candidate in (stem + "er", *_stem_variants(stem)):
                if candidate in _CUE_LEMMAS or pronominal(candidate) is not None:
                    return candidate  # "indignée" → "indigner"; "rappelle" → "rappeler"
    return lemma


def _stem_variants(stem: str) -> tuple[str, ...]:
    """The infinitives a first-group stem may come from when the stem changes in some forms:
    a doubled consonant (« rappell- » → « rappeler », « jett- » → « jeter »), a grave accent
    before a silent ending (« complèt- » → « compléter », « martèl- » → « marteler »). Not the
    cedilla of « annonça »: « s'avança » would read as « avancer », a claim put forward, where
    the narrator only steps forward; the irregular forms list those the rules need."""
    variants = []
    if stem.endswith(("ll", "tt")):
        variants.append(stem[:-1] + "er")
    grave = stem.rfind("è")
    if grave >= 0:
        variants += [
            stem[:grave] + "é" + stem[grave + 1 :] + "er",
            stem[:grave] + "e" + stem[grave + 1 :] + "er",
        ]
    return tuple(variants)


def pronominal(lemma: str) -> str | None:
    """The pronominal reporting verb of ``lemma`` (« indigner » → « s'indigner », « dire » →
    « se dire »), or ``None`` when it has none in :data:`PRONOMINAL_VERBS`.

    >>> pronominal("indigner"), pronominal("déclarer")
    ("s'indigner", None)
    """
    return next((p for p in (f"se {lemma}", f"s'{lemma}") if p in PRONOMINAL_VERBS), None)


def unsaid_pronominal(lemma: str) -> str | None:
    """The pronominal form of ``lemma`` that says nothing (:data:`UNSAID_PRONOMINALS`), or ``None``.

    >>> unsaid_pronominal("assurer"), unsaid_pronominal("confirmer"), unsaid_pronominal("dire")
    ("s'assurer", 'se confirmer', None)
    """
    return next((p for p in (f"se {lemma}", f"s'{lemma}") if p in UNSAID_PRONOMINALS), None)


def finite_speech_form(word: str) -> bool:
    """Whether a lowercase word is a finite form of a reporting verb: a conjugated form
    (:func:`conjugated_speech_form`) that is no past participle in *-é* (« interrogés », « cité »
    describe a noun, never report).

    >>> [finite_speech_form(w) for w in ("déplore", "interrogés", "expliquer")]
    [True, False, False]
    """
    return conjugated_speech_form(word) and not word.endswith(("é", "ée", "és", "ées"))


def conjugated_speech_form(word: str) -> bool:
    """Whether a lowercase word is a conjugated form of a reporting verb, not its infinitive:
    such a form ends like an adjective at times (« explique », « considère ») but never is one.

    >>> [conjugated_speech_form(w) for w in ("explique", "expliquer", "unique")]
    [True, False, False]
    """
    lemma = lemma_of(word, word)
    return lemma != word and lemma in REPORTING_VERBS
