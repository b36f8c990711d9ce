"""Visitors' searches are kept only as daily counts of normalised queries, and not for long."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from search.privacy import storable
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def stored_queries():
    return sorted(Query.objects.values_list("query_string", flat=True))


def test_an_anonymous_search_leaves_only_a_daily_count_of_the_normalised_query(client):
    for raw in ["  Darba   VĪZAS!! ", "darba vīzas", "Darba vīzas?"]:
        assert client.get("/lv/meklet/", {"q": raw}).status_code == 200
    assert stored_queries() == ["darba vīzas"]
    (hits,) = QueryDailyHits.objects.all()
    assert (hits.date, hits.hits) == (timezone.now().date(), 3)
    assert not Query.objects.filter(query_string__contains="!").exists()


@pytest.mark.parametrize(
    "raw",
    [
        "Jānis Bērziņš +371 2612 3456",
        "palīdzība 010190-12345",
        "anna.ozola@example.lv",
        "mans darba devējs paņēma manu pasi un neļauj man aiziet mājās",
        "dzimis 03.11.1990",
    ],
)
def test_a_search_that_may_identify_a_person_is_not_stored_at_all(client, raw):
    response = client.get("/lv/meklet/", {"q": raw})
    assert response.status_code == 200
    assert stored_queries() == []
    assert not QueryDailyHits.objects.exists()


def test_storable_forms():
    assert storable("Cilvēku  tirdzniecība.") == "cilvēku tirdzniecība"
    assert storable("SOS 112") is None
    assert storable("   ") is None


def test_counts_older_than_the_retention_are_deleted_by_the_daily_command(settings):
    settings.WAGTAILSEARCH_HITS_MAX_AGE = 30
    today = timezone.now().date()
    old = Query.get("vecs vaicājums")
    QueryDailyHits.objects.create(query=old, date=today - datetime.timedelta(days=31), hits=4)
    recent = Query.get("jauns vaicājums")
    QueryDailyHits.objects.create(query=recent, date=today - datetime.timedelta(days=29), hits=2)
    pinned = Query.get("krīze")
    SearchPromotion.objects.create(query=pinned, external_link_url="https://example.lv/", sort_order=0)

    call_command("purge_search_terms", stdout=open("/dev/null", "w"))

    assert stored_queries() == ["jauns vaicājums", "krīze"]  # the editors' own promotion stays
    assert list(QueryDailyHits.objects.values_list("query__query_string", flat=True)) == ["jauns vaicājums"]


def test_editors_still_see_the_popular_queries(client, admin_client):
    for _ in range(3):
        client.get("/lv/meklet/", {"q": "Patvērums"})
    client.get("/lv/meklet/", {"q": "zvanīt 80002012"})
    response = admin_client.get(reverse("wagtailsearchpromotions:search_terms"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "patvērums" in html
    assert "80002012" not in html


@pytest.fixture
def privacy_notice(settings):
    """A privacy notice built for the test, the page the footer's fixed address leads to."""
    settings.PRIVACY_NOTICE_SLUG = "testa-privatuma-pazinojums"
    return StandardPageFactory(
        title_lv="Testa privātuma paziņojums",
        title_en="Test privacy notice",
        slug_lv="testa-privatuma-pazinojums",
        slug_en="test-privacy-notice",
        lead_lv="Vietne neiestata sīkdatnes apmeklētājiem.",
        lead_en="The site sets no cookies for visitors.",
    )


def test_the_privacy_notice_is_linked_from_the_footer_in_both_languages(client, privacy_notice):
    lv = client.get("/lv/").content.decode()
    assert '<a href="/lv/privatums/">Privātuma paziņojums</a>' in lv
    en = client.get("/en/").content.decode()
    assert '<a href="/en/privacy/">Privacy notice</a>' in en

    response = client.get("/lv/privatums/", follow=True)
    assert response.redirect_chain[-1][0] == "/lv/testa-privatuma-pazinojums/"
    assert "neiestata sīkdatnes" in response.content.decode()
    response = client.get("/en/privacy/", follow=True)
    assert response.redirect_chain[-1][0] == "/en/test-privacy-notice/"
    assert "sets no cookies for visitors" in response.content.decode()


def test_without_a_privacy_notice_the_link_answers_404(client, privacy_notice):
    privacy_notice.unpublish()
    assert client.get("/lv/privatums/").status_code == 404
