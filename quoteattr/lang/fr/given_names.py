"""Given names with their usual gender, to agree "il"/"elle" with a name ("Louisa", "Florent").

Provenance: written for quoteattr from general knowledge of French given names (the common
names of the French civil registers of the 19th and 20th centuries, as in fiction, and names
frequent in today's French press); epicene names (Claude, Dominique, Camille) are left out on
purpose, so that they agree with either pronoun. No list was copied from another project.
Keys are lowercase and accent-free (compare with :func:`quoteattr.attribute.names.fold`).
"""

from __future__ import annotations

from typing import Final

__all__ = ["FEMININE_ENDINGS", "GIVEN_NAMES", "given_name_gender"]

_MASCULINE = """
abel achille adolphe adrien alain albert alexandre alexis alfred alphonse amaury ambroise amedee
andre antoine antonin antony ararat aristide armand arnaud arsene arthur auguste augustin aurelien
baptiste barack barthelemy basile benjamin benoit bernard bertrand blaise boris bruno cesar charles
christian christophe clement constant cyril cyrille damien daniel david denis didier dimitri donald
edgar edmond edouard emile emmanuel eric ernest etienne eugene fabien fabrice felix ferdinand fernand
firmin florent florian francis francois franck frederic gabriel gaston gaspard gauthier georges
gerald gerard germain gilbert gilles guillaume gustave guy hector henri herve honore horace hubert hugo
hugues ignace isidore jacques jean jeremie jerome joachim joel john jonathan jordan joseph jules
julien justin laurent leon leonard leopold lionel louis luc lucas lucien marc marcel marius martin
mathieu mathias matthieu maurice max maxime michel mohammed nicolas noel norbert octave olivier
oscar pascal patrice patrick paul philippe pierre prosper raoul raphael raymond regis remi rene
richard robert roger roland romain rudolph samuel sebastien serge simon stanislas stephane sylvain
theodore theophile thierry thomas timothee tristan urbain valentin valery victor vincent vladimir
william xavier yann yves zacharie otto fritz wilhelm wilhem hans karl franz heinrich ivan igor
sergei serguei vitali mikhail ahmed ali omar hassan youssef karim mehdi djeyhoun ilham nikol abou abu
"""

_FEMININE = """
adele adelaide adrienne agathe agnes aimee albertine alice aline amandine amelie anais angele
angelique anne annette annie antoinette ariane armande augustine aurelie aurore berthe blanche
brigitte carole caroline catherine cecile celine chantal charlotte christine claire clarisse
clemence clementine colette corinne delphine denise diane edith eleonore elisabeth elise eloise
emilie emma estelle eugenie eva eve fanny florence francoise gabrielle genevieve georgette
germaine ginette gisele helene henriette hortense irene isabelle jacqueline jeanne jeannette
josephine judith julie juliette justine laure laurence lea leonie louise lucie lucienne lydie
madeleine marguerite marianne marie marine marion marthe martine mathilde melanie michele
micheline monique nadine nathalie nicole odette odile olga pauline paulette rachel rose rosalie
sabine sandrine sarah simone solange sophie suzanne sylvie therese valerie veronique victoire
virginie yvonne zoe amanda louisa clarimonde eglantine tatiana oksana marlene jacline theresa
angela hillary ursula christiane sylvia natalia svetlana irina maria anna elena
"""

# Proper names of religion and myth that fiction uses like characters' names ("c'est Dieu qui
# le veut"), masculine by grammatical agreement.
_SACRED_MASCULINE = "dieu satan jesus christ lucifer"

#: Given names (lowercase, accent-free) -> "m" or "f".
GIVEN_NAMES: Final[dict[str, str]] = {
    **dict.fromkeys(_MASCULINE.split(), "m"),
    **dict.fromkeys(_SACRED_MASCULINE.split(), "m"),
    **dict.fromkeys(_FEMININE.split(), "f"),
}

#: Endings of given names that are feminine in French almost without exception.
FEMININE_ENDINGS: Final[tuple[str, ...]] = ("ette", "ine", "elle", "ienne", "ise")


def given_name_gender(folded: str) -> str:
    """``"m"``, ``"f"`` or ``""`` for a given name, accent-free and lowercase ("jean-luc" → "m").

    >>> given_name_gender("jean-luc"), given_name_gender("bernadette"), given_name_gender("claude")
    ('m', 'f', '')
    """
    found = GIVEN_NAMES.get(folded)
    if found is not None:
        return found
    first = folded.split("-")[0]
    if first != folded and first in GIVEN_NAMES:
        return GIVEN_NAMES[first]  # "marie-amelie", "jean-michel"
    if folded.endswith(FEMININE_ENDINGS) and len(folded) > 4:
        return "f"
    return ""
