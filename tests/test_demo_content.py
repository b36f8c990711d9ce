"""load_demo_content builds the site once and never overwrites what editors wrote."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from guidance.models import HelpPage
from home.models import HomePage, StandardPage
from website.models import SiteSettings

pytestmark = pytest.mark.django_db


def run_loader():
    call_command("load_demo_content", "--skip-index", stdout=io.StringIO())


def test_the_demo_site_has_a_home_page_as_the_default_sites_root(home_page):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home_page.pk
    assert home_page.title_lv == "Cilvēktirdzniecības mazināšana Latvijā"
    assert home_page.title_en == "Reducing human trafficking in Latvia"
    # Wagtail's placeholder welcome page is gone.
    assert not Page.objects.filter(depth=2).exact_type(Page).exists()


def test_demo_pages_exist_in_both_languages(home_page):
    about = StandardPage.objects.get(slug_lv="par-mums")
    assert (about.title_lv, about.title_en, about.slug_en) == ("Par mums", "About us", "about-us")
    assert about.live and about.get_parent().pk == home_page.pk
    help_page = HelpPage.objects.get(slug_lv="palidziba")
    assert help_page.title_en == "Get help"
    assert "112" in help_page.lead_lv and "112" in help_page.lead_en


def test_running_the_loader_twice_creates_no_duplicates():
    counts = (Page.objects.count(), StandardPage.objects.count(), SiteSettings.objects.count())
    run_loader()
    assert (Page.objects.count(), StandardPage.objects.count(), SiteSettings.objects.count()) == counts
    assert HomePage.objects.count() == 1


def test_running_the_loader_again_keeps_what_editors_wrote(client):
    about = StandardPage.objects.get(slug_lv="par-mums")
    about.title_lv = "Par vietni"
    about.lead_en = "Edited by an editor."
    about.save_revision().publish()
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.footer_text_en = "Edited footer."
    settings.save()

    run_loader()

    about.refresh_from_db()
    assert about.title_lv == "Par vietni"
    assert about.lead_en == "Edited by an editor."
    assert "Edited footer." in client.get("/en/").content.decode()


def test_demo_pages_have_a_published_revision_editors_can_open(admin_client):
    about = StandardPage.objects.get(slug_lv="par-mums")
    assert about.live_revision is not None
    response = admin_client.get(f"/admin/pages/{about.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="title_lv"' in html and 'name="title_en"' in html


def test_ensure_admin_prints_a_working_login(db, tmp_path, settings):
    settings.VAR_DIR = tmp_path
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    line = out.getvalue().strip()
    assert line.startswith("Admin login at /admin/: admin / ")
    password = line.rsplit(" ", 1)[1]
    from django.contrib.auth import authenticate

    assert authenticate(username="admin", password=password).is_superuser
    again = io.StringIO()
    call_command("ensure_admin", stdout=again)
    assert again.getvalue().strip() == line
