"""The cached page frame and content follow every change an editor makes, and only what changed.

Menus, breadcrumbs, the footer with its help lines, site settings, the news archive and the
request's site are cached per language (website/fragment_cache.py, patches/wagtail.py). Each
test fills the caches by visiting pages, makes a change the way an editor does, and checks that
visitors see it, while the caches the change does not concern stay as they were.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from news.models import NewsIndexPage
from tests.factories.home import StandardPageFactory, url_in
from tests.factories.news import NewsArticlePageFactory
from tests.helpers import soup as parse
from website import fragment_cache
from website.models import HelpLine, SiteSettings

pytestmark = pytest.mark.django_db


def soup(client, url):
    return parse(client.get(url))


@pytest.fixture
def about():
    """A top page of the menu, built for the test, and its addresses."""
    page = StandardPageFactory(title_lv="Par testu", title_en="About the test", show_in_menus=True)
    page.lv, page.en = url_in(page, "lv"), url_in(page, "en")
    return page


@pytest.fixture
def news():
    index = NewsIndexPage.objects.get()
    index.lv, index.en = url_in(index, "lv"), url_in(index, "en")
    return index


def menu(client, url):
    return [a.get_text(strip=True) for a in soup(client, url).select("nav.main-nav a")]


def crumbs(client, url):
    return [a.get_text(strip=True) for a in soup(client, url).select("nav.breadcrumbs a")]


def footer(client, url):
    return soup(client, url).select_one("footer.site-footer").get_text(" ", strip=True)


def add_standard_page(parent, title_lv, title_en, slug_lv, slug_en, in_menu=True):
    return StandardPageFactory(
        parent=parent,
        title_lv=title_lv,
        title_en=title_en,
        slug_lv=slug_lv,
        slug_en=slug_en,
        show_in_menus=in_menu,
    )


def add_article(title_lv, title_en, slug, date=datetime.date(2031, 5, 6)):
    return NewsArticlePageFactory(
        title_lv=title_lv, title_en=title_en, slug_lv=slug, slug_en=slug + "-en", date=date
    )


def test_publishing_an_article_shows_it_everywhere_and_keeps_the_frame_cached(client, home_page, about, news):
    for url in ("/lv/", "/en/", news.lv, news.en, about.lv):
        client.get(url)
    before = fragment_cache.versions()

    add_article("Jaunākais raksts", "The newest article", "jaunakais-raksts")

    assert "Jaunākais raksts" in soup(client, "/lv/").get_text()
    assert "The newest article" in soup(client, news.en).get_text()
    assert "2031" in [a.get_text(strip=True) for a in soup(client, news.lv).select(".news-filters a")]
    after = fragment_cache.versions()
    assert after["news"] != before["news"]
    # Menus, breadcrumbs, footer and the site lookup did not depend on it.
    assert {name: after[name] for name in ("nav", "tree", "footer", "access", "sites")} == {
        name: before[name] for name in ("nav", "tree", "footer", "access", "sites")
    }


def test_an_article_edited_and_published_again_shows_its_new_text(client):
    article = NewsArticlePageFactory(title_lv="Sākotnējais nosaukums")
    with_lv = url_in(article, "lv")
    assert soup(client, with_lv).select_one("main h1").get_text(strip=True) == article.title_lv
    article.title_lv = "Pārdēvēts raksts"
    article.title = "Pārdēvēts raksts"
    article.save_revision().publish()
    assert soup(client, with_lv).select_one("main h1").get_text(strip=True) == "Pārdēvēts raksts"


def test_unpublishing_an_article_removes_it_from_the_listing(client, news):
    article = add_article("Drīz noņemts", "Soon gone", "driz-nonemts")
    assert "Drīz noņemts" in soup(client, news.lv).get_text()
    article.unpublish()
    assert "Drīz noņemts" not in soup(client, news.lv).get_text()
    assert client.get(news.lv + "driz-nonemts/").status_code == 404


def test_a_new_top_level_page_enters_the_menu_in_each_language(client, home_page, about):
    assert "Projekti" not in menu(client, about.lv)
    assert "Projects" not in menu(client, about.en)
    before = fragment_cache.versions()

    page = add_standard_page(home_page, "Projekti", "Projects", "projekti", "projects")

    assert "Projekti" in menu(client, about.lv)
    assert "Projects" in menu(client, about.en)
    after = fragment_cache.versions()
    assert after["nav"] != before["nav"]
    assert after["footer"] == before["footer"]

    page.title_en = "Our projects"
    page.save_revision().publish()
    assert "Our projects" in menu(client, about.en)

    page.delete()
    assert "Projekti" not in menu(client, about.lv)


def test_a_page_marked_current_in_the_cached_menu_is_the_visited_one(client, about):
    other = StandardPageFactory(title_lv="Cita testa lapa", show_in_menus=True)
    current = soup(client, about.lv).select_one('nav.main-nav [aria-current="page"]')
    assert current.get_text(strip=True) == "Par testu"
    current = soup(client, url_in(other, "lv")).select_one('nav.main-nav [aria-current="page"]')
    assert current.get_text(strip=True) == "Cita testa lapa"


def test_moving_a_page_updates_the_breadcrumbs_of_the_pages_under_it(client, home_page, about):
    section = add_standard_page(home_page, "Sadaļa", "Section", "sadala", "section", in_menu=False)
    child = add_standard_page(section, "Apakšlapa", "Subpage", "apakslapa", "subpage", in_menu=False)
    assert crumbs(client, "/lv/sadala/apakslapa/")[1:] == ["Sadaļa"]

    section.move(about, pos="last-child")

    old = client.get("/lv/sadala/apakslapa/")  # not the cached page: a redirect to the new address
    assert (old.status_code, old["Location"]) == (301, about.lv + "sadala/apakslapa/")
    assert crumbs(client, about.lv + "sadala/apakslapa/")[1:] == ["Par testu", "Sadaļa"]
    assert crumbs(client, about.en + "section/subpage/")[1:] == ["About the test", "Section"]
    assert child.pk


def test_renaming_a_parent_updates_its_childrens_breadcrumbs(client, home_page):
    section = add_standard_page(home_page, "Vecais nosaukums", "Old name", "sadala", "section", in_menu=False)
    add_standard_page(section, "Apakšlapa", "Subpage", "apakslapa", "subpage", in_menu=False)
    assert crumbs(client, "/en/section/subpage/")[-1] == "Old name"
    section.title_en = "New name"
    section.save_revision().publish()
    assert crumbs(client, "/en/section/subpage/")[-1] == "New name"


def test_saving_the_site_settings_updates_the_footer_only(client, about):
    assert "+371 60000000" not in footer(client, about.lv)
    before = fragment_cache.versions()
    settings = SiteSettings.objects.get()
    HelpLine.objects.create(
        settings=settings, name_lv="Jauna līnija", name_en="New line", phone="+371 60000000"
    )
    settings.footer_text_en = "A changed sentence about this site."
    settings.save()

    assert "Jauna līnija" in footer(client, about.lv)
    english = footer(client, about.en)
    assert "New line" in english
    assert "A changed sentence about this site." in english
    after = fragment_cache.versions()
    assert after["footer"] != before["footer"]
    assert after["nav"] == before["nav"]
    assert after["news"] == before["news"]


def test_a_new_site_name_shows_in_the_header_and_title(client, about):
    client.get(about.en)
    settings = SiteSettings.objects.get()
    settings.site_name_en = "Anti-trafficking portal"
    settings.save()
    page = soup(client, about.en)
    assert page.title.get_text().endswith("| Anti-trafficking portal")
    assert page.select_one(".site-brand__name").get_text(strip=True) == "Anti-trafficking portal"


def test_unpublishing_the_accessibility_statement_removes_its_footer_link(client, about):
    settings = SiteSettings.objects.get()
    statement = settings.accessibility_page.specific
    assert statement.title_lv in footer(client, about.lv)
    statement.unpublish()
    assert statement.title_lv not in footer(client, about.lv)


def test_a_page_restricted_after_it_was_cached_asks_for_a_password(client, about):
    page = about
    assert client.get(about.lv).status_code == 200
    assert "Par testu" in menu(client, "/lv/")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="slepens"
    )
    response = client.get(about.lv)
    password_form = BeautifulSoup(response.content, "html.parser").select_one('input[name="password"]')
    assert password_form is not None
    assert "Par testu" not in menu(client, "/lv/")
    restriction.delete()
    page = soup(client, about.lv)
    assert page.select_one('input[name="password"]') is None
    assert "Par testu" in menu(client, "/lv/")


def test_a_restricted_article_leaves_the_listings(client, news):
    article = add_article("Slēgts raksts", "Closed article", "slegts-raksts")
    assert "Slēgts raksts" in soup(client, news.lv).get_text()
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    assert "Slēgts raksts" not in soup(client, news.lv).get_text()
    assert client.get(news.lv + "slegts-raksts/").status_code == 302  # to the login page


def test_a_new_home_page_text_is_served_after_publishing(client, home_page):
    assert client.get("/en/").status_code == 200
    home_page.title_en = "Welcome, visitor"
    home_page.save_revision().publish()
    assert soup(client, "/en/").select_one("main h1").get_text(strip=True) == "Welcome, visitor"


def test_previews_are_never_cached(admin_client):
    article = NewsArticlePageFactory(title_lv="Publicētais nosaukums")
    admin_client.get(url_in(article, "lv"))
    article.title_lv = "Tikai priekšskatījumā"
    article.title = "Tikai priekšskatījumā"
    revision = article.save_revision()
    preview = admin_client.get(f"/admin/pages/{article.pk}/revisions/{revision.pk}/view/")
    assert "Tikai priekšskatījumā" in preview.content.decode()
    visitor = admin_client.get(url_in(article, "lv")).content.decode()
    assert "Tikai priekšskatījumā" not in visitor


def test_a_change_another_app_server_made_is_seen_from_the_next_request_on(client, about):
    # Tokens are read once per request; another server replacing one (in the shared cache) is seen
    # by the next request, without this process having replaced anything itself.
    assert "Par testu" in menu(client, "/lv/")
    type(about).objects.filter(pk=about.pk).update(title_lv="Par testu, labots citur")
    assert "Par testu" in menu(client, "/lv/")  # still cached here
    cache.set("website:fragment-version:nav", "replaced-by-another-server", None)
    assert "Par testu, labots citur" in menu(client, "/lv/")
