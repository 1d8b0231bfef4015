"""Counting who is quoted: :func:`report` and its renderings (table, JSON, HTML with an SVG chart)."""

from quoteattr.summary.counts import DocumentCount, GenderCount, KindCount, Report, SourceCount, report

__all__ = ["DocumentCount", "GenderCount", "KindCount", "Report", "SourceCount", "report"]
