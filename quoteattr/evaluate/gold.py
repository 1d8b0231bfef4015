"""Reading and checking gold and prediction files (JSONL, one quoted span a line).

The format is the one of ``/work/shared/corpora/GUIDELINES.md`` and of ``quoteattr extract
--format jsonl``; ``docs/evaluation.md`` lists every field. A line that does not follow it raises
:class:`~quoteattr.errors.GoldFormatError` naming the file and the line, so a researcher can fix
their file instead of getting a silently wrong score.

>>> records = parse_jsonl(['{"doc": "a", "start": 2, "end": 5, "kind": "direct", "speaker": null}'])
>>> records[0].span
(2, 5)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from quoteattr.errors import GoldFormatError
from quoteattr.model import QuoteKind

__all__ = ["QuoteRecord", "parse_jsonl", "read_jsonl"]

#: Fields every line must carry (``speaker`` may be ``null`` but must be there).
REQUIRED_FIELDS: tuple[str, ...] = ("doc", "start", "end", "kind", "speaker")

_KINDS = ", ".join(kind.value for kind in QuoteKind)


@attrs.frozen
class QuoteRecord:
    """One line of a gold or prediction file: a quoted span of one document and its source.

    ``start``/``end`` are half-open code-point offsets into the document. ``segments`` are the
    pieces actually quoted (a prediction for a dialogue line cut by a speech tag has two); it is
    ``((start, end),)`` when the line gives none. ``line`` and ``path`` say where the record was
    read, for messages; they take no part in equality.
    """

    doc: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None
    speaker_alt: tuple[str, ...] = ()
    speaker_unscored: bool = False
    text: str | None = None
    mention: tuple[int, int, str | None] | None = None
    cue: str | None = None
    cue_form: str | None = None
    confidence: float | None = None
    rule: str | None = None
    resolved_by: str | None = None
    notes: str | None = None
    segments: tuple[tuple[int, int], ...] = attrs.field()
    line: int = attrs.field(default=0, eq=False)
    path: str = attrs.field(default="<string>", eq=False)

    @segments.default
    def _segments_default(self) -> tuple[tuple[int, int], ...]:
        return ((self.start, self.end),)

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return (self.start, self.end)

    @property
    def speakers(self) -> tuple[str, ...]:
        """Every accepted name for the source: ``speaker`` then ``speaker_alt`` (empty if none)."""
        return () if self.speaker is None else (self.speaker, *self.speaker_alt)

    def to_dict(self) -> dict[str, Any]:
        """The record as a JSON-serialisable dict, in the file's own field names."""
        data: dict[str, Any] = {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind.value,
            "speaker": self.speaker,
            "mention": None if self.mention is None else list(self.mention),
            "cue": self.cue,
        }
        if self.speaker_alt:
            data["speaker_alt"] = list(self.speaker_alt)
        if self.speaker_unscored:
            data["speaker_unscored"] = True
        if self.cue_form is not None:
            data["cue_form"] = self.cue_form
        if self.confidence is not None:
            data["confidence"] = self.confidence
        if self.rule is not None:
            data["rule"] = self.rule
        if self.resolved_by is not None:
            data["resolved_by"] = self.resolved_by
        if self.notes is not None:
            data["notes"] = self.notes
        if self.segments != ((self.start, self.end),):
            data["segments"] = [list(s) for s in self.segments]
        return data


def read_jsonl(path: str | Path) -> tuple[QuoteRecord, ...]:
    """Read a gold or prediction JSONL file; blank lines are skipped.

    Raises :class:`GoldFormatError` (naming the file and line) for a line that is not a JSON
    object, lacks a required field, has a field of the wrong type or offsets out of order, and
    :class:`OSError` when the file cannot be opened.
    """
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except UnicodeDecodeError as exc:
        raise GoldFormatError(
            f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save the file as UTF-8"
        ) from exc
    return parse_jsonl(lines, path=str(path))


def parse_jsonl(lines: Iterable[str], *, path: str = "<string>") -> tuple[QuoteRecord, ...]:
    """Parse JSONL lines (as :func:`read_jsonl` does for a file); ``path`` is used in messages."""
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(
                f"{where}: not valid JSON ({exc.msg} at column {exc.colno}); "
                "each line must be one JSON object"
            ) from exc
        records.append(record_from_dict(data, where=where, line=number, path=path))
    return tuple(records)


def record_from_dict(data: Any, *, where: str, line: int = 0, path: str = "<string>") -> QuoteRecord:
    """Check one decoded line and build its :class:`QuoteRecord`; ``where`` prefixes messages."""
    if not isinstance(data, Mapping):
        raise GoldFormatError(f"{where}: expected a JSON object, got {type(data).__name__}")
    missing = [name for name in REQUIRED_FIELDS if name not in data]
    if missing:
        raise GoldFormatError(
            f"{where}: missing field(s) {', '.join(missing)}; every line needs "
            f"{', '.join(REQUIRED_FIELDS)} (speaker may be null)"
        )
    doc = data["doc"]
    if not isinstance(doc, str) or not doc:
        raise GoldFormatError(f"{where}: 'doc' must be a non-empty string, got {doc!r}")
    start = _offset(data, "start", where)
    end = _offset(data, "end", where)
    if start > end:
        raise GoldFormatError(f"{where}: offsets out of order: start={start} > end={end}")
    kind_value = data["kind"]
    try:
        kind = QuoteKind(kind_value)
    except ValueError:
        raise GoldFormatError(f"{where}: 'kind' must be one of {_KINDS}, got {kind_value!r}") from None
    text = _optional_str(data, "text", where)
    if text is not None and len(text) != end - start:
        raise GoldFormatError(
            f"{where}: 'text' has {len(text)} characters but end - start = {end - start}; "
            "offsets are code points into the document exactly as on disk"
        )
    alt = data.get("speaker_alt") or []
    if not isinstance(alt, list) or not all(isinstance(name, str) for name in alt):
        raise GoldFormatError(f"{where}: 'speaker_alt' must be a list of strings, got {alt!r}")
    unscored = data.get("speaker_unscored", False)
    if not isinstance(unscored, bool):
        raise GoldFormatError(f"{where}: 'speaker_unscored' must be true or false, got {unscored!r}")
    return QuoteRecord(
        doc=doc,
        start=start,
        end=end,
        kind=kind,
        speaker=_optional_str(data, "speaker", where),
        speaker_alt=tuple(alt),
        speaker_unscored=unscored,
        text=text,
        mention=_mention(data.get("mention"), where),
        cue=_optional_str(data, "cue", where),
        cue_form=_optional_str(data, "cue_form", where),
        confidence=_confidence(data.get("confidence"), where),
        rule=_optional_str(data, "rule", where),
        resolved_by=_optional_str(data, "resolved_by", where),
        notes=_optional_str(data, "notes", where),
        segments=_segments(data.get("segments"), start, end, where),
        line=line,
        path=path,
    )


def _offset(data: Mapping[str, Any], name: str, where: str) -> int:
    value = data[name]
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise GoldFormatError(f"{where}: {name!r} must be a non-negative integer, got {value!r}")
    return value


def _optional_str(data: Mapping[str, Any], name: str, where: str) -> str | None:
    value = data.get(name)
    if value is not None and not isinstance(value, str):
        raise GoldFormatError(f"{where}: {name!r} must be a string or null, got {value!r}")
    return value


def _mention(value: Any, where: str) -> tuple[int, int, str | None] | None:
    if value is None:
        return None
    if (
        not isinstance(value, Sequence)
        or isinstance(value, str)
        or len(value) not in (2, 3)
        or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value[:2])
        or value[0] > value[1]
        or (len(value) == 3 and value[2] is not None and not isinstance(value[2], str))
    ):
        raise GoldFormatError(f"{where}: 'mention' must be null or [start, end, text], got {value!r}")
    return (value[0], value[1], value[2] if len(value) == 3 else None)


def _confidence(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
        raise GoldFormatError(f"{where}: 'confidence' must be a number between 0 and 1, got {value!r}")
    return float(value)


def _segments(value: Any, start: int, end: int, where: str) -> tuple[tuple[int, int], ...]:
    if value is None:
        return ((start, end),)
    problem = f"{where}: 'segments' must be a list of [start, end] pairs inside [{start}, {end}]"
    if not isinstance(value, list) or not value:
        raise GoldFormatError(f"{problem}, got {value!r}")
    pieces = []
    for item in value:
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in item)
            or not start <= item[0] <= item[1] <= end
        ):
            raise GoldFormatError(f"{problem}, got {item!r}")
        pieces.append((item[0], item[1]))
    return tuple(sorted(pieces))
