"""Admin accounts resist guessing, pages carry a strict Content-Security-Policy, and the settings
that protect a production site come from the environment."""

import logging
import re
from datetime import timedelta
from unittest import mock

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders import get_finders

from security.embeds import VideoOEmbedFinder
from security.mail import LoggingSMTPBackend
from tests.test_settings import STRONG_KEY, settings_value

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
LOGIN = "/admin/login/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redaktore", "redaktore@example.lv", PASSWORD)


def login(client, username, password, ip="203.0.113.5", language="lv"):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def logged_in(response):
    return response.status_code == 302 and response.url.startswith("/admin/")


# --- Login throttling -------------------------------------------------------------------------


def test_the_right_password_logs_in(client, editor):
    assert logged_in(login(client, "redaktore", PASSWORD))


def test_after_five_wrong_passwords_even_the_right_one_is_refused_in_latvian(client, editor):
    assert settings.AXES_FAILURE_LIMIT == 5
    codes = [login(client, "redaktore", "wrong-password").status_code for _attempt in range(5)]
    assert codes == [200, 200, 200, 200, 429]
    response = login(client, "redaktore", PASSWORD)
    assert response.status_code == 429
    assert "Pārāk daudz neveiksmīgu pieteikšanās mēģinājumu" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_speaks_english_to_an_english_browser(client, editor):
    for _attempt in range(5):
        login(client, "redaktore", "wrong-password", language="en")
    response = login(client, "redaktore", PASSWORD, language="en")
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()


def test_a_user_name_is_locked_whatever_address_the_guesses_come_from(client, editor):
    for attempt in range(5):
        login(client, "redaktore", "wrong-password", ip=f"198.51.100.{attempt + 1}")
    assert login(client, "redaktore", PASSWORD, ip="192.0.2.77").status_code == 429


def test_an_address_is_locked_whatever_user_names_it_tries(client, editor, django_user_model):
    django_user_model.objects.create_user("cits", "cits@example.lv", PASSWORD)
    for attempt in range(5):
        login(client, f"nav-tada-{attempt}", "wrong-password", ip="203.0.113.9")
    assert login(client, "cits", PASSWORD, ip="203.0.113.9").status_code == 429
    # The same account from another address is fine: only the address was locked.
    assert logged_in(login(client, "cits", PASSWORD, ip="203.0.113.10"))


def test_an_administrator_lifts_a_lockout_in_the_admin(client, editor, admin_client):
    for _attempt in range(5):
        login(client, "redaktore", "wrong-password")
    assert login(client, "redaktore", PASSWORD).status_code == 429

    listing = admin_client.get("/admin/lockouts/")
    assert listing.status_code == 200
    page = listing.content.decode()
    assert "redaktore" in page
    attempt = AccessAttempt.objects.get(username="redaktore")
    response = admin_client.post(f"/admin/lockouts/{attempt.pk}/unlock/", follow=True)
    assert (
        "Nobody is locked out" in response.content.decode()
        or "Neviens nav bloķēts" in response.content.decode()
    )

    assert logged_in(login(client, "redaktore", PASSWORD))


def test_a_lockout_ends_by_itself_after_the_cool_off_time(client, editor, admin_client):
    for _attempt in range(5):
        login(client, "redaktore", "wrong-password")
    assert "redaktore" in admin_client.get("/admin/lockouts/").content.decode()
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - timedelta(hours=settings.AXES_COOLOFF_TIME, minutes=1)
    )
    assert "redaktore" not in admin_client.get("/admin/lockouts/").content.decode()
    assert logged_in(login(client, "redaktore", PASSWORD))


def test_only_superusers_see_or_lift_lockouts(client, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("tulks", "t@example.lv", PASSWORD)
    user.groups.add(Group.objects.get(name="Redaktori / Editors"))
    client.force_login(user)
    # Wagtail's answer to a missing permission: back to the dashboard, nothing shown or done.
    for response in (client.get("/admin/lockouts/"), client.post("/admin/lockouts/1/unlock/")):
        assert response.status_code == 302
        assert response["Location"] == "/admin/"


def test_password_reset_requests_are_limited_per_address(client):
    addresses = [f"nobody{n}@example.lv" for n in range(7)]
    codes = [
        client.post("/admin/password_reset/", {"email": a}, REMOTE_ADDR="203.0.113.20").status_code
        for a in addresses
    ]
    assert codes[:5] == [302] * 5
    assert codes[5:] == [429, 429]
    refused = client.post("/admin/password_reset/", {"email": "x@example.lv"}, REMOTE_ADDR="203.0.113.20")
    assert "Pārāk daudz pieprasījumu" in refused.content.decode()


def test_password_reset_requests_are_limited_per_e_mail(client, editor):
    codes = [
        client.post(
            "/admin/password_reset/", {"email": "redaktore@example.lv"}, REMOTE_ADDR=f"198.51.100.{n}"
        ).status_code
        for n in range(1, 8)
    ]
    assert codes == [302] * 5 + [429, 429]
    assert len(mail.outbox) == 5


def test_passwords_need_twelve_characters():
    with pytest.raises(ValidationError):
        validate_password("Ab1!xyzQw9")  # 10 characters
    validate_password("Ab1!xyzQw9-long")


def test_admin_sessions_end_with_the_browser_and_within_a_working_day(client, editor):
    response = login(client, "redaktore", PASSWORD)
    assert response.cookies["sessionid"]["max-age"] == ""  # a browser-session cookie
    assert settings.SESSION_COOKIE_AGE <= 8 * 60 * 60


# --- Headers -----------------------------------------------------------------------------------


def csp_directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("path", ["/lv/", "/en/", "/lv/meklet/?q=darbs", "/en/no-such-page/"])
def test_public_pages_have_a_strict_content_security_policy(client, path):
    response = client.get(path)
    csp = csp_directives(response["Content-Security-Policy"])
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert sorted(csp["frame-src"]) == ["https://player.vimeo.com", "https://www.youtube-nocookie.com"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def url_of(model, language):
    """The address of the site's only page of ``model`` (an index page), in ``language``."""
    from django.utils import translation

    with translation.override(language):
        return model.objects.get().get_url()


@pytest.mark.parametrize("path", ["/lv/", "/en/", "news-lv", "calendar-en", "/lv/meklet/?q=a"])
def test_public_pages_need_no_inline_script_or_style(client, path):
    from events.models import EventCalendarPage
    from news.models import NewsIndexPage

    indexes = {"news-lv": url_of(NewsIndexPage, "lv"), "calendar-en": url_of(EventCalendarPage, "en")}
    html = client.get(indexes.get(path, path), follow=True).content.decode()
    scripts = re.findall(r"<script\b([^>]*)>", html)
    assert all("src=" in attrs or "application/ld+json" in attrs for attrs in scripts), scripts
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers


def test_the_admin_gets_a_workable_policy(admin_client):
    response = admin_client.get("/admin/")
    csp = csp_directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["style-src"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]


def test_report_only_switch_sends_the_policy_without_enforcing_it(client):
    policy = {"DIRECTIVES": settings.PUBLIC_CSP_DIRECTIVES}
    with override_settings(CONTENT_SECURITY_POLICY=None, CONTENT_SECURITY_POLICY_REPORT_ONLY=policy):
        response = client.get("/lv/")
    assert "Content-Security-Policy" not in response
    assert "script-src 'self'" in response["Content-Security-Policy-Report-Only"]


def test_report_only_switch_comes_from_the_environment():
    result = settings_value(
        "website.settings.dev",
        "(settings.CONTENT_SECURITY_POLICY, bool(settings.CONTENT_SECURITY_POLICY_REPORT_ONLY))",
        CSP_REPORT_ONLY="1",
    )
    assert result.returncode == 0, result.stderr
    assert eval(result.stdout) == (None, True)


def test_visitors_get_no_cookie(client):
    from news.models import NewsIndexPage

    for path in [
        "/",
        "/lv/",
        "/en/",
        "/lv/meklet/?q=darbs",
        url_of(NewsIndexPage, "lv"),
        "/en/no-such-page/",
    ]:
        response = client.get(path)
        assert not response.cookies, (path, response.cookies)


# --- Video embeds ------------------------------------------------------------------------------


def oembed_answer(html):
    answer = mock.Mock()
    answer.json.return_value = {"type": "video", "html": html, "title": "Video", "width": 640, "height": 360}
    answer.raise_for_status.return_value = None
    return answer


def test_youtube_embeds_use_the_no_cookie_player():
    html = (
        '<iframe width="640" height="360" src="https://www.youtube.com/embed/abc123?feature=oembed" '
        'frameborder="0" allowfullscreen title="Video"></iframe>'
    )
    with mock.patch("wagtail.embeds.finders.oembed.requests.get", return_value=oembed_answer(html)):
        embed = VideoOEmbedFinder().find_embed("https://www.youtube.com/watch?v=abc123")
    assert 'src="https://www.youtube-nocookie.com/embed/abc123?feature=oembed"' in embed["html"]
    assert "www.youtube.com" not in embed["html"]


def test_vimeo_embeds_ask_vimeo_not_to_track():
    html = '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" title="Video"></iframe>'
    with mock.patch("wagtail.embeds.finders.oembed.requests.get", return_value=oembed_answer(html)):
        embed = VideoOEmbedFinder().find_embed("https://vimeo.com/76979871")
    assert "https://player.vimeo.com/video/76979871?h=8272103f6e&amp;dnt=1" in embed["html"]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.dailymotion.com/video/x7tgad0",
        "https://www.tiktok.com/@a/video/1",
        "https://x.com/a/status/1",
    ],
)
def test_other_video_sites_cannot_be_embedded(url):
    assert not any(finder.accept(url) for finder in get_finders())


def test_a_provider_answer_with_a_player_elsewhere_is_refused():
    html = '<iframe src="https://evil.example/player/1"></iframe>'
    with mock.patch("wagtail.embeds.finders.oembed.requests.get", return_value=oembed_answer(html)):
        with pytest.raises(EmbedNotFoundException):
            VideoOEmbedFinder().find_embed("https://www.youtube.com/watch?v=abc123")


# --- The 500 page --------------------------------------------------------------------------------


def test_the_500_page_has_a_quick_exit_and_no_inline_style():
    from django.test import RequestFactory

    from website.views import server_error

    html = server_error(RequestFactory().get("/lv/x/")).content.decode()
    assert re.search(
        r'<a class="quick-exit__button" href="https://www\.google\.com/"[^>]*data-quick-exit', html
    )
    assert "Ātri iziet" in html
    assert '<script src="/static/js/quick-exit.js"' in html
    assert "<style" not in html and "style=" not in html


# --- Accounts, e-mail, logging -------------------------------------------------------------------


def test_ensure_admin_refuses_to_invent_a_password_in_production(tmp_path):
    result = settings_value(
        "website.settings.production",
        "__import__('django.core.management', fromlist=['x']).call_command('ensure_admin')",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="cilvektirdznieciba.lv",
        WEBSITE_VAR_DIR=str(tmp_path),
        DJANGO_SUPERUSER_USERNAME="",
        DJANGO_SUPERUSER_PASSWORD="",
    )
    assert result.returncode != 0
    assert "DJANGO_SUPERUSER_PASSWORD" in result.stderr
    assert not (tmp_path / "admin-password.txt").exists()


def test_ensure_admin_in_production_uses_the_given_credentials_and_writes_no_file(
    tmp_path, monkeypatch, django_user_model
):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "vietnes-admin")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-long-enough-password")
    with override_settings(PRODUCTION=True, VAR_DIR=tmp_path):
        call_command("ensure_admin", stdout=open("/dev/null", "w"))
    assert django_user_model.objects.get(username="vietnes-admin").check_password("a-long-enough-password")
    assert list(tmp_path.iterdir()) == []


def test_ensure_admin_refusal_is_a_command_error(monkeypatch):
    monkeypatch.delenv("DJANGO_SUPERUSER_USERNAME", raising=False)
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    with override_settings(PRODUCTION=True), pytest.raises(CommandError):
        call_command("ensure_admin")


def test_hsts_preload_and_subdomains_are_opt_in():
    base = {"SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "cilvektirdznieciba.lv"}
    expression = "(settings.SECURE_HSTS_PRELOAD, settings.SECURE_HSTS_INCLUDE_SUBDOMAINS)"
    default = settings_value("website.settings.production", expression, **base)
    assert default.returncode == 0, default.stderr
    assert eval(default.stdout) == (False, False)
    opted = settings_value(
        "website.settings.production",
        expression,
        SECURE_HSTS_PRELOAD="1",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="1",
        **base,
    )
    assert eval(opted.stdout) == (True, True)


def test_e_mail_and_error_recipients_come_from_the_environment():
    result = settings_value(
        "website.settings.production",
        "(settings.EMAIL_BACKEND, settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS,"
        " settings.DEFAULT_FROM_EMAIL, settings.ADMINS)",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="cilvektirdznieciba.lv",
        EMAIL_HOST="smtp.example.lv",
        EMAIL_PORT="587",
        EMAIL_USE_TLS="true",
        DEFAULT_FROM_EMAIL="noreply@example.lv",
        ADMINS="ops@example.lv, dev@example.lv",
    )
    assert result.returncode == 0, result.stderr
    assert eval(result.stdout) == (
        "security.mail.LoggingSMTPBackend",
        "smtp.example.lv",
        587,
        True,
        "noreply@example.lv",
        [("ops@example.lv", "ops@example.lv"), ("dev@example.lv", "dev@example.lv")],
    )


@pytest.fixture
def records():
    """Records of the loggers that do not propagate to the root logger."""
    caught = []

    class Catch(logging.Handler):
        def emit(self, record):
            caught.append(record)

    handler = Catch()
    loggers = [logging.getLogger(name) for name in ("security.mail", "django.security.DisallowedHost")]
    for logger in loggers:
        logger.addHandler(handler)
    yield caught
    for logger in loggers:
        logger.removeHandler(handler)


def test_mail_that_cannot_be_sent_is_logged_as_an_error_even_when_failing_silently(records):
    backend = LoggingSMTPBackend(host="127.0.0.1", port=9, timeout=2, fail_silently=True)
    message = mail.EmailMessage("Subject", "Body", "from@example.lv", ["to@example.lv"], connection=backend)
    assert message.send(fail_silently=True) == 0
    errors = [r for r in records if r.name == "security.mail"]
    assert errors and errors[0].levelno == logging.ERROR


def test_a_request_for_a_foreign_host_is_a_warning_without_a_traceback(client, records):
    response = client.get("/lv/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    (record,) = [r for r in records if r.name == "django.security.DisallowedHost"]
    assert record.levelno == logging.WARNING
    assert record.exc_info is None
    assert "evil.example" in record.getMessage()
