"""Fuzzing in the suite: odd input at every public URL pattern, in both languages, never a 5xx.

No time limit is asserted here (timings belong in ``bench/``); a hang shows as a stuck run.

Hypothesis builds paths that match (or almost match) each public URL pattern of the project and
of one live page of each type and its own routes (news archive years, calendar months, feeds, iCal), and throws
odd query strings at them: search operators, Unicode, dates that do not exist, huge and negative
page numbers, unknown categories. Bounded and derandomised, so every run tries the same cases and
takes about the same time. Runs on whichever database the suite runs on (CI: SQLite and PostgreSQL).
"""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

import pytest
from django.conf import settings
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

pytestmark = pytest.mark.django_db

EXAMPLES_PER_PATTERN = 8  # per URL pattern and language
EXAMPLES_PER_PAGE = 3  # per plain page: only the query string varies
PRIVATE_PREFIXES = ("admin/",)

ODD_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "AND",
            "OR NOT",
            '"',
            '"darbs" -vīza',
            "*",
            "darb*",
            "a:b",
            "title:x",
            "'; DROP TABLE wagtailcore_page; --",
            "<script>alert(1)</script>",
            "%00",
            "\x00",
            "\u202e",
            "𝕌𝕟𝕚𝕔𝕠𝕕𝕖",
            "ā" * 500,
            "2023-02-30",
            "9999-99-99",
            "0",
            "-1",
            "1e9",
            "99999999999999999999",
            "NaN",
            "training",
            "nav-tadas",
        ]
    ),
)
QUERY_KEYS = ["q", "page", "category", "type", "year", "month", "date", "tag", "lang", "format"]
QUERIES = st.dictionaries(st.sampled_from(QUERY_KEYS) | st.text(min_size=1, max_size=8), ODD_TEXT, max_size=4)


@dataclass
class Target:
    name: str
    prefix: str
    suffix: st.SearchStrategy
    examples: int = EXAMPLES_PER_PATTERN


def pattern_suffixes(regex):
    """Strings that match ``regex``, and a few that nearly do."""
    return st.one_of(
        st.from_regex(regex, fullmatch=True),
        st.from_regex(regex, fullmatch=True).map(lambda s: s + "x/"),
        st.from_regex(regex, fullmatch=True).map(lambda s: s.rstrip("/")),
    )


def url_pattern_targets():
    """The project's public URL patterns (not the admin), in the active language."""
    targets = []

    def walk(patterns, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if isinstance(pattern.pattern, LocalePrefixPattern):
                    walk(pattern.url_patterns, prefix + pattern.pattern.language_prefix)
                elif not str(pattern.pattern).startswith(PRIVATE_PREFIXES):
                    sub = prefix + str(pattern.pattern) if str(pattern.pattern) else prefix
                    walk(pattern.url_patterns, sub.replace("^", "").replace("$", ""))
            elif not (prefix + str(pattern.pattern)).startswith(PRIVATE_PREFIXES):
                name = pattern.name or str(pattern.pattern)
                targets.append(
                    Target(f"{prefix}{name}", "/" + prefix, pattern_suffixes(pattern.pattern.regex))
                )

    walk(get_resolver().url_patterns, "")
    return targets


def page_targets():
    """One live page of each page type in the active language, with its own routes
    (RoutablePageMixin): pages of one type share their view, so more of them add no new code path."""
    targets = []
    seen_types = set()
    for page in Page.objects.live().public().order_by("path").specific():
        url = page.get_url()
        if not url or type(page) in seen_types:
            continue
        seen_types.add(type(page))
        targets.append(Target(url, url, st.just(""), EXAMPLES_PER_PAGE))
        if isinstance(page, RoutablePageMixin):
            for route in page.get_subpage_urls():
                targets.append(Target(f"{url} {route.name}", url, pattern_suffixes(route.pattern.regex)))
    return targets


def fetch(client, path, query):
    return client.get(path, QUERY_STRING=query, HTTP_ACCEPT="text/html")


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_odd_requests_to_every_public_url_pattern_never_fail(client, language):
    with translation.override(language):
        targets = url_pattern_targets() + page_targets()
    names = {target.name for target in targets}
    assert any("meklet" in n or "search" in n for n in names)
    assert any("month_view" in n for n in names)
    assert any("feed" in n for n in names)

    print(f"{len(targets)} targets in {language}")
    for target in targets:
        throw_odd_requests(client, language, target)


def throw_odd_requests(client, language, target):
    @hypothesis_settings(
        max_examples=target.examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    )
    @given(suffix=target.suffix, query=QUERIES)
    def request_target(suffix, query):
        path = quote(target.prefix + suffix, safe="/%")
        with translation.override(language):
            response = fetch(client, path, urlencode(query))
        assert response.status_code < 500, (target.name, path, query)

    request_target()
