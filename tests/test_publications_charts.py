"""An editor enters yearly figures; visitors get a chart, the same figures as a table, a summary in
words and a CSV file, all of which agree with what the editor entered."""

import csv
import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from publications import charts
from publications.blocks import ChartBlock
from tests.factories.publications import make_index, make_statistics_page
from tests.helpers import soup

pytestmark = pytest.mark.django_db

FIGURES = "Gads, Identificētie upuri, Kriminālprocesi\n2016, 17, 4\n2019, 39,\n2021, 61, 4\n"


def chart(data=FIGURES, chart_type="bar", **extra):
    return {
        "type": "chart",
        "value": {
            "title": "Upuri un kriminālprocesi",
            "chart_type": chart_type,
            "unit": "gadījumi",
            "data": data,
            "description": "",
            "sources": "<p>Avots: pārskati.</p>",
            **extra,
        },
    }


@pytest.fixture
def statistics(home_page):
    return make_statistics_page(make_index(home_page), [chart()])


def series_bar_heights(svg):
    """``{series index: [bar height, ...]}`` read from pygal's SVG."""
    heights = {}
    for index, group in enumerate(re.split(r'<g class="series serie-\d+ color-\d+">', svg)[1:]):
        heights[index] = [float(h) for h in re.findall(r'<g class="bar"><rect [^>]*height="([\d.]+)"', group)]
    return heights


def test_the_svg_is_one_labelled_image_with_no_script_and_bars_in_proportion_to_the_figures(
    client, statistics
):
    response = client.get(statistics.url)
    assert response.status_code == 200
    page = soup(response)
    svg = page.select_one(".chart svg")
    assert svg["role"] == "img"
    title_id, summary_id = svg["aria-labelledby"].split()
    assert page.find(id=title_id).get_text(strip=True) == "Upuri un kriminālprocesi"
    assert "17" in page.find(id=summary_id).get_text()
    assert not page.select("main script")
    heights = series_bar_heights(str(svg))
    # Series 1: 17, 39, 61. Series 2: 4, (no figure), 4 -> two bars, no bar drawn as zero.
    assert len(heights[0]) == 3 and len(heights[1]) == 2
    scale = heights[0][0] / 17
    assert heights[0][1] == pytest.approx(39 * scale, rel=0.01)
    assert heights[0][2] == pytest.approx(61 * scale, rel=0.01)
    assert heights[1] == pytest.approx([4 * scale, 4 * scale], rel=0.01)
    legend = [text.get_text() for text in svg.select(".legends text")]
    assert legend == ["Identificētie upuri", "Kriminālprocesi"]


def test_the_table_holds_exactly_the_figures_with_the_missing_one_marked(client, statistics):
    table = soup(client.get(statistics.url)).select_one("table.chart__table")
    assert [th.get_text(strip=True) for th in table.select("thead th")] == [
        "Gads",
        "Identificētie upuri",
        "Kriminālprocesi",
    ]
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.select("th, td")] for row in table.select("tbody tr")
    ]
    assert rows == [["2016", "17", "4"], ["2019", "39", "– nav skaitļa"], ["2021", "61", "4"]]
    assert all(th["scope"] == "row" for th in table.select("tbody th"))


def test_the_summary_says_first_last_and_highest_figures_and_the_missing_year(client, statistics):
    summary = soup(client.get(statistics.url)).select_one(".chart__summary").get_text(" ", strip=True)
    assert "Identificētie upuri: 17 (2016) un 61 (2021); lielākais skaitlis ir 61 (2021)." in summary
    assert "Nav skaitļa par: 2019." in summary


def test_the_csv_download_has_the_same_figures(client, statistics):
    link = soup(client.get(statistics.url)).select_one(".chart__download a")
    response = client.get(link["href"])
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="upuri-un-kriminalprocesi.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [
        ["Gads", "Identificētie upuri", "Kriminālprocesi"],
        ["2016", "17", "4"],
        ["2019", "39", ""],
        ["2021", "61", "4"],
    ]


def test_an_unknown_chart_has_no_csv(client, statistics):
    assert client.get(statistics.url + "csv/nav-tada/").status_code == 404


def test_a_line_chart_breaks_where_a_year_has_no_figure(client, home_page):
    data = "Gads, Kriminālprocesi\n2016, 4\n2017, 5\n2018,\n2019, 6\n2020, 7\n"
    page = make_statistics_page(make_index(home_page), [chart(data=data, chart_type="line")])
    svg = soup(client.get(page.url)).select_one(".chart svg")
    pieces = [path["d"] for path in svg.select(".series path.line")]
    # 2016-2017 and 2019-2020: two pieces of two points each, no line drawn through 2018.
    assert len(pieces) == 2
    assert all(piece.count("M") == 1 and piece.count("L") == 1 for piece in pieces)
    assert len(svg.select(".series circle.dot")) == 4


def test_the_english_page_shows_its_own_figures_and_an_english_summary(client, home_page):
    english = chart(data="Year, Identified victims\n2020, 48\n2021, 61\n")
    english["value"]["title"] = "Identified victims"
    page = make_statistics_page(
        make_index(home_page), [chart()], title_en="Statistics test", body_en=[english]
    )
    with translation.override("en"):
        url = page.get_url()
    assert url.startswith("/en/")
    response = client.get(url)
    assert response.status_code == 200
    summary = soup(response).select_one(".chart__summary").get_text(" ", strip=True)
    assert "Identified victims: 48 in 2020 and 61 in 2021; the highest figure is 61 (2021)." in summary


@pytest.mark.parametrize(
    "data,message",
    [
        ("Gads, Upuri\n2016, septiņpadsmit", "Row 2, column 2: “septiņpadsmit” is not a number"),
        ("Gads, Upuri", "at least one row of figures"),
        ("Gads,\n2016, 1", "Name every series"),
        ("Gads, Upuri\n, 17", "Row 2 has no year"),
        ("Gads, Upuri\n2016, 1, 2", "Row 2 has more cells"),
    ],
)
def test_figures_an_editor_mistyped_are_refused_with_where_and_why(data, message):
    block = ChartBlock()
    value = block.to_python(chart(data=data)["value"])
    with translation.override("en"), pytest.raises(ValidationError) as error:
        block.clean(value)
    assert message in str(error.value.block_errors["data"])


def test_pasted_spreadsheet_cells_and_decimal_commas_are_read():
    data = charts.parse("Year\tShare\n2020\t1,5\n2021\t\n")
    assert data.labels == ["2020", "2021"]
    assert [str(value) if value is not None else None for value in data.series[0].values] == ["1.5", None]
