"""Editors' synonym groups: a search for one wording also finds the others, in either language."""

import pytest
from django.core.exceptions import ValidationError

from search.models import SynonymGroup
from tests.test_search import add_page, all_result_titles, search_en, search_lv, soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def groups(db):
    SynonymGroup.objects.all().delete()
    SynonymGroup.objects.create(language="lv", terms="cilvēktirdzniecība, cilvēku tirdzniecība")
    SynonymGroup.objects.create(language="en", terms="human trafficking, trafficking in human beings")


def test_the_compound_finds_the_two_word_wording_in_any_form(client, home_page, groups):
    add_page(home_page, "Pārskats", lead_lv="Gada pārskats par cilvēku tirdzniecības novēršanu.")
    assert "Pārskats" in all_result_titles(client, search_lv(client, "cilvēktirdzniecība"))
    assert "Pārskats" in all_result_titles(client, search_lv(client, "cilvektirdzniecibas"))


def test_the_two_words_find_the_compound(client, home_page, groups):
    add_page(home_page, "Plāns", lead_lv="Cilvēktirdzniecības mazināšanas plāns.")
    assert "Plāns" in all_result_titles(client, search_lv(client, "cilvēku tirdzniecība"))


def test_english_synonyms_work_both_ways(client, home_page, groups):
    add_page(home_page, "Likums", title_en="The law", lead_en="On victims of trafficking in human beings.")
    add_page(home_page, "Mīti", title_en="Myths", lead_en="Myths about human trafficking.")
    assert set(all_result_titles(client, search_en(client, "human trafficking"))) >= {"The law", "Myths"}
    assert set(all_result_titles(client, search_en(client, "trafficking in human beings"))) >= {
        "The law",
        "Myths",
    }


def test_other_words_of_the_query_still_count(client, home_page, groups):
    add_page(home_page, "Riga", lead_lv="Cilvēku tirdzniecība Rīgā.")
    add_page(home_page, "Liepāja", lead_lv="Cilvēku tirdzniecība Liepājā.")
    found = all_result_titles(client, search_lv(client, "cilvēktirdzniecība Rīgā"))
    assert "Riga" in found
    assert "Liepāja" not in found


def test_without_a_group_the_wordings_stay_apart(client, home_page):
    SynonymGroup.objects.all().delete()
    add_page(home_page, "Pārskats", lead_lv="Gada pārskats par cilvēku tirdzniecības novēršanu.")
    assert "Pārskats" not in all_result_titles(client, search_lv(client, "cilvēktirdzniecība"))


def test_a_group_editors_add_or_remove_applies_at_once(client, home_page):
    SynonymGroup.objects.all().delete()
    add_page(home_page, "Patvērums", lead_lv="Drošā māja sniedz patvērumu.")
    assert "Patvērums" not in all_result_titles(client, search_lv(client, "pajumte"))
    group = SynonymGroup.objects.create(language="lv", terms="patvērums, pajumte")
    assert "Patvērums" in all_result_titles(client, search_lv(client, "pajumte"))
    group.delete()
    assert "Patvērums" not in all_result_titles(client, search_lv(client, "pajumte"))


def test_a_group_applies_only_in_its_language(client, home_page):
    SynonymGroup.objects.all().delete()
    SynonymGroup.objects.create(language="en", terms="shelter, refuge")
    add_page(home_page, "Patvērums", lead_lv="Patvērums", title_en="Shelter", lead_en="A shelter.")
    assert "Shelter" in all_result_titles(client, search_en(client, "refuge"))
    assert "Patvērums" not in all_result_titles(client, search_lv(client, "refuge"))


def test_a_group_needs_two_wordings():
    with pytest.raises(ValidationError):
        SynonymGroup(language="lv", terms="cilvēktirdzniecība").full_clean()
    group = SynonymGroup(language="lv", terms=" cilvēktirdzniecība ,\n cilvēku   tirdzniecība, ")
    group.full_clean()
    assert group.phrases == ["cilvēktirdzniecība", "cilvēku tirdzniecība"]


def test_editors_manage_groups_as_snippets_in_the_admin(admin_client):
    response = admin_client.get("/admin/snippets/site_search/synonymgroup/")
    assert response.status_code == 200
    response = admin_client.post(
        "/admin/snippets/site_search/synonymgroup/add/", {"language": "lv", "terms": "vervēšana, savervēšana"}
    )
    assert response.status_code == 302
    assert SynonymGroup.objects.filter(terms="vervēšana, savervēšana").exists()
    page = soup(admin_client.get("/admin/snippets/site_search/synonymgroup/"))
    assert "vervēšana, savervēšana" in page.get_text()


def test_the_synonyms_words_are_marked_in_the_result(client, home_page, groups):
    add_page(home_page, "Pārskats", lead_lv="Gada pārskats par cilvēku tirdzniecības novēršanu.")
    page = soup(search_lv(client, "cilvēktirdzniecība pārskats"))
    result = next(
        r for r in page.select(".search-result") if r.select_one("a").get_text(strip=True) == "Pārskats"
    )
    marks = [mark.get_text() for mark in result.select(".search-result__snippet mark")]
    assert marks == ["pārskats", "cilvēku", "tirdzniecības"]


def test_the_words_of_a_synonym_phrase_still_match_apart(client, home_page, groups):
    add_page(home_page, "Izkaisīti", lead_lv="Cilvēku drošība un tirdzniecības ierobežojumi.")
    assert "Izkaisīti" in all_result_titles(client, search_lv(client, "cilvēku tirdzniecība"))
