"""French nouns for the roles of people, for organisations and for the documents they issue.

Provenance: written for quoteattr from French usage in the press and in fiction, and from the
feminine forms recommended by the Académie française's 2019 report *La féminisation des noms de
métiers et de fonctions* and the guide *Femme, j'écris ton nom* (CNRS/INaLF, 1999). Domains are
quoteattr's own coarse grouping, used to match a description ("le haut diplomate") with the role
a name was given ("le secrétaire d'État"). No list was copied from another project.

Genders are ``"m"``, ``"f"`` or ``""`` (epicene: "ministre", "porte-parole", "juge").
"""

from __future__ import annotations

import functools
from typing import Final

__all__ = [
    "AGE_NOUNS",
    "BAR_CIVILITIES",
    "BAR_ROLES",
    "BENCH_ROLES",
    "BODY_NAME_HEADS",
    "CASE_PARTIES",
    "CLUB_ACRONYMS",
    "CLUB_NAME_HEADS",
    "COMMON_NOUN_ACRONYMS",
    "COUNTERPART_NOUNS",
    "DEPARTMENT_FIELDS",
    "DOCUMENT_NOUNS",
    "FAMILY_PLURALS",
    "FIRM_NAME_HEADS",
    "GENDERED_ADJECTIVES",
    "GROUP_NOUNS",
    "HYPERNYM_ROLES",
    "INFORMATION_NOUNS",
    "INSTITUTION_METONYMS",
    "IRREGULAR_DEMONYMS",
    "LOCAL_OFFICES",
    "NAMED_AFTER_PEOPLE",
    "NATIONALITY_NOUNS",
    "OFFICES",
    "ORGANISATION_NOUNS",
    "ORGANISATION_UNITS",
    "PARLIAMENT_SEATS",
    "PERSON_NOUNS",
    "PERSON_NOUN_ENDINGS",
    "PLACE_NOUNS",
    "PRELATE_CIVILITIES",
    "PROXY_ROLES",
    "PUBLIC_AUTHORITIES",
    "RELATION_NOUNS",
    "ROLES_NO_PRELATE_HOLDS",
    "ROLE_EQUIVALENTS",
    "ROLE_NOUNS",
    "ROLE_PERIPHRASES",
    "ROLE_QUALIFIERS",
    "SEATS_OF_POWER",
    "SINGULAR_GROUPS",
    "STATE_BODIES",
    "TEAM_PLAYER_ROLES",
    "TEAM_STAFF_ROLES",
    "department_fields",
    "group_gender",
    "looks_like_demonym",
    "names_any_body",
    "nationality_gender",
    "organisation_kinds_clash",
    "other_body",
    "role_noun",
    "role_of",
    "speaking_noun",
    "state_body_may_take_up",
]

_GOV = "government"
_DIP = "diplomacy"
_JUS = "justice"
_POL = "police"
_MIL = "military"
_REL = "religion"
_BUS = "business"
_SPO = "sport"
_MED = "media"
_SCI = "science"
_POLI = "politics"
_NOB = "nobility"
_KIN = "kin"
_PER = "person"
_PUB = "public"  # people by what they are to a place or a service: riverain, usager, retraité
_ART = "arts"

#: Person-role nouns: lowercase singular form -> (gender, domains). Compound roles are keyed by
#: their head noun ("secrétaire" covers "secrétaire d'État"); the complement is kept in the title.
ROLE_NOUNS: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    # government and administration
    "président": ("m", (_GOV, _POLI, _BUS)),
    "présidente": ("f", (_GOV, _POLI, _BUS)),
    "vice-président": ("m", (_GOV, _POLI, _BUS)),
    "vice-présidente": ("f", (_GOV, _POLI, _BUS)),
    "ministre": ("", (_GOV, _POLI)),
    "secrétaire": ("", (_GOV, _POLI, _DIP)),
    "porte-parole": ("", (_GOV, _POLI, _BUS, _MED)),
    # « le chargé de communication », « la chargée de mission »: the post is in its complement
    "chargé": ("m", (_GOV, _POLI, _BUS, _MED)),
    "chargée": ("f", (_GOV, _POLI, _BUS, _MED)),
    "chef": ("", (_GOV, _POLI, _MIL, _BUS)),
    "cheffe": ("f", (_GOV, _POLI, _MIL, _BUS)),
    "chancelier": ("m", (_GOV, _POLI)),
    "chancelière": ("f", (_GOV, _POLI)),
    "gouverneur": ("m", (_GOV,)),
    "gouverneure": ("f", (_GOV,)),
    "préfet": ("m", (_GOV, _POL)),
    "préfète": ("f", (_GOV, _POL)),
    "maire": ("", (_GOV, _POLI)),
    "mairesse": ("f", (_GOV, _POLI)),  # the mayor, in Québec
    "bourgmestre": ("", (_GOV, _POLI)),  # the mayor, in Belgium
    "échevin": ("m", (_GOV, _POLI)),  # a mayor's deputy, in Belgium
    "échevine": ("f", (_GOV, _POLI)),
    "édile": ("", (_GOV, _POLI)),  # the mayor, in news style
    "rapporteur": ("m", (_GOV, _POLI)),
    "rapporteure": ("f", (_GOV, _POLI)),
    "rapporteuse": ("f", (_GOV, _POLI)),
    "adjoint": ("m", (_GOV, _POLI)),
    "adjointe": ("f", (_GOV, _POLI)),
    "conseiller": ("m", (_GOV, _POLI)),
    "conseillère": ("f", (_GOV, _POLI)),
    "commissaire": ("", (_GOV, _POL)),
    "directeur": ("m", (_GOV, _BUS)),
    "directrice": ("f", (_GOV, _BUS)),
    "responsable": ("", (_GOV, _BUS, _POLI)),
    "dirigeant": ("m", (_GOV, _POLI, _BUS)),
    "dirigeante": ("f", (_GOV, _POLI, _BUS)),
    "officiel": ("m", (_GOV, _POLI, _DIP)),  # « un officiel américain », a noun as often as not
    "officielle": ("f", (_GOV, _POLI, _DIP)),
    "fonctionnaire": ("", (_GOV,)),
    "haut-commissaire": ("", (_GOV, _DIP)),
    "roi": ("m", (_GOV, _NOB)),
    "reine": ("f", (_GOV, _NOB)),
    "empereur": ("m", (_GOV, _NOB)),
    "impératrice": ("f", (_GOV, _NOB)),
    "monarque": ("", (_GOV, _NOB)),
    # politics
    "député": ("m", (_POLI,)),
    "députée": ("f", (_POLI,)),
    "sénateur": ("m", (_POLI,)),
    "sénatrice": ("f", (_POLI,)),
    "élu": ("m", (_POLI,)),
    "élue": ("f", (_POLI,)),
    "candidat": ("m", (_POLI,)),
    "candidate": ("f", (_POLI,)),
    "leader": ("", (_POLI,)),
    "militant": ("m", (_POLI,)),
    # a party's member, by its label (« le libéral », « la socialiste »)
    "socialiste": ("", (_POLI,)),
    "écologiste": ("", (_POLI,)),
    "centriste": ("", (_POLI,)),
    "libéral": ("m", (_POLI,)),
    "libérale": ("f", (_POLI,)),
    "conservateur": ("m", (_POLI,)),
    "conservatrice": ("f", (_POLI,)),
    # the labels of the two American parties and of the British left, by which news takes up
    # their candidates (« la démocrate a reproché à son rival … »)
    "démocrate": ("", (_POLI,)),
    "républicain": ("m", (_POLI,)),
    "républicaine": ("f", (_POLI,)),
    "travailliste": ("", (_POLI,)),
    "militante": ("f", (_POLI,)),
    "activiste": ("", (_POLI,)),
    "opposant": ("m", (_POLI,)),
    "opposante": ("f", (_POLI,)),
    "syndicaliste": ("", (_POLI,)),
    # a member of parliament, of either house (« le parlementaire »), and one who rebels against
    # their own party's line (« le frondeur socialiste »)
    "parlementaire": ("", (_POLI,)),
    "frondeur": ("m", (_POLI,)),
    "frondeuse": ("f", (_POLI,)),
    "homme": ("m", (_PER,)),
    "femme": ("f", (_PER,)),
    # diplomacy
    "diplomate": ("", (_DIP,)),
    "ambassadeur": ("m", (_DIP,)),
    "ambassadrice": ("f", (_DIP,)),
    "émissaire": ("", (_DIP,)),
    "envoyé": ("m", (_DIP,)),
    "envoyée": ("f", (_DIP,)),
    "négociateur": ("m", (_DIP,)),
    "négociatrice": ("f", (_DIP,)),
    "consul": ("m", (_DIP,)),
    "médiateur": ("m", (_DIP,)),
    "médiatrice": ("f", (_DIP,)),
    "représentant": ("m", (_DIP, _GOV, _BUS)),
    "représentante": ("f", (_DIP, _GOV, _BUS)),
    "délégué": ("m", (_DIP, _GOV, _POLI)),  # « délégué syndical », « délégué CGT » too
    "déléguée": ("f", (_DIP, _GOV, _POLI)),
    # justice and police
    "juge": ("", (_JUS,)),
    "magistrat": ("m", (_JUS,)),
    "magistrate": ("f", (_JUS,)),
    "procureur": ("m", (_JUS,)),
    "procureure": ("f", (_JUS,)),
    "avocat": ("m", (_JUS,)),
    "avocate": ("f", (_JUS,)),
    "enquêteur": ("m", (_JUS, _POL)),
    "enquêtrice": ("f", (_JUS, _POL)),
    "policier": ("m", (_POL,)),
    "policière": ("f", (_POL,)),
    "gendarme": ("", (_POL,)),
    "inspecteur": ("m", (_POL,)),
    "inspectrice": ("f", (_POL,)),
    "témoin": ("", (_JUS,)),
    "suspect": ("m", (_JUS,)),
    "prévenu": ("m", (_JUS,)),
    "prévenue": ("f", (_JUS,)),
    "accusé": ("m", (_JUS,)),
    "accusée": ("f", (_JUS,)),
    "suspecte": ("f", (_JUS,)),
    # military
    "général": ("m", (_MIL,)),
    "générale": ("f", (_MIL,)),
    "colonel": ("m", (_MIL,)),
    "colonelle": ("f", (_MIL,)),
    "commandant": ("m", (_MIL,)),
    "capitaine": ("", (_MIL, _SPO)),
    "lieutenant": ("m", (_MIL,)),
    "sous-lieutenant": ("m", (_MIL,)),
    "major": ("", (_MIL,)),
    "sergent": ("m", (_MIL,)),
    "soldat": ("m", (_MIL,)),
    "amiral": ("m", (_MIL,)),
    "officier": ("m", (_MIL,)),
    "militaire": ("", (_MIL,)),
    # religion
    "pape": ("m", (_REL,)),
    "cardinal": ("m", (_REL,)),
    "évêque": ("m", (_REL,)),
    "archevêque": ("m", (_REL,)),
    "abbé": ("m", (_REL,)),
    "curé": ("m", (_REL,)),
    "prêtre": ("m", (_REL,)),
    "imam": ("m", (_REL,)),
    "rabbin": ("m", (_REL,)),
    "pasteur": ("m", (_REL,)),
    # a bishop or a higher cleric (« le prélat »), the head of a national church (« le primat »),
    # the pope's envoy, an Eastern church's head, and « le pontife »: the pope
    "prélat": ("m", (_REL,)),
    "primat": ("m", (_REL,)),
    "nonce": ("m", (_REL,)),
    "patriarche": ("m", (_REL,)),
    "pontife": ("m", (_REL,)),
    "mufti": ("m", (_REL,)),
    "aumônier": ("m", (_REL,)),
    # business
    "patron": ("m", (_BUS,)),
    "patronne": ("f", (_BUS,)),
    "pdg": ("", (_BUS,)),
    # the English title news writes for a firm's head (« le CEO »), and the owner of a fortune
    "ceo": ("", (_BUS,)),
    "milliardaire": ("", (_BUS,)),
    "fondateur": ("m", (_BUS,)),
    "fondatrice": ("f", (_BUS,)),
    "gérant": ("m", (_BUS,)),
    "gérante": ("f", (_BUS,)),
    # who runs or owns a business: « le promoteur immobilier X », « l'armateur », « l'hôtelière »
    "promoteur": ("m", (_BUS,)),
    "promotrice": ("f", (_BUS,)),
    "entrepreneur": ("m", (_BUS,)),
    "entrepreneuse": ("f", (_BUS,)),
    "armateur": ("m", (_BUS,)),
    "armatrice": ("f", (_BUS,)),
    "hôtelier": ("m", (_BUS,)),
    "hôtelière": ("f", (_BUS,)),
    "viticulteur": ("m", (_BUS,)),
    "viticultrice": ("f", (_BUS,)),
    "négociant": ("m", (_BUS,)),
    "négociante": ("f", (_BUS,)),
    "galeriste": ("", (_BUS,)),
    "antiquaire": ("", (_BUS,)),
    "libraire": ("", (_BUS,)),
    "économiste": ("", (_BUS, _SCI)),
    "analyste": ("", (_BUS, _SCI)),
    "employé": ("m", (_BUS,)),
    # trades
    "ouvrier": ("m", (_BUS,)),
    "ouvrière": ("f", (_BUS,)),
    "salarié": ("m", (_BUS,)),
    "salariée": ("f", (_BUS,)),
    # one employed to do a task (« agent d'accueil », « agente de sécurité »)
    "agent": ("m", (_BUS,)),
    "agente": ("f", (_BUS,)),
    "courtier": ("m", (_BUS,)),
    "courtière": ("f", (_BUS,)),
    "commerçant": ("m", (_BUS,)),
    "commerçante": ("f", (_BUS,)),
    "artisan": ("m", (_BUS,)),
    "artisane": ("f", (_BUS,)),
    "vigneron": ("m", (_BUS,)),
    "vigneronne": ("f", (_BUS,)),
    "pêcheur": ("m", (_BUS,)),
    "boulanger": ("m", (_BUS,)),
    "boulangère": ("f", (_BUS,)),
    "consultant": ("m", (_BUS,)),
    "consultante": ("f", (_BUS,)),
    "développeur": ("m", (_BUS,)),
    "développeuse": ("f", (_BUS,)),
    "créateur": ("m", (_BUS, _ART)),
    "créatrice": ("f", (_BUS, _ART)),
    "agriculteur": ("m", (_BUS,)),
    "agricultrice": ("f", (_BUS,)),
    "éleveur": ("m", (_BUS,)),
    "éleveuse": ("f", (_BUS,)),
    "berger": ("m", (_BUS,)),
    "bergère": ("f", (_BUS,)),
    "apiculteur": ("m", (_BUS,)),
    "apicultrice": ("f", (_BUS,)),
    "maraîcher": ("m", (_BUS,)),
    "maraîchère": ("f", (_BUS,)),
    "céréalier": ("m", (_BUS,)),
    "céréalière": ("f", (_BUS,)),
    "arboriculteur": ("m", (_BUS,)),
    "arboricultrice": ("f", (_BUS,)),
    "docker": ("m", (_BUS,)),
    "chauffeur": ("m", (_BUS,)),
    "conducteur": ("m", (_BUS,)),
    "conductrice": ("f", (_BUS,)),
    "employée": ("f", (_BUS,)),
    # the trades of the countryside, the street and the house, as novels and local news name
    # their people (« grommela le forgeron », « répondit la cuisinière »)
    "marin": ("m", (_BUS,)),
    "matelot": ("m", (_BUS,)),
    "batelier": ("m", (_BUS,)),
    "batelière": ("f", (_BUS,)),
    "forgeron": ("m", (_BUS,)),
    "cocher": ("m", (_BUS,)),
    "postillon": ("m", (_BUS,)),
    "charretier": ("m", (_BUS,)),
    "aubergiste": ("", (_BUS,)),
    "cabaretier": ("m", (_BUS,)),
    "cabaretière": ("f", (_BUS,)),
    "meunier": ("m", (_BUS,)),
    "meunière": ("f", (_BUS,)),
    "laboureur": ("m", (_BUS,)),
    "bûcheron": ("m", (_BUS,)),
    "bûcheronne": ("f", (_BUS,)),
    "charbonnier": ("m", (_BUS,)),
    "fermier": ("m", (_BUS,)),
    "fermière": ("f", (_BUS,)),
    "jardinier": ("m", (_BUS,)),
    "jardinière": ("f", (_BUS,)),
    "cordonnier": ("m", (_BUS,)),
    "cordonnière": ("f", (_BUS,)),
    "menuisier": ("m", (_BUS,)),
    "menuisière": ("f", (_BUS,)),
    "maçon": ("m", (_BUS,)),
    "tailleur": ("m", (_BUS,)),
    "couturière": ("f", (_BUS,)),
    "tisserand": ("m", (_BUS,)),
    "tisserande": ("f", (_BUS,)),
    "blanchisseuse": ("f", (_BUS,)),
    "lavandière": ("f", (_BUS,)),
    "épicier": ("m", (_BUS,)),
    "épicière": ("f", (_BUS,)),
    "boucher": ("m", (_BUS,)),
    "bouchère": ("f", (_BUS,)),
    "marchand": ("m", (_BUS,)),
    "marchande": ("f", (_BUS,)),
    "colporteur": ("m", (_BUS,)),
    "cuisinier": ("m", (_BUS,)),
    "cuisinière": ("f", (_BUS,)),
    "concierge": ("", (_BUS,)),
    "valet": ("m", (_BUS,)),
    "nourrice": ("f", (_BUS,)),
    "gouvernante": ("f", (_BUS,)),
    # sport
    "entraîneur": ("m", (_SPO,)),
    "entraîneuse": ("f", (_SPO,)),
    "sélectionneur": ("m", (_SPO,)),
    "sélectionneuse": ("f", (_SPO,)),
    "joueur": ("m", (_SPO,)),
    "joueuse": ("f", (_SPO,)),
    "athlète": ("", (_SPO,)),
    "sportif": ("m", (_SPO,)),
    "sportive": ("f", (_SPO,)),
    "champion": ("m", (_SPO,)),
    "championne": ("f", (_SPO,)),
    "manager": ("", (_SPO, _BUS)),
    "boxeur": ("m", (_SPO,)),
    "boxeuse": ("f", (_SPO,)),
    "cycliste": ("", (_SPO,)),
    "coureur": ("m", (_SPO,)),
    "coureuse": ("f", (_SPO,)),
    "nageur": ("m", (_SPO,)),
    "nageuse": ("f", (_SPO,)),
    "footballeur": ("m", (_SPO,)),
    "footballeuse": ("f", (_SPO,)),
    "tennisman": ("m", (_SPO,)),
    "escrimeur": ("m", (_SPO,)),
    "escrimeuse": ("f", (_SPO,)),
    "judoka": ("", (_SPO,)),
    "skieur": ("m", (_SPO,)),
    "skieuse": ("f", (_SPO,)),
    "arbitre": ("", (_SPO,)),
    "médaillé": ("m", (_SPO,)),
    "médaillée": ("f", (_SPO,)),
    "gardien": ("m", (_SPO,)),
    "gardienne": ("f", (_SPO,)),
    "portier": ("m", (_SPO,)),
    "buteur": ("m", (_SPO,)),
    "buteuse": ("f", (_SPO,)),
    "attaquant": ("m", (_SPO,)),
    "attaquante": ("f", (_SPO,)),
    "défenseur": ("m", (_SPO,)),
    "sprinteur": ("m", (_SPO,)),
    "sprinteuse": ("f", (_SPO,)),
    "technicien": ("m", (_SPO, _SCI)),  # in the sports pages, the coach
    "technicienne": ("f", (_SPO, _SCI)),
    "coach": ("", (_SPO,)),
    "pilote": ("", (_SPO, _MIL)),
    "navigateur": ("m", (_SPO,)),
    "navigatrice": ("f", (_SPO,)),
    "skipper": ("", (_SPO,)),
    "patineur": ("m", (_SPO,)),
    "patineuse": ("f", (_SPO,)),
    "golfeur": ("m", (_SPO,)),
    "golfeuse": ("f", (_SPO,)),
    "rugbyman": ("m", (_SPO,)),
    "rugbywoman": ("f", (_SPO,)),
    # more disciplines' athletes, by the noun the sports pages call them (« la gymnaste »)
    "gymnaste": ("", (_SPO,)),
    "perchiste": ("", (_SPO,)),
    "biathlète": ("", (_SPO,)),
    "triathlète": ("", (_SPO,)),
    "haltérophile": ("", (_SPO,)),
    "kayakiste": ("", (_SPO,)),
    "pongiste": ("", (_SPO,)),
    "karatéka": ("", (_SPO,)),
    "fleurettiste": ("", (_SPO,)),
    "épéiste": ("", (_SPO,)),
    "vététiste": ("", (_SPO,)),
    "jockey": ("", (_SPO,)),
    "snowboardeur": ("m", (_SPO,)),
    "snowboardeuse": ("f", (_SPO,)),
    "lutteur": ("m", (_SPO,)),
    "lutteuse": ("f", (_SPO,)),
    "sauteur": ("m", (_SPO,)),
    "sauteuse": ("f", (_SPO,)),
    "volleyeur": ("m", (_SPO,)),
    "volleyeuse": ("f", (_SPO,)),
    "hockeyeur": ("m", (_SPO,)),
    "hockeyeuse": ("f", (_SPO,)),
    "rameur": ("m", (_SPO,)),
    "rameuse": ("f", (_SPO,)),
    "grimpeur": ("m", (_SPO,)),
    "grimpeuse": ("f", (_SPO,)),
    "surfeur": ("m", (_SPO,)),
    "surfeuse": ("f", (_SPO,)),
    "slalomeur": ("m", (_SPO,)),
    "slalomeuse": ("f", (_SPO,)),
    "sabreur": ("m", (_SPO,)),
    "sabreuse": ("f", (_SPO,)),
    "décathlonien": ("m", (_SPO,)),
    "heptathlonienne": ("f", (_SPO,)),
    "relayeur": ("m", (_SPO,)),
    "relayeuse": ("f", (_SPO,)),
    # positions on a team, which the sports pages use for the player (« l'ouvreur », « l'ailier »)
    "ouvreur": ("m", (_SPO,)),
    "talonneur": ("m", (_SPO,)),
    "ailier": ("m", (_SPO,)),
    "ailière": ("f", (_SPO,)),
    "meneur": ("m", (_SPO,)),
    "meneuse": ("f", (_SPO,)),
    "pivot": ("", (_SPO,)),
    "handballeur": ("m", (_SPO,)),
    "handballeuse": ("f", (_SPO,)),
    "basketteur": ("m", (_SPO,)),
    "basketteuse": ("f", (_SPO,)),
    "tenniswoman": ("f", (_SPO,)),
    "lauréat": ("m", (_SPO, _ART, _SCI)),
    "vainqueur": ("m", (_SPO,)),
    "vainqueure": ("f", (_SPO,)),
    "gagnant": ("m", (_SPO,)),
    "gagnante": ("f", (_SPO,)),
    "lauréate": ("f", (_SPO, _ART, _SCI)),
    # media, arts, science
    "journaliste": ("", (_MED,)),
    "éditorialiste": ("", (_MED,)),
    "youtubeur": ("m", (_MED,)),
    "youtubeuse": ("f", (_MED,)),
    "vidéaste": ("", (_MED,)),
    "influenceur": ("m", (_MED,)),
    "influenceuse": ("f", (_MED,)),
    "blogueur": ("m", (_MED,)),
    "blogueuse": ("f", (_MED,)),
    "streameur": ("m", (_MED,)),
    "streameuse": ("f", (_MED,)),
    "rédacteur": ("m", (_MED,)),
    "rédactrice": ("f", (_MED,)),
    "écrivain": ("m", (_ART,)),
    "écrivaine": ("f", (_ART,)),
    "auteur": ("m", (_ART,)),
    "autrice": ("f", (_ART,)),
    "auteure": ("f", (_ART,)),  # the feminine Québec and the press long wrote before « autrice »
    "acteur": ("m", (_ART,)),
    "actrice": ("f", (_ART,)),
    "chanteur": ("m", (_ART,)),
    "chanteuse": ("f", (_ART,)),
    "artiste": ("", (_ART,)),
    # a famous name of the stage or the field, of either sex (« la star brésilienne » for a man)
    "star": ("", (_ART, _SPO)),
    "superstar": ("", (_ART, _SPO)),
    "vedette": ("", (_ART, _SPO)),
    "idole": ("", (_ART, _SPO)),
    # and of politics too, a famous name taken up by what the public made of it (« l'icône de la
    # gauche », « le ténor de la droite »); not « légende », a tale as often (« selon la légende »)
    "icône": ("", (_ART, _SPO, _POLI)),
    "ténor": ("m", (_POLI, _JUS)),  # « un ténor du barreau », « les ténors de la majorité »
    "égérie": ("f", (_ART, _POLI)),
    "réalisateur": ("m", (_ART,)),
    "réalisatrice": ("f", (_ART,)),
    "peintre": ("", (_ART,)),
    "cinéaste": ("", (_ART,)),
    "comédien": ("m", (_ART,)),
    "comédienne": ("f", (_ART,)),
    "romancier": ("m", (_ART,)),
    "romancière": ("f", (_ART,)),
    "poète": ("", (_ART,)),
    "dramaturge": ("", (_ART,)),
    "musicien": ("m", (_ART,)),
    "musicienne": ("f", (_ART,)),
    "compositeur": ("m", (_ART,)),
    "compositrice": ("f", (_ART,)),
    "rappeur": ("m", (_ART,)),
    "rappeuse": ("f", (_ART,)),
    "danseur": ("m", (_ART,)),
    "danseuse": ("f", (_ART,)),
    "chorégraphe": ("", (_ART,)),
    "metteur": ("m", (_ART,)),  # only in « metteur en scène »
    "metteuse": ("f", (_ART,)),
    "scénariste": ("", (_ART,)),
    "producteur": ("m", (_ART, _BUS)),
    "productrice": ("f", (_ART, _BUS)),
    "sculpteur": ("m", (_ART,)),
    "sculptrice": ("f", (_ART,)),
    "photographe": ("", (_ART, _MED)),
    "architecte": ("", (_ART,)),
    "styliste": ("", (_ART,)),
    "ingénieur": ("m", (_SCI, _BUS)),
    "ingénieure": ("f", (_SCI, _BUS)),
    "astronome": ("", (_SCI,)),
    "astrophysicien": ("m", (_SCI,)),
    "astrophysicienne": ("f", (_SCI,)),
    "physicien": ("m", (_SCI,)),
    "physicienne": ("f", (_SCI,)),
    "biologiste": ("", (_SCI,)),
    "climatologue": ("", (_SCI,)),
    "infirmier": ("m", (_SCI,)),
    "soignant": ("m", (_SCI,)),
    "soignante": ("f", (_SCI,)),
    # a doctor in training at a hospital (« l'interne de garde »); the adjective « interne »
    # follows its noun and heads no description
    "interne": ("", (_SCI,)),
    "pharmacien": ("m", (_SCI,)),
    "pharmacienne": ("f", (_SCI,)),
    "infirmière": ("f", (_SCI,)),
    "chercheur": ("m", (_SCI,)),
    "coordinateur": ("m", (_SCI, _BUS)),
    "coordinatrice": ("f", (_SCI, _BUS)),
    # Quebec's word for a coordinator (Office québécois de la langue française)
    "coordonnateur": ("m", (_SCI, _BUS)),
    "coordonnatrice": ("f", (_SCI, _BUS)),
    "chercheuse": ("f", (_SCI,)),
    # who teaches or does research at a university (« l'universitaire »)
    "universitaire": ("", (_SCI,)),
    # sciences, medicine and teaching
    "paléontologue": ("", (_SCI,)),
    "archéologue": ("", (_SCI,)),
    "géologue": ("", (_SCI,)),
    "vulcanologue": ("", (_SCI,)),
    "sismologue": ("", (_SCI,)),
    "glaciologue": ("", (_SCI,)),
    "océanographe": ("", (_SCI,)),
    "chimiste": ("", (_SCI,)),
    "mathématicien": ("m", (_SCI,)),
    "mathématicienne": ("f", (_SCI,)),
    "généticien": ("m", (_SCI,)),
    "généticienne": ("f", (_SCI,)),
    "historien": ("m", (_SCI,)),
    "historienne": ("f", (_SCI,)),
    "sociologue": ("", (_SCI,)),
    "politologue": ("", (_SCI,)),
    "épidémiologiste": ("", (_SCI,)),
    "infectiologue": ("", (_SCI,)),
    "virologue": ("", (_SCI,)),
    "urgentiste": ("", (_SCI,)),
    "pédiatre": ("", (_SCI,)),
    "psychiatre": ("", (_SCI,)),
    "psychologue": ("", (_SCI,)),
    "cardiologue": ("", (_SCI,)),
    "chirurgien": ("m", (_SCI,)),
    "chirurgienne": ("f", (_SCI,)),
    "enseignant": ("m", (_SCI,)),
    "enseignante": ("f", (_SCI,)),
    "instituteur": ("m", (_SCI,)),
    "institutrice": ("f", (_SCI,)),
    "professeur": ("m", (_SCI,)),
    "professeure": ("f", (_SCI,)),
    "expert": ("m", (_SCI,)),
    "experte": ("f", (_SCI,)),
    "scientifique": ("", (_SCI,)),
    "médecin": ("", (_SCI,)),
    "docteur": ("m", (_SCI,)),
    "docteure": ("f", (_SCI,)),
    "doctoresse": ("f", (_SCI,)),
    "spécialiste": ("", (_SCI,)),
    # nobility and fiction
    "prince": ("m", (_NOB,)),
    "princesse": ("f", (_NOB,)),
    "duc": ("m", (_NOB,)),
    "duchesse": ("f", (_NOB,)),
    "comte": ("m", (_NOB,)),
    "comtesse": ("f", (_NOB,)),
    "marquis": ("m", (_NOB,)),
    "marquise": ("f", (_NOB,)),
    "baron": ("m", (_NOB,)),
    "baronne": ("f", (_NOB,)),
    "vicomte": ("m", (_NOB,)),
    "vicomtesse": ("f", (_NOB,)),
    "chevalier": ("m", (_NOB,)),
    # kin and people
    "père": ("m", (_KIN,)),
    "mère": ("f", (_KIN,)),
    "fils": ("m", (_KIN,)),
    "fille": ("f", (_KIN,)),
    "frère": ("m", (_KIN,)),
    "sœur": ("f", (_KIN,)),
    "oncle": ("m", (_KIN,)),
    "tante": ("f", (_KIN,)),
    "grand-père": ("m", (_KIN,)),
    "grand-mère": ("f", (_KIN,)),
    "mari": ("m", (_KIN,)),
    "époux": ("m", (_KIN,)),
    "épouse": ("f", (_KIN,)),
    "veuve": ("f", (_KIN,)),
    "proche": ("", (_KIN,)),
    # someone's companions, like kin: « son ami », « un de ses camarades » is not the one named
    "ami": ("m", (_KIN,)),
    "amie": ("f", (_KIN,)),
    "camarade": ("", (_KIN,)),
    "collègue": ("", (_KIN,)),
    "copain": ("m", (_KIN,)),
    "copine": ("f", (_KIN,)),
    "compagnon": ("m", (_KIN,)),
    "compagne": ("f", (_KIN,)),
    "voisin": ("m", (_PER,)),
    "voisine": ("f", (_PER,)),
    "garçon": ("m", (_PER,)),
    "vieillard": ("m", (_PER,)),
    "vieux": ("m", (_PER,)),
    "vieille": ("f", (_PER,)),
    "jeune": ("", (_PER,)),
    # « son homologue »: the same post as someone the text named (resolve_score._counterpart_title)
    "homologue": ("", (_PER,)),
    "enfant": ("", (_PER,)),
    "maîtresse": ("f", (_PER,)),
    "maître": ("m", (_PER,)),
    "domestique": ("", (_PER,)),
    "servante": ("f", (_PER,)),
    "paysan": ("m", (_PER,)),
    "paysanne": ("f", (_PER,)),
    "victime": ("f", (_PER,)),
    "source": ("f", (_PER, _MED)),
    # people by what they do or belong to, as news quotes them (« pour ce syndiqué, « … » »)
    "syndiqué": ("m", (_BUS, _POLI)),
    "syndiquée": ("f", (_BUS, _POLI)),
    "gréviste": ("", (_BUS,)),
    "adhérent": ("m", (_POLI,)),
    "adhérente": ("f", (_POLI,)),
    "sympathisant": ("m", (_POLI,)),
    "sympathisante": ("f", (_POLI,)),
    "électeur": ("m", (_POLI,)),
    "électrice": ("f", (_POLI,)),
    "manifestant": ("m", (_POLI,)),
    "manifestante": ("f", (_POLI,)),
    "démissionnaire": ("", (_POLI,)),
    # an inhabitant is one of the public, as a resident is: « un habitant » holds no office
    "habitant": ("m", (_PUB,)),
    "habitante": ("f", (_PUB,)),
    "riverain": ("m", (_PUB,)),
    "riveraine": ("f", (_PUB,)),
    "retraité": ("m", (_PUB,)),
    "retraitée": ("f", (_PUB,)),
    "bénévole": ("", (_PUB,)),
    "passant": ("m", (_PUB,)),
    "passante": ("f", (_PUB,)),
    "élève": ("", (_PUB,)),
    "étudiant": ("m", (_PUB,)),
    "étudiante": ("f", (_PUB,)),
    "doctorant": ("m", (_SCI,)),
    "doctorante": ("f", (_SCI,)),
    "usager": ("m", (_PUB,)),
    "usagère": ("f", (_PUB,)),
    "client": ("m", (_BUS,)),
    "cliente": ("f", (_BUS,)),
    "passager": ("m", (_PUB,)),
    "passagère": ("f", (_PUB,)),
    "spectateur": ("m", (_PUB,)),
    "spectatrice": ("f", (_PUB,)),
    "automobiliste": ("", (_PUB,)),
    "touriste": ("", (_PUB,)),
    "résident": ("m", (_PUB,)),
    "résidente": ("f", (_PUB,)),
    "locataire": ("", (_PUB,)),
    "patient": ("m", (_PUB,)),
    "patiente": ("f", (_PUB,)),
    "migrant": ("m", (_PUB,)),
    "migrante": ("f", (_PUB,)),
    "réfugié": ("m", (_PUB,)),
    "réfugiée": ("f", (_PUB,)),
    "supporteur": ("m", (_SPO,)),
    "supportrice": ("f", (_SPO,)),
    "supporter": ("m", (_SPO,)),
    # trades, posts and conditions of news that no list above held: the nouns written before a
    # name in UD French news and Wikipedia (fr_gsd, fr_sequoia) or in reports of everyday news
    "épidémiologue": ("", (_SCI,)),
    "volcanologue": ("", (_SCI,)),
    "entomologiste": ("", (_SCI,)),
    "anthropologue": ("", (_SCI,)),
    "démographe": ("", (_SCI,)),
    "géographe": ("", (_SCI,)),
    "philosophe": ("", (_SCI,)),
    "juriste": ("", (_JUS, _SCI)),
    "vétérinaire": ("", (_SCI,)),
    "astronaute": ("", (_SCI,)),
    "cosmonaute": ("", (_SCI,)),
    "spationaute": ("", (_SCI,)),
    "taïkonaute": ("", (_SCI,)),
    "informaticien": ("m", (_SCI, _BUS)),
    "informaticienne": ("f", (_SCI, _BUS)),
    "caporal": ("m", (_MIL,)),
    "adjudant": ("m", (_MIL,)),
    "maréchal": ("m", (_MIL,)),
    "pompier": ("m", (_POL,)),
    "pompière": ("f", (_POL,)),
    "douanier": ("m", (_POL,)),
    "douanière": ("f", (_POL,)),
    "notaire": ("", (_JUS,)),
    "huissier": ("m", (_JUS,)),
    "huissière": ("f", (_JUS,)),
    "greffier": ("m", (_JUS,)),
    "greffière": ("f", (_JUS,)),
    "plaignant": ("m", (_JUS,)),
    "plaignante": ("f", (_JUS,)),
    "détenu": ("m", (_JUS,)),
    "détenue": ("f", (_JUS,)),
    "prisonnier": ("m", (_JUS,)),
    "prisonnière": ("f", (_JUS,)),
    "dessinateur": ("m", (_ART, _MED)),
    "dessinatrice": ("f", (_ART, _MED)),
    "illustrateur": ("m", (_ART,)),
    "illustratrice": ("f", (_ART,)),
    "caricaturiste": ("", (_ART, _MED)),
    "pianiste": ("", (_ART,)),
    "violoniste": ("", (_ART,)),
    "guitariste": ("", (_ART,)),
    "saxophoniste": ("", (_ART,)),
    "banquier": ("m", (_BUS,)),
    "banquière": ("f", (_BUS,)),
    "actionnaire": ("", (_BUS,)),
    "restaurateur": ("m", (_BUS,)),
    "restauratrice": ("f", (_BUS,)),
    "cheminot": ("m", (_BUS,)),
    "cheminote": ("f", (_BUS,)),
    "alpiniste": ("", (_SPO,)),
    "proviseur": ("", (_PUB,)),
    "proviseure": ("f", (_PUB,)),
    "lycéen": ("m", (_PUB,)),
    "lycéenne": ("f", (_PUB,)),
    "chômeur": ("m", (_PUB,)),
    "chômeuse": ("f", (_PUB,)),
    "otage": ("", (_PUB,)),
    "rescapé": ("m", (_PUB,)),
    "rescapée": ("f", (_PUB,)),
    "survivant": ("m", (_PUB,)),
    "survivante": ("f", (_PUB,)),
    # posts and trades of the news that were missing: a county's sheriff, a rector, the head of a
    # bar, a juror, a guard, a rescuer, radio and television voices, health and transport trades
    # (not « reporter », which opens the name « Reporters sans frontières »)
    "shérif": ("m", (_POL, _GOV)),
    "recteur": ("m", (_GOV, _PUB)),
    "rectrice": ("f", (_GOV, _PUB)),
    "eurodéputé": ("m", (_POLI,)),
    "eurodéputée": ("f", (_POLI,)),
    "bâtonnier": ("m", (_JUS,)),
    "bâtonnière": ("f", (_JUS,)),
    "juré": ("m", (_JUS,)),
    "jurée": ("f", (_JUS,)),
    "surveillant": ("m", (_POL,)),
    "surveillante": ("f", (_POL,)),
    "vigile": ("", (_POL,)),
    "secouriste": ("", (_POL,)),
    "sauveteur": ("m", (_POL,)),
    "ambulancier": ("m", (_SCI,)),
    "ambulancière": ("f", (_SCI,)),
    "dentiste": ("", (_SCI,)),
    "gynécologue": ("", (_SCI,)),
    "kinésithérapeute": ("", (_SCI,)),
    "météorologue": ("", (_SCI,)),
    "prévisionniste": ("", (_SCI,)),
    "réceptionniste": ("", (_BUS,)),
    "routier": ("m", (_BUS,)),
    "contrôleur": ("m", (_BUS, _GOV)),
    "contrôleuse": ("f", (_BUS, _GOV)),
    "aiguilleur": ("m", (_BUS,)),
    "hôtesse": ("f", (_BUS,)),
    "steward": ("m", (_BUS,)),
    "trader": ("", (_BUS,)),
    "animateur": ("m", (_MED,)),
    "animatrice": ("f", (_MED,)),
    "présentateur": ("m", (_MED,)),
    "présentatrice": ("f", (_MED,)),
    "chroniqueur": ("m", (_MED,)),
    "chroniqueuse": ("f", (_MED,)),
    "commentateur": ("m", (_MED, _SPO)),
    "commentatrice": ("f", (_MED, _SPO)),
    "marathonien": ("m", (_SPO,)),
    "marathonienne": ("f", (_SPO,)),
    "randonneur": ("m", (_SPO,)),
    "randonneuse": ("f", (_SPO,)),
    # more posts and trades news names people by: an owner, a board's officers, a founder's
    # partner, a party to a case, a mediator, a comedian (not « principal », the head of a
    # collège: the adjective of « son principal adversaire » would title him so)
    "propriétaire": ("", (_BUS,)),
    "exploitant": ("m", (_BUS,)),
    "exploitante": ("f", (_BUS,)),
    "administrateur": ("m", (_BUS, _GOV)),
    "administratrice": ("f", (_BUS, _GOV)),
    "trésorier": ("m", (_BUS, _POLI)),
    "trésorière": ("f", (_BUS, _POLI)),
    "cofondateur": ("m", (_BUS,)),
    "cofondatrice": ("f", (_BUS,)),
    "organisateur": ("m", (_BUS, _SPO)),
    "organisatrice": ("f", (_BUS, _SPO)),
    "conciliateur": ("m", (_JUS, _GOV)),
    "conciliatrice": ("f", (_JUS, _GOV)),
    "requérant": ("m", (_JUS,)),
    "requérante": ("f", (_JUS,)),
    "constitutionnaliste": ("", (_JUS, _SCI)),
    "urbaniste": ("", (_SCI,)),
    "stagiaire": ("", (_PUB,)),
    "humoriste": ("", (_ART, _MED)),
}

#: Nouns that head an organisation's name ("le Conseil de sécurité arménien", "le ministère
#: arménien des Affaires étrangères", "la Direction des examens et concours"): lowercase -> gender.
ORGANISATION_NOUNS: Final[dict[str, str]] = {
    "conseil": "m",
    "ministère": "m",
    "gouvernement": "m",
    "cabinet": "m",
    "parlement": "m",
    "sénat": "m",
    "assemblée": "f",
    "commission": "f",
    "comité": "m",
    "jury": "m",  # « le jury du festival », « le jury de la cour d'assises »: a body that decides
    "agence": "f",
    "autorité": "f",
    "office": "m",
    "institut": "m",
    "centre": "m",
    "observatoire": "m",
    "direction": "f",
    "département": "m",
    "service": "m",
    "secrétariat": "m",
    "préfecture": "f",
    "sous-préfecture": "f",
    "mairie": "f",
    "municipalité": "f",
    "région": "f",
    "parquet": "m",
    "tribunal": "m",
    "cour": "f",
    "chambre": "f",  # « la chambre départementale des notaires », « la chambre d'agriculture »
    "juridiction": "f",
    "police": "f",
    "gendarmerie": "f",
    "armée": "f",
    "état-major": "m",
    "parti": "m",
    "mouvement": "m",
    "syndicat": "m",
    "intersyndicale": "f",
    "fédération": "f",
    "confédération": "f",
    "union": "f",
    "ligue": "f",
    "association": "f",
    "organisation": "f",
    # the nouns of any body (:data:`_ANY_BODY`): « l'organisme public », « l'instance »
    "organisme": "m",
    "institution": "f",
    "instance": "f",
    "fondation": "f",
    "groupe": "m",
    "entreprise": "f",
    "société": "f",
    "compagnie": "f",
    "firme": "f",
    "banque": "f",
    "constructeur": "m",
    "avionneur": "m",
    "opérateur": "m",
    "fournisseur": "m",
    "fabricant": "m",
    # a drug maker, an insurer, a carrier, a retailer: « le laboratoire Verdane », « l'assureur »
    "laboratoire": "m",
    "assureur": "m",
    "transporteur": "m",
    "distributeur": "m",
    "collectif": "m",
    "club": "m",
    "équipe": "f",
    "université": "f",
    "académie": "f",
    # a museum speaks as a body (« le Muséum d'histoire naturelle de Bernac a annoncé »)
    "musée": "m",
    "muséum": "m",
    "ong": "f",
    "onu": "f",
    "journal": "m",
    "quotidien": "m",
    "hebdomadaire": "m",
    "magazine": "m",
    "chaîne": "f",
    "radio": "f",
    "régime": "m",
    "coalition": "f",
    "alliance": "f",
    "mission": "f",
    "délégation": "f",
    "bureau": "m",
    "haut-commissariat": "m",
    "commissariat": "m",
    "ambassade": "f",
    "présidence": "f",
    "maison": "f",
    "élysée": "m",
    "kremlin": "m",
    "pentagone": "m",
    "section": "f",
    # authorities and firms named by what they do: « l'aviation civile argentine », « le
    # rectorat », « l'inspection du travail », « la start-up nantaise Nuvaly »
    "aviation": "f",
    "rectorat": "m",
    "inspection": "f",
    "start-up": "f",
    "startup": "f",
    "enseigne": "f",  # a chain of shops: « l'enseigne a rappelé ses produits »
    # public bodies named by their legal form: « l'Entente pour la protection des berges », « la
    # Caisse régionale des artisans »
    "entente": "f",
    "caisse": "f",
    # bodies named by the power they hold or the ones they gather, whose endings (-if, -at, -ité)
    # read as things elsewhere: « l'exécutif cantonal », « le patronat », « le consulat »,
    # « l'épiscopat », « la collectivité »
    "exécutif": "m",
    "patronat": "m",
    "consulat": "m",
    "épiscopat": "m",
    "collectivité": "f",
}

#: Nouns for what a body or a person makes known that is no statement of its own words: figures,
#: findings, studies, comments (« les chiffres de la préfecture », « une étude publiée par le
#: service statistique du ministère »). Whoever issued them is the source, as for a statement
#: (GUIDELINES.md); with no issuer named they stay as written. Singular and plural forms. (The
#: statements themselves, :data:`DOCUMENT_NOUNS`, have their issuers read by the index.)
INFORMATION_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "chiffre", "chiffres", "résultat", "résultats", "étude", "études", "commentaire",
        "commentaires", "donnée", "données", "estimation", "estimations", "statistique",
        "statistiques", "sondage", "sondages", "enquête", "enquêtes", "décompte", "décomptes",
        "relevé", "relevés", "révélations", "analyse", "analyses", "calculs", "projections",
        "prévisions", "informations", "bilan", "bilans", "comptes", "comptage", "comptages",
        "calcul", "projection", "prévision", "évaluation", "évaluations", "simulation",
        "simulations", "conclusions", "constatations", "observations", "recensement",
    }
)  # fmt: skip

#: Nouns for the statements an organisation or a person issues ("le communiqué", "la déclaration").
DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "communiqué",
        "déclaration",
        "texte",
        "note",
        "lettre",
        "rapport",
        "message",
        "courrier",
        "document",
        "résolution",
        "projet",
        "avis",
        "décret",
        "arrêté",
        "circulaire",
        "motion",
        "appel",
        "tribune",
        "tweet",
        "publication",
        "discours",
        "entretien",
        "interview",
        "bilan",
        "annonce",
        "dépêche",
        "statement",
        # where a statement is read: "sur le site du ministère", "sur son compte Twitter"
        "site",
        "compte",
        "page",
        "blog",
    }
)


#: Organisation nouns that name a unit of an organisation, not the organisation itself: « la
#: direction », « le service de presse » belong to a company the text must name with them.
ORGANISATION_UNITS: Final[frozenset[str]] = frozenset(
    {"direction", "service", "cabinet", "bureau", "secrétariat", "département", "présidence", "état-major",
     "section"}
)  # fmt: skip

#: Organisation nouns for a local public office, one to a place and never called by a name or an
#: acronym: « la préfecture », « la mairie », « la gendarmerie ». Definite, such a noun names that
#: office itself, never a firm or an association quoted just before (« D'après Ventura Énergies,
#: … La préfecture rappelle que … » is the prefecture). Not « la police » or « le parquet », which
#: take up a force or a court the text named by its acronym.
PUBLIC_AUTHORITIES: Final[frozenset[str]] = frozenset(
    {"préfecture", "sous-préfecture", "mairie", "gendarmerie", "rectorat", "commissariat"}
)

#: Bodies of the state named by what they do (« le parquet », « la police », « le tribunal »,
#: « le gouvernement », « le ministère »): such a noun takes up a body the text named by its
#: initials (« le PNF … le parquet », « la PSNI … la police ») or with a noun of its kind, never a
#: firm, an association or a person named by their own name (« l'entreprise Ribaud Terrassements
#: a affirmé … Le parquet a indiqué », « Pirelli a confirmé la fermeture de l'usine … Le gouvernement a
#: dénoncé … »).
STATE_BODIES: Final[frozenset[str]] = frozenset(
    {
        "parquet", "police", "tribunal", "cour", "gendarmerie", "juridiction", "armée", "justice",
        "gouvernement", "ministère",
    }
)  # fmt: skip


def state_body_may_take_up(noun: str, head: str, *, initials: bool) -> bool:
    """Whether the organisation noun ``noun`` may take up a body named with the organisation noun
    ``head`` ("" for a body named by its own name) or, with ``initials``, by its initials: any
    noun may, save one of :data:`STATE_BODIES`, which takes up only initials or its own noun.

    >>> state_body_may_take_up("parquet", "", initials=True)
    True
    >>> state_body_may_take_up("parquet", "", initials=False)
    False
    >>> state_body_may_take_up("groupe", "", initials=False)
    True
    """
    return noun not in STATE_BODIES or initials or head == noun


#: Offices held for one place, whose holder a place opening the sentence names (« À Lanserre, le
#: maire a dénoncé … » is the mayor of Lanserre): the mayor, in France, Belgium and Québec, and
#: the State's representative in a département or an arrondissement.
LOCAL_OFFICES: Final[frozenset[str]] = frozenset(
    {"maire", "mairesse", "bourgmestre", "édile", "préfet", "préfète", "sous-préfet", "sous-préfète"}
)

#: Seats a person is elected or appointed to, one holder each (folded form -> the seat): a person
#: the text seats in one is never taken up by another's noun (« le conseiller municipal X » is
#: not « le maire »).
OFFICES: Final[dict[str, str]] = {
    "maire": "maire",
    "mairesse": "maire",
    "bourgmestre": "maire",
    "echevin": "adjoint",
    "echevine": "adjoint",
    "adjoint": "adjoint",
    "adjointe": "adjoint",
    "conseiller": "conseiller",
    "conseillere": "conseiller",
    "depute": "depute",
    "deputee": "depute",
    "senateur": "senateur",
    "senatrice": "senateur",
    "ministre": "ministre",
    "prefet": "prefet",
    "prefete": "prefet",
    "procureur": "procureur",
    "procureure": "procureur",
    "gouverneur": "gouverneur",
    "gouverneure": "gouverneur",
    # a seat in either house: « le parlementaire » is a deputy or a senator, never a minister
    "parlementaire": "parlement",
    # « les frondeurs »: the members of parliament who vote against their own party's government
    "frondeur": "parlement",
    "frondeuse": "parlement",
}

#: Roles of the one who chairs a body, folded: « le président » of a court, a council, a club.
CHAIR_ROLES: Final[frozenset[str]] = frozenset({"president", "presidente"})

#: Seats (values of :data:`OFFICES`) whose holder chairs no body as such: a minister, a prefect,
#: a prosecutor the text seats so is not « le président » (in court, the president is the judge
#: who presides; a minister answers to the president). A mayor, a deputy, a councillor often chair
#: a body of their own (« le maire, président de l'agglomération »), and stay open to it.
UNCHAIRED_SEATS: Final[frozenset[str]] = frozenset({"ministre", "prefet", "procureur"})

#: Roles of the bench and of the prosecution, folded: their holder is a magistrate, never a
#: lawyer, whom French calls « Maître » (« Me Paul Roux » is no « juge », no « procureur », no
#: « avocat général »).
BENCH_ROLES: Final[frozenset[str]] = frozenset(
    {"magistrat", "magistrate", "juge", "procureur", "procureure", "substitut", "substitute"}
)

#: Role nouns that qualify the role before them, as an adjective would (« le procureur général »,
#: « le maire adjoint », « le ministre délégué », « le président-directeur général »): written
#: with a capital after a role, they are still the role's, never a surname (« le secrétaire
#: Général »); other role nouns are, as many French surnames are trades (« le juge Berger »).
ROLE_QUALIFIERS: Final[frozenset[str]] = frozenset(
    {
        "general",
        "generale",
        "adjoint",
        "adjointe",
        "delegue",
        "deleguee",
        "directeur",
        "directrice",
        "fondateur",
        "fondatrice",
        "gerant",
        "gerante",
        "rapporteur",
        "rapporteure",
        "chef",
    }
)

#: The roles of the bar and of the officers French also calls « Maître », folded: the only
#: roles that describe someone the text names « Me » (« Me Paul Roux » is « l'avocat », « son
#: conseil », « le bâtonnier », a notary, a bailiff; never « le prévenu » nor « le président »).
BAR_ROLES: Final[frozenset[str]] = frozenset(
    {
        "avocat",
        "avocate",
        "batonnier",
        "batonniere",
        "conseil",
        "defenseur",
        "defenseure",
        "huissier",
        "huissiere",
        "notaire",
        "penaliste",
    }
)

#: Civilities of the bar, folded: « Me Paul Roux » is a lawyer (or a notary, a bailiff).
BAR_CIVILITIES: Final[frozenset[str]] = frozenset({"me", "mes", "maitre"})

#: The parties to a criminal case, folded: what someone is to a trial, whatever their trade
#: (« l'ancien entraîneur de tennis X … l'accusé de 71 ans »), never one of the court's officers.
CASE_PARTIES: Final[frozenset[str]] = frozenset(
    {
        "accuse", "accusee", "prevenu", "prevenue", "suspect", "suspecte", "inculpe", "inculpee",
        "plaignant", "plaignante", "detenu", "detenue", "condamne", "condamnee",
    }
)  # fmt: skip

#: Civilities of a prelate, folded: « Mgr Paul Roux » is a bishop or a prelate of the Church.
PRELATE_CIVILITIES: Final[frozenset[str]] = frozenset({"mgr", "monseigneur"})

#: Roles no one French calls « Mgr » holds, folded: the pope (« le pape », « le souverain
#: pontife », addressed « Sa Sainteté ») and the clergy of other faiths.
ROLES_NO_PRELATE_HOLDS: Final[frozenset[str]] = frozenset({"pape", "pontife", "imam", "rabbin", "pasteur"})

#: Seats that are seats in parliament (:data:`OFFICES`): their holder is « le parlementaire ».
PARLIAMENT_SEATS: Final[frozenset[str]] = frozenset({"depute", "senateur"})

#: Nouns a firm is named with (« la société X », « le groupe X », « le constructeur X »).
FIRM_NOUNS: Final[frozenset[str]] = frozenset(
    {"entreprise", "société", "groupe", "start-up", "startup", "firme", "compagnie", "constructeur",
     "fabricant", "opérateur", "fournisseur", "avionneur", "banque", "enseigne", "laboratoire", "assureur",
     "transporteur", "distributeur"}
)  # fmt: skip

#: Plural nouns that open a firm's own name, capitalised: « les Établissements Rouvière », « les
#: Laboratoires Servier », « les Éditions du Seuil », « les Chantiers de l'Atlantique », « les
#: Galeries Lafayette ». Lowercase, they are common nouns (« les établissements scolaires »).
FIRM_NAME_HEADS: Final[frozenset[str]] = frozenset(
    {"établissements", "laboratoires", "éditions", "chantiers", "ateliers", "galeries", "transports",
     "magasins", "entreprises", "brasseries", "fonderies", "forges", "papeteries", "verreries"}
)  # fmt: skip

#: Singular nouns that open a body's own name when capitalised, as French writes an institution
#: (a capital on its first word only): « la Conférence des évêques de France », « le Front
#: d'action populaire », « l'Ordre des médecins », « la Chambre de commerce », « le Fonds monétaire
#: international ». Lowercase, they are common nouns (« une conférence de presse », « le front
#: des grévistes »), so they are not :data:`ORGANISATION_NOUNS`. With their gender.
BODY_NAME_HEADS: Final[dict[str, str]] = {
    "conférence": "f", "front": "m", "coordination": "f", "ordre": "m", "chambre": "f",
    "caisse": "f", "collège": "m", "secours": "m", "cercle": "m", "réseau": "m", "planning": "m",
    "mutualité": "f", "sécurité": "f", "protection": "f", "cinémathèque": "f", "opéra": "m",
    "bibliothèque": "f", "fonds": "m", "programme": "m", "forum": "m", "régie": "f",
    "église": "f", "rassemblement": "m", "conservatoire": "m", "tribune": "f", "convention": "f",
    "mutuelle": "f", "plateforme": "f",
}  # fmt: skip

#: Capitalised words that open a sports club's own name: « le Stade rennais », « l'Olympique de
#: Marseille », « le Racing Club de Lens », « le Sporting ». Lowercase, « le stade » is a ground.
#: « le Stade de France » is a ground too: a club's « Stade » is followed by its own name, never
#: by « de » (the one club so named, « Stade de Reims », is left out with it).
CLUB_NAME_HEADS: Final[frozenset[str]] = frozenset({"stade", "olympique", "racing", "sporting"})

#: Acronyms French writes as common nouns, of things and procedures, never of a body that
#: speaks (« ses numéros IBAN », « un test PCR », « une clé USB », « le SMIC »): the common ones
#: of French news, by field — banking and commerce, health, technology, labour and housing.
COMMON_NOUN_ACRONYMS: Final[frozenset[str]] = frozenset(
    {
        "IBAN", "RIB", "PIN", "TVA", "PIB", "SMIC", "RSA", "CDD", "CDI", "HLM", "VTC", "SUV",
        "ADN", "ARN", "PCR", "IRM", "VIH", "IVG", "PMA", "GPA", "OGM", "AVC",
        "PDF", "USB", "GPS", "SMS", "MMS", "DVD", "LED", "IA", "QR", "URL", "VPN", "PC",
    }
)  # fmt: skip

#: Initials that open a French sports club's name before its town: « l'AS Monaco » (association
#: sportive), « l'US Orléans » (union sportive), « le FC Nantes », « le RC Lens », « l'AJ
#: Auxerre », « l'OGC Nice », « l'ES Troyes », « le SCO Angers ». Written before a capitalised
#: name, they name the club; not « SA » (a firm's legal form) nor « SAS ».
CLUB_ACRONYMS: Final[frozenset[str]] = frozenset(
    {"AS", "US", "FC", "SC", "RC", "AC", "AJ", "OGC", "ES", "SCO", "CA", "CS", "SM", "JA", "USL", "ASM",
     "AFC", "ASSE", "EA", "SO"}
)  # fmt: skip

#: Nouns of a body that seeks no profit (« l'association », « le collectif », « le syndicat »).
_NONPROFITS: Final[frozenset[str]] = frozenset(
    {"association", "collectif", "fondation", "ong", "syndicat", "intersyndicale", "fédération",
     "confédération", "ligue"}
)  # fmt: skip


def organisation_kinds_clash(noun: str, other: str) -> bool:
    """Whether two organisation nouns name bodies of kinds that exclude each other: a firm (« la
    société », « le groupe ») and a body that seeks no profit (« l'association », « le
    syndicat »). « L'association » never takes up « la société Ventura Énergies », nor « la
    juridiction », which only ever names a court, « la préfecture »."""
    if noun in _COURT_NOUNS and other:
        return other not in KINDRED_ORGANISATIONS[noun]
    if noun in STATE_BODIES and other:
        # « le parquet » is no « entreprise Ribaud Terrassements »
        return other != noun and other not in KINDRED_ORGANISATIONS.get(noun, frozenset())
    return (noun in FIRM_NOUNS and other in _NONPROFITS) or (noun in _NONPROFITS and other in FIRM_NOUNS)


#: Nouns that only ever name a court (« la juridiction »).
_COURT_NOUNS: Final[frozenset[str]] = frozenset({"juridiction"})


#: Generic organisation nouns and the heads of the names they take up: a union is named « la
#: Fédération des éleveurs … », « l'Union des navigants … », « la Confédération … » and then « le
#: syndicat ».
KINDRED_ORGANISATIONS: Final[dict[str, frozenset[str]]] = {
    "syndicat": frozenset({"syndicat", "fédération", "union", "confédération"}),
    # « l'entreprise », « le constructeur » after « la jeune société toulousaine Orbitale
    # Systèmes », « la start-up nantaise Nuvaly »: one firm named, however far back
    **dict.fromkeys(FIRM_NOUNS, FIRM_NOUNS | FIRM_NAME_HEADS),
    "parti": frozenset({"parti", "mouvement", "union", "rassemblement", "alliance", "front"}),
    # « le club » after « le Stade Auberive », « l'Olympique de Verlaine », « l'US Péronville »
    "club": frozenset({"club", *CLUB_NAME_HEADS, *(acronym.lower() for acronym in CLUB_ACRONYMS)}),
    # « la juridiction » after « le tribunal administratif de Valmont »: the court named
    "juridiction": frozenset({"tribunal", "cour", "conseil", "juridiction"}),
    # « l'établissement », no organisation's name itself (as « l'homme » is no person's), after
    # « le centre hospitalier de Gap », « l'Office national des forêts », « la banque Rhodia »
    "établissement": frozenset(
        {
            "centre",
            "institut",
            "université",
            "académie",
            "office",
            "banque",
            "hôpital",
            "clinique",
            "musée",
            "lycée",
            "collège",
            "école",
        }
    ),
}

#: Organisation nouns general enough to take up a body of any kind.
_ANY_BODY: Final[frozenset[str]] = frozenset(
    {"organisation", "institution", "organisme", "instance", "autorité"}
)


def names_any_body(noun: str) -> bool:
    """Whether the organisation noun ``noun`` names any body, whatever its kind (« l'instance »,
    « l'organisme », « l'autorité »).

    >>> names_any_body("instance"), names_any_body("syndicat")
    (True, False)
    """
    return noun in _ANY_BODY


def other_body(noun: str, head: str) -> bool:
    """Whether the organisation noun ``noun`` names a body of another kind than one whose name
    opens on the organisation noun ``head``: « la région » and « le parquet de X » (different
    nouns, neither of the other's kind in :data:`KINDRED_ORGANISATIONS`). A noun of any body
    (« l'autorité », « l'organisation ») names none of another kind; an empty ``head`` is no kind.

    >>> other_body("région", "parquet"), other_body("syndicat", "fédération")
    (True, False)
    >>> other_body("autorité", "direction")
    False
    """
    if not head or noun == head or noun in _ANY_BODY:
        return False
    return head not in KINDRED_ORGANISATIONS.get(noun, frozenset()) and noun not in KINDRED_ORGANISATIONS.get(
        head, frozenset()
    )


#: Endings of French agent nouns, which name a person by what they do (« moniteur », « secouriste »,
#: « randonneuse », « pratiquant », « urbaniste », « climatologue »): a singular noun with one of
#: these names someone, listed as a role or not; not « voix », « nuage » or « document ».
PERSON_NOUN_ENDINGS: Final[tuple[str, ...]] = (
    "eur", "euse", "rice", "iste", "ien", "ienne", "ant", "ante", "logue", "aire",
)  # fmt: skip

#: Singular nouns of people taken together, which « il » / « elle » stand for (« La famille
#: conteste cette version. Pour elle, … »): lowercase -> gender.
SINGULAR_GROUPS: Final[dict[str, str]] = {
    "famille": "f",
    "entourage": "m",
    "foule": "f",
    "opposition": "f",
    "population": "f",
    "défense": "f",
}

#: Plural nouns for groups of people that a "ils"/"elles" may stand for: lowercase -> gender.
GROUP_NOUNS: Final[dict[str, str]] = {
    "habitants": "m",
    "manifestants": "m",
    "voisins": "m",
    "gendarmes": "m",
    "policiers": "m",
    "enquêteurs": "m",
    "témoins": "m",
    "militants": "m",
    "élus": "m",
    "députés": "m",
    "sénateurs": "m",
    "ministres": "m",
    "dirigeants": "m",
    "responsables": "m",
    "experts": "m",
    "chercheurs": "m",
    "syndicats": "m",
    "salariés": "m",
    "employés": "m",
    "parents": "m",
    "enfants": "m",
    "autorités": "f",
    "familles": "f",
    "victimes": "f",
    "sources": "f",
    "organisations": "f",
    "associations": "f",
    "femmes": "f",
    "hommes": "m",
    "gens": "m",
}


#: Plural nouns of kin before a surname (« les frères Kouachi », « les époux Balkany »): the members
#: of one family taken together, with the gender of the « ils » / « elles » that stands for them.
FAMILY_PLURALS: Final[dict[str, str]] = {
    "frères": "m", "sœurs": "f", "soeurs": "f", "époux": "m", "jumeaux": "m", "jumelles": "f",
    "cousins": "m", "cousines": "f",
}  # fmt: skip


#: Nouns of someone's counterpart: with a possessive (« son homologue », « son adversaire »), the
#: other party of the one the possessive stands for, never that one (common French; the nouns of
#: the relation in the press's reports of meetings, debates and matches).
COUNTERPART_NOUNS: Final[frozenset[str]] = frozenset(
    {"homologue", "adversaire", "rival", "rivale", "interlocuteur", "interlocutrice"}
)


#: Adjectives set before a role noun that tell its gender where an elided article does not and
#: the noun is of either gender (« l'ancien ministre », « l'actuelle secrétaire d'État »).
GENDERED_ADJECTIVES: Final[dict[str, str]] = {
    "ancien": "m", "ancienne": "f", "nouvel": "m", "actuel": "m", "actuelle": "f",
    "éternel": "m", "éternelle": "f",
}  # fmt: skip


#: Nouns that describe a person by their tie to another one, named after « de » (« l'allié
#: politique de X », « le successeur de X », « la rivale de X »): never X, and in news, when X
#: is not the one just quoted, the person the text is speaking of (common French).
RELATION_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "allié", "alliée", "successeur", "prédécesseur", "prédécesseure", "rival", "rivale",
        "adversaire", "dauphin", "dauphine", "héritier", "héritière", "mentor", "challenger",
        "challengeuse", "concurrent", "concurrente", "opposant", "opposante", "détracteur",
        "détractrice", "bras droit",
    }
)  # fmt: skip


#: A team's staff, who run it from the touchline (« l'entraîneur », « le sélectionneur », « le
#: technicien » of the sports pages), and its players, named by what they do on the field
#: (« le capitaine », « l'attaquant », « le gardien », « le joueur »), folded: the sports pages
#: never call one person by both, so a coach named before is no « capitaine » taken up after.
TEAM_STAFF_ROLES: Final[frozenset[str]] = frozenset(
    {"entraineur", "entraineuse", "selectionneur", "selectionneuse", "technicien", "technicienne", "coach"}
)
TEAM_PLAYER_ROLES: Final[frozenset[str]] = frozenset(
    {
        "joueur", "joueuse", "capitaine", "gardien", "gardienne", "portier", "buteur", "buteuse",
        "attaquant", "attaquante", "defenseur", "ouvreur", "talonneur", "ailier", "ailiere", "meneur",
        "meneuse", "pivot", "footballeur", "footballeuse", "handballeur", "handballeuse",
        "basketteur", "basketteuse", "rugbyman", "rugbywoman",
    }
)  # fmt: skip

#: Roles of someone who speaks on another's behalf: « le porte-parole » after a quote of X is
#: X's spokesman, not X (when X is the spokesman, the text gives X that title).
PROXY_ROLES: Final[frozenset[str]] = frozenset({"porte-parole", "représentant", "représentante"})


#: The places French news names a ministry by (« le Quai d'Orsay a réagi »), folded, each with
#: the folded words of the portfolio a ministry named in the article must hold to be the one meant.
INSTITUTION_METONYMS: Final[dict[str, tuple[str, ...]]] = {
    "quai d'orsay": ("affaires etrangeres",),
    "bercy": ("economie", "finances", "budget", "comptes publics"),
    "chancellerie": ("justice",),
    "place beauvau": ("interieur",),
    "beauvau": ("interieur",),
    "hotel de brienne": ("armees", "defense"),
    "rue de valois": ("culture",),
    "avenue de segur": ("sante", "solidarites"),
}


#: Words of a department's name that put whoever holds a post in it in a field of roles, folded
#: (the field -> the words): the spokesperson of the ministry of foreign affairs, the secretary
#: of an embassy, are diplomats, whatever their own role noun says (« la porte-parole
#: adjointe du ministère des Affaires étrangères … La diplomate a souligné »).
DEPARTMENT_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    _DIP: ("affaires etrangeres", "diplomatie", "quai d'orsay", "ambassade", "consulat"),
    # « le secrétaire de la Conférence épiscopale du Valmont », « des évêques de Belgique », « le
    # porte-parole du diocèse de Lyon », « du Vatican », « du Saint-Siège »: a churchman
    _REL: ("episcopal", "eveques", "diocese", "vatican", "saint-siege"),
}


def department_fields(folded: str) -> set[str]:
    """The fields (`DEPARTMENT_FIELDS`) the department named in a folded title puts its holder in.

    >>> department_fields("porte-parole du ministere des affaires etrangeres")
    {'diplomacy'}
    >>> department_fields("secretaire de la conference episcopale du valmont")
    {'religion'}
    >>> department_fields("porte-parole du ministere de l'interieur")
    set()
    """
    return {field for field, words in DEPARTMENT_FIELDS.items() if any(w in folded for w in words)}


#: Places that stand for the power seated there, folded (« on estime à l'Élysée », « selon le
#: Kremlin »): a body that speaks, where any other place does not.
SEATS_OF_POWER: Final[frozenset[str]] = frozenset(
    {"elysee", "matignon", "kremlin", "maison blanche", "maison-blanche", "vatican", "quai d'orsay", "bercy"}
)


#: Words French news takes a title up by once the full title is given: its initials (« le
#: président-directeur général du groupe, X » … « le PDG ») and the words of news style for it
#: (« le maire » … « l'édile », « la directrice générale » … « la patronne »); each with the
#: folded titles it stands for.
ROLE_EQUIVALENTS: Final[dict[str, tuple[str, ...]]] = {
    "pdg": ("president-directeur general", "president directeur general"),
    "dg": ("directeur general", "directrice generale"),
    "drh": ("directeur des ressources humaines", "directrice des ressources humaines"),
    "edile": ("maire",),
    "patron": ("president-directeur general", "directeur general", "pdg", "president du directoire"),
    "patronne": ("presidente-directrice generale", "directrice generale", "pdg", "presidente du directoire"),
    # a member of the Swiss Federal Council heads a department: the press calls them minister
    # (« le conseiller fédéral Paul Roux … Le ministre des finances a précisé »)
    "ministre": ("conseiller federal", "conseillere federale"),
    # the press calls the pope « le pontife » or « le souverain pontife »
    "pontife": ("pape",),
}


#: Role nouns that a rank word before them makes another office, folded: (rank, noun). « Le
#: Premier ministre » heads a government and holds no ministry of his own, so « le ministre »
#: (« de l'Intérieur », « hongrois ») is someone else, and « la Première ministre » no minister of
#: a portfolio named before. From French usage: the Constitution's « Premier ministre » beside the
#: « ministres » he proposes (articles 8 and 21).
RANKED_OFFICES: Final[frozenset[tuple[str, str]]] = frozenset(
    {("premier", "ministre"), ("premiere", "ministre")}
)

#: Role nouns that the qualifier after them makes different offices, folded, with those
#: qualifiers: « le secrétaire général » (of a party, a union, the UN) is not « le secrétaire
#: d'État » (a junior minister, or the US foreign minister), though both are « secrétaire ».
QUALIFIED_OFFICES: Final[dict[str, frozenset[str]]] = {
    "secretaire": frozenset({"general", "generale", "d'etat"}),
}

#: Periphrases of a ranked office (:data:`RANKED_OFFICES`), folded, with its role noun: « le chef
#: du gouvernement » and « le locataire de Matignon » (the Prime Minister's residence) are « le
#: Premier ministre », never a minister of a portfolio.
RANKED_OFFICE_PERIPHRASES: Final[dict[str, str]] = {
    "chef du gouvernement": "ministre",
    "cheffe du gouvernement": "ministre",
    "locataire de matignon": "ministre",
    "hote de matignon": "ministre",
}


#: Words French news names the head of an organisation by, whatever their title (« le chef de
#: l'Union » for its « secrétaire général », « la patronne de la fédération » for its
#: « présidente »), folded; and the folded titles of a head they take up, when the same
#: organisation follows both. From French news style (« le chef de l'ONU », « le patron de la
#: CGT », « la dirigeante du parti »).
HEAD_WORDS: Final[frozenset[str]] = frozenset(
    {"chef", "cheffe", "patron", "patronne", "dirigeant", "dirigeante"}
)
HEAD_TITLES: Final[frozenset[str]] = frozenset(
    {
        "secretaire general",
        "secretaire generale",
        "president",
        "presidente",
        "directeur",
        "directrice",
        "directeur general",
        "directrice generale",
        # the head of an office or a high commission (« le commissaire général de l'Agence »,
        # « la haute-commissaire aux réfugiés »), not « le commissaire » alone, a rank or a seat
        "commissaire general",
        "commissaire generale",
        "haut-commissaire",
        "haute-commissaire",
        "chef",
        "cheffe",
        "patron",
        "patronne",
        "dirigeant",
        "dirigeante",
    }
)


#: Periphrases French news takes a title up by, with the role they stand for: the prefect is
#: « le représentant de l'État » in the département.
ROLE_PERIPHRASES: Final[dict[str, str]] = {
    "représentant de l'État": "préfet",
    "représentante de l'État": "préfète",
    "représentant de l'État dans le département": "préfet",
    "représentante de l'État dans le département": "préfète",
    "locataire de l'Élysée": "président",
    "locataire de Matignon": "ministre",
    # the head of government is the Premier ministre (`RANKED_OFFICE_PERIPHRASES`)
    "chef du gouvernement": "ministre",
    "cheffe du gouvernement": "ministre",
    "chef de l'État": "président",
    # « le chef d'État », one head of state among others, is that head too
    "chef d'État": "président",
    "cheffe d'État": "présidente",
    # the first of a body or a country: its leader, whatever the post (« le numéro un polonais »)
    "numéro un": "responsable",
    # rugby positions in two words: the player who holds them
    "première ligne": "rugbyman",
    "deuxième ligne": "rugbyman",
    "troisième ligne": "rugbyman",
    "demi de mêlée": "rugbyman",
    "demi d'ouverture": "rugbyman",
    "cheffe de l'État": "présidente",
    "locataire de Bercy": "ministre",
    "locataire de la Maison-Blanche": "président",
    "locataire de la Maison Blanche": "président",
    "hôte de l'Élysée": "président",
    "premier magistrat de la ville": "maire",
    "première magistrate de la ville": "maire",
    # the mayor is the first magistrate of the commune: never a judge
    "premier magistrat": "maire",
    "première magistrate": "maire",
    "premier magistrat de la commune": "maire",
    "première magistrate de la commune": "maire",
    # who runs a business: « l'homme d'affaires », « la femme d'affaires »
    "homme d'affaires": "entrepreneur",
    "femme d'affaires": "entrepreneuse",
    "avocat général": "magistrat",
    "avocate générale": "magistrate",
    "chef du parquet": "procureur",
    "cheffe du parquet": "procureure",
    "chef de la diplomatie": "ministre",
    # the interior minister heads the police: « le premier policier de France », « le premier flic
    # de France » in news style
    "premier policier de France": "ministre",
    "premier flic de France": "ministre",
    "première policière de France": "ministre",
    "cheffe de la diplomatie": "ministre",
    # the keeper of the seals is the minister of justice (« la garde des Sceaux »)
    "garde des Sceaux": "ministre",
}


def role_noun(word: str) -> str:
    """A lowercase word without the prefix of a former holder, as French writes it before a role
    (« ex-président » → « président », « ex-chef » → « chef »).

    >>> role_noun("ex-ministre"), role_noun("expert")
    ('ministre', 'expert')
    """
    return word.removeprefix("ex-") if word.startswith("ex-") and len(word) > 5 else word


#: The roles spelled without the circumflex on « i » and « u », as the 1990 rectifications of
#: French spelling allow (Conseil supérieur de la langue française, *Les rectifications de
#: l'orthographe*, 1990): « entraineur », « maitre » are « entraîneur », « maître ».
_WITHOUT_CIRCUMFLEX: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    key.replace("î", "i").replace("û", "u"): value
    for key, value in ROLE_NOUNS.items()
    if "î" in key or "û" in key
}
#: The feminine in « -eure » of a role in « -eur », as Quebec, Switzerland, Belgium and now the
#: Académie française write it (« la chercheure », « la défenseure des droits »; the Académie's
#: 2019 report on the feminine of the names of trades and offices).
_FEMININE_IN_EURE: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    key + "e": ("f", value[1]) for key, value in ROLE_NOUNS.items() if key.endswith("eur")
}


def _listed_role(key: str) -> tuple[str, tuple[str, ...]] | None:
    """The role of a lowercase singular noun as listed, or in a spelling French allows for it."""
    return ROLE_NOUNS.get(key) or _FEMININE_IN_EURE.get(key) or _WITHOUT_CIRCUMFLEX.get(key)


@functools.lru_cache(maxsize=1 << 16)  # asked of every word of every text: the lexicon is fixed
def role_of(noun: str) -> tuple[str, tuple[str, ...]] | None:
    """``(gender, domains)`` of a person-role noun, singular or plural; ``None`` if not a role.

    >>> role_of("Diplomates")
    ('', ('diplomacy',))
    >>> role_of("sous-préfète")
    ('f', ('government', 'police'))
    """
    key = noun.lower().replace("’", "'")
    found = _listed_role(key)
    if found is None and len(key) > 3 and key[-1] in "sx":
        found = _listed_role(key[:-1])
    if found is None and "-" in key.strip("-") and " " not in key.strip():
        # « président-directeur », « ex-ministre », « sous-préfète »: the role of a part of one
        # word, never of a phrase (« le procureur de Val-le-Duc » holds « duc » in a town's name)
        for part in key.split("-"):
            found = role_of(part) if len(part) > 2 else None
            if found is not None:
                break
    return found


@functools.lru_cache(maxsize=1 << 16)
def group_gender(noun: str) -> str | None:
    """The gender of the « ils » / « elles » a plural noun of people stands for: a listed group
    noun (« les habitants »), or the plural of a role (« les délégués », « les infirmières »: a
    role held by several is a group of people); ``None`` for any other word.

    >>> group_gender("délégués"), group_gender("infirmières"), group_gender("délégué")
    ('m', 'f', None)
    """
    key = noun.lower().replace("’", "'")
    if key in GROUP_NOUNS:
        return GROUP_NOUNS[key]
    if len(key) < 4 or key[-1] not in "sx" or key in ROLE_NOUNS:
        return None
    found = ROLE_NOUNS.get(key[:-1])
    if found is None or "kin" in found[1]:
        return None  # « les frères Kouachi », « les fils »: a family's members, or someone's
    return found[0] or "m"


#: Adjectives of nationality or place whose ending does not look adjectival by itself (most end
#: in -ais, -ien, -ain, -ois, -an, -ique and need no listing): "le Conseil de sécurité kirghiz".
IRREGULAR_DEMONYMS: Final[frozenset[str]] = frozenset(
    {
        "azéri",
        "azerbaïdjanais",
        "arabe",
        "basque",
        "belge",
        "breton",
        "bretonne",
        "catalan",
        "corse",
        "croate",
        "finnois",
        "grec",
        "grecque",
        "kazakh",
        "kazakhe",
        "khmer",
        "kirghiz",
        "kirghize",
        "kurde",
        "letton",
        "lettone",
        "malgache",
        "ouzbek",
        "ouzbèke",
        "russe",
        "serbe",
        "slovaque",
        "slovène",
        "suisse",
        "tadjik",
        "tadjike",
        "tchèque",
        "turc",
        "turque",
        "turkmène",
        "yéménite",
        "zaïrois",
    }
)


def _with_feminines(masculines: str) -> frozenset[str]:
    """Each masculine form with its feminine (« italien » / « italienne », « allemand » / « allemande »)."""
    forms: set[str] = set()
    for word in masculines.split():
        forms.add(word)
        if word.endswith("e"):
            continue
        forms.add(word + ("ne" if word.endswith("en") else "e"))
    return frozenset(forms)


#: Nationalities, which written with a capital name a person (« l'Allemand Konrad von
#: Hallberg », « la Slovène Tina Trstenjak »): the common ones of the press, with the irregular
#: forms above.
NATIONALITY_NOUNS: Final[frozenset[str]] = IRREGULAR_DEMONYMS | _with_feminines(
    """
    allemand américain français anglais britannique italien espagnol portugais chinois japonais
    ukrainien polonais néerlandais suédois norvégien danois autrichien hongrois roumain bulgare
    canadien québécois mexicain brésilien argentin australien indien iranien irakien syrien
    libanais israélien palestinien égyptien algérien marocain tunisien sénégalais malien ivoirien
    camerounais sud-africain nigérian kényan éthiopien coréen sud-coréen nord-coréen vietnamien
    afghan pakistanais irlandais écossais gallois jamaïcain cubain colombien chilien vénézuélien
    péruvien géorgien arménien biélorusse lituanien estonien finlandais islandais luxembourgeois
    monégasque chypriote maltais saoudien jordanien libyen soudanais somalien congolais gabonais
    togolais béninois guinéen haïtien thaïlandais indonésien philippin néo-zélandais taïwanais
    kosovar macédonien monténégrin bosnien albanais moldave qatari émirati koweïtien
    uruguayen paraguayen bolivien équatorien costaricien panaméen hondurien guatémaltèque
    salvadorien nicaraguayen dominicain portoricain mongol népalais bangladais sri-lankais birman
    cambodgien laotien malaisien singapourien omanais bahreïni mauritanien nigérien burkinabé
    tchadien centrafricain rwandais burundais ougandais tanzanien zambien zimbabwéen mozambicain
    angolais namibien mauricien ghanéen libérien sierra-léonais gambien cap-verdien érythréen
    djiboutien comorien tchétchène ossète
    """
)


#: Countries by their French names, each with its nationality's adjective in
#: :data:`NATIONALITY_NOUNS` (« le président du Nigeria » holds a Nigerian post, as « le président
#: nigérian » does). From the list of states and their demonyms of the Commission nationale de
#: toponymie (« Liste des pays et des capitales du monde »), for the nationalities above.
COUNTRY_NATIONALITIES: Final[dict[str, str]] = {
    "Allemagne": "allemand", "États-Unis": "américain", "France": "français", "Angleterre": "anglais",
    "Royaume-Uni": "britannique", "Italie": "italien", "Espagne": "espagnol", "Portugal": "portugais",
    "Chine": "chinois", "Japon": "japonais", "Ukraine": "ukrainien", "Pologne": "polonais",
    "Pays-Bas": "néerlandais", "Suède": "suédois", "Norvège": "norvégien", "Danemark": "danois",
    "Autriche": "autrichien", "Hongrie": "hongrois", "Roumanie": "roumain", "Bulgarie": "bulgare",
    "Canada": "canadien", "Québec": "québécois", "Mexique": "mexicain", "Brésil": "brésilien",
    "Argentine": "argentin", "Australie": "australien", "Inde": "indien", "Iran": "iranien",
    "Irak": "irakien", "Syrie": "syrien", "Liban": "libanais", "Israël": "israélien",
    "Palestine": "palestinien", "Égypte": "égyptien", "Algérie": "algérien", "Maroc": "marocain",
    "Tunisie": "tunisien", "Sénégal": "sénégalais", "Mali": "malien", "Côte d'Ivoire": "ivoirien",
    "Cameroun": "camerounais", "Afrique du Sud": "sud-africain", "Nigeria": "nigérian",
    "Kenya": "kényan", "Éthiopie": "éthiopien", "Corée du Sud": "sud-coréen",
    "Corée du Nord": "nord-coréen", "Vietnam": "vietnamien", "Afghanistan": "afghan",
    "Pakistan": "pakistanais", "Irlande": "irlandais", "Écosse": "écossais", "Jamaïque": "jamaïcain",
    "Cuba": "cubain", "Colombie": "colombien", "Chili": "chilien", "Venezuela": "vénézuélien",
    "Pérou": "péruvien", "Géorgie": "géorgien", "Arménie": "arménien", "Biélorussie": "biélorusse",
    "Lituanie": "lituanien", "Estonie": "estonien", "Finlande": "finlandais", "Islande": "islandais",
    "Luxembourg": "luxembourgeois", "Monaco": "monégasque", "Chypre": "chypriote", "Malte": "maltais",
    "Arabie saoudite": "saoudien", "Jordanie": "jordanien", "Libye": "libyen", "Soudan": "soudanais",
    "Somalie": "somalien", "Congo": "congolais", "Gabon": "gabonais", "Togo": "togolais",
    "Bénin": "béninois", "Guinée": "guinéen", "Haïti": "haïtien", "Thaïlande": "thaïlandais",
    "Indonésie": "indonésien", "Philippines": "philippin", "Nouvelle-Zélande": "néo-zélandais",
    "Taïwan": "taïwanais", "Kosovo": "kosovar", "Macédoine du Nord": "macédonien",
    "Monténégro": "monténégrin", "Bosnie-Herzégovine": "bosnien", "Albanie": "albanais",
    "Moldavie": "moldave", "Qatar": "qatari", "Émirats arabes unis": "émirati", "Koweït": "koweïtien",
    "Uruguay": "uruguayen", "Paraguay": "paraguayen", "Bolivie": "bolivien", "Équateur": "équatorien",
    "Costa Rica": "costaricien", "Panama": "panaméen", "Honduras": "hondurien",
    "Guatemala": "guatémaltèque", "Salvador": "salvadorien", "Nicaragua": "nicaraguayen",
    "République dominicaine": "dominicain", "Mongolie": "mongol", "Népal": "népalais",
    "Bangladesh": "bangladais", "Sri Lanka": "sri-lankais", "Birmanie": "birman",
    "Cambodge": "cambodgien", "Laos": "laotien", "Malaisie": "malaisien", "Singapour": "singapourien",
    "Oman": "omanais", "Bahreïn": "bahreïni", "Mauritanie": "mauritanien", "Niger": "nigérien",
    "Burkina Faso": "burkinabé", "Tchad": "tchadien", "Centrafrique": "centrafricain",
    "Rwanda": "rwandais", "Burundi": "burundais", "Ouganda": "ougandais", "Tanzanie": "tanzanien",
    "Zambie": "zambien", "Zimbabwe": "zimbabwéen", "Mozambique": "mozambicain", "Angola": "angolais",
    "Namibie": "namibien", "Maurice": "mauricien", "Ghana": "ghanéen", "Liberia": "libérien",
    "Sierra Leone": "sierra-léonais", "Gambie": "gambien", "Cap-Vert": "cap-verdien",
    "Érythrée": "érythréen", "Djibouti": "djiboutien", "Comores": "comorien",
    "Tchétchénie": "tchétchène",
}  # fmt: skip


#: Endings of the names of a town's or region's inhabitants (« la Bruxelloise », « le Lyonnais »,
#: « la Parisienne », « la Toulousaine »); not « -ien » or « -in », which end given names.
_DEMONYM_ENDINGS = ("ois", "oise", "ais", "aise", "ienne", "éenne", "aine")


def looks_like_demonym(word: str) -> bool:
    """Whether a capitalised word has the shape of an inhabitant's name (« Bruxelloise »,
    « Marseillais »), which after « le » / « la » describes a person rather than naming one.

    A place's common noun capitalised in its name is none (« le Palais royal a annoncé », the
    palace speaking for the crown, `NAMED_AFTER_PEOPLE`).

    >>> looks_like_demonym("Bruxelloise"), looks_like_demonym("Julien"), looks_like_demonym("Palais")
    (True, False, False)
    """
    return (
        len(word) > 5
        and word[:1].isupper()
        and word[1:].islower()
        and word.endswith(_DEMONYM_ENDINGS)
        and word.lower() not in NAMED_AFTER_PEOPLE
    )


#: Nouns that say of someone only that they are a person: a definite one (« l'homme », « la
#: jeune femme », « l'homme de 87 ans ») takes up someone the text speaks of, as a pronoun would,
#: with the noun's gender; an indefinite one (« un homme ») brings in someone new.
PERSON_NOUNS: Final[dict[str, str]] = {"homme": "m", "femme": "f"}


#: Nouns of a person's age by decade (« le quinquagénaire » is someone aged 50 to 59), each with
#: the youngest and oldest age it covers.
AGE_NOUNS: Final[dict[str, tuple[int, int]]] = {
    "trentenaire": (30, 39),
    "quadragénaire": (40, 49),
    "quinquagénaire": (50, 59),
    "sexagénaire": (60, 69),
    "septuagénaire": (70, 79),
    "octogénaire": (80, 89),
    "nonagénaire": (90, 99),
    "centenaire": (100, 120),
}


def nationality_gender(noun: str, article: str) -> str:
    """The gender a nationality noun gives the person it describes: its article's (« la
    Slovène »), else its own form (« l'Allemande » is a woman, « l'Allemand » a man); "" if unsure.

    >>> nationality_gender("Allemande", "l'"), nationality_gender("Slovène", "la")
    ('f', 'f')
    """
    if article in {"le", "la"}:
        return "m" if article == "le" else "f"
    word = noun.lower()
    if word.endswith("e") and word[:-1] in NATIONALITY_NOUNS:
        return "f"
    if word + "e" in NATIONALITY_NOUNS or word + "ne" in NATIONALITY_NOUNS:
        return "m"
    return ""


#: Role nouns general enough to describe a person first named with a more specific role of the
#: same domain: "le haut diplomate" for "le secrétaire d'État", "le chef de l'État" for "le
#: président". A specific role ("le major", "le baron") only matches the same role noun.
HYPERNYM_ROLES: Final[frozenset[str]] = frozenset(
    {
        "diplomate",
        "chef",
        "cheffe",
        "responsable",
        "dirigeant",
        "dirigeante",
        "élu",
        "élue",
        "officiel",
        "officielle",
        "magistrat",
        "magistrate",
        "militaire",
        "leader",
        "représentant",
        "représentante",
        "émissaire",
        "envoyé",
        "envoyée",
        "négociateur",
        "négociatrice",
        "religieux",
        "prélat",
        "monarque",
        "athlète",
        "sportif",
        "sportive",
        "scientifique",
        "officier",
        "policier",
        "policière",
        "artiste",
        "homme",
        "femme",
        "fonctionnaire",
    }
)

#: Nouns that name a place with the capitalised word after them: "rue Montorgueil", "place
#: Vendôme", "hôtel Drouot". The name that follows is a place, never a speaker.
PLACE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "rue",
        "avenue",
        "boulevard",
        "place",
        "quai",
        "pont",
        "impasse",
        "allée",
        "route",
        "chemin",
        "quartier",
        "square",
        "passage",
        "faubourg",
        "église",
        "cathédrale",
        "hôtel",
        "cours",
        "porte",
        "gare",
        "musée",
        "lycée",
        "collège",
        "château",
        "île",
        "mont",
        "lac",
        "cap",
        "golfe",
        "océan",
        "mer",
        "fleuve",
        "rivière",
        "vallée",
        "forêt",
        "stade",
        "aéroport",
        "port",
        "village",
        "ville",
        "région",
        "province",
        "département",
        "canton",
        "commune",
    }
)


#: Nouns of places and institutions that are named after people: « le lycée Victor-Hugo »,
#: « l'hôpital Georges-Pompidou », « l'université Jean-Moulin ». The name after them is the
#: place's, even when it opens on a given name.
NAMED_AFTER_PEOPLE: Final[frozenset[str]] = PLACE_NOUNS | frozenset(
    {
        "université", "hôpital", "école", "institut", "clinique", "faculté", "campus",
        "bibliothèque", "médiathèque", "théâtre", "parc", "jardin", "hospice", "palais", "prison",
        "caserne", "fondation",
    }
)  # fmt: skip


def speaking_noun(word: str) -> bool:
    """Whether a lowercase noun names someone who can speak: a role, an organisation, a group.

    >>> speaking_noun("sélectionneur"), speaking_noun("syndicat"), speaking_noun("projet")
    (True, True, False)
    """
    return (
        role_of(word) is not None
        or word in ORGANISATION_NOUNS
        or word in GROUP_NOUNS
        or word in SINGULAR_GROUPS
    )
