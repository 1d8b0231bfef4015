"""Pre-parsed input: CoNLL-U in, quoteattr parse types out, with exact character offsets.

For corpora that are already parsed, and for tests that need a parse without a model.
:func:`read_conllu` rebuilds the raw text a CoNLL-U file was made from and places every word
in it; :class:`ConlluParser` serves those parses through the
:class:`~quoteattr.protocols.Parser` protocol.

The text is rebuilt from each sentence's ``# text =`` comment: sentences are joined by a space,
or by a blank line ("\\n\\n") where a ``# newpar`` or ``# newdoc`` comment opens a paragraph.
A sentence without ``# text`` is rebuilt from its token forms, a space after each token unless
its MISC column says ``SpaceAfter=No``. Both words of a multiword token (``2-3 du`` = ``de`` +
``le``) carry the token's span. Empty nodes (``8.1``) are skipped.

>>> text, doc = read_conllu('''# text = Il l'a dit.
... 1\\tIl\\til\\tPRON\\t_\\t_\\t3\\tnsubj\\t_\\t_
... 2\\tl'\\tle\\tPRON\\t_\\t_\\t3\\tobj\\t_\\tSpaceAfter=No
... 3\\ta\\tavoir\\tAUX\\t_\\t_\\t0\\troot\\t_\\t_
... ''')
>>> text, [w.span.text for w in doc.sentences[0]]
("Il l'a dit.", ['Il', "l'", 'a'])
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from quoteattr.errors import ParserError
from quoteattr.model import Span
from quoteattr.parse.types import ParsedDoc, Sentence, Word

__all__ = ["ConlluParser", "read_conllu"]

_NAME = "conllu"
_COLUMNS = 10


@attrs.frozen
class _Row:
    line: int
    id: str
    form: str
    lemma: str
    upos: str
    feats: str
    head: str
    deprel: str
    misc: str


@attrs.frozen
class _Block:
    text: str | None
    new_par: bool
    rows: tuple[_Row, ...]
    first_line: int


def read_conllu(data: str) -> tuple[str, ParsedDoc]:
    """The raw text ``data`` was made from, and its parse with offsets into that text.

    Raises :class:`ParserError` naming the line of a malformed row (wrong column count,
    non-numeric ID or HEAD, a form that is not in the sentence's ``# text``).
    """
    if not isinstance(data, str):
        raise TypeError(f"read_conllu() takes the CoNLL-U content as a str, got {type(data).__name__}")
    blocks = _blocks(data)
    pieces: list[str] = []
    length = 0
    placed: list[tuple[_Block, int, str]] = []
    for block in blocks:
        sentence_text = block.text if block.text is not None else _text_from_forms(block.rows)
        if pieces:
            sep = "\n\n" if block.new_par else " "
            pieces.append(sep)
            length += len(sep)
        placed.append((block, length, sentence_text))
        pieces.append(sentence_text)
        length += len(sentence_text)
    text = "".join(pieces)
    sentences = tuple(_sentence(block, start, sentence_text, text) for block, start, sentence_text in placed)
    return text, ParsedDoc(text=text, sentences=sentences, parser=_NAME)


def _blocks(data: str) -> list[_Block]:
    blocks: list[_Block] = []
    text: str | None = None
    new_par = False
    rows: list[_Row] = []
    first = 0

    def flush() -> None:
        nonlocal text, new_par, rows
        if rows:
            blocks.append(_Block(text, new_par, tuple(rows), first))
        elif text is not None:
            raise ParserError(f"CoNLL-U line {first}: sentence {text!r} has a # text but no word lines")
        text, new_par, rows = None, False, []

    for number, raw in enumerate(data.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            flush()
            continue
        if not rows and text is None and not new_par:
            first = number
        if line.startswith("#"):
            if rows:
                raise ParserError(
                    f"CoNLL-U line {number}: a comment inside a sentence; "
                    "separate sentences with a blank line"
                )
            body = line[1:].strip()
            if body.startswith("text ="):
                text = line.split("=", 1)[1].strip()
            elif body.startswith(("newpar", "newdoc")):
                new_par = True
            continue
        cols = line.split("\t")
        if len(cols) != _COLUMNS:
            raise ParserError(
                f"CoNLL-U line {number}: expected {_COLUMNS} tab-separated columns, "
                f"got {len(cols)}: {line[:60]!r}"
            )
        rows.append(_Row(number, cols[0], cols[1], cols[2], cols[3], cols[5], cols[6], cols[7], cols[9]))
    flush()
    return blocks


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def _tokens(rows: Sequence[_Row]) -> list[tuple[_Row, list[_Row]]]:
    """Surface tokens, each with the syntactic words it holds (itself, or a range's words)."""
    tokens: list[tuple[_Row, list[_Row]]] = []
    expected = 1
    i = 0
    while i < len(rows):
        row = rows[i]
        if "." in row.id:  # an empty node: no surface, no place in the tree we return
            i += 1
            continue
        if "-" in row.id:
            first, last = _range(row)
            words = [r for r in rows[i + 1 :] if "." not in r.id][: last - first + 1]
            if first != expected or [_int(w.id, w) for w in words] != list(range(first, last + 1)):
                raise ParserError(
                    f"CoNLL-U line {row.line}: range {row.id} does not cover the word lines after it"
                )
            tokens.append((row, words))
            expected = last + 1
            i += 1 + sum(1 for r in rows[i + 1 :] if r in words)
            continue
        if _int(row.id, row) != expected:
            raise ParserError(f"CoNLL-U line {row.line}: word ID {row.id} where {expected} was expected")
        tokens.append((row, [row]))
        expected += 1
        i += 1
    return tokens


def _range(row: _Row) -> tuple[int, int]:
    left, _, right = row.id.partition("-")
    first, last = _int(left, row), _int(right, row)
    if last < first:
        raise ParserError(f"CoNLL-U line {row.line}: range {row.id} ends before it starts")
    return first, last


def _int(value: str, row: _Row) -> int:
    try:
        return int(value)
    except ValueError:
        raise ParserError(f"CoNLL-U line {row.line}: expected a number, got {value!r}") from None


def _text_from_forms(rows: Sequence[_Row]) -> str:
    parts = []
    for token, _ in _tokens(rows):
        parts.append(token.form)
        if _space_after(token.misc):
            parts.append(" ")
    return "".join(parts).rstrip(" ")


def _sentence(block: _Block, offset: int, sentence_text: str, text: str) -> Sentence:
    words: list[Word] = []
    cursor = 0
    for token, token_words in _tokens(block.rows):
        start = _find(sentence_text, token.form, cursor)
        if start < 0:
            raise ParserError(
                f"CoNLL-U line {token.line}: form {token.form!r} is not in the sentence's # text "
                f"after position {cursor} ({sentence_text[:60]!r})"
            )
        cursor = start + len(token.form)
        span = Span(offset + start, offset + cursor, source=text)
        for row in token_words:
            head = _int(row.head, row) if row.head != "_" else 0
            words.append(
                Word(
                    index=len(words),
                    text=row.form,
                    lemma=row.lemma if row.lemma != "_" or row.form == "_" else row.form,
                    upos=row.upos,
                    head=head - 1,
                    deprel=row.deprel,
                    span=span,
                    feats=_feats(row),
                )
            )
    for word in words:
        if word.head >= len(words):
            raise ParserError(
                f"CoNLL-U line {block.first_line}: word {word.index + 1} has head {word.head + 1}, "
                "past the end of its sentence"
            )
    end = words[-1].end if words else offset
    return Sentence(span=Span(words[0].start if words else offset, end, source=text), words=tuple(words))


def _find(sentence_text: str, form: str, cursor: int) -> int:
    pos = cursor
    while pos < len(sentence_text) and sentence_text[pos].isspace():
        pos += 1
    if sentence_text.startswith(form, pos):
        return pos
    return sentence_text.find(form, cursor)


def _feats(row: _Row) -> dict[str, str]:
    if row.feats in ("_", ""):
        return {}
    feats = {}
    for item in row.feats.split("|"):
        key, sep, value = item.partition("=")
        if not sep:
            raise ParserError(f"CoNLL-U line {row.line}: feature {item!r} is not Name=Value")
        feats[key] = value
    return feats


class ConlluParser:
    """A :class:`~quoteattr.protocols.Parser` that serves stored parses instead of parsing.

    ``parse(texts)`` returns, for each text, the stored parse of exactly that text (the text
    :func:`read_conllu` rebuilt), and raises :class:`ParserError` for a text it does not hold.
    It cannot parse a rewritten view (``accepts_rewrites = False``).
    """

    accepts_rewrites = False

    def __init__(self, docs: Iterable[ParsedDoc] = ()) -> None:
        self._docs: dict[str, ParsedDoc] = {}
        for doc in docs:
            self.add(doc)

    @classmethod
    def from_string(cls, data: str) -> ConlluParser:
        """A parser holding the document ``data`` (CoNLL-U content) describes."""
        _, doc = read_conllu(data)
        return cls([doc])

    @classmethod
    def from_path(cls, path: str | Path) -> ConlluParser:
        """A parser holding the document in the CoNLL-U file at ``path`` (UTF-8)."""
        return cls.from_string(Path(path).read_text(encoding="utf-8"))

    @property
    def name(self) -> str:
        """Always ``"conllu"``."""
        return _NAME

    @property
    def texts(self) -> tuple[str, ...]:
        """The texts this parser holds parses for."""
        return tuple(self._docs)

    def add(self, doc: ParsedDoc) -> None:
        """Hold ``doc`` (replacing any earlier parse of the same text)."""
        self._docs[doc.text] = doc

    def parse(self, texts: Sequence[str]) -> list[ParsedDoc]:
        """The stored parse of each text; :class:`ParserError` for a text never added."""
        if isinstance(texts, str):
            raise TypeError("parse() takes a sequence of texts, got one str; wrap it in a list")
        docs = []
        for text in texts:
            doc = self._docs.get(text)
            if doc is None:
                raise ParserError(
                    f"the CoNLL-U parser holds no parse of this text ({text[:40]!r}…, {len(text)} chars; "
                    f"it holds {len(self._docs)}): add it with ConlluParser.from_string(conllu) "
                    "or .add(doc), "
                    "and pass the text read_conllu() rebuilt, unchanged"
                )
            docs.append(doc)
        return docs
