"""Visitors read the news in Latvian and English: an article, listings, archive, feeds.

Every test builds the articles it reads (tests/factories/news.py), dated today and the days before
it, so they are the newest of the site's news; the demo's own articles are tested by
tests/test_demo_content.py.
"""

import datetime
import io
import json
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.db.models import Q

from news.models import NewsArticlePage, NewsCategory, NewsIndexPage
from tests.factories.home import url_in
from tests.factories.news import (
    NewsArticlePageFactory,
    NewsCategoryFactory,
    bullet_list,
    make_image,
    paragraph,
    section,
)
from tests.helpers import soup

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def days_ago(days):
    return TODAY - datetime.timedelta(days=days)


def card_titles(page):
    return [a.get_text(strip=True) for a in page.select(".news-card__title a")]


@pytest.fixture
def index():
    return NewsIndexPage.objects.get()


@pytest.fixture
def report():
    """An article with a structured body in both languages."""
    return NewsArticlePageFactory(
        title_lv="Ziņojums par testa aktivitātēm",
        title_en="A report on test activities",
        date=datetime.date(2022, 11, 3),
        lead_lv="Ziņojums ir sadalīts divās daļās.",
        lead_en="The report has two parts.",
        body_lv=[
            section("Pirmā daļa", "<p>Pirmā daļa ir veltīta aktivitātēm.</p>"),
            paragraph("<p>Otrā daļa apraksta paraugpraksi.</p>"),
            bullet_list(
                ["Pirmā prakse Dānijā.", "Otrā prakse Igaunijā.", "Trešā prakse Zviedrijā."],
                intro="Ziņojumā minētās prakses:",
            ),
        ],
        body_en=[
            section("Part one", "<p>Part one is about the activities.</p>"),
            paragraph("<p>Part two describes good practice.</p>"),
            bullet_list(
                ["First practice in Denmark.", "Second practice in Estonia.", "Third practice in Sweden."],
                intro="Practices named in the report:",
            ),
        ],
        main_image=make_image("Testa viļņi"),
        main_image_alt_lv="Zilas viļņotas līnijas",
        main_image_alt_en="Wavy blue lines",
        categories=[
            NewsCategoryFactory(
                slug="testa-sadarbiba", name_lv="Testa sadarbība", name_en="Test cooperation"
            ),
            NewsCategoryFactory(slug="testa-zinojumi", name_lv="Testa ziņojumi", name_en="Test reports"),
        ],
    )


def test_latvian_reader_sees_an_article_with_its_date_lead_and_body(client, report):
    article = soup(client.get(url_in(report, "lv"))).find("article")
    assert article.h1.get_text(strip=True) == "Ziņojums par testa aktivitātēm"
    assert article.find("time").get_text(strip=True) == "03.11.2022"
    assert article.find("time")["datetime"] == "2022-11-03"
    assert article.select_one(".lead").get_text(strip=True) == "Ziņojums ir sadalīts divās daļās."
    body = article.select_one(".news-article__body")
    assert body.find("h2").get_text(strip=True) == "Pirmā daļa"
    assert "Pirmā daļa ir veltīta aktivitātēm." in body.get_text()
    assert "Otrā daļa apraksta paraugpraksi." in body.get_text()
    assert body.select_one(".news-list__intro").get_text(strip=True) == "Ziņojumā minētās prakses:"
    practices = [li.get_text(strip=True) for li in body.select("ul li")]
    assert practices == ["Pirmā prakse Dānijā.", "Otrā prakse Igaunijā.", "Trešā prakse Zviedrijā."]


def test_english_reader_sees_the_whole_article_translated(client, report):
    page = soup(client.get(url_in(report, "en")))
    article = page.find("article")
    assert "lang" not in article.attrs  # English content, not the Latvian fallback
    assert article.h1.get_text(strip=True) == "A report on test activities"
    assert article.find("time").get_text(strip=True) == "3 November 2022"
    body = article.select_one(".news-article__body")
    assert "Part two describes good practice." in body.get_text()
    practices = [li.get_text(strip=True) for li in body.select("ul li")]
    assert practices == [
        "First practice in Denmark.",
        "Second practice in Estonia.",
        "Third practice in Sweden.",
    ]
    assert page.find(class_="notice--translation") is None


def test_the_switcher_on_an_article_leads_to_its_translation_and_back(client, report):
    lv_url, en_url = url_in(report, "lv"), url_in(report, "en")
    assert lv_url != en_url
    english = soup(client.get(lv_url)).select_one("nav.language-switcher a[hreflang=en]")
    assert english["href"] == en_url
    latvian = soup(client.get(english["href"])).select_one("nav.language-switcher a[hreflang=lv]")
    assert latvian["href"] == lv_url


def test_news_index_lists_newest_first_with_date_title_lead_and_image(client, index):
    NewsArticlePageFactory(
        title_lv="Jaunākā testa ziņa",
        date=TODAY,
        lead_lv="Apkopoti testa dati.",
        main_image=make_image("Testa diagramma"),
        main_image_alt_lv="Testa stabiņu diagramma",
        main_image_alt_en="A test bar chart",
    )
    page = soup(client.get(url_in(index, "lv")))
    assert page.h1.get_text(strip=True) == index.title_lv
    cards = page.select(".news-card")
    assert len(cards) == 10  # ten a page
    dates = [card.find("time")["datetime"] for card in cards]
    assert dates == sorted(dates, reverse=True)
    first = cards[0]
    assert first.select_one(".news-card__title a").get_text(strip=True) == "Jaunākā testa ziņa"
    assert first.find("time").get_text(strip=True) == TODAY.strftime("%d.%m.%Y")
    assert first.select_one(".news-card__lead").get_text(strip=True) == "Apkopoti testa dati."
    assert first.find("img")["alt"] == "Testa stabiņu diagramma"


def test_the_second_page_of_news_continues_the_first(client, index):
    NewsArticlePageFactory.create_batch(11)
    first = card_titles(soup(client.get(url_in(index, "lv"))))
    second_page = soup(client.get(url_in(index, "lv") + "?page=2"))
    second = card_titles(second_page)
    assert second and not set(first) & set(second)
    assert second_page.select_one(".pagination [aria-current=page]").get_text(strip=True) == "2"
    assert second_page.select_one(".pagination a[rel=prev]")["href"] == "?page=1"
    every = first + second
    page_number = 3
    while (response := client.get(url_in(index, "lv") + f"?page={page_number}")).status_code == 200:
        every += card_titles(soup(response))
        page_number += 1
    assert len(every) == NewsArticlePage.objects.live().count()


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99", "2.5", ""])
def test_a_bad_or_too_large_page_number_is_not_found_not_an_error(client, index, page):
    assert client.get(url_in(index, "lv") + f"?page={page}").status_code == 404


def every_title(client, url):
    titles, number = [], 1
    while (response := client.get(f"{url}?page={number}")).status_code == 200:
        titles += card_titles(soup(response))
        number += 1
    return titles


def test_english_listing_leaves_out_the_article_without_translation(client, index):
    NewsArticlePageFactory(title_lv="Tikai latviski", title_en=None, date=TODAY)
    NewsArticlePageFactory(title_lv="Abās valodās", title_en="In both languages", date=days_ago(1))
    latvian = every_title(client, url_in(index, "lv"))
    english = every_title(client, url_in(index, "en"))
    assert "Tikai latviski" in latvian
    assert "Tikai latviski" not in english
    assert "In both languages" in english
    untranslated = NewsArticlePage.objects.live().filter(Q(title_en__isnull=True) | Q(title_en="")).count()
    assert len(english) == len(latvian) - untranslated


def test_english_visitor_opening_an_untranslated_article_sees_latvian_marked_as_latvian(client, index):
    article = NewsArticlePageFactory(
        title_lv="Tikai latviski", title_en=None, date=datetime.date(2023, 11, 8)
    )
    page = soup(client.get(f"{url_in(index, 'en')}{article.slug_lv}/"))
    assert page.find(class_="notice--translation")
    article = page.find("article")
    assert article["lang"] == "lv"
    assert article.h1.get_text(strip=True) == "Tikai latviski"
    assert article.find("time").get_text(strip=True) == "8 November 2023"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["inLanguage"] == "lv"


def test_year_archive_shows_only_that_years_news_and_offers_every_year(client, index):
    NewsArticlePageFactory(title_lv="Gada ziņa A", date=datetime.date(2019, 3, 1))
    NewsArticlePageFactory(title_lv="Gada ziņa B", date=datetime.date(2019, 6, 1))
    NewsArticlePageFactory(title_lv="Vecāka ziņa", date=datetime.date(2018, 6, 1))
    lv_index = url_in(index, "lv")
    page = soup(client.get(f"{lv_index}2019/"))
    assert page.h1.get_text(strip=True) == f"{index.title_lv} – 2019"
    assert card_titles(page) == ["Gada ziņa B", "Gada ziņa A"]
    assert {time["datetime"][:4] for time in page.select(".news-card time")} == {"2019"}
    years = [a.get_text(strip=True) for a in page.select(f".news-filters a[href^='{lv_index}']")]
    years = [year for year in years if year.isdigit()]
    assert "2018" in years and "2019" not in years
    assert years == sorted(years, reverse=True)
    assert page.select_one(".news-filters [aria-current=page]").get_text(strip=True) == "2019"
    assert client.get(f"{lv_index}1999/").status_code == 404


def test_filtering_by_category_in_both_languages(client, index):
    category = NewsCategoryFactory(slug="testa-filtrs", name_lv="Testa filtrs", name_en="Test filter")
    for number in range(3):
        NewsArticlePageFactory(title_lv=f"Filtrēta ziņa {number}", categories=[category])
    NewsArticlePageFactory(title_lv="Cita ziņa")
    page = soup(client.get(url_in(index, "lv") + "?category=testa-filtrs"))
    assert page.h1.get_text(strip=True) == f"{index.title_lv} – Testa filtrs"
    assert sorted(card_titles(page)) == ["Filtrēta ziņa 0", "Filtrēta ziņa 1", "Filtrēta ziņa 2"]
    english = soup(client.get(url_in(index, "en") + "?category=testa-filtrs"))
    assert english.h1.get_text(strip=True) == f"{index.title_en} – Test filter"
    assert client.get(url_in(index, "lv") + "?category=nav-tadas").status_code == 404


def test_article_categories_lead_to_the_filtered_listing(client, index, report):
    links = soup(client.get(url_in(report, "en"))).select(".news-article__categories a")
    en_index = url_in(index, "en")
    assert {a.get_text(strip=True): a["href"] for a in links} == {
        "Test cooperation": f"{en_index}?category=testa-sadarbiba",
        "Test reports": f"{en_index}?category=testa-zinojumi",
    }


def test_previous_and_next_articles_follow_the_listing_order(client):
    newest = NewsArticlePageFactory(title_lv="Jaunākā", title_en="Newest", date=TODAY)
    untranslated = NewsArticlePageFactory(title_lv="Tikai latviski", title_en=None, date=days_ago(1))
    middle = NewsArticlePageFactory(title_lv="Vidējā", title_en="Middle", date=days_ago(2))
    oldest = NewsArticlePageFactory(title_lv="Vecākā", title_en="Oldest", date=days_ago(3))
    page = soup(client.get(url_in(middle, "lv")))
    assert page.select_one(".news-pager a[rel=prev]").get_text(" ", strip=True).endswith("Vecākā")
    assert page.select_one(".news-pager a[rel=next]").get_text(" ", strip=True).endswith("Tikai latviski")
    assert page.select_one(".news-pager a[rel=prev]")["href"] == url_in(oldest, "lv")
    # The newest English article has no "next", and the untranslated one is never offered in English.
    assert soup(client.get(url_in(newest, "en"))).select_one(".news-pager a[rel=next]") is None
    english = soup(client.get(url_in(middle, "en")))
    assert english.select_one(".news-pager a[rel=next]")["href"] == url_in(newest, "en")
    hrefs = [a["href"] for a in english.select(".news-pager a")]
    assert not any(untranslated.slug_lv in href for href in hrefs)


@pytest.mark.parametrize("language", ["lv", "en"])
def test_each_language_has_a_news_feed_advertised_on_news_pages(client, index, report, language):
    NewsArticlePageFactory(title_lv="Tikai latviski", title_en=None, date=days_ago(1))
    NewsArticlePageFactory(title_lv="Jaunākā ziņa", title_en="The newest news", date=TODAY)
    feed_url = url_in(index, language) + "feed/"
    for page_url in (url_in(index, language), url_in(report, language)):
        link = soup(client.get(page_url)).find("link", rel="alternate", type="application/rss+xml")
        assert link["href"] == feed_url
    response = client.get(feed_url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == language
    items = channel.findall("item")
    assert items[0].findtext("title") == {"lv": "Jaunākā ziņa", "en": "The newest news"}[language]
    titles = [item.findtext("title") for item in items]
    assert ("Tikai latviski" in titles) == (language == "lv")
    assert all(item.findtext("link").startswith(f"http://testserver/{language}/") for item in items)


def test_article_has_news_article_structured_data_and_open_graph_tags(client, report):
    en_url = url_in(report, "en")
    page = soup(client.get(en_url))
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "A report on test activities"
    assert data["datePublished"].startswith("2022-11-03")
    assert data["inLanguage"] == "en"
    assert data["url"] == "http://testserver" + en_url
    assert data["image"][0].startswith("http://testserver/")
    og = {meta["property"]: meta["content"] for meta in page.find_all("meta", property=True)}
    assert og["og:type"] == "article"
    assert og["og:locale"] == "en_GB"
    assert og["og:url"] == "http://testserver" + en_url
    assert og["og:image:alt"] == "Wavy blue lines"
    assert og["article:published_time"].startswith("2022-11-03")
    assert soup(client.get(url_in(report, "lv"))).find("meta", property="og:locale")["content"] == "lv_LV"


def test_home_page_shows_the_latest_news_in_each_language(client, index):
    NewsArticlePageFactory(title_lv="Pirmā", title_en="First", date=TODAY)
    NewsArticlePageFactory(title_lv="Tikai latviski", title_en=None, date=days_ago(1))
    NewsArticlePageFactory(title_lv="Otrā", title_en="Second", date=days_ago(2))
    NewsArticlePageFactory(title_lv="Trešā", title_en="Third", date=days_ago(3))
    latvian = soup(client.get("/lv/")).select_one(".latest-news")
    assert latvian.h2.get_text(strip=True)
    assert card_titles(latvian) == ["Pirmā", "Tikai latviski", "Otrā"]
    english = soup(client.get("/en/")).select_one(".latest-news")
    assert card_titles(english) == ["First", "Second", "Third"]
    assert english.select_one(".latest-news__more a")["href"] == url_in(index, "en")


def test_an_article_unpublished_by_an_editor_disappears_from_listings_and_feed(client, index):
    article = NewsArticlePageFactory(title_lv="Atsaukta ziņa", title_en="Withdrawn news", date=TODAY)
    en_url = url_in(article, "en")
    assert "Withdrawn news" in card_titles(soup(client.get(url_in(index, "en"))))
    article.unpublish()
    assert "Withdrawn news" not in card_titles(soup(client.get(url_in(index, "en"))))
    assert b"Withdrawn news" not in client.get(url_in(index, "en") + "feed/").content
    assert client.get(en_url).status_code == 404


def test_loading_the_demo_again_keeps_editors_changes_and_adds_no_duplicates():
    article = NewsArticlePage.objects.order_by("date").first()  # one of the demo's articles
    article.lead_en = "Edited by an editor."
    article.save_revision().publish()
    counts = (NewsArticlePage.objects.count(), NewsCategory.objects.count())
    call_command("load_demo_content", "--skip-index", stdout=io.StringIO())
    assert (NewsArticlePage.objects.count(), NewsCategory.objects.count()) == counts
    article.refresh_from_db()
    assert article.lead_en == "Edited by an editor."
