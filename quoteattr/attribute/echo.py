"""A source named in the sentence after the quote, by a cleft that points back at it.

French news often gives the words first and their source in the next sentence: « … ». C'est ce
qu'a annoncé le président de la Région, X. / C'est ce qu'ont déclaré les témoins. The cleft
*c'est ce que* + a speech verb takes the whole sentence before it as what was said, so a quote
that ends that sentence is the speaker's. Read from the surface (the sentence after a quote is
seldom parsed): the cleft, an optional auxiliary and adverb, a speech verb form
(:func:`~quoteattr.lang.fr.verbs.lemma_of`), an aside between commas (« C'est ce qu'a expliqué,
la voix étranglée, X »), then the source up to the next comma or full stop.

>>> text = "Il faut « revoir les objectifs ». C'est ce qu'a annoncé hier Gustave Marmillod."
>>> found = cleft_after(text, text.index("»") + 1)
>>> found.cue, text[found.mention.span.start : found.mention.span.end]
('annoncer', 'Gustave Marmillod')
"""

from __future__ import annotations

import regex

from quoteattr.attribute.mentions import Mention, MentionKind
from quoteattr.attribute.names import has_name
from quoteattr.attribute.rules import Attribution
from quoteattr.attribute.rules.verbs import AUXILIARY_FORMS, SE_FORMS
from quoteattr.lang.fr.cues import CLEFT_ADVERBS, CLEFT_OPENER, MANNER_CLEFT_OPENER, SPEECH_NOUNS
from quoteattr.lang.fr.pronouns import pronoun_features
from quoteattr.lang.fr.verbs import REPORTING_VERBS, lemma_of
from quoteattr.model import Span

__all__ = ["CLEFT_CONFIDENCE", "cleft_after"]

#: How sure the cleft rule is: the construction is unambiguous, the source's extent is read
#: from the surface.
CLEFT_CONFIDENCE = 0.8

#: Adverbs of time and manner that may stand around the verb ("a annoncé hier", "a notamment dit").
_ADVERB = (
    r"(?:\p{Ll}+ment|aujourd['’]hui|hier|ce[ \t\u00a0\u202f]+(?:matin|soir)|(?:lundi|mardi|mercredi"
    r"|jeudi|vendredi|samedi|dimanche|hier)(?:[ \t\u00a0\u202f]+(?:matin|soir|après-midi))?"
    # « la semaine dernière », « le mois dernier », « la veille »: a time, not the source
    r"|(?:la|le|l['’])[ \t\u00a0\u202f]*(?:semaine|mois|veille|week-end|année)"
    r"(?:[ \t\u00a0\u202f]+(?:dernière|dernier|passée|passé))?)"
    r"[ \t\u00a0\u202f]+"
)
#: A verb that carries the speech verb after it: « a tenu à souligner », « a voulu rappeler ».
_CARRIER = r"(?:(?:tenu|tenue|tenus|tenues)[ \t\u00a0\u202f]+à|voulu|souhaité)[ \t\u00a0\u202f]+"
#: A capitalised word of a name (« Didier », « Hoffmann », « Saint-Pierre »).
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’-]+"
_CLEFT = regex.compile(
    # the end of the quote's sentence, or a comma; or of its paragraph, the cleft opening the next
    r"[ \t\u00a0\u202f]*[.!?…,]?(?:[ \t\u00a0\u202f]*\n){0,2}[ \t\u00a0\u202f]*"
    rf"(?:{CLEFT_OPENER}|Ainsi[ \t\u00a0\u202f]+(?:s['’][ \t\u00a0\u202f]*)?)"  # « Ainsi a réagi X »
    r"(?:(?:a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient)[ \t\u00a0\u202f]+)?"  # the auxiliary
    rf"(?:{_ADVERB})*"
    rf"(?:{_CARRIER})?"
    r"(?P<verb>\p{Ll}+)[ \t\u00a0\u202f]*"
    # an aside of manner or time between commas: « a expliqué, la voix étranglée, X »
    r"(?:,[ \t\u00a0\u202f]*\p{Ll}[^,.;:!?«»\n]{0,40},[ \t\u00a0\u202f]*)?"
    rf"(?<=[ \t\u00a0\u202f])(?:{_ADVERB})*"
    r"(?P<source>[^,.;:!?«»\n]{2,80}?"
    # a name apposed to a description: « le commandant des secours, le colonel Didier Hoffmann »
    r"(?:,[ \t\u00a0\u202f]+(?:(?:le|la|l['’])[ \t\u00a0\u202f]*\p{Ll}+[ \t\u00a0\u202f]+)?"
    rf"{_NAME_WORD}(?:[ \t\u00a0\u202f]+{_NAME_WORD})+)?)"
    r"[ \t\u00a0\u202f]*(?=[,.;:!?\n]|$)"
)
_ARTICLE = regex.compile(r"(?i)(?:le|la|les|l['’]|un|une|des)\b")


#: A preposition that opens the verb's adverbial after its inverted subject (« C'est ce qu'a dit
#: le ministre *devant* les syndicats »); a description's own complements take « de ».
_ADVERBIAL = regex.compile(
    r"[ \t\u00a0\u202f]+(?:devant|après|avant|lors|pendant|durant|dans|sur|sous|en|à|au|aux|avec|"
    r"par|pour|face|depuis|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b"
)


def _before_adverbial(source: str) -> str:
    """``source`` up to the preposition that opens the verb's adverbial, if any: « le ministre
    devant les syndicats » is « le ministre »; « le chef des secours » stays whole."""
    cut = _ADVERBIAL.search(source)
    return source if cut is None else source[: cut.start()]


_MANNER = regex.compile(r"[ \t\u00a0\u202f]*[.!?…:,]?[ \t\u00a0\u202f]*" + MANNER_CLEFT_OPENER)
_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")
#: Auxiliaries and reflexive clitics between the subject of a cleft of manner and its verb.
_VERB_GROUP = AUXILIARY_FORMS | SE_FORMS | {"s'est", "s’est", "s'était", "s’était"}
#: The clefts of manner that name the words themselves: « en ces termes », « par ces mots »,
#: « avec ces mots », « sur ces paroles ».
_NAMES_WORDS = regex.compile(
    r"(?:en|par|avec|sur)[ \t\u00a0\u202f]+ces[ \t\u00a0\u202f]+(?:termes|mots|paroles)"
)
#: What ends the clause a cleft of manner's subject and verb are read in.
_CLAUSE_STOP = regex.compile(r"[,.;:!?«»\n]")


#: A name apposed between commas: « , Paul Girard, ».
_APPOSED_NAME = regex.compile(
    rf"[ \t\u00a0\u202f]*{_NAME_WORD}(?:[ \t\u00a0\u202f]+{_NAME_WORD})*[ \t\u00a0\u202f]*,"
)


def cleft_after(text: str, end: int) -> Attribution | None:
    """The attribution a cleft right after offset ``end`` (a quote's closing mark) gives, or
    ``None``. The mention has no parse (``sentence`` -1): the resolver reads it from the text.
    « Ainsi a réagi X » reads as « C'est ce qu'a dit X »; the sentence after may also take up the
    words as its object (« X a lancé cet avertissement »)."""
    found = _CLEFT.match(text, end)
    if found is None:
        return _manner_cleft(text, end) or _words_taken_up(text, end) or _named_by_noun(text, end)
    lemma = lemma_of(found["verb"], found["verb"])
    if lemma not in REPORTING_VERBS:
        return None
    source = _before_adverbial(found["source"])
    if not (has_name(source) or _ARTICLE.match(source)):
        return None  # "c'est ce qu'a annoncé hier soir": no source named
    span = Span(found.start("source"), found.start("source") + len(source), source=text)
    kind = MentionKind.NAME if has_name(source) else MentionKind.DESCRIPTION
    return _named_after(text, span, kind, found.start("verb"), found.end("verb"), lemma)


def _manner_cleft(text: str, end: int) -> Attribution | None:
    """« « … » : c'est en ces termes que le maire a réagi », « C'est ainsi que X s'est exprimé »:
    the cleft of manner names the quote's source as its subject, before a speech verb (an
    auxiliary or a reflexive clitic between), a name apposed to it between commas (« c'est ainsi
    que le maire, Paul Girard, a résumé »), a description apposed to a name or an aside after
    the subject (« c'est ainsi que Paul Girard, maire de Lyon, a résumé », « que le maire, très
    ému, a résumé »); ``None`` for any other sentence."""
    opened = _MANNER.match(text, end)
    if opened is None:
        return None
    stop = _CLAUSE_STOP.search(text, opened.end())
    while stop is not None and stop.group() == ",":
        apposed = _APPOSED_NAME.match(text, stop.end())  # « le maire, Paul Girard, a résumé »
        if apposed is None:
            break
        stop = _CLAUSE_STOP.search(text, apposed.end())
    limit = len(text) if stop is None else stop.start()
    words = list(_WORD.finditer(text, opened.end(), limit))
    for k, word in enumerate(words[1:], start=1):
        lemma = lemma_of(word.group(), word.group())
        if word.group().islower() and lemma in REPORTING_VERBS:
            return _manner_source(text, words[:k], word, lemma)
    naming = _NAMES_WORDS.search(opened.group())
    if naming is not None:
        # « c'est par ces mots que Léa Martin a ouvert le meeting »: the cleft itself says the
        # words are the subject's, whatever its verb (an auxiliary and its participle after it);
        # the cue is the cleft's own phrase
        cue = " ".join(naming.group().split())
        for k, word in enumerate(words[1:-1], start=1):
            if word.group() in _VERB_GROUP and words[k + 1].group().islower():
                return _manner_source(text, words[:k], words[k + 1], cue)
    if stop is None or stop.group() != "," or not words:
        return None
    closing = _CLAUSE_STOP.search(text, stop.end())  # a description or an aside between commas
    if closing is None or closing.group() != ",":
        return None
    after = _CLAUSE_STOP.search(text, closing.end())
    tail = list(_WORD.finditer(text, closing.end(), len(text) if after is None else after.start()))
    verb = next((w for w in tail if w.group().lower() not in _VERB_GROUP), None)
    if verb is None or not verb.group().islower():
        return None
    lemma = lemma_of(verb.group(), verb.group())
    return _manner_source(text, words, verb, lemma) if lemma in REPORTING_VERBS else None


def _manner_source(
    text: str, subject: list[regex.Match[str]], verb: regex.Match[str], lemma: str
) -> Attribution | None:
    """The attribution of a cleft of manner whose subject's words are ``subject`` (auxiliaries
    and clitics at its end dropped) and whose speech verb is ``verb``."""
    while subject and subject[-1].group().lower() in _VERB_GROUP:
        subject.pop()
    if not subject:
        return None
    span = Span(subject[0].start(), subject[-1].end(), source=text)
    written = span.text_in(text)
    if pronoun_features(written) is not None:
        kind = MentionKind.PRONOUN
    elif has_name(written):
        kind = MentionKind.NAME
    elif _ARTICLE.match(written):
        kind = MentionKind.DESCRIPTION
    else:
        return None
    return _named_after(text, span, kind, verb.start(), verb.end(), lemma)


#: The sentence after a quote that takes its words up as its object, its subject first: « X a
#: lancé cet avertissement », « Paul Roux a prononcé ces mots devant les syndicats ».
_TAKEN_UP = regex.compile(
    r"[ \t\u00a0\u202f]*[.!?…]?[ \t\u00a0\u202f]*"
    r"(?P<source>\p{Lu}[^.;:!?«»\n]{1,100}?)[ \t\u00a0\u202f]+"
    r"(?:a|ont|avait|avaient)[ \t\u00a0\u202f]+(?P<verb>\p{Ll}+)[ \t\u00a0\u202f]+"
    r"(?:ce|cet|cette|ces)[ \t\u00a0\u202f]+(?P<noun>\p{Ll}+)\b"
)
#: Verbs that utter words taken up as their object besides the reporting verbs (« lancer un
#: avertissement », « prononcer ces mots », « tenir ces propos »).
_UTTERING_VERBS = frozenset({"lancer", "prononcer", "tenir", "adresser", "écrire", "publier", "employer"})


def _speech_noun(noun: str) -> str | None:
    """The singular of ``noun`` when it names speech (`SPEECH_NOUNS`: « ces mots » → « mot »),
    else ``None``."""
    singular = noun[:-1] if noun.endswith(("s", "x")) and noun not in SPEECH_NOUNS else noun
    return singular if singular in SPEECH_NOUNS else None


def _words_taken_up(text: str, end: int) -> Attribution | None:
    """« « … » Le ministre, Hugo Belleville, a lancé cet avertissement lundi. »: the sentence
    right after the quote whose verb utters a demonstrative speech noun (« cet avertissement »,
    « ces mots », « ces propos ») names the quote's source as its subject; ``None`` otherwise."""
    found = _TAKEN_UP.match(text, end)
    if found is None:
        return None
    singular = _speech_noun(found["noun"])
    if singular is None:
        return None
    lemma = lemma_of(found["verb"], found["verb"])
    if lemma not in REPORTING_VERBS and lemma not in _UTTERING_VERBS:
        return None
    source = found["source"].rstrip(" ,\t\u00a0\u202f")
    if not (has_name(source) or _ARTICLE.match(source)) or pronoun_features(source) is not None:
        return None  # « Il a lancé cet avertissement »: a pronoun the sentence rules resolve better
    span = Span(found.start("source"), found.start("source") + len(source), source=text)
    kind = MentionKind.NAME if has_name(source) else MentionKind.DESCRIPTION
    return _named_after(text, span, kind, found.start("verb"), found.end("verb"), lemma)


#: « « … » : c'est le cri d'alarme lancé par X », « « … », tel est le message de X »: a cleft or
#: « tel est » right after the quote, a speech noun and its source after « par » or « de ».
_NOUN_CLEFT = regex.compile(
    r"[ \t\u00a0\u202f]*[.!?…:,]?(?:[ \t\u00a0\u202f]*\n){0,2}[ \t\u00a0\u202f]*"
    r"(?:[Cc]['’]est|[Cc]e[ \t\u00a0\u202f]+sont|[Tt]el(?:le)?s?[ \t\u00a0\u202f]+(?:est|sont|était|étaient)"
    r"|[Vv]oilà)[ \t\u00a0\u202f]+"
    rf"(?:{CLEFT_ADVERBS})?"  # « C'est en substance l'appel de X »
    r"(?:(?:les|le|la|une|un|ces|cette|cet|ce)[ \t\u00a0\u202f]+|l['’][ \t\u00a0\u202f]*)"
    r"(?:(?:premier|première|dernier|dernière|nouveau|nouvel|nouvelle|seul|seule)[ \t\u00a0\u202f]+)?"
    r"(?P<noun>\p{Ll}+)\b(?P<rest>[^.;:!?«»\n]{0,120})"
)
#: Where the source opens after the speech noun: « par » (after a participle) or « de » and its
#: article, or a contraction, before a name or a noun phrase; not a bare noun complement of the
#: speech noun (« le cri d'alarme »).
_NOUN_SOURCE = regex.compile(
    r"\b(?:par[ \t\u00a0\u202f]+|de[ \t\u00a0\u202f]+(?=(?:la|l['’]|M\.|Mme|\p{Lu}))"
    r"|d['’](?=\p{Lu})|(?=(?:du|des)\b))"
)
#: A relative on the speech noun whose subject follows its verb (« le message qu'ont voulu faire
#: passer les grévistes », « l'avertissement qu'a lancé le préfet »): « que », a verb group of a
#: few words in small letters, then the subject, an article or a capital first; not a reflexive
#: verb (« la question que se posent les habitants »: they wonder).
_RELATIVE_SOURCE = regex.compile(
    r"[ \t\u00a0\u202f]*qu(?:e[ \t\u00a0\u202f]+|['’][ \t\u00a0\u202f]*)"
    r"(?!(?:se|s['’])\b)"  # « la question que se posent les habitants »: wondering, no speech
    r"(?:(?!(?:le|la|les|l['’]|un|une|des|ces|son|sa|ses|leur|leurs)\b)\p{Ll}+[ \t\u00a0\u202f]+){1,4}"
    r"(?P<source>(?:le|la|les|l['’]|un|une|des|ces|son|sa|ses|leur|leurs)\b|\p{Lu})"
)
#: « du » and « des », « de » and the article in one word, before the source's noun.
_CONTRACTION = regex.compile(r"(?:du|des)[ \t\u00a0\u202f]+")
#: A name apposed to a source after a comma: « la présidente du syndicat, Marie Leroy ».
_APPOSED_AFTER = regex.compile(rf",[ \t\u00a0\u202f]+{_NAME_WORD}(?:[ \t\u00a0\u202f]+{_NAME_WORD})+")


def _named_by_noun(text: str, end: int) -> Attribution | None:
    """« « … » : c'est le cri d'alarme lancé par les médecins », « « … », tel est le message de
    la présidente, Marie Leroy », « « … » C'est le message qu'ont voulu faire passer les
    grévistes »: right after the quote, a cleft (or « tel est », « voilà ») names the words by a
    speech noun (`SPEECH_NOUNS`) whose source follows « par » or « de » (its apposed name too),
    or is the subject set after the verb of a relative on the noun; ``None`` for any other
    sentence, or a noun that names no speech (« c'est le cas de … »)."""
    found = _NOUN_CLEFT.match(text, end)
    if found is None:
        return None
    singular = _speech_noun(found["noun"])
    if singular is None:
        return None
    relative = _RELATIVE_SOURCE.match(text, found.start("rest"), found.end("rest"))
    if relative is not None:
        # « c'est le message qu'ont voulu faire passer les grévistes »: the relative's subject
        start = relative.start("source")
    else:
        opened = _NOUN_SOURCE.search(text, found.start("rest"), found.end("rest"))
        if opened is None:
            return None
        start = opened.end()
    contraction = _CONTRACTION.match(text, start)  # « des grévistes »: the noun phrase after it
    if contraction is not None:
        start = contraction.end()
    stop = start
    while stop < found.end("rest") and text[stop] != ",":
        stop += 1
    apposed = _APPOSED_AFTER.match(text, stop)
    if apposed is not None:
        stop = apposed.end()
    source = _before_adverbial(text[start:stop].rstrip(" \t\u00a0\u202f"))
    if not source or not (has_name(source) or _ARTICLE.match(source) or source[:1].islower()):
        return None
    span = Span(start, start + len(source), source=text)
    kind = MentionKind.NAME if has_name(source) else MentionKind.DESCRIPTION
    return _named_after(text, span, kind, found.start("noun"), found.end("noun"), singular)


def _named_after(text: str, source: Span, kind: MentionKind, start: int, end: int, lemma: str) -> Attribution:
    """What every reading of this module gives: the source read from the surface at ``source``
    (no parse: the resolver reads it from the text), the speech verb at [start, end)."""
    return Attribution(
        rule="cleft_after",
        confidence=CLEFT_CONFIDENCE,
        cue=lemma,
        cue_span=Span(start, end, source=text),
        mention=Mention(span=source, head=source, kind=kind),
        frame="context",
    )
