"""Chart data entered by editors, drawn as an accessible SVG on the server with pygal.

Editors type (or paste from a spreadsheet) a small table: the first row names the series, the first
column holds the years, one row per year::

    Gads, Identificētie upuri, Uzsāktie kriminālprocesi
    2016, 17, 4
    2020, 48, 7
    2021, 61,

Commas, semicolons or tabs separate cells; an empty cell is "no figure" (never drawn as zero). The
same ``ChartData`` gives the SVG, the data table, the text summary and the CSV download, so they
always agree.

pygal writes a ``<script>`` with its configuration into every SVG, for its optional browser
tooltips; the site loads no chart script, so it is removed. The SVG is one image to assistive
technology (``role="img"``), labelled by the chart's caption and summary; the data table that
follows it is the accessible form of the figures.
"""

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.formats import number_format
from django.utils.html import escape
from django.utils.translation import gettext as _

MAX_ROWS = 60
MAX_SERIES = 8
# The site's colours, each at least 4.5:1 on white (bars and lines need 3:1, WCAG 1.4.11).
SERIES_COLOURS = ("#12355b", "#9e1b32", "#1d6b3f", "#6a3d9a", "#8a4b00", "#0b4f8a", "#4a4a4a", "#7a1f5c")
SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL | re.IGNORECASE)
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
SVG_ID = re.compile(r'id="chart-[0-9a-f-]+"')


class ChartDataError(ValueError):
    """The table an editor typed cannot be read; the message says where and why."""


@dataclass
class Series:
    name: str
    values: list  # Decimal or None, one per row


@dataclass
class ChartData:
    label_heading: str
    labels: list  # the first column (years), as text
    series: list

    @property
    def rows(self):
        """``(label, [value, ...])`` per row, for the data table and the CSV."""
        return [
            (label, [serie.values[index] for serie in self.series]) for index, label in enumerate(self.labels)
        ]


def _split(line):
    for separator in ("\t", ";", ","):
        if separator in line:
            return next(csv.reader([line], delimiter=separator, skipinitialspace=True))
    return [line]


def _number(text, row, column):
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if cleaned in ("", "-", "–"):
        return None
    try:
        value = Decimal(cleaned.replace(",", "."))
    except InvalidOperation as error:
        raise ChartDataError(
            _(
                "Row %(row)d, column %(column)d: “%(text)s” is not a number. "
                "Leave the cell empty if there is no figure."
            )
            % {"row": row, "column": column, "text": text.strip()}
        ) from error
    if not value.is_finite():
        raise ChartDataError(
            _("Row %(row)d, column %(column)d is not a number.") % {"row": row, "column": column}
        )
    return value


def parse(text):
    """The ``ChartData`` of an editor's table; ``ChartDataError`` with a helpful message otherwise."""
    lines = [line for line in (text or "").splitlines() if line.strip()]
    if len(lines) < 2:
        raise ChartDataError(
            _("Enter a header row (the names of the series) and at least one row of figures.")
        )
    if len(lines) > MAX_ROWS + 1:
        raise ChartDataError(_("A chart can have at most %(count)d rows.") % {"count": MAX_ROWS})
    header = [cell.strip() for cell in _split(lines[0])]
    names = header[1:]
    if not names or not all(names):
        raise ChartDataError(
            _("Name every series in the header row, for example “Year, Identified victims”.")
        )
    if len(names) > MAX_SERIES:
        raise ChartDataError(_("A chart can have at most %(count)d series.") % {"count": MAX_SERIES})
    labels = []
    columns = [[] for _name in names]
    for row_number, line in enumerate(lines[1:], start=2):
        cells = _split(line)
        if len(cells) > len(header):
            raise ChartDataError(_("Row %(row)d has more cells than the header row.") % {"row": row_number})
        cells += [""] * (len(header) - len(cells))
        label = cells[0].strip()
        if not label:
            raise ChartDataError(_("Row %(row)d has no year in its first cell.") % {"row": row_number})
        labels.append(label)
        for index, cell in enumerate(cells[1:]):
            columns[index].append(_number(cell, row_number, index + 2))
    series = [Series(name, values) for name, values in zip(names, columns, strict=True)]
    return ChartData(header[0], labels, series)


def format_value(value):
    if value is None:
        return "–"
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return number_format(value, force_grouping=True)


def summary(data, unit=""):
    """One sentence per series: its first and last figure, and its highest."""
    sentences = []
    for serie in data.series:
        known = [
            (label, value)
            for label, value in zip(data.labels, serie.values, strict=True)
            if value is not None
        ]
        if not known:
            sentences.append(_("%(series)s: no figures.") % {"series": serie.name})
            continue
        (first_label, first), (last_label, last) = known[0], known[-1]
        peak_label, peak = max(known, key=lambda item: item[1])
        parts = {
            "series": serie.name,
            "first": format_value(first),
            "first_label": first_label,
            "last": format_value(last),
            "last_label": last_label,
            "peak": format_value(peak),
            "peak_label": peak_label,
        }
        if len(known) == 1:
            sentence = _("%(series)s: %(first)s in %(first_label)s.") % parts
        else:
            sentence = (
                _(
                    "%(series)s: %(first)s in %(first_label)s and %(last)s in %(last_label)s; "
                    "the highest figure is %(peak)s (%(peak_label)s)."
                )
                % parts
            )
        missing = [label for label, value in zip(data.labels, serie.values, strict=True) if value is None]
        if missing:
            sentence += " " + _("No figure for %(labels)s.") % {"labels": ", ".join(missing)}
        sentences.append(sentence)
    return " ".join(sentences)


def as_csv(data):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([data.label_heading, *[serie.name for serie in data.series]])
    for label, values in data.rows:
        writer.writerow([label, *["" if value is None else str(value) for value in values]])
    return buffer.getvalue()


def svg(data, chart_type="bar", title="", unit="", element_id="chart"):
    """The chart as an inline ``<svg>`` string: site colours, no script, one labelled image."""
    import pygal
    from pygal.style import Style

    style = Style(
        background="#ffffff",
        plot_background="#ffffff",
        foreground="#1a1a1a",
        foreground_strong="#1a1a1a",
        foreground_subtle="#4a4a4a",
        colors=SERIES_COLOURS,
        opacity="1",
        opacity_hover="1",
        stroke_opacity="1",
        stroke_opacity_hover="1",
        stroke_width="3",
        stroke_width_hover="3",
        font_family='system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
        label_font_size=14,
        major_label_font_size=14,
        legend_font_size=15,
        title_font_size=16,
        value_font_size=13,
    )
    chart_class = pygal.Line if chart_type == "line" else pygal.Bar
    chart = chart_class(
        style=style,
        js=[],
        disable_xml_declaration=True,
        width=760,
        height=420,
        legend_at_bottom=True,
        legend_at_bottom_columns=1,
        truncate_legend=-1,
        y_title=unit or None,
        # The figures are in the table below the chart; numbers printed on dark bars would fail contrast.
        print_values=False,
        # A year without a figure breaks the line instead of joining its neighbours.
        allow_interruptions=True,
        dots_size=5,
        stroke_style={"width": 3},
        value_formatter=lambda value: format_value(Decimal(str(value))) if value is not None else "",
        include_x_axis=True,
        show_y_guides=True,
    )
    chart.x_labels = data.labels
    for serie in data.series:
        chart.add(serie.name, [None if value is None else float(value) for value in serie.values])
    output = chart.render(is_unicode=True)
    output = COMMENT.sub("", SCRIPT.sub("", output))
    # One image to assistive technology, named by the figure's caption and summary.
    name = escape(element_id)
    labelled = f'id="{name}-svg" role="img" aria-labelledby="{name}-title {name}-summary" focusable="false"'
    output = SVG_ID.sub(labelled, output, count=1)
    # pygal scopes its styles by the chart's id: keep them working under the new id.
    output = re.sub(r"#chart-[0-9a-f-]+", f"#{element_id}-svg", output)
    return output
