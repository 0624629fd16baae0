"""Charts drawn on the server as SVG: no script, no CDN, no inline style; readable in black and white print.

Every bar carries ``data-label`` and ``data-value`` and a ``<title>``, and the page puts a
table with the same rows beside each chart (the tests compare the two).
"""

from __future__ import annotations

from markupsafe import Markup, escape

Rows = list[tuple[str, int]]

INK = "#1d3557"
GRID = "#767676"
FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _svg(width: int, height: int, title_id: str, title: str, body: list[str]) -> Markup:
    # Every piece of text in ``body`` and here went through ``escape``; numbers are formatted by us.
    return Markup(  # noqa: S704
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-labelledby="{escape(title_id)}" focusable="false">'
        f'<title id="{escape(title_id)}">{escape(title)}</title>' + "".join(body) + "</svg>"
    )


def bar_chart(title_id: str, title: str, rows: Rows, width: int = 640) -> Markup:
    """Horizontal bars, one per row, with the number written after each bar."""
    label_w, value_w, row_h, pad = 210, 56, 24, 6
    height = max(1, len(rows)) * row_h + 2 * pad
    top = max((n for _, n in rows), default=0) or 1
    bar_area = width - label_w - value_w
    body = []
    for i, (label, n) in enumerate(rows):
        y = pad + i * row_h
        w = round(bar_area * n / top, 1)
        short = label if len(label) <= 30 else label[:29] + "…"
        body.append(
            f'<text x="{label_w - 6}" y="{y + 16}" text-anchor="end" {FONT} fill="#000">{escape(short)}</text>'
            f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w}" height="{row_h - 6}" fill="{INK}" '
            f'data-label="{escape(label)}" data-value="{n}"><title>{escape(label)}: {n}</title></rect>'
            f'<text x="{label_w + w + 4}" y="{y + 16}" {FONT} fill="#000">{n}</text>'
        )
    if not rows:
        body.append(f'<text x="{label_w}" y="{pad + 16}" {FONT} fill="#000">no items</text>')
    return _svg(width, height, title_id, title, body)


def column_chart(title_id: str, title: str, rows: Rows, width: int = 720, height: int = 220) -> Markup:
    """Columns over time (items per 15 minutes); the axis names the first, last and every few buckets."""
    left, bottom, top_pad = 40, 40, 12
    plot_w, plot_h = width - left - 8, height - bottom - top_pad
    top = max((n for _, n in rows), default=0) or 1
    slot = plot_w / max(1, len(rows))
    every = max(1, len(rows) // 8)
    body = [
        f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{width - 8}" y2="{top_pad + plot_h}" stroke="{GRID}"/>',
        f'<text x="{left - 4}" y="{top_pad + 10}" text-anchor="end" {FONT} fill="#000">{top}</text>',
        f'<text x="{left - 4}" y="{top_pad + plot_h}" text-anchor="end" {FONT} fill="#000">0</text>',
    ]
    for i, (label, n) in enumerate(rows):
        h = round(plot_h * n / top, 1)
        x = round(left + i * slot + slot * 0.1, 1)
        body.append(
            f'<rect class="bar" x="{x}" y="{round(top_pad + plot_h - h, 1)}" width="{round(max(slot * 0.8, 1), 1)}" '
            f'height="{h}" fill="{INK}" data-label="{escape(label)}" data-value="{n}">'
            f"<title>{escape(label)}: {n}</title></rect>"
        )
        if i % every == 0 or i == len(rows) - 1:
            tick = label[-5:]  # HH:MM
            body.append(
                f'<text x="{round(x + slot * 0.4, 1)}" y="{top_pad + plot_h + 14}" text-anchor="middle" '
                f'{FONT} fill="#000">{escape(tick)}</text>'
            )
    if rows:
        body.append(f'<text x="{left}" y="{height - 6}" {FONT} fill="#000">{escape(rows[0][0][:10])} (UTC)</text>')
    return _svg(width, height, title_id, title, body)
