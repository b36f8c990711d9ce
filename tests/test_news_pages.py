"""Visitors read the news in Latvian and English: the seed report, listings, archive, feeds."""

import io
import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from news.demo import SEED_SLUG, UNTRANSLATED_SLUG
from news.models import NewsArticlePage, NewsCategory

pytestmark = pytest.mark.django_db

SEED_LV = f"/lv/jaunumi/{SEED_SLUG}/"
SEED_EN = "/en/news/latest-baltic-sea-region-report-on-activities-to-prevent-human-trafficking/"


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def card_titles(page):
    return [a.get_text(strip=True) for a in page.select(".news-card__title a")]


def test_latvian_reader_sees_the_seed_report_as_on_the_real_portal(client):
    page = soup(client.get(SEED_LV))
    article = page.find("article")
    assert article.h1.get_text(strip=True) == (
        "Jaunākais Baltijas jūras valstu reģiona ziņojums par aktivitātēm cilvēku tirdzniecības novēršanā"
    )
    assert article.find("time").get_text(strip=True) == "03.11.2022"
    assert article.find("time")["datetime"] == "2022-11-03"
    assert (
        article.select_one(".lead")
        .get_text(strip=True)
        .startswith("Ziņojums ir sadalīts trīs tematiskās daļās un ietver vērtīgu informāciju")
    )
    body = article.select_one(".news-article__body")
    assert "Pirmā daļa ir veltīta īstenotajām aktivitātēm Baltijas jūras reģionā valstīs" in body.get_text()
    assert "Savukārt ziņojuma trešajā daļā ir iekļauta detalizēta informācija" in body.get_text()
    assert body.select_one(".news-list__intro").get_text(strip=True) == "Ziņojumā minētās paraugprakses:"
    practices = [li.get_text(strip=True) for li in body.select("ul li")]
    assert len(practices) == 10
    assert practices[0].startswith(
        "Mobilās veselības aprūpes klīnikas prostitūcijā iesaistītajām personām Dānijā."
    )
    assert practices[-1] == "Specializēta cilvēku tirdzniecības novēršanas vēstnieka iecelšana Zviedrijā."


def test_english_reader_sees_the_whole_report_translated(client):
    page = soup(client.get(SEED_EN))
    article = page.find("article")
    assert "lang" not in article.attrs  # English content, not the Latvian fallback
    assert (
        article.h1.get_text(strip=True)
        == "The latest Baltic Sea region report on activities to prevent human trafficking"
    )
    assert article.find("time").get_text(strip=True) == "3 November 2022"
    body = article.select_one(".news-article__body")
    assert "people fleeing the war in Ukraine" in body.get_text()
    assert "Task Force against Trafficking in Human Beings" in body.get_text()
    practices = [li.get_text(strip=True) for li in body.select("ul li")]
    assert len(practices) == 10
    assert practices[1] == "Awareness-raising campaigns for young people in Estonia."
    assert page.find(class_="notice--translation") is None


def test_the_switcher_on_the_seed_report_leads_to_its_translation_and_back(client):
    english = soup(client.get(SEED_LV)).select_one("nav.language-switcher a[hreflang=en]")
    assert english["href"] == SEED_EN
    latvian = soup(client.get(english["href"])).select_one("nav.language-switcher a[hreflang=lv]")
    assert latvian["href"] == SEED_LV


def test_news_index_lists_newest_first_with_date_title_lead_and_image(client):
    page = soup(client.get("/lv/jaunumi/"))
    assert page.h1.get_text(strip=True) == "Jaunumi"
    cards = page.select(".news-card")
    assert len(cards) == 10  # ten a page
    dates = [card.find("time")["datetime"] for card in cards]
    assert dates == sorted(dates, reverse=True)
    first = cards[0]
    assert (
        first.select_one(".news-card__title a").get_text(strip=True)
        == "Cilvēku tirdzniecības novēršanas statistika 2023. gadā"
    )
    assert first.find("time").get_text(strip=True) == "14.03.2024"
    assert first.select_one(".news-card__lead").get_text(strip=True).startswith("Apkopoti dati")
    assert first.find("img")["alt"] == "Stabiņu diagramma ar pieciem tumši ziliem stabiņiem"


def test_the_second_page_of_news_continues_the_first(client):
    first = card_titles(soup(client.get("/lv/jaunumi/")))
    second_page = soup(client.get("/lv/jaunumi/?page=2"))
    second = card_titles(second_page)
    assert second and not set(first) & set(second)
    assert len(first) + len(second) == NewsArticlePage.objects.live().count()
    assert second_page.select_one(".pagination [aria-current=page]").get_text(strip=True) == "2"
    assert second_page.select_one(".pagination a[rel=prev]")["href"] == "?page=1"


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99", "2.5", ""])
def test_a_bad_or_too_large_page_number_is_not_found_not_an_error(client, page):
    assert client.get(f"/lv/jaunumi/?page={page}").status_code == 404


def test_english_listing_leaves_out_the_article_without_translation(client):
    english = card_titles(soup(client.get("/en/news/")))
    english += (
        card_titles(soup(client.get("/en/news/?page=2")))
        if client.get("/en/news/?page=2").status_code == 200
        else []
    )
    latvian = card_titles(soup(client.get("/lv/jaunumi/"))) + card_titles(
        soup(client.get("/lv/jaunumi/?page=2"))
    )
    assert "Mācības sociālajiem darbiniekiem Latgalē" in latvian
    assert "Mācības sociālajiem darbiniekiem Latgalē" not in english
    assert len(english) == len(latvian) - 1
    assert "18 October is EU Anti-Trafficking Day" in english


def test_english_visitor_opening_the_untranslated_article_sees_latvian_marked_as_latvian(client):
    page = soup(client.get(f"/en/news/{UNTRANSLATED_SLUG}/"))
    assert page.find(class_="notice--translation")
    article = page.find("article")
    assert article["lang"] == "lv"
    assert article.h1.get_text(strip=True) == "Mācības sociālajiem darbiniekiem Latgalē"
    assert article.find("time").get_text(strip=True) == "8 November 2023"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["inLanguage"] == "lv"


def test_year_archive_shows_only_that_years_news_and_offers_every_year(client):
    page = soup(client.get("/lv/jaunumi/2022/"))
    assert page.h1.get_text(strip=True) == "Jaunumi – 2022"
    assert {time["datetime"][:4] for time in page.select(".news-card time")} == {"2022"}
    years = [a.get_text(strip=True) for a in page.select(".news-filters a[href*='/lv/jaunumi/20']")]
    assert years == ["2024", "2023", "2021"]
    assert page.select_one(".news-filters [aria-current=page]").get_text(strip=True) == "2022"
    assert client.get("/lv/jaunumi/1999/").status_code == 404


def test_filtering_by_category_in_both_languages(client):
    page = soup(client.get("/lv/jaunumi/?category=statistika"))
    assert page.h1.get_text(strip=True) == "Jaunumi – Statistika"
    assert len(card_titles(page)) == 3
    assert all("statistika" in title.lower() for title in card_titles(page))
    english = soup(client.get("/en/news/?category=statistika"))
    assert english.h1.get_text(strip=True) == "News – Statistics"
    assert client.get("/lv/jaunumi/?category=nav-tadas").status_code == 404


def test_article_categories_lead_to_the_filtered_listing(client):
    links = soup(client.get(SEED_EN)).select(".news-article__categories a")
    assert {a.get_text(strip=True): a["href"] for a in links} == {
        "International cooperation": "/en/news/?category=starptautiska-sadarbiba",
        "Reports": "/en/news/?category=zinojumi",
    }


def test_previous_and_next_articles_follow_the_listing_order(client):
    page = soup(client.get(SEED_LV))
    assert (
        page.select_one(".news-pager a[rel=prev]")
        .get_text(" ", strip=True)
        .endswith("Seminārs skolotājiem par cilvēku tirdzniecības riskiem jauniešu vidū")
    )
    assert (
        page.select_one(".news-pager a[rel=next]")
        .get_text(" ", strip=True)
        .endswith("Cilvēku tirdzniecības novēršanas statistika 2022. gadā")
    )
    # The newest English article has no "next", and the untranslated one is never offered in English.
    newest = soup(client.get("/en/news/human-trafficking-statistics-for-2023/"))
    assert newest.select_one(".news-pager a[rel=next]") is None
    hrefs = [
        a["href"] for a in soup(client.get("/en/news/eu-anti-trafficking-day-2023/")).select(".news-pager a")
    ]
    assert f"/en/news/{UNTRANSLATED_SLUG}/" not in hrefs


@pytest.mark.parametrize(
    "url,feed_url,language,first_title",
    [
        ("/lv/jaunumi/", "/lv/jaunumi/feed/", "lv", "Cilvēku tirdzniecības novēršanas statistika 2023. gadā"),
        ("/en/news/", "/en/news/feed/", "en", "Human trafficking statistics for 2023"),
    ],
)
def test_each_language_has_a_news_feed_advertised_on_news_pages(client, url, feed_url, language, first_title):
    for page_url in (url, SEED_LV if language == "lv" else SEED_EN):
        link = soup(client.get(page_url)).find("link", rel="alternate", type="application/rss+xml")
        assert link["href"] == feed_url
    response = client.get(feed_url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == language
    items = channel.findall("item")
    assert items[0].findtext("title") == first_title
    titles = [item.findtext("title") for item in items]
    assert ("Mācības sociālajiem darbiniekiem Latgalē" in titles) == (language == "lv")
    assert all(item.findtext("link").startswith(f"http://testserver/{language}/") for item in items)


def test_article_has_news_article_structured_data_and_open_graph_tags(client):
    page = soup(client.get(SEED_EN))
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "NewsArticle"
    assert (
        data["headline"] == "The latest Baltic Sea region report on activities to prevent human trafficking"
    )
    assert data["datePublished"].startswith("2022-11-03")
    assert data["inLanguage"] == "en"
    assert data["url"] == "http://testserver" + SEED_EN
    assert data["image"][0].startswith("http://testserver/")
    og = {meta["property"]: meta["content"] for meta in page.find_all("meta", property=True)}
    assert og["og:type"] == "article"
    assert og["og:locale"] == "en_GB"
    assert og["og:url"] == "http://testserver" + SEED_EN
    assert og["og:image:alt"] == "Wavy blue lines on a light blue background, suggesting the sea"
    assert og["article:published_time"].startswith("2022-11-03")
    assert soup(client.get(SEED_LV)).find("meta", property="og:locale")["content"] == "lv_LV"


def test_home_page_shows_the_latest_news_in_each_language(client):
    latvian = soup(client.get("/lv/")).select_one(".latest-news")
    assert latvian.h2.get_text(strip=True)
    assert card_titles(latvian) == [
        "Cilvēku tirdzniecības novēršanas statistika 2023. gadā",
        "Mācības sociālajiem darbiniekiem Latgalē",
        "18. oktobrī atzīmē Eiropas Cilvēku tirdzniecības apkarošanas dienu",
    ]
    english = soup(client.get("/en/")).select_one(".latest-news")
    assert card_titles(english) == [
        "Human trafficking statistics for 2023",
        "18 October is EU Anti-Trafficking Day",
        "Campaign “Working abroad? Check before you go”",
    ]
    assert english.select_one(".latest-news__more a")["href"] == "/en/news/"


def test_an_article_unpublished_by_an_editor_disappears_from_listings_and_feed(client):
    article = NewsArticlePage.objects.get(slug_lv="cilveku-tirdzniecibas-novershanas-statistika-2023-gada")
    article.unpublish()
    assert "Human trafficking statistics for 2023" not in card_titles(soup(client.get("/en/news/")))
    assert b"Human trafficking statistics for 2023" not in client.get("/en/news/feed/").content
    assert client.get("/en/news/human-trafficking-statistics-for-2023/").status_code == 404


def test_demo_news_are_marked_as_demo_and_the_seed_report_is_not(client):
    demo = soup(client.get("/en/news/eu-anti-trafficking-day-2023/")).select_one(".news-article__body")
    assert "Demo content" in demo.get_text()
    assert "Demo" not in soup(client.get(SEED_EN)).select_one(".news-article__body").get_text()


def test_loading_the_demo_again_keeps_editors_changes_and_adds_no_duplicates():
    article = NewsArticlePage.objects.get(slug_lv=SEED_SLUG)
    article.lead_en = "Edited by an editor."
    article.save_revision().publish()
    counts = (NewsArticlePage.objects.count(), NewsCategory.objects.count())
    call_command("load_demo_content", "--skip-index", stdout=io.StringIO())
    assert (NewsArticlePage.objects.count(), NewsCategory.objects.count()) == counts
    article.refresh_from_db()
    assert article.lead_en == "Edited by an editor."
