"""French nouns that name a statement, and so attribute the words quoted from it.

Source: the project's own knowledge of French press usage ("dans un communiqué, le ministère …",
"la déclaration de X", "selon un message publié sur Twitter", "lit-on dans le rapport"). Written
for quoteattr; not copied from another project's list. Lemmas, lowercased.
"""

from __future__ import annotations

__all__ = [
    "CLEFT_ADVERBS",
    "CLEFT_OPENER",
    "DOCUMENT_NOUNS",
    "MANNER_CLEFT_OPENER",
    "NARRATIVE_CONNECTIVE",
    "NARRATIVE_INFINITIVE",
    "NOUN_CUES",
    "PLATFORMS",
    "PUBLISHED_PARTICIPLES",
    "QUOTE_CLEFT",
    "SAME_VOICE_REMARKS",
    "SPEECH_NOUNS",
]

#: Nouns of an act of speech: "ses déclarations sur les « fainéants »", "les propos de X".
SPEECH_NOUNS: frozenset[str] = frozenset(
    {
        "déclaration", "propos", "parole", "mot", "discours", "allocution", "intervention", "entretien",
        "interview", "conférence", "réponse", "réplique", "annonce", "aveu", "appel", "avertissement",
        "accusation", "critique", "promesse", "commentaire", "confidence", "plaidoyer", "réquisitoire",
        "témoignage", "explication", "formule", "expression", "cri", "slogan", "message", "question",
        "tweet", "vœu", "voeu", "citation", "dénonciation", "démenti", "affirmation",
        "plaisanterie", "boutade", "sortie", "exclamation", "remarque", "observation", "éditorial",
        "tribune", "prise de parole",
    }
)  # fmt: skip

#: Nouns of a remark that goes on with the voice just quoted, set before a colon with no verb
#: nor source of their own (« « … », assure X. Avec un avertissement toutefois : « … » », « Un
#: bémol cependant : « … » »): the same speaker adds, warns or qualifies; not « réponse »,
#: « réplique », which bring in another voice.
SAME_VOICE_REMARKS: frozenset[str] = frozenset(
    {
        "avertissement", "bémol", "nuance", "précision", "conseil", "message", "promesse", "appel",
        "réserve", "rappel", "mise en garde", "conclusion", "recommandation",
    }
)  # fmt: skip

#: Nouns of a written statement, which can stand for its author ("indique le communiqué").
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "communiqué", "rapport", "lettre", "message", "courrier", "courriel", "mail", "texte", "note",
        "document", "tweet", "post", "publication", "article", "éditorial", "tribune", "résolution",
        "décret", "arrêt", "jugement", "verdict", "avis", "réquisitoire", "ordonnance", "compte rendu",
        "dépêche", "bulletin", "manifeste", "pétition", "motion", "projet", "circulaire", "mémo",
        "mémorandum", "déclaration", "statut", "site", "blog", "journal", "quotidien", "hebdomadaire",
        "magazine", "enquête", "étude", "sondage", "plainte", "appel", "proclamation",
        # figures given out by a body (« selon un bilan provisoire de la préfecture »)
        "bilan",
        # texts that lay down what was agreed (« l'accord prévoit que … », « selon la charte »)
        "accord", "traité", "charte", "contrat", "protocole",
    }
)  # fmt: skip

#: Social networks and platforms, folded: the name of where words were posted, never of who
#: posted them (« sur le compte Twitter de Paul Roux », « la page Facebook du syndicat »).
PLATFORMS: frozenset[str] = frozenset(
    {
        "twitter", "facebook", "instagram", "youtube", "tiktok", "linkedin", "snapchat", "telegram",
        "whatsapp", "threads", "bluesky", "mastodon", "twitch", "reddit",
    }
)  # fmt: skip

#: Past participles of the verbs of putting words out (publier, poster, diffuser, partager,
#: relayer), in every agreement: « publiée sur X », « postés sur Tendo »: what follows « sur »
#: is where the words were put out, a medium, never who said them.
PUBLISHED_PARTICIPLES: frozenset[str] = frozenset(
    stem + ending
    for stem in ("publi", "post", "diffus", "partag", "relay")
    for ending in ("é", "ée", "és", "ées")
)

#: Every noun cue.
NOUN_CUES: frozenset[str] = SPEECH_NOUNS | DOCUMENT_NOUNS

#: Spaces between the words of a pattern.
_GAP = r"[ \t\u00a0\u202f]"
#: Adverbs that may stand between « C'est » and « ce que » or a speech noun: « C'est en effet ce
#: qu'affirme X », « C'est d'ailleurs ce qu'a rappelé X », « C'est en substance l'appel de X »
#: (a regular expression, ``regex`` syntax, with the space after it).
CLEFT_ADVERBS = (
    rf"(?:en{_GAP}+effet|d['’]ailleurs|aussi|également|précisément|justement|du{_GAP}+moins"
    rf"|notamment|en{_GAP}+tout{_GAP}+cas|bien|en{_GAP}+substance|en{_GAP}+somme|en{_GAP}+résumé){_GAP}+"
)
#: The opening of the cleft *c'est ce que* (« C'est ce qu'a annoncé X », « C'est ce que
#: rapporte X », « Voilà ce qu'a déclaré X », « C'est en effet ce qu'affirme X »), which takes
#: the sentence before it as what was said; a regular expression (``regex`` syntax) to be
#: followed by the speech verb.
CLEFT_OPENER = rf"(?:[Cc]['’]est|[Vv]oilà){_GAP}+(?:{CLEFT_ADVERBS})?ce{_GAP}+qu(?:e{_GAP}+|['’]{_GAP}*)"
#: The opening of the cleft of manner *c'est en ces termes que* (« C'est en ces termes que le
#: maire a réagi », « C'est ainsi que X s'est exprimé »), whose subject comes before its verb.
MANNER_CLEFT_OPENER = (
    rf"[Cc]['’]est{_GAP}+(?:(?:en|par|avec|sur){_GAP}+ces{_GAP}+(?:termes|mots|paroles)|ainsi){_GAP}+"
    rf"qu(?:e{_GAP}+|['’]{_GAP}*)"
)
#: A narrative infinitive's opening, right before the infinitive at the end of the searched text:
#: « Avant d'ajouter », « Et de conclure », « Puis de préciser » opening a sentence, « …, avant
#: d'ajouter » after a comma, or « avant de » with no comma (« s'est indigné X avant de conclure
#: : »: « avant de » takes the subject of its clause, and after an incise that is the one who just
#: spoke). The infinitive has no subject but the last speaker; a regular expression (``regex``
#: syntax) to be searched with the infinitive's start as its end.
NARRATIVE_INFINITIVE = (
    rf"(?:(?:^|[.!?…»\n]){_GAP}*(?:Et|Avant|Puis|Et puis)|,{_GAP}*(?:avant|puis)|{_GAP}avant)"
    rf"{_GAP}+(?:de{_GAP}+|d['’])\Z"
)
#: A connective of narration opening a sentence before its subject (« Puis Paul parla de son
#: voyage. », « Alors, elle se leva. », « Et il reprit le livre. »): it orders events and changes
#: nothing of who the sentence is about. A regular expression (``regex`` syntax) to be matched
#: at the sentence's first word; it takes the spacing and comma after it.
NARRATIVE_CONNECTIVE = (
    rf"(?:Et{_GAP}+puis|Puis|Alors|Enfin|Ensuite|Et|Mais|Aussitôt|Soudain|Bientôt|Tout{_GAP}+à{_GAP}+coup)"
    rf"(?:{_GAP}*,)?{_GAP}+"
)
#: A cleft in the quote's own sentence, right after its closing mark and a comma or a colon
#: (« « … », c'est ainsi que le maire a réagi », « « … » : c'est ce qu'a dit X »): its « est » is
#: no incise, and the cleft names the source.
QUOTE_CLEFT = rf"{_GAP}*[,:]{_GAP}*(?:{CLEFT_OPENER}|{MANNER_CLEFT_OPENER})"
