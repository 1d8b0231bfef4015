"""Given names with their usual gender, to agree "il"/"elle" with a name ("Louisa", "Florent").

Provenance: written for quoteattr from general knowledge of French given names (the common
names of the French civil registers of the 19th and 20th centuries, as in fiction, and names
frequent in today's French press); epicene names (Claude, Dominique, Camille) are left out on
purpose, so that they agree with either pronoun. No list was copied from another project.
The second pair of lists (``_MASCULINE_WORLD``, ``_FEMININE_WORLD``) adds, from the same
general knowledge, given names frequent in French-language international news (Spanish,
Portuguese, Italian, English, German, Scandinavian, Slavic, Arabic, Turkish, Persian) and more
French ones; names given to both sexes in one of these languages (Andrea, Jean in English,
Sasha, Kim, Alex) are left out for the same reason. The ``gender-guesser`` package was
considered instead: its data is GPL-3.0 (quoteattr is MIT) and it has not been released since
2016. :mod:`quoteattr.lang.fr.given_names_more` adds some 4,400 more, written the same way.
Keys are lowercase and accent-free (compare with :func:`quoteattr.attribute.names.fold`).
"""

from __future__ import annotations

import unicodedata
from typing import Final

from quoteattr.lang.fr.given_names_more import MORE_EPICENE, MORE_FEMININE, MORE_MASCULINE

__all__ = [
    "EPICENE_GIVEN_NAMES",
    "FEMININE_ENDINGS",
    "GIVEN_NAMES",
    "given_name_gender",
    "is_given_name",
    "is_written_given_name",
]

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

_MASCULINE_WORLD = """
aaron abdel abdelaziz abdelkader abdallah ayman abdoulaye adam adnan afonso ahmad aleksandr aleksei alejandro
alessandro alexandr alexei alfonso alonso alvaro amir anatoli anatoly andrei andreas andrej andres
andrew angelo anthony anton antonio armin arnold arturo ashraf augusto aurelio avi axel bachar bashar
benedikt benito benyamin bernardo bill bob boguslaw boubacar brian bruce carl carlo carlos cedric
cesare charlie chris christopher cristiano cyprien dan dario david dejan didier diego dieter
dmitri dmitry domenico donald douglas edouard eduardo edward egon elias emilio emmanuel enrique enzo
 ernesto esteban ethan evgueni evgeni fabio faisal farid fatih federico felipe fernando filippo
florin francesco francisco frank fred friedrich gabe gareth gary gennaro georg george gerhard giacomo
gianni giorgio giovanni giuseppe gordon gregor gregory guido gunther hamid harald harry heinz helmut
henrik herbert hussein ibrahim idriss ilya imran ismael ismail istvan jaime jakob james jamal jan
javier jeff jeffrey jens jeremy jesus jim jimmy joao joe johan johannes johnny jorge jose josef
juan juergen jurgen kamel karel kevin khaled klaus konstantin kurt lamine larry lars leonardo leonid
liam lionel lorenzo lothar luca luigi luis lukas luiz mahmoud malik manuel marcello marcelo marco
marcos mario mark marko markus martin massimo matteo matthew matthias mattia maurizio mauricio
mehmet michael michal miguel mikael mike mircea mohamed mohammad moussa muhammad mustafa nabil
najib nasser neil nelson niccolo niklas nikolai nikolaus nikita oleg oliver omar pablo
paolo pascal patrick pavel pedro peter petr piotr rafael ramon ramzan randy raul recep reinhard
ricardo riccardo rick rob roberto rodrigo rolf ronald rui ruslan salah salman salvatore sami samir
santiago sebastian sergio sergey sigmar silvio slobodan stefan stefano steffen stephen steve steven
sven tariq ted theo thomas tim timothy tobias tom tomas tony ulrich umberto uwe valentino vasily
victor viktor vittorio vladislav volker walter werner wolfgang yannick yasser yitzhak youssouf
yuri yusuf zinedine zoran jean-marc jean-paul jean-louis jean-claude jean-francois jean-yves
jean-pierre jean-michel jean-luc jean-jacques jean-baptiste marc-antoine pierre-yves
ludovic gregoire loic mickael michael quentin thibault thibaut yvon jacky dylan theo
rachid mourad nordine said mamadou ousmane ibrahima cheikh amadou sebastien jean-charles jean-noel
jean-philippe jean-christophe jean-daniel jean-guy jean-rene jean-vincent pierre-alain pierre-henri
francois-xavier marc-olivier bastien corentin killian florentin benoit-joseph
kylian nathan leo noah mael timeo evan mathis nolan yanis ilyes rayan amine bilal sekou oumar hilaire
gael erwan ronan goulven jason sylvestre aymeric clovis lenny barry ruud tanguy brice loris malo hakim reda
remy rodolphe geoffroy gwenael yohan antoni arvind binali edson howard massimiliano murat
nick aliou omer souleymane modibo seydou macky idrissa alassane mustapha ahmet kemal hakan emre
tayyip narendra rahul sanjay jinping shinzo fumio yair naftali avigdor ehud shimon volodymyr alexey
andrzej mateusz jaroslaw bernie mitt chuck rishi keir nigel olaf horst mariano enrico geert elio
bart alexander jair gustavo evo alberto
"""

_FEMININE_WORLD = """
adriana agnieszka aicha aisha alessandra alexandra alicia alina alisa amal amina ana anastasia
angelina anja anke anne-marie anne-sophie annalena annegret antonia barbara beata beatriz beatrice
benedicte bernadette bettina bianca birgit brenda bridget carla carmen cassandra catalina caterina
cecilia celia chiara christa christina claudia constance cristina dalia daniela diana dilma dolores
dora dorothee dorothea ekaterina elena eleonora elisa elizabeth ella ellen elodie elsa emilia emily
erika esther eugenia evelyne fabienne fatima fatou federica francesca frida gabriela geraldine
gertrud giovanna gisela giulia gloria grace greta gudrun hanna hannah heidi helga hillary ilona
ines ingrid irma isabel isabella jacinda jane janet jeanine jennifer jessica joanna johanna josefa
julia juliana justyna karin karina katarina katharina katherine kathleen katrin laura lena leila
leticia liliana linda lisa liz lorena lucia luisa lyudmila magdalena malgorzata manuela margaret
margarita margot maria-elena mariana marina marta martina mary maryam mathilde maya mercedes mia
michelle milena miriam mirjana monica nadia nadja najat nancy natacha natalya natasha nathalie
nawal nina noemie nora nouria olena olivia paola patricia paula penny petra penelope pilar rachida
rebecca regina renate rita roberta rosa ruth sabrina samia sandra sara segolene serena silvia
simona sofia sonia stephanie susan susanne svetlana tamara tanja teresa ulrike valentina
vanessa vera victoria viktoria viviane wendy yasmina yulia yvette zaha zeinab zuzana
ludivine audrey karine muriel myriam christelle pascale laetitia manon clara yasmine chloe
oceane margaux valentine samira malika naima zohra kenza awa aminata mariam anne-laure
anne-claire marie-christine marie-france marie-helene marie-laure marie-noelle marie-pierre
marie-therese sylviane josiane ghislaine jocelyne maryse nicolette roselyne
jade lina mila nolwenn soizic khadija aissatou salimata ophelie
lola morgane karima mireille fadela mariama aissata kadiatou rokia fatoumata zineb nabila farida
kamala giorgia
"""

_EPICENE = """
claude dominique camille andrea sacha sasha alex kim charlie morgan lou eden ange maxence noa noe
yael sam robin daniele
"""

#: Given names borne by women and men alike (left out of :data:`GIVEN_NAMES`): they tell that a
#: source is a person, not which gender.
EPICENE_GIVEN_NAMES: Final[frozenset[str]] = frozenset(_EPICENE.split()) | frozenset(MORE_EPICENE.split())

#: Given names (lowercase, accent-free) -> "m" or "f".
GIVEN_NAMES: Final[dict[str, str]] = {
    **dict.fromkeys(_MASCULINE.split(), "m"),
    **dict.fromkeys(_SACRED_MASCULINE.split(), "m"),
    **dict.fromkeys(_MASCULINE_WORLD.split(), "m"),
    **dict.fromkeys(MORE_MASCULINE.split(), "m"),
    **dict.fromkeys(_FEMININE.split(), "f"),
    **dict.fromkeys(_FEMININE_WORLD.split(), "f"),
    **dict.fromkeys(MORE_FEMININE.split(), "f"),
}

#: Endings of given names that are feminine in French almost without exception.
FEMININE_ENDINGS: Final[tuple[str, ...]] = ("ette", "ine", "elle", "ienne", "ise")


def is_given_name(folded: str) -> bool:
    """Whether a word, accent-free and lowercase, is a listed given name, epicene ones included
    (« dominique », « claude »): a sign of a person, whatever the gender.

    >>> is_given_name("dominique"), is_given_name("bernadette"), is_given_name("richardson")
    (True, True, False)
    """
    return folded in GIVEN_NAMES or folded in EPICENE_GIVEN_NAMES


def is_written_given_name(word: str) -> bool:
    """Whether ``word``, as a text writes it, is a listed given name (:func:`is_given_name` of
    its lowercase, accent-free form).

    >>> is_written_given_name("Hélène"), is_written_given_name("Roux")
    (True, False)
    """
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return is_given_name("".join(c for c in decomposed if not unicodedata.combining(c)))


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
