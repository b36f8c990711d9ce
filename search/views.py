"""The public search page: /lv/meklet/?q=... and /en/search/?q=...

Searches every live, public page of the site that exists in the visitor's language (an English
search lists only pages translated into English: ``website.translation_policy``), through the
configured Wagtail search backend (``search.backends``: Latvian and English analysis).
"""

import unicodedata
from hashlib import sha256
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import translate_url
from django.utils.cache import patch_cache_control
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Site
from wagtail.search.utils import normalise_query_string, parse_query_string

from search import analysis, titles, vocabulary
from search.backends.common import query_language
from search.privacy import record_search
from search.results import SearchResult, newest_first_among_ties, query_terms, type_key, type_label
from search.signals import answers_version
from website.fragment_cache import public
from website.translation_policy import current_language, translated_filter

MAX_QUERY_LENGTH = 100  # characters; longer queries are cut at a word boundary
RESULTS_PER_PAGE = 10
SCORE_FIELD = "search_score"
MIN_SUGGEST_LENGTH = 2  # letters typed before suggestions are looked for
FEW_RESULTS = 3  # fewer results than this, and "Did you mean" looks for a better spelling


def clean_query(raw):
    """The visitor's query as text that is safe to search for, show and store.

    Unicode is normalised (NFC), control, format and unassigned characters become spaces,
    runs of spaces collapse, and a query longer than ``MAX_QUERY_LENGTH`` is cut at the last
    space before the limit.
    """
    text = unicodedata.normalize("NFC", raw or "")
    text = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        cut = text[: MAX_QUERY_LENGTH + 1]
        text = cut.rsplit(" ", 1)[0] if " " in cut else cut[:MAX_QUERY_LENGTH]
    return text.strip()


def searchable_pages(request, language):
    """Live, public pages of the current site that exist in ``language``."""
    site = Site.find_for_request(request)
    pages = public(Page.objects.live()).filter(depth__gt=1)
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    translated = translated_filter(language)
    if translated:
        # The translation test is not an indexed filter field: keep it in a subquery on ids.
        pages = pages.filter(id__in=Page.objects.filter(translated).values("id"))
    return pages.specific()


def promotions(query, language, request):
    """Pages and links editors pinned for this query (Wagtail's search promotions)."""
    picks = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    items = []
    for pick in picks:
        if pick.page_id:
            page = pick.page
            if not page.live or page.get_view_restrictions().exists():
                continue
            if (
                translated_filter(language)
                and not Page.objects.filter(translated_filter(language), pk=page.pk).exists()
            ):
                continue
            items.append({"title": page.title, "url": page.get_url(request), "description": pick.description})
        elif pick.external_link_url:
            items.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
    return items


def other_language_searches(request, language, query):
    links = []
    for code, name in settings.LANGUAGES:
        if code != language:
            url = translate_url(request.path, code)
            links.append({"code": code, "name": name, "url": url + "?" + urlencode({"q": query})})
    return links


def did_you_mean(query, language, pages, total):
    """A corrected query when this one finds few pages and the correction finds more."""
    if total >= FEW_RESULTS:
        return None
    suggestion = vocabulary.suggest(query, language)
    if not suggestion:
        return None
    _filters, parsed = parse_query_string(suggestion, operator="and")
    found = pages.search(parsed, operator="and").count()
    return suggestion if found > total else None


class CountedResults:
    """Search results whose total is known already (the sum of the type counts).

    The paginator then slices them without asking the database to count the matches again.
    """

    def __init__(self, results, count):
        self.results = results
        self.total = count

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        return self.results[key]


def result_data(result):
    """A result as the template shows it, without the page object (so that it can be cached)."""
    return {
        "url": result.url,
        "title": result.title,
        "type_label": str(result.type_label),
        "date": result.date,
        "is_datetime": result.is_datetime,
        "snippet": result.snippet,
    }


def search_answer(request, language, query, selected_type, page_number):
    """What the results part of the search page shows, as plain data that can be cached.

    The ranked results of the requested page (title and snippet with the matched words marked,
    type, date, address), the counts per type, the resolved filter and page number, and the
    "Did you mean" suggestion.
    """
    _filters, parsed = parse_query_string(query, operator="and")
    pages = searchable_pages(request, language)
    with query_language(language):
        all_results = pages.search(parsed, operator="and").annotate_score(SCORE_FIELD)
        counts = all_results.facet("content_type_id")
        types = {}
        for content_type_id, count in counts.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is not None:
                key = type_key(model)
                item = types.setdefault(
                    key, {"key": key, "label": str(type_label(model)), "count": 0, "ids": []}
                )
                item["count"] += count
                item["ids"].append(content_type_id)
        types = sorted(types.values(), key=lambda item: (-item["count"], item["label"]))
        total = sum(item["count"] for item in types)
        selected = next((item for item in types if item["key"] == selected_type), None)
        if selected is not None:
            results = (
                pages.filter(content_type_id__in=selected["ids"])
                .search(parsed, operator="and")
                .annotate_score(SCORE_FIELD)
            )
            results = CountedResults(results, selected["count"])
        else:
            selected_type = ""
            results = CountedResults(all_results, total)
        paginator = Paginator(results, RESULTS_PER_PAGE)
        page_obj = paginator.get_page(page_number)
        terms = query_terms(query, language)
        shown = [
            result_data(SearchResult(page, terms, language, request))
            for page in newest_first_among_ties(page_obj, SCORE_FIELD)
        ]
        suggestion = did_you_mean(query, language, pages, total) if not selected_type else None
    return {
        "selected_type": selected_type,
        "types": types,
        "total": total,
        "filtered_total": paginator.count,
        "page_number": page_obj.number,
        "results": shown,
        "suggestion": suggestion,
    }


def cached_search_answer(request, language, query, selected_type, page_number):
    """``search_answer``, kept in the cache per site, language, query, filter and page number for
    ``SEARCH_CACHE_SECONDS`` (0: never), under the version that every change of a page, a document,
    a view restriction or a synonym group replaces (``search.signals``)."""
    seconds = settings.SEARCH_CACHE_SECONDS
    if seconds <= 0:
        return search_answer(request, language, query, selected_type, page_number)
    fingerprint = "|".join(
        [str(answers_version()), request.get_host(), language, query, selected_type, page_number]
    )
    key = "search:answer:" + sha256(fingerprint.encode()).hexdigest()
    answer = cache.get(key)
    if answer is None:
        answer = search_answer(request, language, query, selected_type, page_number)
        cache.set(key, answer, seconds)
    return answer


def search(request):
    language = current_language()
    query = clean_query(request.GET.get("q", ""))
    selected_type = request.GET.get("type", "")
    context = {
        "search_query": query,
        "selected_type": selected_type,
        "other_languages": other_language_searches(request, language, query),
        "results": [],
        "types": [],
        "total": 0,
    }
    if not query:
        return render(request, "search/search.html", context)

    answer = cached_search_answer(request, language, query, selected_type, request.GET.get("page") or "")
    selected_type = answer["selected_type"]
    # The page links only need the numbers: the results of the page shown are in the answer.
    paginator = Paginator(range(answer["filtered_total"]), RESULTS_PER_PAGE)
    page_obj = paginator.get_page(answer["page_number"])
    if page_obj.number == 1 and not selected_type:
        # The admin's "Search terms" report counts what visitors look for (search/privacy.py).
        record_search(query)

    base_query = {"q": query}
    if selected_type:
        base_query["type"] = selected_type
    suggestion = answer["suggestion"]
    context.update(
        {
            "selected_type": selected_type,
            "types": answer["types"],
            "total": answer["total"],
            "filtered_total": answer["filtered_total"],
            "results": answer["results"],
            "page_obj": page_obj,
            "paginator": paginator,
            "page_query": urlencode(base_query),
            "type_query": urlencode({"q": query}),
            "promotions": promotions(query, language, request) if page_obj.number == 1 else [],
            "suggestion": suggestion,
            "suggestion_query": urlencode({"q": suggestion}) if suggestion else "",
        }
    )
    return render(request, "search/search.html", context)


SUGGESTIONS = 8
SUGGEST_CACHE_SECONDS = 300


def suggestion_pages(request, language):
    """Live, public pages of the site in ``language``: base pages, titles and addresses only."""
    site = Site.find_for_request(request)
    pages = public(Page.objects.live()).filter(depth__gt=1)
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    return pages.filter(translated_filter(language))


def suggest(request):
    """Titles of pages whose title words start with what the visitor typed, as JSON.

    Every typed word must start a word of the title (``search.titles``: an indexed table of
    title words, not the full-text index).

    ``GET <search>/suggest/?q=cilv`` → ``{"query": "cilv", "suggestions": [{"title", "url"}]}``,
    at most ``SUGGESTIONS``, in the visitor's language. Answers are cached for a few minutes on
    the server (per site, language and folded query) and may be cached by browsers and proxies:
    they hold nothing private, only live public pages.
    """
    language = current_language()
    query = clean_query(request.GET.get("q", ""))
    folded = analysis.fold(query)
    suggestions = []
    if len(folded.strip()) >= MIN_SUGGEST_LENGTH:
        # Keyed by host, not by the site record: a cached answer costs no database query.
        # The version changes whenever a page is published, unpublished, moved or deleted.
        version = answers_version()
        key = (
            "search:suggest:"
            + sha256(f"{version}|{request.get_host()}|{language}|{folded}".encode()).hexdigest()
        )
        suggestions = cache.get(key)
        if suggestions is None:
            pages = titles.matching(suggestion_pages(request, language), language, query, SUGGESTIONS)
            suggestions = [{"title": page.title, "url": page.get_url(request)} for page in pages]
            cache.set(key, suggestions, SUGGEST_CACHE_SECONDS)
    response = JsonResponse({"query": query, "suggestions": suggestions})
    patch_cache_control(response, public=True, max_age=SUGGEST_CACHE_SECONDS)
    return response
