"""French personal pronouns that can stand for the source of a quote, with gender and number.

Provenance: written for quoteattr from standard French grammar (Grevisse, *Le Bon Usage*, personal
pronouns of the third person; Riegel et al., *Grammaire méthodique du français*, ch. VII). The
inverted forms ("-t-il", "-elle") are the spellings of subject-verb inversion in incises
("a-t-il déclaré", "estime-t-elle"). The reply and continuation verbs at the end are the
usual turn-taking verbs of French dialogue and press quotes (same grammars, and common usage).

Each entry maps a lowercase form to ``(gender, number)``: gender ``"m"``, ``"f"`` or ``""``
(either), number ``"s"``, ``"p"`` or ``""`` (either).
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "CONTINUATION_VERBS",
    "DEMONSTRATIVE_HEADS",
    "IMPERSONAL_IL",
    "IMPERSONAL_PRONOUNS",
    "LAST_MENTIONED",
    "NEUTER_DEMONSTRATIVES",
    "PERIPHRASIS_GENDERS",
    "PREPOSITIONAL_RELATIVES",
    "PREVERBAL_WORDS",
    "PRONOUNS",
    "RELATIVE_PRONOUNS",
    "REPLY_VERBS",
    "SUBJECT_CLITIC_ENDINGS",
    "SUBJECT_PRONOUNS",
    "pronoun_features",
]

PRONOUNS: Final[dict[str, tuple[str, str]]] = {
    "il": ("m", "s"),
    "elle": ("f", "s"),
    "ils": ("m", "p"),
    "elles": ("f", "p"),
    "lui": ("", "s"),  # "lui" is also the feminine indirect object: "il lui a dit"
    "eux": ("m", "p"),
    "celui-ci": ("m", "s"),
    "celle-ci": ("f", "s"),
    "ceux-ci": ("m", "p"),
    "celles-ci": ("f", "p"),
    "celui-là": ("m", "s"),
    "celle-là": ("f", "s"),
    "ce dernier": ("m", "s"),
    "cette dernière": ("f", "s"),
    "ces derniers": ("m", "p"),
    "ces dernières": ("f", "p"),
    "l'intéressé": ("m", "s"),  # "the person concerned": the one the text is about
    "l'intéressée": ("f", "s"),
    "tous deux": ("m", "p"),
    "toutes deux": ("f", "p"),
    "tous les deux": ("m", "p"),
    "toutes les deux": ("f", "p"),
    "on": ("", ""),
    # possessive determiners written as the source ("ses déclarations", "selon son entourage")
    "son": ("", "s"),
    "sa": ("", "s"),
    "ses": ("", "s"),
    "leur": ("", "p"),
    "leurs": ("", "p"),
}

#: The third-person subject pronouns, which carry the topic from one sentence to the next.
SUBJECT_PRONOUNS: Final[frozenset[str]] = frozenset({"il", "elle", "ils", "elles"})

#: What stands between a subject and its finite verb in French: the negation « ne » and the
#: object and adverbial clitics (Grevisse § 682: « Il ne l'y a pas vu », « Elle nous en parle »).
PREVERBAL_WORDS: Final[frozenset[str]] = frozenset(
    {
        "ne", "n'", "n’", "y", "en", "me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’",
        "le", "la", "les", "l'", "l’", "lui", "leur", "nous", "vous",
    }
)  # fmt: skip

#: The endings a finite verb takes after each subject clitic, in every tense of the indicative,
#: the conditional and the subjunctive (Grevisse § 795): « je parle / parlais / parlerai », « tu
#: dis », « il dit / parle / prend / a », « nous relancerons », « vous direz », « ils diront ».
#: Unambiguous clitics (``True``) are subjects wherever they stand; « nous », « vous », « elle »,
#: « elles » may be tonic (« Nous, les élus »), so only an object clitic after them makes them one.
SUBJECT_CLITIC_ENDINGS: Final[dict[str, tuple[tuple[str, ...], bool]]] = {
    "je": (("e", "s", "x", "ai"), True),
    "j'": (("e", "s", "x", "ai"), True),
    "j’": (("e", "s", "x", "ai"), True),
    "tu": (("s", "x"), True),
    "il": (("e", "t", "a", "d", "c"), True),
    "on": (("e", "t", "a", "d", "c"), True),
    "elle": (("e", "t", "a", "d", "c"), False),
    "ils": (("nt",), True),
    "elles": (("nt",), False),
    "nous": (("ons",), False),
    "vous": (("ez",), False),
}

#: The neuter demonstrative pronouns, which take up what was just said or done (« Ceci « ne
#: prouve rien » », « Cela « change tout » »): no one who speaks.
NEUTER_DEMONSTRATIVES: Final[frozenset[str]] = frozenset({"ceci", "cela", "ça"})

#: Demonstrative pronouns that head a noun phrase of their own, which a relative describes
#: (« celui qui avait bousculé la boulangère », « a dit à Radio Nord celui qui a mené l'équipe »).
DEMONSTRATIVE_HEADS: Final[frozenset[str]] = frozenset({"celui", "celle", "ceux", "celles"})

#: The demonstrative pronouns that open a periphrasis of one person (« celle qui a fondé le
#: festival », « celui qui a mené l'équipe »), with that person's gender.
PERIPHRASIS_GENDERS: Final[dict[str, str]] = {"celui": "m", "celle": "f"}

#: The relative pronouns, which open a clause on the noun right before them (« la charte, qui
#: réclame … », « un agriculteur dont les terres … »).
RELATIVE_PRONOUNS: Final[frozenset[str]] = frozenset(
    {"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"}
)

#: Relative pronouns a preposition governs (« à la suite duquel », « pour laquelle », « auquel »):
#: the relative clause they open has its own subject after them.
PREPOSITIONAL_RELATIVES: Final[frozenset[str]] = frozenset(
    {
        "duquel", "desquels", "desquelles", "auquel", "auxquels", "auxquelles", "lequel", "laquelle",
        "lesquels", "lesquelles",
    }
)  # fmt: skip

#: Words after which « il » is impersonal, standing for no one: « il y a », « il faut », « il
#: s'agit », « il semble », « il reste », « il manque » (Grevisse, § 754, impersonal verbs).
IMPERSONAL_IL: Final[frozenset[str]] = frozenset(
    {
        "y", "faut", "fallait", "faudra", "faudrait", "fallut", "s'agit", "s’agit", "s'agissait",
        "s’agissait", "semble", "semblait", "paraît", "paraissait", "reste", "restait", "manque",
        "manquait", "suffit", "suffisait", "pleut", "pleuvait", "importe", "convient", "arrive",
        "arrivait", "existe", "était", "est", "sera", "serait",
    }
)  # fmt: skip

#: Anaphors that point to the referent named last, not to the topic or the previous speaker:
#: « X a reçu Y. Ce dernier a déclaré … » is Y. Folded (no accents), apostrophes as '.
LAST_MENTIONED: Final[frozenset[str]] = frozenset(
    {
        "ce dernier", "cette derniere", "ces derniers", "ces dernieres",
        "celui-ci", "celle-ci", "ceux-ci", "celles-ci",
    }
)  # fmt: skip

#: Pronouns whose source is not a referent but a document or nobody ("lit-on", "dit-on").
IMPERSONAL_PRONOUNS: Final[frozenset[str]] = frozenset({"on", "l'on", "l’on"})


_DASHES = str.maketrans("‐‑‒–—", "-----")


def pronoun_features(form: str) -> tuple[str, str] | None:
    """``(gender, number)`` of a pronoun as written, inverted forms included; ``None`` if unknown.

    >>> pronoun_features("-t-elle")
    ('f', 's')
    >>> pronoun_features("Ils")
    ('m', 'p')
    >>> pronoun_features("–il")
    ('m', 's')
    """
    key = form.strip().lower().replace("’", "'").translate(_DASHES)  # « a-t–il »: any dash
    for prefix in ("-t-", "-"):
        if key.startswith(prefix):
            key = key[len(prefix) :]
            break
    key = key.strip("-")
    found = PRONOUNS.get(key)
    if found is None:
        found = PRONOUNS.get(key.replace("'", "’"))
    return found


#: Verbs of a speech tag that make the speaker someone other than the previous quote's speaker:
#: "— Où alliez-vous ? dit-elle. — Je ne sais pas, répondit-il." (a reply).
REPLY_VERBS: Final[frozenset[str]] = frozenset(
    {
        "répondre",
        "répliquer",
        "rétorquer",
        "riposter",
        "objecter",
        "interrompre",
        "protester",
        "se récrier",
    }
)

#: Verbs of a speech tag that keep the previous quote's speaker: "a-t-il ajouté", "poursuivit-elle".
CONTINUATION_VERBS: Final[frozenset[str]] = frozenset(
    {
        "ajouter",
        "poursuivre",
        "continuer",
        "conclure",
        "insister",
        "enchaîner",
        "renchérir",
        "compléter",
        "préciser",
        "répéter",
    }
)
