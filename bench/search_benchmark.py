"""Search latency at 10,000 articles, this site's search next to Wagtail's default, one run.

Run by hand (not part of the test suite), on SQLite and on PostgreSQL:

    WEBSITE_VAR_DIR=/tmp/search-bench .venv/bin/python bench/search_benchmark.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_bench .venv/bin/python bench/search_benchmark.py

It builds a throw-away database (the SQLite file in WEBSITE_VAR_DIR, or the PostgreSQL database
of DATABASE_URL, which it empties first), loads the demo site and N articles with Latvian and
English text (``--articles``, 10,000 by default), then for each configuration:

1. builds the search index (timed),
2. runs every query of ``QUERIES`` ``--rounds`` times: the first page of results (10 pages,
   with their specific fields) and the total count, as the search page does,
3. reports the median and 95th percentile latency and how many queries found anything.

For this site's configuration it also times the whole search page and the suggestions as you
type (``SUGGEST_QUERIES``, the endpoint behind the header's combobox): with its own cache
dropped before every request (the other caches of the site warm), with the whole server cache
cleared before every request, and with its answers cached (median and 95th percentile over
``--rounds`` x ``SUGGEST_QUERIES``, then per typed prefix with how many titles it suggested).
``--skip-default`` leaves Wagtail's default out; ``--suggestions-only`` measures only the
suggestions (no search queries, no whole pages).

Configurations: ``site`` (search.backends: Latvian/English analysis) and ``wagtail-default``
(``wagtail.search.backends.database`` as configured out of the box). Finally it times the whole
search page (``/lv/meklet/`` and ``/en/search/``) through Django's test client.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.dev")
os.environ.setdefault("WEBSITE_VAR_DIR", "/tmp/search-bench")

# Latvian and English vocabulary in several inflected forms; sentences are drawn from these.
LV_WORDS = """
cilvēku cilvēki cilvēkiem tirdzniecība tirdzniecības tirdzniecību tirdzniecībā ziņojums ziņojumā
ziņojumu ziņojumi ziņojumiem upuri upuriem upuru upuris cietušie cietušajiem cietušo palīdzība
palīdzību palīdzības policija policijā policijas robežsargi robežsargiem skolotāji skolotājiem
bērni bērnu bērniem darba devēji devējiem sociālie sociālajiem darbinieki darbiniekiem patversme
patversmē drošā māja mājā tiesības tiesību ekspluatācija ekspluatācijas piespiedu darbs darbā
vervēšana vervēšanas sludinājumi sludinājumos ārzemēs ārzemes līgums līgumu pase pases laulība
laulībām konsultācijas konsultācijām psihologs psihologa jurists juristam valsts iestādes iestādēm
starptautiskā konference konferencē pašvaldība pašvaldībām ģimene ģimenēm atbalsts atbalstu
klīnika klīnikas vīza vīzām noziegums noziegumiem prostitūcija ubagošana orgānu statistika
novēršana novēršanā apkarošana mācības semināri ministrija projekts projektā sadarbība riski
jaunieši internetā Latvijā Rīgā Eiropas Savienības pakalpojumi rehabilitācija strādāja strādāt
palīdz palīdzēt mācās identificēja aizsargā ziņoja
""".split()
EN_WORDS = """
human trafficking trafficked victims victim support shelter shelters police border guards
teachers children employers social workers safe house rights exploitation forced labour
recruitment advertisements abroad contract passport marriages counselling psychologist lawyer
state institutions international conference municipalities families help clinic visa crime
prostitution begging organs statistics prevention combating training seminars ministry project
cooperation risks young people online Latvia Riga European Union services rehabilitation report
reports reported identifying identified protects protected
""".split()

ARTICLES_PER_SECTION = 100

QUERIES = [
    ("lv", "zinojums"),
    ("lv", "cilveku tirdznieciba"),
    ("lv", "klīnika"),
    ("lv", "palidziba cietusajiem"),
    ("lv", "policija"),
    ("lv", "skolotajs"),
    ("lv", "darba devejs"),
    ("lv", "patversme"),
    ("lv", "ekspluatacija"),
    ("lv", "vizas"),
    ("lv", '"cilvēku tirdzniecības novēršana"'),
    ("lv", "organu tirdznieciba"),
    ("lv", "strādāt ārzemēs"),
    ("lv", "konference Riga"),
    ("lv", "neeksistejossvards"),
    ("en", "victims"),
    ("en", "trafficking"),
    ("en", "border guard"),
    ("en", "identifying victims"),
    ("en", "forced labour"),
    ("en", "shelters"),
    ("en", "recruiting"),
    ("en", '"human trafficking"'),
    ("en", "families help"),
    ("en", "nonexistentword"),
]


def sentence(rng, words, length):
    return " ".join(rng.choice(words) for _ in range(length)).capitalize() + "."


def paragraph(rng, words):
    return " ".join(sentence(rng, words, rng.randint(8, 16)) for _ in range(rng.randint(4, 8)))


def prepare_database():
    import django
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        Path(database["NAME"]).unlink(missing_ok=True)
    else:
        import psycopg2

        admin = psycopg2.connect(
            dbname="postgres", user=database["USER"], host=database["HOST"], port=database["PORT"] or 5432
        )
        admin.autocommit = True
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{database["NAME"]}"')
            cursor.execute(f'CREATE DATABASE "{database["NAME"]}"')
        admin.close()
    django.setup()


def load_articles(count, stdout):
    from django.core.management import call_command
    from django.db import transaction
    from django.db.models.signals import post_save
    from django.utils import timezone, translation
    from modelsearch.signal_handlers import post_save_signal_handler

    from home.models import HomePage, StandardPage

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo_content", "--skip-index", stdout=open(os.devnull, "w"))
    # Indexed once, below, per configuration; not page by page while loading.
    post_save.disconnect(post_save_signal_handler, sender=StandardPage)
    rng = random.Random(2024)
    home = HomePage.objects.get()
    started = time.perf_counter()
    with translation.override("lv"), transaction.atomic():
        archive = StandardPage(
            title="Arhīvs", title_lv="Arhīvs", title_en="Archive", slug="arhivs", live=True
        )
        home.add_child(instance=archive)
        parent = archive
        for number in range(count):
            if number % ARTICLES_PER_SECTION == 0:
                # Sections keep sibling lists short: Wagtail checks slugs among siblings on save.
                section = number // ARTICLES_PER_SECTION
                parent = StandardPage(
                    title=f"Sadaļa {section}",
                    title_lv=f"Sadaļa {section}",
                    title_en=f"Section {section}",
                    slug=f"sadala-{section}",
                    live=True,
                )
                archive.add_child(instance=parent)
            translated = number % 4 != 0  # a quarter Latvian only, as on the real site
            title_lv = sentence(rng, LV_WORDS, rng.randint(4, 8))[:-1]
            title_en = sentence(rng, EN_WORDS, rng.randint(4, 8))[:-1] if translated else None
            page = StandardPage(
                title=title_lv,
                title_lv=title_lv,
                title_en=title_en,
                slug=f"raksts-{number}",
                slug_en=f"article-{number}" if translated else None,
                lead_lv=sentence(rng, LV_WORDS, 20),
                lead_en=sentence(rng, EN_WORDS, 20) if translated else "",
                body_lv=[("paragraph", f"<p>{paragraph(rng, LV_WORDS)}</p>")],
                body_en=[("paragraph", f"<p>{paragraph(rng, EN_WORDS)}</p>")] if translated else [],
                live=True,
                first_published_at=timezone.now(),
            )
            parent.add_child(instance=page)
            if number and number % 2000 == 0:
                stdout(f"  {number} articles")
    stdout(f"Loaded {count} articles in {time.perf_counter() - started:.0f} s")


def build_index(backend_name):
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("update_index", backend_name=backend_name, stdout=open(os.devnull, "w"))
    return time.perf_counter() - started


def searchable(language):
    from wagtail.models import Page

    from website.translation_policy import translated_filter

    pages = Page.objects.live().public().filter(depth__gt=1)
    if language != "lv":
        pages = pages.filter(id__in=Page.objects.filter(translated_filter(language)).values("id"))
    return pages.specific()


class QueryTimeout(Exception):
    pass


def limit_query_time(seconds):
    """Abort any one SQL statement after ``seconds`` (a slow configuration must not take hours)."""
    from django.db import connection

    connection.ensure_connection()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"SET statement_timeout = {int(seconds * 1000)}")
        return
    state = {}

    def handler():
        return 1 if time.perf_counter() - state.get("started", time.perf_counter()) > seconds else 0

    connection.connection.set_progress_handler(handler, 10_000)
    return state


def run_queries(backend, rounds, use_language, timeout):
    from django.db import DatabaseError, transaction
    from wagtail.search.utils import parse_query_string

    from search.backends.common import query_language

    state = limit_query_time(timeout)
    if state is None:
        state = {}
    timings = []
    found = {}
    for _round in range(rounds):
        for language, query in QUERIES:
            _filters, parsed = parse_query_string(query, operator="and")
            started = time.perf_counter()
            state["started"] = started
            try:
                with transaction.atomic(), query_language(language if use_language else None):
                    results = backend.search(parsed, searchable(language), operator="and")
                    first_page = list(results[:10])
                    total = results.count()
            except DatabaseError:
                timings.append(float("inf"))
                found[(language, query)] = ("timeout", 0)
                continue
            timings.append((time.perf_counter() - started) * 1000)
            found[(language, query)] = (total, len(first_page))
    state.pop("started", None)
    return timings, found


def describe(timings):
    if not timings:
        return ""
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered))) - 1)]
    return f"median {statistics.median(ordered):6.1f} ms   p95 {p95:6.1f} ms"


def time_pages(rounds):
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    timings = []
    for _round in range(rounds):
        for language, query in QUERIES:
            url = "/lv/meklet/" if language == "lv" else "/en/search/"
            started = time.perf_counter()
            response = client.get(url, {"q": query})
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, query, response.status_code)
    return timings


# Prefixes typed into the header search box (suggestions as you type).
SUGGEST_QUERIES = [
    ("lv", "ci"),
    ("lv", "cilv"),
    ("lv", "zinoj"),
    ("lv", "tirdz"),
    ("lv", "palidz"),
    ("lv", "policija"),
    ("lv", "darba dev"),
    ("lv", "qx"),
    ("en", "tr"),
    ("en", "traff"),
    ("en", "victim"),
    ("en", "border g"),
]


def time_suggestions(rounds, cache_state, per_query=None):
    """The suggestion endpoint through Django's test client.

    ``cache_state``: ``"warm"`` (answers cached), ``"uncached"`` (the suggestions' own cache
    dropped before every request, as when a page is published; the site's other caches warm)
    or ``"empty"`` (the whole server cache cleared before every request).
    ``per_query``, a dict, receives ``{(language, prefix): (timings, number of suggestions)}``.
    """
    import json

    from django.core.cache import cache
    from django.test import Client

    from search.signals import forget_answers

    client = Client(HTTP_HOST="localhost")
    timings = []
    for _round in range(rounds):
        for language, query in SUGGEST_QUERIES:
            url = "/lv/meklet/ieteikumi/" if language == "lv" else "/en/search/suggest/"
            if cache_state == "empty":
                cache.clear()
            elif cache_state == "uncached":
                forget_answers()
            started = time.perf_counter()
            response = client.get(url, {"q": query})
            elapsed = (time.perf_counter() - started) * 1000
            timings.append(elapsed)
            assert response.status_code == 200, (url, query, response.status_code)
            if per_query is not None:
                found = len(json.loads(response.content)["suggestions"])
                per_query.setdefault((language, query), ([], found))[0].append(elapsed)
    return timings


def report_suggestions(rounds):
    per_query = {}
    uncached = time_suggestions(rounds, "uncached", per_query=per_query)
    print(f"{'suggestions':16} {'':10}   {describe(uncached)}   (their cache dropped)")
    empty = time_suggestions(rounds, "empty")
    print(f"{'suggestions':16} {'':10}   {describe(empty)}   (whole server cache empty)")
    cached = time_suggestions(rounds, "warm")
    print(f"{'suggestions':16} {'':10}   {describe(cached)}   (answers cached)")
    for (language, query), (timings, found) in per_query.items():
        print(f"  {language} {query!r:14} {describe(timings)}   {found} suggested   (their cache dropped)")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--default-rounds", type=int, default=1, help="rounds for Wagtail's default (slow at 10,000)"
    )
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before one query is cut off")
    parser.add_argument("--skip-default", action="store_true", help="measure this site's search only")
    parser.add_argument(
        "--suggestions-only", action="store_true", help="measure only the suggestions as you type"
    )
    parser.add_argument(
        "--reuse-database",
        action="store_true",
        help="keep the database of an earlier run (migrated, re-indexed) instead of loading it again",
    )
    args = parser.parse_args()

    from django.conf import settings

    settings.DEBUG = False  # no query log: measure what production does
    # Both configurations share the index table; each is rebuilt before it is measured.
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends"},
        "wagtail-default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False},
    }
    if args.reuse_database:
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", interactive=False, verbosity=0)
    else:
        prepare_database()
    from django.db import connection
    from wagtail.search.backends import get_search_backend

    print(f"Database: {connection.vendor}; {args.articles} articles; {args.rounds} x {len(QUERIES)} queries")
    if not args.reuse_database:
        load_articles(args.articles, print)

    if args.suggestions_only:
        seconds = build_index("default")
        print(f"{'site':16} index {seconds:6.1f} s")
        report_suggestions(args.rounds)
        return
    configurations = [
        ("site", "default", True, args.rounds),
        ("wagtail-default", "wagtail-default", False, args.default_rounds),
    ][: 1 if args.skip_default else 2]
    found_by = {}
    for name, backend_name, use_language, rounds in configurations:
        seconds = build_index(backend_name)
        backend = get_search_backend(backend_name)
        timings, found = run_queries(backend, rounds, use_language, args.timeout)
        found_by[name] = found
        hits = sum(1 for total, _shown in found.values() if total and total != "timeout")
        timeouts = sum(1 for total, _shown in found.values() if total == "timeout")
        print(
            f"{name:16} index {seconds:6.1f} s   {describe(timings)}   with results {hits}/{len(QUERIES)}"
            + (f"   cut off after {args.timeout:.0f} s: {timeouts}" if timeouts else "")
        )
        if name == "site":
            page_timings = time_pages(args.rounds)
            print(f"{'site, whole page':16} {'':10}   {describe(page_timings)}")
            report_suggestions(args.rounds)

    print("\nResults per query (site / wagtail-default):")
    for key in QUERIES:
        site, default = found_by["site"][key][0], found_by.get("wagtail-default", {}).get(key, ("-",))[0]
        print(f"  {key[0]} {key[1]!r:40} {site:6} / {default:6}")


if __name__ == "__main__":
    main()
