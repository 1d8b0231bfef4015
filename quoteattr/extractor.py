"""The public entry point: quotes with their sources, from one call.

>>> from quoteattr import Extractor
>>> ex = Extractor(parser=None).extract("Il a parlé d'un « montage ».")  # detection only
>>> [(q.text, q.speaker) for q in ex.quotes]
[('montage', None)]

With a parser (``"auto"``, ``"spacy"``, ``"stanza"``, ``"conllu"`` or a :class:`Parser`),
each quote also gets its cue, its speaker (resolved to the name the document gives), its final
kind, the rule that decided and a confidence. The model is loaded once, on first use.
"""

from __future__ import annotations

import pickle
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

import attrs

from quoteattr.attribute.engine import attribute
from quoteattr.attribute.gender import describe_speakers
from quoteattr.errors import ConfigurationError, QuoteattrError
from quoteattr.marks import find_quotations
from quoteattr.marks.paragraphs import unwrapped
from quoteattr.model import Diagnostic, Extraction, Quote, QuoteKind
from quoteattr.parse.types import ParsedDoc
from quoteattr.protocols import Parser

__all__ = ["Extractor", "extract", "extract_parsed"]

ParserSpec = str | Parser | None
KindsSpec = Iterable[QuoteKind | str] | None

#: Every kind, the default of ``Extractor(kinds=...)``.
ALL_KINDS: frozenset[QuoteKind] = frozenset(QuoteKind)

#: Diagnostic code for a text whose parse or attribution failed (its quotes are kept, unattributed).
ATTRIBUTION_FAILED = "attribution-failed"
#: Diagnostic code for a text that is not a str inside ``extract_many``.
NOT_A_TEXT = "not-a-text"


def _check_positive(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}: {value!r}")
    if value < 1:
        raise ValueError(f"{name} must be >= 1, got {value}")
    return value


class Extractor:
    """Finds quotes and their sources. The parser model is loaded once, lazily.

    ``parser`` is "auto" | "spacy" | "stanza" | "conllu" | a :class:`Parser` instance | ``None``
    (detection only, no attribution). With "conllu", :meth:`extract` takes a CoNLL-U string and
    works on the text it spells out. ``context`` is how many extra sentences before each quote are
    parsed (0 by default: the resolver reads names from the raw text, and on the dev corpora more
    context made attribution no better and slower); ``elide`` lets the parse layer shorten long
    direct quotes. ``kinds`` selects the kinds returned (default: all of
    :class:`~quoteattr.model.QuoteKind`); without ``QuoteKind.INDIRECT`` no sentence is parsed for
    indirect speech alone, which keeps extraction as cheap as quotes in marks need. Indirect speech
    needs a parser: with ``parser=None`` only quotes in marks are found.

    >>> Extractor(parser=None, kinds=["direct", "partial"]).kinds == {QuoteKind.DIRECT, QuoteKind.PARTIAL}
    True
    >>> Extractor(parser=42)
    Traceback (most recent call last):
    ...
    TypeError: parser must be "auto", "spacy", "stanza", "conllu", a Parser instance or None, got int: 42
    """

    def __init__(
        self, parser: ParserSpec = "auto", *, context: int = 0, elide: bool = True, kinds: KindsSpec = None
    ) -> None:
        if parser is not None and not isinstance(parser, (str, Parser)):
            raise TypeError(
                'parser must be "auto", "spacy", "stanza", "conllu", a Parser instance or None, '
                f"got {type(parser).__name__}: {parser!r}"
            )
        if not isinstance(context, int) or isinstance(context, bool) or context < 0:
            raise TypeError(f"context must be an int >= 0, got {type(context).__name__}: {context!r}")
        if isinstance(parser, str):
            from quoteattr.parse.registry import PARSER_NAMES

            if parser.strip().lower() not in PARSER_NAMES:
                raise ConfigurationError(
                    f"unknown parser {parser!r}: use one of {', '.join(repr(n) for n in PARSER_NAMES)}, "
                    "a Parser instance, or None for detection only"
                )
        self._spec = parser
        self._parser: Parser | None = parser if isinstance(parser, Parser) else None
        self._context = context
        self._elide = bool(elide)
        self._conllu = isinstance(parser, str) and parser.strip().lower() == "conllu"
        self._kinds = _check_kinds(kinds)
        self._indirect = QuoteKind.INDIRECT in self._kinds and parser is not None

    @property
    def kinds(self) -> frozenset[QuoteKind]:
        """The kinds of quote this extractor returns."""
        return self._kinds

    def __repr__(self) -> str:
        return f"Extractor(parser={self._spec!r})"

    @property
    def parser(self) -> Parser | None:
        """The parser backend (built on first access; ``None`` for detection only)."""
        if self._parser is None and self._spec is not None:
            from quoteattr.parse.registry import make_parser

            self._parser = make_parser(self._spec)
        return self._parser

    def extract(self, text: str) -> Extraction:
        """Quotes of ``text`` in text order, with their sources (see the class docstring)."""
        if not isinstance(text, str):
            raise TypeError(f"extract() takes a str, got {type(text).__name__}")
        return self._batch([text])[0]

    def extract_many(
        self, texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1
    ) -> Iterator[Extraction]:
        """One :class:`Extraction` per text, in order, parsing ``batch_size`` texts per parser call.

        A text that cannot be handled (not a str, a parser failure) yields an Extraction with a
        diagnostic instead of stopping the others. With ``n_process`` > 1, batches go to that many
        worker processes, each loading its own model once; at most two batches per worker are in
        flight, so an archive streams through in constant memory, and results come back in input
        order. A :class:`Parser` instance must then be picklable.
        """
        if isinstance(texts, str):
            raise TypeError("extract_many() takes an iterable of texts, got one str: use extract(text)")
        size = _check_positive("batch_size", batch_size)
        workers = _check_positive("n_process", n_process)
        batches = _batched(texts, size)
        if workers == 1:
            for batch in batches:
                yield from self._batch(batch)
            return
        yield from self._extract_in_workers(batches, workers)

    def _extract_in_workers(self, batches: Iterator[list[object]], workers: int) -> Iterator[Extraction]:
        if self._spec is not None and not isinstance(self._spec, str):
            try:
                pickle.dumps(self._spec)
            except Exception as exc:
                raise ConfigurationError(
                    f"n_process={workers} sends the parser to worker processes, but {self._spec!r} cannot be "
                    "pickled: pass the parser by name (parser='spacy'), or use n_process=1"
                ) from exc
        settings = (self._spec, self._context, self._elide, tuple(sorted(self._kinds)))
        with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=settings) as pool:
            in_flight: deque[Future[list[Extraction]]] = deque()
            for batch in batches:
                in_flight.append(pool.submit(_work, batch))
                if len(in_flight) >= 2 * workers:
                    yield from in_flight.popleft().result()
            while in_flight:
                yield from in_flight.popleft().result()

    # -- internals -------------------------------------------------------------------------------

    def _batch(self, texts: Sequence[object]) -> list[Extraction]:
        results: list[Extraction | None] = [None] * len(texts)
        pending: list[tuple[int, str, Extraction, ParsedDoc | None]] = []
        written: dict[int, str] = {}  # the caller's text, where it was read unwrapped
        for i, raw in enumerate(texts):
            if not isinstance(raw, str):
                message = f"expected a str, got {type(raw).__name__}; pass texts as str"
                results[i] = Extraction(text="", diagnostics=(Diagnostic(NOT_A_TEXT, message),))
                continue
            text, preparsed, notes = self._source(raw)
            # a hard-wrapped text is read one line per paragraph; results are into ``text``
            read = text if preparsed is not None else unwrapped(text)
            if read is not text:
                written[i] = text
            detected = find_quotations(read)
            if notes:
                detected = attrs.evolve(detected, diagnostics=(*detected.diagnostics, *notes))
            if self._spec is None or not (detected.quotes or self._may_report(read)):
                name = None if self._spec is None else self._parser_name()
                results[i] = self._select(attrs.evolve(detected, parser=name))
                continue
            pending.append((i, read, detected, preparsed))
        if pending:
            for i, extraction in self._attribute(pending):
                results[i] = extraction
        for i, text in written.items():
            found = results[i]
            if found is not None:
                results[i] = _as_written(found, text)
        return [r if r is not None else Extraction(text="") for r in results]

    def _may_report(self, text: str) -> bool:
        """Whether a text without quotes still has sentences to parse for indirect speech (so a
        text with neither costs no parse, and loads no model)."""
        if not self._indirect:
            return False
        from quoteattr.parse.prepare import select_sentences

        return bool(select_sentences(text, (), context=0, indirect=True))

    def _select(self, extraction: Extraction) -> Extraction:
        """Only the kinds asked for (a kept quote's ``parent`` is re-indexed, or dropped with it)."""
        if self._kinds == ALL_KINDS:
            return extraction
        return attrs.evolve(extraction, quotes=_renumbered(extraction.quotes, self._kinds))

    def _parser_name(self) -> str | None:
        """The backend's full name ("spacy:fr_core_news_md") whether or not it has parsed yet, so a
        text without quotes reads the same in any batch or worker process (the model is not
        loaded for it); the name as given if the backend cannot be built."""
        if self._parser is None and self._spec is not None:
            try:
                return self.parser.name if self.parser is not None else None
            except QuoteattrError:
                pass
        if self._parser is not None:
            return self._parser.name
        return self._spec if isinstance(self._spec, str) else None

    def _source(self, raw: str) -> tuple[str, ParsedDoc | None, tuple[Diagnostic, ...]]:
        """For "conllu", the text a CoNLL-U string spells out and its parse; else the text itself."""
        if not self._conllu:
            return raw, None, ()
        from quoteattr.parse.conllu_backend import read_conllu

        try:
            text, doc = read_conllu(raw)
        except (QuoteattrError, ValueError) as exc:
            return raw, None, (Diagnostic(ATTRIBUTION_FAILED, f"could not read CoNLL-U: {exc}"),)
        return text, doc, ()

    def _attribute(
        self, pending: list[tuple[int, str, Extraction, ParsedDoc | None]]
    ) -> list[tuple[int, Extraction]]:
        docs: list[ParsedDoc | Exception | None] = [doc for _, _, _, doc in pending]
        to_parse = [k for k, doc in enumerate(docs) if doc is None]
        if to_parse and not self._conllu:
            try:
                parser = self.parser
                assert parser is not None
                from quoteattr.parse.prepare import parse_many_for_attribution

                items = [(pending[k][1], pending[k][2].quotes) for k in to_parse]
                try:
                    parsed: Sequence[ParsedDoc | Exception | None] = parse_many_for_attribution(
                        items, parser, context=self._context, elide=self._elide, indirect=self._indirect
                    )
                except QuoteattrError:
                    if len(items) == 1:
                        raise
                    parsed = [self._parse_one(item, parser) for item in items]  # isolate the bad text
            except QuoteattrError as exc:
                if isinstance(exc, (ImportError, ConfigurationError)):
                    raise  # a missing model or a bad setting concerns every text: say so once
                parsed = [exc] * len(to_parse)
            for k, doc in zip(to_parse, parsed, strict=True):
                docs[k] = doc
        out: list[tuple[int, Extraction]] = []
        for (i, text, detected, _), doc in zip(pending, docs, strict=True):
            out.append((i, self._attribute_one(text, detected, doc)))
        return out

    def _parse_one(self, item: tuple[str, Sequence[object]], parser: Parser) -> ParsedDoc | Exception:
        from quoteattr.parse.prepare import parse_for_attribution

        text, quotes = item
        try:
            return parse_for_attribution(
                text,
                quotes,  # type: ignore[arg-type]
                parser,
                context=self._context,
                elide=self._elide,
                indirect=self._indirect,
            )
        except QuoteattrError as exc:
            return exc

    def _attribute_one(
        self, text: str, detected: Extraction, doc: ParsedDoc | Exception | None
    ) -> Extraction:
        name = self._parser_name()
        if not isinstance(doc, ParsedDoc):
            message = f"the quotes were found but not attributed: {doc}" if doc else "no parse was made"
            diagnostic = Diagnostic(ATTRIBUTION_FAILED, message)
            return self._select(
                attrs.evolve(detected, diagnostics=(*detected.diagnostics, diagnostic), parser=name)
            )
        return self._select(_attribute_parsed(text, detected, doc, name, indirect=self._indirect))


def _as_written(extraction: Extraction, text: str) -> Extraction:
    """``extraction``, made on :func:`~quoteattr.marks.paragraphs.unwrapped` text, with every span
    on the caller's ``text`` (the offsets are the same: the line breaks were made spaces)."""
    return Extraction.from_dict({**extraction.to_dict(), "text": text})


def _attribute_parsed(
    text: str, detected: Extraction, doc: ParsedDoc, name: str | None, *, indirect: bool = True
) -> Extraction:
    """``detected`` with its quotes attributed on ``doc``, and (``indirect``) the reported clauses
    found on it, in one text order; a failure becomes a diagnostic."""
    try:
        from quoteattr.attribute.resolve import Resolver

        resolver = Resolver(text, doc)
        if indirect:
            from quoteattr.attribute.discourse import continue_after_clauses, share_clause_speakers
            from quoteattr.attribute.indirect import continue_participles, detect_indirect, resolve_found

            # reported clauses and quotes in marks are resolved in text order: a clause read before
            # a quote makes its source the previous speaker (« X a rappelé que … « … », a-t-elle dit »)
            found = deque(detect_indirect(doc, detected.quotes))
            clauses: list[Quote] = []

            def resolve_before(position: int) -> None:
                while found and found[0].span.start < position:
                    clauses.append(resolve_found(text, found.popleft(), resolver))

            quotes = attribute(text, detected.quotes, doc, resolver, before_each=resolve_before)
            resolve_before(len(text) + 1)
            quotes = share_clause_speakers(_merged(quotes, continue_participles(text, quotes, clauses)))
            quotes = continue_after_clauses(text, quotes)
        else:
            quotes = attribute(text, detected.quotes, doc, resolver)
        quotes, speakers = describe_speakers(text, doc, quotes, resolver.entities())
    except Exception as exc:  # one text's failure must not stop the others: report it on the text
        message = f"attribution failed on this text ({exc!r}); its quotes are kept unattributed"
        diagnostic = Diagnostic(ATTRIBUTION_FAILED, message)
        return attrs.evolve(detected, diagnostics=(*detected.diagnostics, diagnostic), parser=name)
    return attrs.evolve(detected, quotes=quotes, speakers=speakers, parser=doc.parser or name)


def extract_parsed(doc: ParsedDoc) -> Extraction:
    """Quotes of ``doc.text`` attributed on a parse made elsewhere (no parser is run); quotes in
    marks only (indirect speech is not returned here yet).

    This is how the spaCy pipeline component reuses the ``Doc`` spaCy already parsed. Offsets
    index ``doc.text``; a failure of attribution is a diagnostic on the result, as in
    :meth:`Extractor.extract`.

    >>> from quoteattr.parse.types import ParsedDoc
    >>> extract_parsed(ParsedDoc(text="Rien à citer.", sentences=(), parser="test")).quotes
    ()
    """
    detected = find_quotations(doc.text)
    name = doc.parser or None
    if not detected.quotes:
        return attrs.evolve(detected, parser=name)
    return _attribute_parsed(doc.text, detected, doc, name, indirect=False)


def _check_kinds(kinds: KindsSpec) -> frozenset[QuoteKind]:
    if kinds is None:
        return ALL_KINDS
    if isinstance(kinds, (str, QuoteKind)):
        kinds = [kinds]
    out = set()
    for kind in kinds:
        try:
            out.add(QuoteKind(kind))
        except ValueError:
            names = ", ".join(repr(k.value) for k in QuoteKind)
            raise ConfigurationError(f"unknown quote kind {kind!r}: use some of {names}") from None
    if not out:
        raise ConfigurationError("kinds is empty: name at least one kind (or None for all)")
    return frozenset(out)


def _merged(quotes: Sequence[Quote], indirect: Sequence[Quote]) -> tuple[Quote, ...]:
    """Quotes in marks and indirect quotes in one text order (``parent`` indices re-pointed)."""
    if not indirect:
        return tuple(quotes)
    tagged = [(q.start, 0, i, q) for i, q in enumerate(quotes)] + [
        (q.start, 1, i, q) for i, q in enumerate(indirect)
    ]
    tagged.sort(key=lambda t: (t[0], -t[1], t[2]))  # an indirect clause comes before a quote it holds
    new_index = {i: k for k, (_, source, i, _) in enumerate(tagged) if source == 0}
    out = []
    for _, source, _, quote in tagged:
        if source == 0 and quote.parent is not None:
            quote = attrs.evolve(quote, parent=new_index[quote.parent])
        out.append(quote)
    return tuple(out)


def _renumbered(quotes: Sequence[Quote], kinds: frozenset[QuoteKind]) -> tuple[Quote, ...]:
    kept = [i for i, q in enumerate(quotes) if q.kind in kinds]
    new_index = {old: new for new, old in enumerate(kept)}
    out = []
    for i in kept:
        quote = quotes[i]
        if quote.parent is not None:
            quote = attrs.evolve(quote, parent=new_index.get(quote.parent))
        out.append(quote)
    return tuple(out)


def _batched(texts: Iterable[object], size: int) -> Iterator[list[object]]:
    batch: list[object] = []
    for text in texts:
        batch.append(text)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


_worker_extractor: Extractor | None = None


def _start_worker(parser: ParserSpec, context: int, elide: bool, kinds: tuple[QuoteKind, ...]) -> None:
    """Build the worker process's own Extractor, once (its model loads on first use)."""
    global _worker_extractor
    _worker_extractor = Extractor(parser, context=context, elide=elide, kinds=kinds)


def _work(batch: list[object]) -> list[Extraction]:
    assert _worker_extractor is not None, "worker used before _start_worker"
    return _worker_extractor._batch(batch)


def extract(text: str, parser: ParserSpec = "auto") -> Extraction:
    """Extract quotes and sources from one text with a fresh :class:`Extractor`.

    >>> ex = extract("Rien à signaler.", parser=None)
    >>> ex.quotes
    ()
    """
    return Extractor(parser=parser).extract(text)
