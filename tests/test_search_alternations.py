"""Consonant alternations across a Latvian paradigm, and words that must stay apart.

The table of paradigms the analysis covers (``search/analysis.py``), with the alternation each
pair exercises. Diacritics are folded before stemming, so ``s/š, z/ž, c/č, l/ļ, n/ņ`` are one
letter; the labial ``j`` (``p/pj, b/bj, m/mj, v/vj``) is undone after the palatalising endings;
``t/š`` and ``d/ž`` are joined through the 2nd declension's base forms (``-is``, ``-im``), and
in the 5th and 6th declensions through a marked term that only the genitive plural written with
its diacritic (``māšu``) and the base forms (``māte``, ``mātes``; ``sirds``, ``sirdij``) give.

| alternation | declension | base form | alternated form |
|---|---|---|---|
| t/š | 2nd (-tis) | jaunietis, latvietis, zutis | jaunieši, latviešu, zuša |
| d/ž | 2nd (-dis) | briedis, ceļvedis, dadzis | brieža, ceļveža, dadži |
| s/š | 2nd (-sis) | mēnesis, lasis, vēstnesis | mēneša, laša, vēstneši |
| z/ž | 2nd, 5th | vēzis, glāze, gāze | vēža, glāžu, gāžu |
| c/č | 2nd, 5th | lācis, tēvocis, svece, pūce | lāča, tēvoča, sveču, pūču |
| l/ļ | 2nd, 5th | brālis, zvirbulis, egle, vēstule | brāļa, zvirbuļi, egļu, vēstuļu |
| n/ņ | 2nd, 5th | akmens, suns, ūdens, upene | akmeņi, suņa, ūdeņi, upeņu |
| p/pj | 2nd, 5th | skapis, kurpe, ziepes | skapja, kurpju, ziepju |
| b/bj | 2nd, 5th | gulbis, drēbes | gulbji, drēbju |
| m/mj | 2nd, 5th | kurmis, zeme, straume | kurmja, zemju, straumju |
| v/vj | 2nd, 5th, 6th | cirvis, virve, govs | cirvja, virvju, govju |
| t/š | 5th (-te) | māte, vecmāte, sieviete, bite, raķete | māšu, vecmāšu, sieviešu, bišu, raķešu |
| d/ž | 5th (-de) | ķēde, bilde, metode, olimpiāde | ķēžu, bilžu, metožu, olimpiāžu |
| kst/kš | 5th, 6th | rīkste, pāksts | rīkšu, pākšu |
| t/š | 6th (-ts) | nakts, pusnakts, krūts, klēts, telts | nakšu, pusnakšu, krūšu, klēšu, telšu |
| d/ž | 6th (-ds) | sirds | siržu |
| none | 6th | zoss, pils, asins, uguns | zosu, piļu, asiņu, uguņu |

Not covered: a 5th/6th-declension genitive plural typed without its diacritic ("masu" is also a
form of "māsa", so it finds only "māsa"); the grammar's words that keep ``t``/``d`` ("kaste,
kastu", "mute, mutu", "valsts, valstu") are kept apart from the ``š``/``ž`` words they would
otherwise meet. Words of three letters keep their ending ("acs", "acu").

Each pair is checked by the analysis (no database) and by the search page on the database the
suite runs on (SQLite, and PostgreSQL with DATABASE_URL): CI runs both.
"""

import pytest
from bs4 import BeautifulSoup
from django.utils.text import slugify

from home.models import StandardPage
from search import analysis
from tests.test_search import LATVIAN_CASES
from tests.test_search_analysis import LATVIAN_SAME_STEM

# (what a visitor types, a word the page says): each must be found.
ALTERNATION_PAIRS = [
    # t/š
    ("jaunietis", "jauniešiem"),
    ("jauniešiem", "jaunietis"),
    ("jaunieši", "jaunietim"),
    ("jaunietis", "jaunieši"),
    ("latvietis", "latviešu"),
    ("latvieši", "latvietis"),
    ("tautietis", "tautiešiem"),
    ("cittautietis", "cittautieši"),
    ("lietuvietis", "lietuviešus"),
    ("zutis", "zuša"),
    # d/ž
    ("briedis", "brieža"),
    ("brieži", "briedis"),
    ("briedim", "briežiem"),
    ("ceļvedis", "ceļveža"),
    ("celvedis", "ceļvežos"),  # typed without diacritics
    ("dadzis", "dadži"),
    # s/š
    ("mēnesis", "mēneša"),
    ("lasis", "laša"),
    ("vēstnesis", "vēstneši"),
    # z/ž
    ("vēzis", "vēža"),
    ("glāze", "glāžu"),
    ("gāze", "gāžu"),
    # c/č
    ("lācis", "lāča"),
    ("lacis", "lāčiem"),
    ("tēvocis", "tēvoča"),
    ("svece", "sveču"),
    ("pūce", "pūču"),
    # l/ļ
    ("brālis", "brāļa"),
    ("bralis", "brāļiem"),
    ("zvirbulis", "zvirbuļi"),
    ("egle", "egļu"),
    ("vēstule", "vēstuļu"),
    # n/ņ
    ("akmens", "akmeņi"),
    ("suns", "suņa"),
    ("ūdens", "ūdeņi"),
    ("upene", "upeņu"),
    # p/pj
    ("skapis", "skapja"),
    ("kurpe", "kurpju"),
    ("ziepes", "ziepju"),
    # b/bj
    ("gulbis", "gulbji"),
    ("drēbes", "drēbju"),
    # m/mj
    ("zeme", "zemju"),
    ("kurmis", "kurmja"),
    ("straume", "straumju"),
    # v/vj
    ("cirvis", "cirvja"),
    ("virve", "virvju"),
    ("govs", "govju"),
    # t/š, d/ž, kst/kš of the 5th declension (genitive plural only)
    ("māte", "māšu"),
    ("māšu", "mātēm"),
    ("vecmāte", "vecmāšu"),
    ("sieviete", "sieviešu"),
    ("sieviešu", "sievietei"),
    ("bite", "bišu"),
    ("raķete", "raķešu"),
    ("ķēde", "ķēžu"),
    ("bilde", "bilžu"),
    ("metode", "metožu"),
    ("olimpiāde", "olimpiāžu"),
    ("rīkste", "rīkšu"),
    # t/š, d/ž, kst/kš of the 6th declension
    ("nakts", "nakšu"),
    ("pusnakts", "pusnakšu"),
    ("nakšu", "naktij"),
    ("krūts", "krūšu"),
    ("klēts", "klēšu"),
    ("telts", "telšu"),
    ("pāksts", "pākšu"),
    ("sirds", "siržu"),
    ("siržu", "sirdis"),
    ("ļaudis", "ļaužu"),
    # 6th declension, no t/d: one letter once folded
    ("zoss", "zosu"),
    ("pils", "piļu"),
    ("asins", "asiņu"),
    ("uguns", "uguņu"),
]

# (what a visitor types, a different word): different lemmas that a naive stemmer, or a naive
# alternation rule, would join. None may find the other.
MUST_NOT_MATCH = [
    ("mežs", "medus"),  # forest, honey: ž is not always a d
    ("meža", "medu"),
    ("lasa", "lats"),  # reads, lats: s is not always a t
    ("kursus", "kurts"),  # courses, greyhound
    ("rasa", "rats"),  # dew, wheel
    ("māte", "māsa"),  # mother, sister
    ("gāze", "gads"),  # gas, year
    ("kaste", "kase"),  # box, cash desk
    ("vērtē", "vērsis"),  # evaluates, ox
    ("darbs", "darbība"),  # work, activity
    ("bērns", "bērnība"),  # child, childhood
    ("zeme", "zemnieks"),  # land, farmer
    ("upe", "upuris"),  # river, victim
    ("brālis", "brālība"),  # brother, brotherhood
    ("lācis", "lāde"),  # bear, chest
    ("cilvēks", "cilvēcība"),  # person, humanity
    ("tirgus", "tirdzniecība"),  # market, trade
    ("policija", "politika"),  # police, policy
    ("sieva", "sieviete"),  # wife, woman
    ("valsts", "valoda"),  # state, language
    ("briedis", "briesmas"),  # deer, danger
    ("vēzis", "vedējs"),  # crayfish, leader
    # 5th and 6th declensions: a genitive plural in -šu/-žu is not always of a t/d word
    ("māšu", "mats"),  # mothers', hair
    ("mute", "mušu"),  # mouth (mutu), fly
    ("kaste", "kašu"),  # box (kastu), porridge
    ("tirāde", "tirāžu"),  # tirade (tirādu), print run
    ("vērtē", "vēršu"),  # evaluates, oxen's
    ("lats", "lašu"),  # lats, salmon's
    ("gads", "gāžu"),  # year, gases'
    ("svēts", "svešu"),  # holy, foreign
    ("plats", "plašu"),  # wide, extensive
    ("kurts", "kuršu"),  # greyhound, Curonians'
    ("medus", "mežu"),  # honey, forest
    ("vedu", "vēžu"),  # I lead, crayfish's
    ("valsts", "valšu"),  # state (valstu), waltzes'
    ("sēta", "sešu"),  # yard, six (sešu: of six)
]


def test_the_tables_are_as_large_as_promised():
    assert len(ALTERNATION_PAIRS) >= 70
    assert len(MUST_NOT_MATCH) >= 35
    for alternation in (
        "jaunie",
        "brie",
        "lāč",
        "zem",
        "kurp",
        "gulb",
        "kurm",
        "cirv",
        "ļ",
        "ņ",
        "māš",
        "sirž",
    ):
        assert any(alternation in written for _typed, written in ALTERNATION_PAIRS), alternation


@pytest.mark.parametrize("typed,written", ALTERNATION_PAIRS)
def test_a_form_with_the_other_consonant_shares_a_term(typed, written):
    assert set(analysis.word_terms(typed, "lv")) & set(analysis.word_terms(written, "lv"))


@pytest.mark.parametrize("typed,other", MUST_NOT_MATCH)
def test_different_words_share_no_term(typed, other):
    assert not set(analysis.word_terms(typed, "lv")) & set(analysis.word_terms(other, "lv"))


def test_the_alternated_stem_follows_the_text_so_phrases_keep_their_positions():
    assert analysis.analyze("Jaunietis mācās", "lv") == "lvjauni lvmac lvjaunies"
    assert analysis.analyze("jauniešiem", "lv") == "lvjaunies"


# --- On the database: the search page ----------------------------------------------------------


def titles(client, query):
    response = client.get("/lv/meklet/", {"q": query})
    page = BeautifulSoup(response.content.decode(), "html.parser")
    titles = [" ".join(a.get_text(" ").split()) for a in page.select(".search-result__title a")]
    next_link = page.select_one("nav.pagination a[rel=next]")
    while next_link is not None:
        page = BeautifulSoup(client.get("/lv/meklet/" + next_link["href"]).content.decode(), "html.parser")
        titles += [" ".join(a.get_text(" ").split()) for a in page.select(".search-result__title a")]
        next_link = page.select_one("nav.pagination a[rel=next]")
    return titles


def add_pages(home_page, texts):
    """One published page per text, titled ``Q1``, ``Q2``...: titles no query matches."""
    names = []
    for number, text in enumerate(texts, start=1):
        title = f"Q{number}"
        page = StandardPage(title=title, title_lv=title, slug=slugify(f"q-{number}"), lead_lv=text)
        home_page.add_child(instance=page)
        page.save_revision().publish()
        names.append(title)
    return names


@pytest.mark.django_db
def test_every_pair_old_and_new_is_found_on_the_database(client, home_page):
    pairs = ALTERNATION_PAIRS + LATVIAN_SAME_STEM + LATVIAN_CASES
    names = add_pages(home_page, [f"Teksts: {written}." for _typed, written in pairs])
    missed = [
        (typed, written)
        for (typed, written), name in zip(pairs, names, strict=True)
        if name not in titles(client, typed)
    ]
    assert missed == []


@pytest.mark.django_db
def test_no_must_not_pair_is_found_on_the_database(client, home_page):
    names = add_pages(home_page, [f"Teksts: {other}." for _typed, other in MUST_NOT_MATCH])
    joined = [
        (typed, other)
        for (typed, other), name in zip(MUST_NOT_MATCH, names, strict=True)
        if name in titles(client, typed)
    ]
    assert joined == []


@pytest.mark.django_db
def test_jaunietis_finds_a_page_that_says_jauniesiem(client, home_page):
    page = StandardPage(
        title="Atbalsts",
        title_lv="Atbalsts",
        slug="atbalsts-j",
        lead_lv="Konsultācijas jauniešiem bez maksas.",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    assert "Atbalsts" in titles(client, "jaunietis")
    assert "Atbalsts" in titles(client, "Jaunietis")


@pytest.mark.django_db
def test_the_alternated_form_is_marked_in_the_result(client, home_page):
    page = StandardPage(
        title="Atbalsts", title_lv="Atbalsts", slug="atbalsts-m", lead_lv="Konsultācijas jauniešiem."
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    response = client.get("/lv/meklet/", {"q": "jaunietis"})
    html = BeautifulSoup(response.content.decode(), "html.parser")
    result = next(
        r for r in html.select(".search-result") if r.select_one("a").get_text(strip=True) == "Atbalsts"
    )
    assert [mark.get_text() for mark in result.select(".search-result__snippet mark")] == ["jauniešiem"]
