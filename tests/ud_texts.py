"""The real French texts of ``tests/ud_news``, rebuilt from the UD treebanks in ``../shared/ud``.

The treebanks may not be copied into this repository, so only the gold (offsets, kinds, sources)
lives in ``tests/ud_news``; the texts are put together again here, the same way every time:

* ``er001`` …: the Est Républicain news of UD French-Sequoia (sentence ids ``annodis.er_N``), in
  id order; a sentence without final punctuation (a title, a rubric) opens a new article when
  body text came before it. Titles stand on lines of their own, the body is one paragraph.
* ``w001`` …: the French Wikipedia sections of UD French-Sequoia (``frwiki_50.1000_N``), cut the
  same way; the sections that hold no quotation mark and no speech cue were left out
  (``index.json`` lists those kept).
* ``g001`` …: the sentences of UD French-GSD dev then test that hold a quotation mark or a speech
  cue, one sentence per document.

``index.json`` keeps the SHA-1 of each text, so a treebank that changed fails loudly instead of
shifting every offset.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import regex

UD = Path(__file__).resolve().parents[1].parent / "shared" / "ud"
UD_NEWS = Path(__file__).resolve().parent / "ud_news"

_FINAL = regex.compile(r'[.!?…:;»"]\s*$')
_MARKS = regex.compile('«|"|“')
_CUES = regex.compile(
    r"\b(a|ont|avait) (déclaré|affirmé|indiqué|expliqué|précisé|estimé|annoncé|ajouté|souligné|confié"
    r"|assuré|dit|reconnu|rappelé)|[Ss]elon |d'après "
)


def _sentences(path: Path) -> Iterator[tuple[str, str]]:
    """``(sent_id, text)`` of every sentence of a CoNLL-U file, in file order."""
    sent_id = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sent_id = line.removeprefix("# sent_id = ")
        elif line.startswith("# text = ") and sent_id is not None:
            yield sent_id, line.removeprefix("# text = ")
            sent_id = None


def _articles(prefix: str, name: str) -> dict[str, str]:
    """The Sequoia sentences whose id starts with ``prefix``, in id order, cut into articles."""
    by_id: dict[int, str] = {}
    for path in sorted(UD.glob("fr_sequoia-ud-*.conllu")):
        for sent_id, text in _sentences(path):
            if sent_id.startswith(prefix):
                by_id[int(sent_id.rsplit("_", 1)[1])] = text
    docs: list[tuple[list[str], list[str]]] = [([], [])]
    for key in sorted(by_id):
        text = by_id[key]
        title = _FINAL.search(text) is None
        titles, body = docs[-1]
        if title and body:
            docs.append(([], []))
            titles, body = docs[-1]
        (titles if title and not body else body).append(text)
    out = {}
    for i, (titles, body) in enumerate(docs, 1):
        head = "\n\n".join(titles) + ("\n\n" if titles else "")
        out[f"{name}{i:03d}"] = head + " ".join(body) + "\n"
    return out


def _gsd() -> dict[str, str]:
    out = {}
    for file in ("fr_gsd-ud-dev.conllu", "fr_gsd-ud-test.conllu"):
        for _, text in _sentences(UD / file):
            if _MARKS.search(text) or _CUES.search(text):
                out[f"g{len(out) + 1:03d}"] = text + "\n"
    return out


@cache
def ud_documents() -> dict[str, str]:
    """Every text of ``tests/ud_news`` by its id, checked against ``index.json``."""
    if not UD.is_dir():
        raise FileNotFoundError(f"{UD} is missing: the UD treebanks of ../shared/ud rebuild these texts")
    index = json.loads((UD_NEWS / "index.json").read_text(encoding="utf-8"))
    built = {**_articles("annodis.er_", "er"), **_articles("frwiki_50.1000_", "w"), **_gsd()}
    docs = {}
    for doc, entry in index.items():
        text = built.get(doc)
        if text is None or hashlib.sha1(text.encode("utf-8")).hexdigest() != entry["sha1"]:
            raise ValueError(
                f"{doc}: the text rebuilt from {UD} is not the one annotated; the treebank changed"
            )
        docs[doc] = text
    return docs
