"""A :class:`~quoteattr.summary.counts.Report` as a text table, JSON, or a standalone HTML page.

The HTML page needs no network: its bar chart of quotes and sources by gender is inline SVG,
its style inline CSS.

>>> from quoteattr.summary.counts import report
>>> print(format_table(report([])).splitlines()[0])
0 documents, 0 quotes (terms excluded), 0 with a source; women among persons of known gender: -
"""

from __future__ import annotations

import html
import json

from quoteattr.summary.counts import GenderCount, Report

__all__ = ["bar_chart", "format_json", "format_table", "render_report_html", "report_section"]

#: Bar colours per gender (colour-blind-safe Okabe-Ito palette), with a neutral for the others.
COLOURS = {
    "female": "#D55E00",
    "male": "#0072B2",
    "mixed": "#CC79A7",
    "group": "#009E73",
    "org": "#999999",
    "unknown": "#E69F00",
}
#: Sizes of the SVG chart, in pixels.
BAR_HEIGHT = 16
LABEL_WIDTH = 90
CHART_WIDTH = 480
#: Room kept right of the longest bar for its value ("128 sources").
VALUE_WIDTH = 100


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f} %"


def format_table(summary: Report) -> str:
    """The report as plain-text tables: per gender, per kind, top sources."""
    lines = [
        f"{summary.documents} documents, {summary.quotes} quotes (terms excluded), "
        f"{summary.attributed} with a source; women among persons of known gender: "
        f"{_percent(summary.women_share)}",
        "",
        f"{'gender':<10} {'quotes':>7} {'sources':>8}",
    ]
    lines += [f"{g.gender.value:<10} {g.quotes:>7} {g.sources:>8}" for g in summary.by_gender]
    lines += ["", f"{'kind':<13} {'quotes':>7} {'sources':>8}"]
    lines += [f"{k.kind.value:<13} {k.quotes:>7} {k.sources:>8}" for k in summary.by_kind]
    lines += ["", f"{'top source':<32} {'gender':<8} {'kind':<13} {'quotes':>6} {'docs':>5}"]
    for s in summary.top_sources:
        name = s.name if len(s.name) <= 32 else s.name[:31] + "…"
        lines.append(f"{name:<32} {s.gender.value:<8} {s.kind.value:<13} {s.quotes:>6} {s.documents:>5}")
    return "\n".join(lines)


def format_json(summary: Report) -> str:
    """The report as one JSON object (``Report.to_dict``), indented."""
    return json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)


def bar_chart(counts: tuple[GenderCount, ...], title: str = "Quotes and sources by gender") -> str:
    """An inline SVG bar chart: per gender, one bar for quotes and one for distinct sources.

    >>> from quoteattr.model import Gender
    >>> svg = bar_chart((GenderCount(Gender.FEMALE, 3, 1), GenderCount(Gender.MALE, 6, 2)))
    >>> svg.startswith("<svg") and "female" in svg and svg.count("<rect") == 4
    True
    """
    rows = [c for c in counts if c.quotes or c.sources]
    top = max([max(c.quotes, c.sources) for c in rows] or [1])
    scale = (CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH) / top
    height = 24 + len(rows) * (2 * BAR_HEIGHT + 10)
    parts = [
        f'<svg width="{CHART_WIDTH}" height="{height}" '
        f'role="img" aria-label="{html.escape(title)}" font-family="sans-serif" font-size="12">',
        f"<title>{html.escape(title)}</title>",
        f'<text x="0" y="14" font-weight="bold">{html.escape(title)}</text>',
    ]
    y = 24
    for count in rows:
        colour = COLOURS.get(count.gender.value, "#777777")
        parts.append(f'<text x="0" y="{y + BAR_HEIGHT + 4}">{count.gender.value}</text>')
        for label, value, opacity in (("quotes", count.quotes, "1"), ("sources", count.sources, "0.55")):
            width = max(1, round(value * scale)) if value else 0
            parts.append(
                f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width}" height="{BAR_HEIGHT - 2}" '
                f'fill="{colour}" fill-opacity="{opacity}"><title>{label}: {value}</title></rect>'
            )
            parts.append(
                f'<text x="{LABEL_WIDTH + width + 4}" y="{y + BAR_HEIGHT - 4}">{value} {label}</text>'
            )
            y += BAR_HEIGHT
        y += 10
    parts.append("</svg>")
    return "".join(parts)


def report_section(summary: Report) -> str:
    """The HTML of the report's section: summary line, chart, top sources (no page around it)."""
    rows = "".join(
        f"<tr><td>{html.escape(s.name)}</td><td>{s.gender.value}</td><td>{s.kind.value}</td>"
        f"<td>{s.quotes}</td><td>{s.documents}</td></tr>"
        for s in summary.top_sources
    )
    return (
        '<section class="quoteattr-report">'
        f"<p>{summary.documents} documents, {summary.quotes} quotes (terms excluded), "
        f"{summary.attributed} with a source. Women among quoted persons of known gender: "
        f"<strong>{_percent(summary.women_share)}</strong> of sources, "
        f"{_percent(summary.women_quote_share)} of their quotes.</p>"
        f"{bar_chart(summary.by_gender)}"
        "<table><thead><tr><th>top source</th><th>gender</th><th>kind</th><th>quotes</th>"
        f"<th>documents</th></tr></thead><tbody>{rows}</tbody></table>"
        f"{_documents_table(summary)}"
        "</section>"
    )


def _documents_table(summary: Report) -> str:
    """One row per document: quotes, attributed, and the quotes of women and of men."""
    rows = []
    for document in summary.per_document:
        counts = {g.gender.value: g.quotes for g in document.by_gender}
        rows.append(
            f"<tr><td>{html.escape(document.doc)}</td><td>{document.quotes}</td>"
            f"<td>{document.attributed}</td><td>{counts.get('female', 0)}</td>"
            f"<td>{counts.get('male', 0)}</td></tr>"
        )
    return (
        "<details><summary>per document</summary><table><thead><tr><th>document</th><th>quotes</th>"
        "<th>with a source</th><th>women's quotes</th><th>men's quotes</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></details>"
    )


def render_report_html(summary: Report, title: str = "quoteattr: who is quoted") -> str:
    """A standalone HTML page of the report: no script, no network."""
    style = (
        "body{font-family:sans-serif;max-width:48em;margin:2em auto;padding:0 1em}"
        "table{border-collapse:collapse;margin-top:1em}td,th{padding:.2em .6em;border-bottom:1px solid #ddd;"
        "text-align:left}"
    )
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{style}</style></head>"
        f"<body><h1>{html.escape(title)}</h1>{report_section(summary)}</body></html>\n"
    )
