"""Page speed: this site next to a bare Wagtail page, and flat from the demo site to a large archive.

Run by hand (it takes a few minutes; nothing here runs in the test suite)::

    .venv/bin/python bench/pages.py                                   # throughput table
    .venv/bin/python bench/pages.py --articles 10000 --events 2000    # + the large-archive table

**Throughput.** A reference site is built from Wagtail's own project template (``wagtail start``)
with one page holding the seed article's text (``news/demo.py``) under its home page. Both sites
run under gunicorn (2 sync workers, production settings, DEBUG off) on SQLite and on PostgreSQL,
and wrk (or a Python load generator when wrk is missing) alternates between all targets round
after round in one run. It prints requests/s and the ratio to the bare Wagtail page on the same
database. Nothing is cached in front of either site: each request runs Django and Wagtail. The
search is measured twice: as visitors repeat it (its answer cached, as the site runs), and on a
second server of the same site with ``SEARCH_CACHE_SECONDS=0``, where every search is answered
from the database, as a new query is.

**Large archive** (``--articles N --events M``). A second copy of this site gets N more articles and
M more events, loaded in bulk (base rows with ``bulk_create``, then the page types' own rows, with
valid tree paths, ``numchild`` and translated URL paths, checked as treebeard's ``find_problems``
checks them), then the search index is rebuilt. Bulk articles are dated between 2012 and October
2022 (older than the seed article) and bulk events between 2013 and August 2023 (before the month
measured), as a long archive grows. The demo-sized site and the large one are measured side by side,
request after request: the median time of one request for the article, the news index's first and
last page, a year archive, a month view and a search, and the median time to publish one more
article (``add_child`` then ``save_revision().publish()``).

PostgreSQL databases are created and dropped by this script: ``--pg`` gives the server
(default ``postgres://postgres@127.0.0.1:5432``) and ``--pg-prefix`` their names' prefix.
Ports ``--port`` to ``--port + 9`` are used. ``--sqlite-only`` / ``--postgres-only`` limit the run.
"""

import argparse
import datetime
import http.client
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SECRET = "bench-" + "k7Qz" * 16

# Pages measured on this site, Latvian (the default language).
SEED_PATH = (
    "/lv/jaunumi/"
    "jaunakais-baltijas-juras-valstu-regiona-zinojums-par-aktivitatem-cilveku-tirdzniecibas-noversana/"
)
HOME_PATH = "/lv/"
NEWS_PATH = "/lv/jaunumi/"
MONTH_PATH = "/lv/notikumu-kalendars/2023/09/"
YEAR_PATH = "/lv/jaunumi/2022/"
SEARCH_PATH = "/lv/meklet/?q=" + urllib.parse.quote("cilvēku tirdzniecība")
REFERENCE_PATH = "/seed-article/"


# Running things ---------------------------------------------------------------------------------


def run(cmd, env=None, cwd=ROOT, quiet=True):
    result = subprocess.run(
        [str(part) for part in cmd],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE if quiet else None,
        stderr=subprocess.STDOUT if quiet else None,
        text=True,
    )
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}\n{result.stdout or ''}")
    return result.stdout or ""


def log(message):
    print(message, file=sys.stderr, flush=True)


class Database:
    def __init__(self, kind, name, workdir, pg):
        self.kind, self.name = kind, name
        self.path = workdir / f"{name}.sqlite3"
        self.url = f"{pg}/{name}" if kind == "postgresql" else f"sqlite:///{self.path}"
        self.pg = pg

    def create(self):
        if self.kind == "postgresql":
            import psycopg2

            connection = psycopg2.connect(f"{self.pg}/postgres")
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
                cursor.execute(f'CREATE DATABASE "{self.name}"')
            connection.close()
        elif self.path.exists():
            self.path.unlink()

    def drop(self):
        if self.kind == "postgresql":
            import psycopg2

            connection = psycopg2.connect(f"{self.pg}/postgres")
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            connection.close()


# This site ---------------------------------------------------------------------------------------


def site_env(database, var_dir):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DEBUG="false",
        WEBSITE_VAR_DIR=str(var_dir),
        STATIC_ROOT=str(var_dir / "static"),
        MEDIA_ROOT=str(var_dir / "media"),
        DATABASE_URL=database.url,
    )
    env.pop("REDIS_URL", None)  # each site keeps its own per-process cache (several sites run at once)
    return env


def build_site(database, var_dir, articles=0, events=0):
    log(f"building this site on {database.kind} ({database.name})")
    var_dir.mkdir(parents=True, exist_ok=True)
    database.create()
    env = site_env(database, var_dir)
    manage = [BIN / "python", ROOT / "manage.py"]
    run([*manage, "migrate", "--noinput"], env)
    run([*manage, "load_demo_content", "--skip-index"], env)
    if articles or events:
        started = time.perf_counter()
        run([BIN / "python", __file__, "--bulk-load", str(articles), str(events)], env, quiet=False)
        log(f"  bulk-loaded {articles} articles and {events} events in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    run([*manage, "update_index"], env)
    log(f"  search index built in {time.perf_counter() - started:.1f} s")
    run([*manage, "collectstatic", "--noinput"], env)
    return env


# The reference: Wagtail's own project template ------------------------------------------------------

REFERENCE_MODEL = """
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    body = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
"""

REFERENCE_TEMPLATE = """{% extends "base.html" %}
{% load wagtailcore_tags %}
{% block body_class %}template-homepage{% endblock %}
{% block content %}
<article>
  <h1>{{ page.title }}</h1>
  {{ page.body|richtext }}
</article>
{% endblock content %}
"""

REFERENCE_LOCAL_SETTINGS = """import os

import dj_database_url

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The same persistent connections as the site measured next to it.
    DATABASES["default"]["CONN_MAX_AGE"] = 600
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
"""


def seed_article_html():
    """The seed article's Latvian title and text, as one rich-text body (printed as JSON)."""
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from news import demo

    spec = demo.seed_article()
    parts = [f"<p>{spec['lead_lv']}</p>"]
    for block in spec["body_lv"]:
        if block["type"] == "text":
            parts.append(block["value"])
        elif block["type"] == "list":
            parts.append(f"<p>{block['value']['intro']}</p>")
            parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in block["value"]["items"]) + "</ul>")
    print(json.dumps([spec["title_lv"], "".join(parts)]))


def reference_env(database, project_dir):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="refsite.settings.production",
        SECRET_KEY=SECRET,
        DATABASE_URL=database.url,
        PYTHONPATH=str(project_dir),
    )
    return env


def build_reference(database, workdir):
    log(f"building the bare Wagtail site on {database.kind} ({database.name})")
    project_dir = workdir / f"reference-{database.kind}"
    if project_dir.exists():
        shutil.rmtree(project_dir)
    project_dir.mkdir(parents=True)
    run([BIN / "wagtail", "start", "refsite", project_dir])
    (project_dir / "home" / "models.py").write_text(REFERENCE_MODEL)
    (project_dir / "home" / "templates" / "home" / "home_page.html").write_text(REFERENCE_TEMPLATE)
    (project_dir / "refsite" / "settings" / "local.py").write_text(REFERENCE_LOCAL_SETTINGS)
    database.create()
    env = reference_env(database, project_dir)
    manage = [BIN / "python", project_dir / "manage.py"]
    run([*manage, "makemigrations", "home"], env, cwd=project_dir)
    run([*manage, "migrate", "--noinput"], env, cwd=project_dir)
    run([*manage, "collectstatic", "--noinput"], env, cwd=project_dir)
    env_text = dict(os.environ, DJANGO_SETTINGS_MODULE="website.settings.test")
    title, body = json.loads(
        run([BIN / "python", __file__, "--seed-text"], env_text).strip().splitlines()[-1]
    )
    script = (
        "from home.models import HomePage\n"
        "home = HomePage.objects.get(depth=2)\n"
        f"page = home.add_child(instance=HomePage(title={title!r}, slug='seed-article', body={body!r}))\n"
        "page.save_revision().publish()\n"
    )
    run([*manage, "shell", "-c", script], env, cwd=project_dir)
    return env, project_dir


# Serving -----------------------------------------------------------------------------------------


class Server:
    def __init__(self, name, env, cwd, app, port):
        self.name, self.port = name, port
        self.process = subprocess.Popen(
            [
                BIN / "gunicorn",
                app,
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            cwd=cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def wait(self, path):
        deadline = time.time() + 90
        while time.time() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"{self.name} did not start:\n{self.process.stderr.read()}")
            try:
                status, _ = fetch(self.port, path)
                if status == 200:
                    return
                sys.exit(f"{self.name} answers {status} for {path}")
            except OSError:
                time.sleep(0.3)
        sys.exit(f"{self.name} did not answer within 90 s")

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)


def fetch(port, path, connection=None):
    own = connection is None
    connection = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    body = response.read()
    if own:
        connection.close()
    return response.status, body


# Load generation ---------------------------------------------------------------------------------


def wrk_rate(url, seconds, connections):
    output = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", url], capture_output=True, text=True
    ).stdout
    if "Non-2xx or 3xx responses" in output:
        sys.exit(f"errors while loading {url}:\n{output}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def python_rate(url, seconds, connections):
    parsed = urllib.parse.urlsplit(url)
    path = parsed.path + ("?" + parsed.query if parsed.query else "")
    counts = [0] * connections
    stop = time.perf_counter() + seconds

    def worker(slot):
        connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
        while time.perf_counter() < stop:
            status, _ = fetch(parsed.port, path, connection)
            if status != 200:
                raise SystemExit(f"{url} answered {status}")
            counts[slot] += 1
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(slot,)) for slot in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / (time.perf_counter() - started)


def request_time(port, path, count):
    """Median time of one request, in ms, one request after another on a kept-alive connection."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    times = []
    for _ in range(count):
        started = time.perf_counter()
        status, _ = fetch(port, path, connection)
        times.append((time.perf_counter() - started) * 1000)
        if status != 200:
            sys.exit(f"{path} answered {status}")
    connection.close()
    return statistics.median(times)


def warm(server, path, count=10):
    for _ in range(count):
        status, _ = fetch(server.port, path)
        if status != 200:
            sys.exit(f"{server.name} answered {status} for {path}")


# Bulk loading (runs inside Django, in a subprocess with the site's settings) ---------------------

WORDS = (
    "ziņojums darbs sadarbība valsts projekts mācības konference atbalsts informācija iestāde "
    "pašvaldība jaunieši skola sabiedrība drošība likums pētījums tiesības palīdzība pakalpojums"
).split()


def to_step(number, alphabet, steplen):
    digits = ""
    while number:
        number, rest = divmod(number, len(alphabet))
        digits = alphabet[rest] + digits
    return digits.rjust(steplen, alphabet[0])


def bulk_children(parent, model, specs, language_codes):
    """Insert ``specs`` (field values) as live children of ``parent``: base rows, then own rows."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.db.models import F
    from django.db.models.sql import InsertQuery
    from django.utils import timezone
    from wagtail.models import Page

    content_type = ContentType.objects.get_for_model(model)
    last = parent.get_last_child()
    alphabet, steplen = Page.alphabet, Page.steplen
    next_number = (int(last.path[-steplen:], len(alphabet)) if last else 0) + 1
    now = timezone.now()
    base_fields = {field.attname for field in Page._meta.concrete_fields}
    pages = []
    for offset, spec in enumerate(specs):
        values = {key: value for key, value in spec.items() if key in base_fields}
        slugs = {code: spec.get(f"slug_{code}") or spec["slug_lv"] for code in language_codes}
        for code in language_codes:
            parent_path = getattr(parent, f"url_path_{code}") or parent.url_path
            values[f"url_path_{code}"] = parent_path + slugs[code] + "/"
        values.update(
            title=spec["title_lv"],
            draft_title=spec["title_lv"],
            slug=spec["slug_lv"],
            url_path=values["url_path_lv"],
            path=parent.path + to_step(next_number + offset, alphabet, steplen),
            depth=parent.depth + 1,
            numchild=0,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
            content_type_id=content_type.pk,
            locale_id=parent.locale_id,
            translation_key=uuid.uuid4(),
        )
        pages.append(Page(**values))
    with transaction.atomic():
        created = Page.objects.bulk_create(pages, batch_size=500)
        own_fields = [field for field in model._meta.local_concrete_fields]
        objects = []
        for page, spec in zip(created, specs, strict=True):
            instance = model(
                page_ptr_id=page.pk, **{key: value for key, value in spec.items() if key not in base_fields}
            )
            if hasattr(instance, "_derive_times"):  # events keep their derived times in the row
                instance.starts_at, instance.ends_at, instance.last_date = instance._derive_times()
            objects.append(instance)
        for start in range(0, len(objects), 500):
            query = InsertQuery(model)
            query.insert_values(own_fields, objects[start : start + 500])
            query.get_compiler(connection=connection).execute_sql()
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(objects))
    return [page.pk for page in created]


def bulk_load(articles, events):
    import random

    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.conf import settings

    from events.models import EventCalendarPage, EventPage
    from news.models import NewsArticlePage, NewsCategory, NewsIndexPage

    codes = [code for code, _name in settings.LANGUAGES]
    rng = random.Random(11)

    def sentence(count):
        return " ".join(rng.choice(WORDS) for _ in range(count)).capitalize() + "."

    def body(count):
        return [{"type": "text", "value": f"<p>{sentence(40)}</p>"} for _ in range(count)]

    index = NewsIndexPage.objects.get()
    first, last = datetime.date(2012, 1, 1), datetime.date(2022, 10, 31)
    span = (last - first).days
    specs = []
    for number in range(articles):
        title = sentence(6)[:-1]
        specs.append(
            {
                "title_lv": f"{title} {number}",
                "title_en": f"Archive article {number}",
                "slug_lv": f"arhivs-{number}",
                "slug_en": f"archive-{number}",
                "date": first + datetime.timedelta(days=span * number // max(articles, 1)),
                "lead_lv": sentence(20),
                "lead_en": "An article of the archive.",
                "body_lv": body(3),
                "body_en": body(1),
            }
        )
    article_ids = bulk_children(index, NewsArticlePage, specs, codes)
    categories = list(NewsCategory.objects.all())
    through = NewsArticlePage.categories.through
    through.objects.bulk_create(
        [
            through(newsarticlepage_id=page_id, newscategory_id=categories[number % len(categories)].pk)
            for number, page_id in enumerate(article_ids)
        ],
        batch_size=1000,
    )

    calendar = EventCalendarPage.objects.get()
    first, last = datetime.date(2013, 1, 1), datetime.date(2023, 8, 31)
    span = (last - first).days
    specs = []
    for number in range(events):
        day = first + datetime.timedelta(days=span * number // max(events, 1))
        specs.append(
            {
                "title_lv": f"Arhīva notikums {number}",
                "title_en": f"Archive event {number}",
                "slug_lv": f"arhiva-notikums-{number}",
                "slug_en": f"archive-event-{number}",
                "start_date": day,
                "end_date": day,
                "start_time": datetime.time(10, 0),
                "end_time": datetime.time(12, 0),
                "lead_lv": sentence(15),
                "lead_en": "An event of the archive.",
                "location_lv": "Rīga",
                "location_en": "Riga",
                "category": ["conference", "training", "meeting"][number % 3],
            }
        )
    bulk_children(calendar, EventPage, specs, codes)
    problems = tree_problems()
    if problems:
        sys.exit(f"the page tree is not valid after the bulk load: {problems[:10]}")


def tree_problems():
    """What treebeard's ``Page.find_problems()`` checks (paths, depths, child counts), read in one query.

    ``find_problems`` asks two queries a page, which takes minutes at this size.
    """
    from collections import Counter

    from wagtail.models import Page

    rows = list(Page.objects.values_list("path", "depth", "numchild"))
    steplen, alphabet = Page.steplen, set(Page.alphabet)
    paths = {path for path, _depth, _numchild in rows}
    children = Counter(path[:-steplen] for path, depth, _numchild in rows if depth > 1)
    problems = []
    for path, depth, numchild in rows:
        if len(path) != depth * steplen or not set(path) <= alphabet:
            problems.append(("bad path or depth", path, depth))
        if depth > 1 and path[:-steplen] not in paths:
            problems.append(("orphan", path))
        if children[path] != numchild:
            problems.append(("wrong numchild", path, numchild, children[path]))
    return problems


def publish_probe(count):
    """Median ms to add and publish one more article, the way an editor's publish does."""
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.utils import translation

    from news.models import NewsArticlePage, NewsIndexPage

    translation.activate("lv")
    index = NewsIndexPage.objects.get()
    times = []
    for number in range(count):
        slug = f"publicesanas-tests-{uuid.uuid4().hex[:8]}"
        article = NewsArticlePage(
            title=f"Publicēšanas tests {number}",
            title_lv=f"Publicēšanas tests {number}",
            slug=slug,
            slug_lv=slug,
            date=datetime.date(2022, 11, 4),
            lead="Tests.",
            lead_lv="Tests.",
        )
        started = time.perf_counter()
        index = NewsIndexPage.objects.get(pk=index.pk)
        index.add_child(instance=article)
        article.save_revision().publish()
        times.append((time.perf_counter() - started) * 1000)
        article.delete()
    print(json.dumps(statistics.median(times)))


# Reports -----------------------------------------------------------------------------------------


def throughput(targets, rounds, seconds, connections, rate):
    rates = {key: [] for key in targets}
    for server, path in targets.values():
        warm(server, path)
    for number in range(rounds):
        log(f"round {number + 1} of {rounds}")
        for key, (server, path) in targets.items():
            rates[key].append(rate(server.url(path), seconds, connections))
    return {key: statistics.median(values) for key, values in rates.items()}


def last_page_path(env):
    out = run(
        [
            BIN / "python",
            ROOT / "manage.py",
            "shell",
            "-c",
            "from django.utils import translation; translation.activate('lv');"
            "from news.models import NewsIndexPage; i = NewsIndexPage.objects.get();"
            "print(-(-i.articles().count() // i.per_page))",
        ],
        env,
    )
    return f"{NEWS_PATH}?page={int(out.strip().splitlines()[-1])}"


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--articles", type=int, default=0, help="also measure a site with this many more articles"
    )
    parser.add_argument("--events", type=int, default=0, help="... and this many more events")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5, help="seconds of load per target and round")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument(
        "--requests", type=int, default=60, help="requests per page and round (large archive)"
    )
    parser.add_argument("--port", type=int, default=8110)
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--pg-prefix", default="pages_bench_")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--postgres-only", action="store_true")
    parser.add_argument(
        "--python-load", action="store_true", help="use the Python load generator even with wrk"
    )
    parser.add_argument("--bulk-load", nargs=2, type=int, help=argparse.SUPPRESS)
    parser.add_argument("--publish-probe", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--seed-text", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.bulk_load:
        return bulk_load(*args.bulk_load)
    if args.publish_probe:
        return publish_probe(args.publish_probe)
    if args.seed_text:
        return seed_article_html()

    rate = wrk_rate if shutil.which("wrk") and not args.python_load else python_rate
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="pages-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    kinds = ["sqlite", "postgresql"]
    if args.sqlite_only:
        kinds = ["sqlite"]
    if args.postgres_only:
        kinds = ["postgresql"]
    large = bool(args.articles or args.events)

    servers, databases, envs = [], [], {}
    port = args.port
    try:
        targets, scale_servers = {}, {}
        for kind in kinds:
            db = Database(kind, f"{args.pg_prefix}reference", workdir, args.pg)
            databases.append(db)
            env, project_dir = build_reference(db, workdir)
            reference = Server(f"reference ({kind})", env, project_dir, "refsite.wsgi:application", port)
            port += 1
            db = Database(kind, f"{args.pg_prefix}site", workdir, args.pg)
            databases.append(db)
            env = build_site(db, workdir / f"site-{kind}")
            envs[(kind, "demo")] = env
            site = Server(f"this site ({kind})", env, ROOT, "website.wsgi:application", port)
            port += 1
            # The same site and database with search answers never cached: what a new query costs.
            uncached = Server(
                f"this site, search not cached ({kind})",
                {**env, "SEARCH_CACHE_SECONDS": "0"},
                ROOT,
                "website.wsgi:application",
                port,
            )
            port += 1
            servers += [reference, site, uncached]
            reference.wait(REFERENCE_PATH)
            site.wait(SEED_PATH)
            uncached.wait(SEED_PATH)
            targets[(kind, "search, answer not cached")] = (uncached, SEARCH_PATH)
            targets[(kind, "reference")] = (reference, REFERENCE_PATH)
            for name, path in [
                ("seed article", SEED_PATH),
                ("home", HOME_PATH),
                ("news index", NEWS_PATH),
                ("month view", MONTH_PATH),
                ("search", SEARCH_PATH),
            ]:
                targets[(kind, name)] = (site, path)
            if large:
                db = Database(kind, f"{args.pg_prefix}large", workdir, args.pg)
                databases.append(db)
                env = build_site(db, workdir / f"large-{kind}", args.articles, args.events)
                envs[(kind, "large")] = env
                big = Server(f"large site ({kind})", env, ROOT, "website.wsgi:application", port)
                port += 1
                big_uncached = Server(
                    f"large site, search not cached ({kind})",
                    {**env, "SEARCH_CACHE_SECONDS": "0"},
                    ROOT,
                    "website.wsgi:application",
                    port,
                )
                port += 1
                servers += [big, big_uncached]
                big.wait(SEED_PATH)
                big_uncached.wait(SEED_PATH)
                scale_servers[kind] = {"cached": (site, big), "not cached": (uncached, big_uncached)}

        log(f"load generator: {'wrk' if rate is wrk_rate else 'Python threads'}")
        rates = throughput(targets, args.rounds, args.seconds, args.connections, rate)
        print(
            f"\n## Throughput: requests/s under gunicorn (2 sync workers), {args.connections} connections, "
            f"median of {args.rounds} rounds of {args.seconds} s, ratio to the bare Wagtail page\n"
        )
        print("| page | " + " | ".join(f"{k} req/s | ratio" for k in kinds) + " |")
        print("|---|" + "---|---|" * len(kinds))
        names = [
            "reference",
            "seed article",
            "home",
            "news index",
            "month view",
            "search",
            "search, answer not cached",
        ]
        labels = {"reference": "bare Wagtail page (project template)"}
        for name in names:
            cells = []
            for kind in kinds:
                value = rates[(kind, name)]
                cells.append(f"{value:.0f} | {value / rates[(kind, 'reference')]:.2f}")
            print(f"| {labels.get(name, name)} | " + " | ".join(cells) + " |")

        if large:
            print(
                f"\n## Flat with the archive: median ms per request, demo site (12 articles, 10 events) "
                f"and +{args.articles} articles, +{args.events} events\n"
            )
            print("| page | " + " | ".join(f"{k} demo | {k} large | ratio" for k in kinds) + " |")
            print("|---|" + "---|---|---|" * len(kinds))
            pages = {kind: {} for kind in kinds}
            for kind in kinds:
                pages[kind] = {
                    "seed article": (SEED_PATH, SEED_PATH),
                    "news index, first page": (NEWS_PATH, NEWS_PATH),
                    "news index, last page": (
                        last_page_path(envs[(kind, "demo")]),
                        last_page_path(envs[(kind, "large")]),
                    ),
                    "year archive (2022)": (YEAR_PATH, YEAR_PATH),
                    "month view": (MONTH_PATH, MONTH_PATH),
                    "search": (SEARCH_PATH, SEARCH_PATH),
                    "search, answer not cached": (SEARCH_PATH, SEARCH_PATH),
                }
            times = {}
            for kind in kinds:
                for name, (demo_path, big_path) in pages[kind].items():
                    demo, big = scale_servers[kind]["not cached" if "not cached" in name else "cached"]
                    warm(demo, demo_path)
                    warm(big, big_path)
                    demo_times, big_times = [], []
                    for _ in range(args.rounds):
                        demo_times.append(request_time(demo.port, demo_path, args.requests))
                        big_times.append(request_time(big.port, big_path, args.requests))
                    times[(kind, name)] = (statistics.median(demo_times), statistics.median(big_times))
                publish = []
                for size in ("demo", "large"):
                    out = run([BIN / "python", __file__, "--publish-probe", "7"], envs[(kind, size)])
                    publish.append(json.loads(out.strip().splitlines()[-1]))
                times[(kind, "publish one more article")] = tuple(publish)
            for name in [*pages[kinds[0]], "publish one more article"]:
                cells = []
                for kind in kinds:
                    demo_ms, big_ms = times[(kind, name)]
                    cells.append(f"{demo_ms:.1f} | {big_ms:.1f} | {big_ms / demo_ms:.2f}")
                print(f"| {name} | " + " | ".join(cells) + " |")
        print(f"\nReproduce: {' '.join(['.venv/bin/python', 'bench/pages.py', *sys.argv[1:]])}")
    finally:
        for server in servers:
            server.stop()
        for db in databases:
            db.drop()


if __name__ == "__main__":
    main()
