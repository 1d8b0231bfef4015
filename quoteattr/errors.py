"""quoteattr's exceptions.

Messy input (an unclosed «, a stray ») is never an exception: it is reported as a
:class:`~quoteattr.model.Diagnostic` on the result. Exceptions are for misuse and for a
missing or broken environment, and each says what to do. Each also subclasses the matching
builtin, so ``except ValueError`` keeps working::

    QuoteattrError
    ├── ParserUnavailableError (ImportError)   a backend or its model is not installed
    ├── OptionalDependencyError (ImportError)  an optional extra (pandas, spaCy) is not installed
    ├── ParserError (RuntimeError)             a backend failed while parsing
    ├── ConfigurationError (ValueError)        an argument or setting quoteattr cannot use
    └── GoldFormatError (ValueError)           a gold/prediction file does not follow the format
"""

from __future__ import annotations

__all__ = [
    "ConfigurationError",
    "GoldFormatError",
    "OptionalDependencyError",
    "ParserError",
    "ParserUnavailableError",
    "QuoteattrError",
]


class QuoteattrError(Exception):
    """Root of every exception quoteattr raises on purpose."""


class ParserUnavailableError(QuoteattrError, ImportError):
    """A parser backend, or its French model, is not installed. The message names the fix."""


class OptionalDependencyError(QuoteattrError, ImportError):
    """A feature needs an optional extra that is not installed (``pandas`` for ``to_frame``).

    The message names the ``pip install`` command that adds it.
    """


class ParserError(QuoteattrError, RuntimeError):
    """A parser backend failed on a text it was given."""


class ConfigurationError(QuoteattrError, ValueError):
    """An argument or setting that quoteattr cannot use."""


class GoldFormatError(QuoteattrError, ValueError):
    """A gold or prediction JSONL file that does not follow the gold format (``docs/evaluation.md``)."""
