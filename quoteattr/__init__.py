"""quoteattr: who said what in French news.

Finds every quotation in French text (« guillemets », “ ”, " ", ‹ ›, dialogue dashes), links each
one to its source through dependency parses and reporting verbs, and returns typed
:class:`Quote` objects with exact character offsets into the caller's text.

>>> import quoteattr
>>> ex = quoteattr.find_quotations("Il a parlé d'un « montage ».")
>>> [q.text for q in ex.quotes]
['montage']
"""

from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

from quoteattr.errors import (
    ConfigurationError,
    GoldFormatError,
    OptionalDependencyError,
    ParserError,
    ParserUnavailableError,
    QuoteattrError,
)
from quoteattr.export.csv import write_csv
from quoteattr.export.frame import to_frame
from quoteattr.export.html import render_html
from quoteattr.extractor import Extractor, extract
from quoteattr.marks import find_quotations
from quoteattr.model import (
    Cue,
    Diagnostic,
    Entity,
    Extraction,
    Gender,
    GenderEvidence,
    GenderEvidenceKind,
    MarkStyle,
    Quote,
    QuoteKind,
    ResolvedBy,
    Span,
    Speaker,
    SpeakerKind,
)
from quoteattr.parse.conllu_backend import ConlluParser
from quoteattr.parse.spacy_backend import SpacyParser
from quoteattr.parse.stanza_backend import StanzaParser
from quoteattr.protocols import Parser
from quoteattr.summary import report

try:
    __version__ = _version("quoteattr")
except _PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "ConfigurationError",
    "ConlluParser",
    "Cue",
    "Diagnostic",
    "Entity",
    "Extraction",
    "Extractor",
    "Gender",
    "GenderEvidence",
    "GenderEvidenceKind",
    "GoldFormatError",
    "MarkStyle",
    "OptionalDependencyError",
    "Parser",
    "ParserError",
    "ParserUnavailableError",
    "Quote",
    "QuoteKind",
    "QuoteattrError",
    "ResolvedBy",
    "SpacyParser",
    "Span",
    "Speaker",
    "SpeakerKind",
    "StanzaParser",
    "__version__",
    "extract",
    "find_quotations",
    "render_html",
    "report",
    "to_frame",
    "write_csv",
]
