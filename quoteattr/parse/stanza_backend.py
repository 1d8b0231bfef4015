"""The stanza parser backend: stanza's French pipeline, converted to quoteattr's parse types.

stanza (and torch) are imported lazily, on the first :meth:`StanzaParser.parse`; the pipeline is
built once and nothing is ever downloaded implicitly. Models come from, in order:

1. ``model_paths`` (``{"tokenize": ".../tokenize.pt", ...}``), one file per processor;
2. ``models_dir``: a directory written by ``tools/train_stanza.py`` (it holds
   ``quoteattr-stanza.json``) or a stanza resources directory filled by ``stanza.download("fr")``;
3. ``$STANZA_RESOURCES_DIR``, else ``~/stanza_resources`` (stanza's own default).

>>> parser = StanzaParser()  # loads nothing yet
>>> parser.name
'stanza:fr'

The conversion itself, :func:`document_to_parsed`, is a pure function usable on any stanza
``Document`` (for instance one read from CoNLL-U), with no neural model.
"""

from __future__ import annotations

import importlib.util
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from quoteattr.errors import ConfigurationError, ParserError, ParserUnavailableError
from quoteattr.model import Span
from quoteattr.parse.types import ParsedDoc, Sentence, Word

if TYPE_CHECKING:
    import stanza

__all__ = [
    "INSTALL_MODELS_HINT",
    "INSTALL_STANZA_HINT",
    "PROCESSORS",
    "StanzaParser",
    "default_models_dir",
    "document_to_parsed",
    "french_models_available",
]

LANG = "fr"
PROCESSORS: tuple[str, ...] = ("tokenize", "mwt", "pos", "lemma", "depparse")
"""The stanza processors quoteattr runs, in pipeline order."""
MANIFEST = "quoteattr-stanza.json"
"""The file ``tools/train_stanza.py`` writes next to the models it trains."""

INSTALL_STANZA_HINT = (
    "install the CPU build of torch first, pinned (a bare `pip install torch` pulls the CUDA build): "
    '`pip install torch==2.13.0`, then `pip install "quoteattr[stanza]"`'
)
INSTALL_MODELS_HINT = (
    "download stanza's French models with `quoteattr models --install stanza` "
    "(or `python -c \"import stanza; stanza.download('fr')\"`), "
    "or train a small one offline with `python tools/train_stanza.py --ci` and pass its folder as models_dir"
)


def default_models_dir() -> Path:
    """Where stanza keeps its models: ``$STANZA_RESOURCES_DIR``, else ``~/stanza_resources``."""
    configured = os.environ.get("STANZA_RESOURCES_DIR")
    return Path(configured) if configured else Path.home() / "stanza_resources"


def _stanza_installed() -> bool:
    return importlib.util.find_spec("stanza") is not None


def _manifest_paths(models_dir: Path) -> dict[str, Path] | None:
    """Per-processor model files of a directory trained by ``tools/train_stanza.py``, if it is one."""
    manifest = models_dir / MANIFEST
    if not manifest.is_file():
        return None
    try:
        package = str(json.loads(manifest.read_text(encoding="utf-8")).get("package", "sequoia"))
    except (OSError, ValueError, AttributeError):
        return None
    return {p: models_dir / LANG / p / f"{package}.pt" for p in PROCESSORS}


def _official_models_present(models_dir: Path) -> bool:
    """Whether ``stanza.download("fr")`` filled ``models_dir`` (resources index + a model per processor)."""
    if not (models_dir / "resources.json").is_file():
        return False
    return all(any((models_dir / LANG / p).glob("*.pt")) for p in PROCESSORS)


def french_models_available(models_dir: str | Path | None = None) -> bool:
    """Whether stanza is installed and French models are on disk (checks files; loads nothing)."""
    if not _stanza_installed():
        return False
    folder = Path(models_dir) if models_dir is not None else default_models_dir()
    explicit = _manifest_paths(folder)
    if explicit is not None:
        return all(path.is_file() for path in explicit.values())
    return _official_models_present(folder)


def _parse_feats(feats: str | None) -> dict[str, str]:
    if not feats or feats == "_":
        return {}
    result: dict[str, str] = {}
    for item in feats.split("|"):
        name, sep, value = item.partition("=")
        if sep:
            result[name] = value
    return result


def _split_ner(tag: str | None) -> tuple[str, str]:
    """stanza's BIOES tag ("S-PER", "B-ORG", "E-LOC", "O") as quoteattr's (ent, ent_iob)."""
    if not tag or tag == "O" or "-" not in tag:
        return "", "O"
    prefix, _, label = tag.partition("-")
    return label, "B" if prefix in ("B", "S") else "I"


_RESYNC_WINDOW = 200
"""How far (in characters) alignment looks ahead for the token after one it could not place."""


class _Aligner:
    """Finds tokens in the text in order, for documents whose tokens carry no character offsets."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._cursor = 0
        self._lost = False

    def locate(self, token_text: str, start: int | None, end: int | None) -> tuple[int, int]:
        text = self._text
        if (
            start is not None
            and end is not None
            and 0 <= start <= end <= len(text)
            and start >= self._cursor - 1
        ):
            self._cursor = max(self._cursor, end)
            return start, end
        found = text.find(token_text, self._cursor) if token_text else -1
        gap = text[self._cursor : found] if found >= 0 else ""
        # Right after a token that could not be placed, skip over its text (within a short window).
        if found >= 0 and (not gap.strip() or (self._lost and len(gap) <= _RESYNC_WINDOW)):
            self._lost = False
            self._cursor = found + len(token_text)
            return found, self._cursor
        squeezed = self._find_ignoring_spaces(token_text)
        if squeezed is not None:
            self._lost = False
            self._cursor = squeezed[1]
            return squeezed
        # Unalignable (the backend rewrote the token): an empty span where the text stands.
        self._lost = True
        while self._cursor < len(text) and text[self._cursor].isspace():
            self._cursor += 1
        return self._cursor, self._cursor

    def _find_ignoring_spaces(self, token_text: str) -> tuple[int, int] | None:
        """Match a token whose text dropped or changed inner whitespace ("10 000" → "10000")."""
        wanted = "".join(token_text.split())
        if not wanted:
            return None
        text = self._text
        position = self._cursor
        while position < len(text) and text[position].isspace():
            position += 1
        begin = position
        matched = 0
        while position < len(text) and matched < len(wanted):
            char = text[position]
            if char.isspace():
                position += 1
                continue
            if char != wanted[matched]:
                return None
            matched += 1
            position += 1
        return (begin, position) if matched == len(wanted) else None


def _convert_sentence(sentence: Any, aligner: _Aligner, text: str) -> Sentence | None:
    words: list[Word] = []
    for token in sentence.tokens:
        start, end = aligner.locate(token.text or "", token.start_char, token.end_char)
        span = Span(start, end, source=text)
        ent, ent_iob = _split_ner(getattr(token, "ner", None))
        for word in token.words:
            index = len(words)
            head = int(word.head) - 1 if word.head is not None else -1
            words.append(
                Word(
                    index=index,
                    text=word.text or "",
                    lemma=word.lemma if word.lemma is not None else (word.text or ""),
                    upos=word.upos or "X",
                    head=head if head >= 0 else -1,
                    deprel=word.deprel or ("root" if head < 0 else "dep"),
                    span=span,
                    feats=_parse_feats(word.feats),
                    ent=ent,
                    ent_iob=ent_iob,
                )
            )
    if not words:
        return None
    # A head outside the sentence (a broken parse) becomes a root rather than an IndexError later.
    words = [w if w.head < len(words) else attrs.evolve(w, head=-1, deprel="root") for w in words]
    return Sentence(span=Span(words[0].start, words[-1].end, source=text), words=tuple(words))


def document_to_parsed(doc: stanza.Document, text: str, *, parser: str = "stanza:fr") -> ParsedDoc:
    """Convert a stanza ``Document`` for ``text`` into a :class:`ParsedDoc`.

    Heads become 0-based indices within the sentence (``-1`` for the root); both words of a
    multiword token ("du" = "de" + "le") carry the token's span. Offsets come from stanza's
    ``start_char``/``end_char`` when present and consistent; otherwise (a document read from
    CoNLL-U) tokens are aligned to ``text`` in order.
    """
    aligner = _Aligner(text)
    sentences = []
    for sentence in doc.sentences:
        converted = _convert_sentence(sentence, aligner, text)
        if converted is not None:
            sentences.append(converted)
    return ParsedDoc(text=text, sentences=tuple(sentences), parser=parser)


def _import_stanza() -> Any:
    try:
        import stanza
    except ImportError as exc:
        raise ParserUnavailableError(
            f"The stanza backend needs the `stanza` package, which could not be imported ({exc}); "
            f"{INSTALL_STANZA_HINT}."
        ) from exc
    return stanza


class StanzaParser:
    """The :class:`~quoteattr.protocols.Parser` backed by stanza's French pipeline.

    ``models_dir`` is a stanza resources folder or one written by ``tools/train_stanza.py``
    (default: ``$STANZA_RESOURCES_DIR`` or ``~/stanza_resources``); ``model_paths`` names one model
    file per processor instead. Extra keyword ``options`` go to ``stanza.Pipeline`` unchanged
    (``tokenize_batch_size=...``). Nothing is loaded until the first :meth:`parse`.
    """

    def __init__(
        self,
        models_dir: str | Path | None = None,
        *,
        model_paths: Mapping[str, str] | None = None,
        use_gpu: bool = False,
        **options: Any,
    ) -> None:
        if model_paths is not None:
            unknown = sorted(set(model_paths) - set(PROCESSORS))
            missing = sorted(set(PROCESSORS) - set(model_paths))
            if unknown or missing:
                raise ConfigurationError(
                    f"model_paths must name exactly the processors {', '.join(PROCESSORS)}; "
                    f"got unknown {unknown or 'none'}, missing {missing or 'none'}"
                )
        self._models_dir = Path(models_dir) if models_dir is not None else None
        self._model_paths = dict(model_paths) if model_paths is not None else None
        self._use_gpu = use_gpu
        self._options = options
        self._pipeline: Any = None

    @property
    def name(self) -> str:
        """``"stanza:fr"``."""
        return f"stanza:{LANG}"

    @property
    def models_dir(self) -> Path:
        """The folder this parser loads from (or would, for ``model_paths``)."""
        return self._models_dir if self._models_dir is not None else default_models_dir()

    def _explicit_paths(self) -> dict[str, Path] | None:
        if self._model_paths is not None:
            return {p: Path(path) for p, path in self._model_paths.items()}
        return _manifest_paths(self.models_dir)

    def _missing_models_error(self, detail: str) -> ParserUnavailableError:
        where = (
            f"models_dir={self._models_dir}"
            if self._models_dir is not None
            else f"{default_models_dir()} (from $STANZA_RESOURCES_DIR or stanza's default ~/stanza_resources)"
        )
        return ParserUnavailableError(
            f"stanza's French models are not installed: {detail}. Looked in {where}. To fix it, "
            f"{INSTALL_MODELS_HINT}."
        )

    def _build(self) -> Any:
        if not _stanza_installed():
            _import_stanza()  # raises ParserUnavailableError naming the install commands
        folder = self.models_dir
        explicit = self._explicit_paths()
        common: dict[str, Any] = {
            "processors": ",".join(PROCESSORS),
            "download_method": None,
            "use_gpu": self._use_gpu,
            # stanza warns "unsupported language" for a folder without its resource index: noise.
            "logging_level": "ERROR",
            **self._options,
        }
        try:
            if explicit is None:
                if not _official_models_present(folder):
                    raise self._missing_models_error(
                        "no resources.json with a model for each of " + ", ".join(PROCESSORS)
                    )
                return _import_stanza().Pipeline(LANG, dir=str(folder), **common)
            absent = [f"{p}: {path}" for p, path in explicit.items() if not path.is_file()]
            if absent:
                raise self._missing_models_error("missing model files " + "; ".join(absent))
            return self._build_explicit(_import_stanza(), explicit, common)
        except ParserUnavailableError:
            raise
        except (FileNotFoundError, OSError) as exc:
            raise self._missing_models_error(str(exc)) from exc
        except Exception as exc:
            raise ParserError(f"stanza could not load its French pipeline from {folder}: {exc}") from exc

    @staticmethod
    def _build_explicit(stanza: Any, paths: Mapping[str, Path], common: Mapping[str, Any]) -> Any:
        # stanza reads a resources index even when every model path is given; an empty one keeps
        # it from looking up (or downloading) packages, and is only read while the pipeline builds.
        with tempfile.TemporaryDirectory(prefix="quoteattr-stanza-") as scratch:
            resources = Path(scratch) / "resources.json"
            resources.write_text("{}", encoding="utf-8")
            return stanza.Pipeline(
                LANG,
                dir=scratch,
                resources_filepath=str(resources),
                allow_unknown_language=True,
                **{f"{p}_model_path": str(path) for p, path in paths.items()},
                **common,
            )

    def _ensure_pipeline(self) -> Any:
        if self._pipeline is None:
            self._pipeline = self._build()
        return self._pipeline

    def parse(self, texts: Sequence[str]) -> list[ParsedDoc]:
        """Parse each text with stanza (in one batch); offsets are into the text given."""
        if isinstance(texts, str):
            raise ConfigurationError("parse() takes a sequence of texts, got one str; wrap it: parse([text])")
        pipeline = self._ensure_pipeline()
        stanza = _import_stanza()
        results = [ParsedDoc(text=text, sentences=(), parser=self.name) for text in texts]
        todo = [i for i, text in enumerate(texts) if text.strip()]
        if not todo:
            return results
        try:
            docs = pipeline([stanza.Document([], text=texts[i]) for i in todo])
        except Exception as exc:
            sizes = sorted(len(texts[i]) for i in todo)
            raise ParserError(
                f"stanza failed while parsing {len(todo)} texts ({sizes[0]}-{sizes[-1]} chars): {exc}"
            ) from exc
        for i, doc in zip(todo, docs, strict=True):
            results[i] = document_to_parsed(doc, texts[i], parser=self.name)
        return results
