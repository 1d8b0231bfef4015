"""Stage 2: dependency parses of what attribution needs, in quoteattr's own types.

- :mod:`~quoteattr.parse.types`: ``Word``, ``Sentence``, ``ParsedDoc`` (what rules read);
- :mod:`~quoteattr.parse.segment`: paragraphs and sentences by rule, no model;
- :mod:`~quoteattr.parse.prepare`: the parse view (quote sentences plus context, normalised,
  long quotes elided) and ``parse_for_attribution``, with offsets into the original text;
- :mod:`~quoteattr.parse.registry`: ``make_parser`` ("auto", "spacy", "stanza", "conllu");
- backends: :mod:`~quoteattr.parse.spacy_backend`, :mod:`~quoteattr.parse.stanza_backend`,
  :mod:`~quoteattr.parse.conllu_backend`, each imported only when used.

Importing this package loads no parser library. See ``docs/parsing.md``.
"""
