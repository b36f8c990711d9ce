"""The production stack, started natively: gunicorn, Debian's Varnish, the task worker, moto's S3,
PostgreSQL and Redis (tests/stack/stack.py). Run with ``pytest -m stack tests/stack`` (CI does).

The tests run in order against one stack; each says what a visitor or an editor sees.
"""

import io
import re
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
import requests
from PIL import Image

from tests.stack import stack as stack_module

pytestmark = pytest.mark.stack

VARNISH = f"http://127.0.0.1:{stack_module.VARNISH_PORT}"
SEED_LV = (
    "/lv/jaunumi/"
    "jaunakais-baltijas-juras-valstu-regiona-zinojums-par-aktivitatem-cilveku-tirdzniecibas-noversana/"
)
SEED_EN = "/en/news/latest-baltic-sea-region-report-on-activities-to-prevent-human-trafficking/"


@pytest.fixture(scope="module")
def stack():
    # Varnish's child runs as its own user: the folder must be readable, unlike pytest's tmp_path.
    workdir = Path(tempfile.mkdtemp(prefix="cilvektirdznieciba-stack-"))
    workdir.chmod(0o755)
    running = stack_module.Stack(workdir)
    try:
        running.start()
    except subprocess.CalledProcessError as error:
        running.stop_all()
        pytest.fail(f"the stack did not start: {error.cmd}\n{error.stdout[-2000:]}\n{error.stderr[-4000:]}")
    except Exception:
        logs = {name: running.log(name)[-2000:] for name in ("moto", "gunicorn", "worker", "varnish")}
        running.stop_all()
        pytest.fail(f"the stack did not start: {logs}")
    yield running
    running.stop_all()
    shutil.rmtree(workdir, ignore_errors=True)


def get(path, cookies=None):
    headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())} if cookies else {}
    return requests.get(VARNISH + path, headers=headers, allow_redirects=False, timeout=30)


def cache_state(path, cookies=None):
    return get(path, cookies).headers.get("X-Cache")


def purge(path):
    return requests.request("PURGE", VARNISH + path, timeout=10)


def warm(*paths):
    """Fresh cached copies: purged, fetched (a MISS), then served from the cache (a HIT)."""
    for path in paths:
        assert purge(path).status_code == 200
        assert cache_state(path) == "MISS", path
        assert cache_state(path) == "HIT", path


def shell(stack, code):
    stack.manage("shell", "-c", code)


def wait_until_missed(path, timeout=60):
    """Poll until the worker's purge has reached Varnish (the first MISS refills the cache)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cache_state(path) == "MISS":
            return
        time.sleep(0.3)
    raise AssertionError(f"{path} was never purged")


def publish_code(model, pk, changes=""):
    return (
        f"from {model.rsplit('.', 1)[0]} import {model.rsplit('.', 1)[1]} as M\n"
        f"page = M.objects.get(pk={pk})\n"
        f"{changes}\n"
        "page.save_revision().publish()\n"
    )


def page_id(stack, model, **lookup):
    app, name = model.rsplit(".", 1)
    condition = ", ".join(f"{key}={value!r}" for key, value in lookup.items())
    result = stack.manage(
        "shell", "-c", f"from {app} import {name} as M; print(M.objects.get({condition}).pk)"
    )
    return int(result.stdout.strip().splitlines()[-1])


def login(path="/admin/login/"):
    """Log an editor in through Varnish (POST passes); the cookies, kept by hand: they are Secure."""
    first = get(path)
    cookies = {"csrftoken": first.cookies["csrftoken"]}
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', first.text).group(1)
    response = requests.post(
        VARNISH + path,
        data={
            "username": stack_module.ADMIN_USER,
            "password": stack_module.ADMIN_PASSWORD,
            "csrfmiddlewaretoken": token,
        },
        headers={"Cookie": f"csrftoken={cookies['csrftoken']}", "Origin": VARNISH, "Referer": VARNISH + path},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302, response.text[:500]
    cookies.update({name: value for name, value in response.cookies.items()})
    assert "sessionid" in cookies
    return cookies


GRACE_PAGE = "/en/accessibility-statement/"  # no test below publishes anything that shows it


@pytest.fixture(scope="module")
def grace_page(stack):
    """A page cached early, so the grace test at the end has mostly waited out its lifetime."""
    warm(GRACE_PAGE)
    return {"text": get(GRACE_PAGE).text, "cached_at": time.monotonic()}


def test_an_anonymous_page_is_a_miss_then_a_hit(stack, grace_page):
    first = get("/lv/par-mums/")
    assert first.status_code == 200
    assert first.headers["X-Cache"] == "MISS"
    assert "s-maxage=" in first.headers["Cache-Control"]
    assert "public" in first.headers["Cache-Control"]
    second = get("/lv/par-mums/")
    assert second.headers["X-Cache"] == "HIT"
    assert second.text == first.text


def test_query_strings_are_sorted_so_one_copy_serves_both_orders(stack):
    get("/lv/jaunumi/?page=1&category=statistika")
    assert cache_state("/lv/jaunumi/?category=statistika&page=1") == "HIT"


def test_publishing_an_article_purges_it_in_both_languages_with_its_indexes_and_home_pages(stack):
    touched = [SEED_LV, SEED_EN, "/lv/jaunumi/", "/en/news/", "/lv/", "/en/", "/lv/jaunumi/?page=2"]
    untouched = ["/lv/par-mums/", "/en/about-us/", "/lv/notikumu-kalendars/2023/09/"]
    warm(*touched, *untouched)
    pk = page_id(stack, "news.models.NewsArticlePage", slug_lv=SEED_LV.rstrip("/").rsplit("/", 1)[1])
    shell(
        stack, publish_code("news.models.NewsArticlePage", pk, "page.lead_en = page.lead_en + ' (updated)'")
    )
    wait_until_missed(SEED_EN)
    assert "(updated)" in get(SEED_EN).text
    for path in touched[:1] + touched[2:]:
        assert cache_state(path) == "MISS", f"{path} should have been purged"
    for path in untouched:
        assert cache_state(path) == "HIT", f"{path} should still be cached"


def test_the_purge_went_through_the_task_worker(stack):
    import psycopg2

    with psycopg2.connect(stack_module.DATABASE_URL) as connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT status, worker_ids FROM django_tasks_database_dbtaskresult WHERE task_path LIKE %s",
            ["%purge_urls_from_cache_task"],
        )
        rows = cursor.fetchall()
    assert rows, "no purge task was queued"
    assert all(status == "SUCCESSFUL" for status, _workers in rows)
    assert all(workers for _status, workers in rows)


def test_moving_an_event_purges_the_month_pages_of_its_old_and_new_dates(stack):
    pk = page_id(stack, "events.models.EventPage", slug_lv="informesanas-nedela-skolas")
    result = stack.manage(
        "shell", "-c", f"from events.models import EventPage as M; print(M.objects.get(pk={pk}).start_date)"
    )
    year, month, _day = result.stdout.strip().splitlines()[-1].split("-")
    old = [f"/lv/notikumu-kalendars/{year}/{month}/", f"/en/calendar-of-events/{year}/{month}/"]
    new = ["/lv/notikumu-kalendars/2030/03/", "/en/calendar-of-events/2030/03/"]
    untouched = ["/lv/notikumu-kalendars/2030/05/", "/lv/par-mums/"]
    warm(*old, *new, *untouched)
    changes = "import datetime\npage.start_date = datetime.date(2030, 3, 12)\npage.end_date = None"
    shell(stack, publish_code("events.models.EventPage", pk, changes))
    wait_until_missed(new[0])
    for path in [old[0], old[1], new[1]]:
        assert cache_state(path) == "MISS", f"{path} should have been purged"
    for path in untouched:
        assert cache_state(path) == "HIT", f"{path} should still be cached"


def test_a_slug_change_purges_the_old_addresses(stack):
    old_lv, old_en = (
        "/lv/jaunumi/informacija-no-ukrainas-berosajiem/",
        "/en/news/information-for-people-fleeing-ukraine/",
    )
    warm(old_lv, old_en)
    pk = page_id(stack, "news.models.NewsArticlePage", slug_lv="informacija-no-ukrainas-berosajiem")
    changes = "page.slug_lv = 'informacija-beglem-no-ukrainas'\npage.slug_en = 'information-for-refugees-from-ukraine'"
    shell(stack, publish_code("news.models.NewsArticlePage", pk, changes))
    deadline = time.monotonic() + 60
    while get(old_lv).status_code == 200 and time.monotonic() < deadline:
        time.sleep(0.3)
    assert get(old_lv).status_code != 200
    assert get(old_en).status_code != 200
    assert get("/lv/jaunumi/informacija-beglem-no-ukrainas/").status_code == 200
    assert get("/en/news/information-for-refugees-from-ukraine/").status_code == 200


def test_a_logged_in_editor_never_sees_or_fills_a_cached_copy(stack):
    cookies = login()
    for _ in range(2):
        response = get("/lv/palidziba/", cookies)
        assert response.status_code == 200
        assert response.headers["X-Cache"] != "HIT"
        assert "private" in response.headers["Cache-Control"]
    # The editor's visits left nothing behind for the next anonymous visitor to be served.
    assert cache_state("/lv/palidziba/") == "MISS"
    # A cached public copy is not what the editor gets either.
    assert cache_state("/lv/palidziba/") == "HIT"
    assert get("/lv/palidziba/", cookies).headers["X-Cache"] != "HIT"


def test_a_preview_is_never_cached(stack):
    cookies = login()
    pk = page_id(stack, "home.models.StandardPage", slug_lv="par-mums")
    for _ in range(2):
        response = get(f"/admin/pages/{pk}/edit/preview/", cookies)
        assert response.headers["X-Cache"] != "HIT"
        assert "public" not in response.headers.get("Cache-Control", "")


def test_an_image_uploaded_through_the_admin_lands_in_s3_and_its_rendition_is_served(stack):
    cookies = login()
    form = get("/admin/images/add/", cookies)
    assert form.status_code == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    collection = re.search(r'name="collection"[^>]*>.*?<option value="(\d+)"', form.text, re.S)
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), "#12355b").save(buffer, format="PNG")
    data = {"title": "Stack upload", "csrfmiddlewaretoken": token, "tags": ""}
    if collection:
        data["collection"] = collection.group(1)
    response = requests.post(
        VARNISH + "/admin/images/add/",
        data=data,
        files={"file": ("stack-upload.png", buffer.getvalue(), "image/png")},
        headers={
            "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()),
            "Origin": VARNISH,
            "Referer": VARNISH + "/admin/images/add/",
        },
        allow_redirects=False,
        timeout=60,
    )
    assert response.status_code == 302, response.text[:1000]
    keys = [
        item["Key"] for item in stack.s3().list_objects_v2(Bucket=stack_module.BUCKET).get("Contents", [])
    ]
    assert any(key.startswith("original_images/stack-upload") for key in keys), keys

    listing = get("/admin/images/?q=Stack+upload", cookies)
    image_id = re.search(r"/admin/images/(\d+)/", listing.text).group(1)
    edit = get(f"/admin/images/{image_id}/", cookies)
    renditions = re.findall(
        rf'src="(http://127\.0\.0\.1:{stack_module.S3_PORT}/[^"]+/images/stack-upload[^"]+)"', edit.text
    )
    assert renditions, "the edit page shows no rendition from S3"
    with urllib.request.urlopen(renditions[0], timeout=30) as served:  # noqa: S310 - loopback only
        assert served.status == 200
        assert Image.open(io.BytesIO(served.read())).size[0] <= 800


def test_with_gunicorn_stopped_varnish_still_serves_cached_pages(stack, grace_page):
    warm("/lv/par-mums/")
    stack.stop("gunicorn")
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://127.0.0.1:{stack_module.GUNICORN_PORT}/healthz/", timeout=5)
    # A fresh copy is served as it is.
    assert get("/lv/par-mums/").status_code == 200
    # Past the page's lifetime (s-maxage), with the application down, grace still serves it.
    remaining = grace_page["cached_at"] + stack_module.S_MAXAGE + 5 - time.monotonic()
    time.sleep(max(0, remaining))
    stale = get(GRACE_PAGE)
    assert stale.status_code == 200
    assert stale.text == grace_page["text"]
    assert int(stale.headers["Age"]) > stack_module.S_MAXAGE
