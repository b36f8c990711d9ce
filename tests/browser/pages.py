"""The browser suite's own site: every text, slug, number and name it builds and then looks for.

``tests/browser/site.py`` builds the site from these constants and the tests read the same ones, so
no browser test depends on the demo content (``load_demo_content``): changing a demo text breaks
only ``tests/test_demo_content.py``. The texts are realistic, but they are test content.
"""

import datetime

# The site frame ---------------------------------------------------------------------------------

SITE_NAME_LV = "Pārbaudes portāls"
SITE_NAME_EN = "Test portal on trafficking"
INSTITUTION_LV = "Pārbaudes ministrija"
INSTITUTION_EN = "Test Ministry"
# The logo link reads the institution, then the site's name.
LOGO_LV = f"{INSTITUTION_LV} {SITE_NAME_LV}"
EMERGENCY_NUMBER = "112"  # the EU emergency number
# Help lines in the help strip: (name lv, name en, short lv, short en, phone); test-owned numbers.
HELP_LINES = [
    ("Pārbaudes patversme", "Test shelter", "Patversme", "Shelter", "+371 20000101"),
    ("Pārbaudes uzticības tālrunis", "Test trust line", "Uzticība", "Trust line", "+371 60000202"),
]
HELP_NUMBERS = ["tel:" + EMERGENCY_NUMBER] + ["tel:" + line[4].replace(" ", "") for line in HELP_LINES]

HOME = {"slug_en": "home", "title_lv": "Pārbaudes sākumlapa", "title_en": "Test home page"}

# The main menu, in its order: (key, slug lv, slug en, title lv, title en).
MENU = [
    ("about", "par-tirdzniecibu", "on-trafficking", "Par tirdzniecību", "On trafficking"),
    ("help", "palidziba-pec", "help-now", "Palīdzība tagad", "Help now"),
    ("legislation", "likumi-un-akti", "laws-and-acts", "Likumi un akti", "Laws and acts"),
    ("projects", "projekti-pec", "projects-test", "Pārbaudes projekti", "Test projects"),
    ("news", "zinas", "news-test", "Ziņas", "Test news"),
    ("calendar", "kalendars", "calendar", "Kalendārs", "Calendar"),
    ("publications", "dokumenti", "documents", "Dokumenti", "Documents"),
    ("partners", "partneri", "partners", "Partneri", "Partners"),
    ("content", "par-portalu", "about-the-portal", "Par portālu", "About the portal"),
]
MENU_SLUGS = {key: (slug_lv, slug_en) for key, slug_lv, slug_en, _lv, _en in MENU}
MENU_TITLES = {key: (title_lv, title_en) for key, _lv, _en, title_lv, title_en in MENU}


def url(key, language, *rest):
    """The address of a menu page (or of ``rest`` below it) in ``language``."""
    slug = MENU_SLUGS[key][0 if language == "lv" else 1]
    return "/" + "/".join([language, slug, *rest]) + "/"


ACCESSIBILITY = ("pieklustamiba-pec", "accessibility-test", "Piekļūstamība", "Accessibility")
# Latvian only: English visitors read it in Latvian, marked so.
UNTRANSLATED = ("tikai-latviski", "Lapa tikai latviski")

# News -------------------------------------------------------------------------------------------

# A word with diacritics in the article's Latvian title, and the same word typed without them.
SEARCH_WORD_LV = "ziņojums"
SEARCH_WORD_LV_PLAIN = "zinojums"
SEARCH_WORD_EN = "report"
ARTICLE = {
    "slug_lv": "pec-zinojums-par-cilveku-tirdzniecibu",
    "slug_en": "test-report-on-trafficking-in-people",
    "title_lv": "Pārbaudes ziņojums par cilvēku tirdzniecību reģionā",
    "title_en": "Test report on trafficking in people in the region",
    "lead_lv": "Ziņojums apkopo pārbaudes gada darbu cilvēku tirdzniecības novēršanā.",
    "lead_en": "The report sums up a test year of work to prevent trafficking in people.",
    "date": datetime.date(2022, 11, 3),
    "date_lv": "03.11.2022",
    "date_en": "3 November 2022",
    "image_alt_lv": "Pārbaudes attēls: jūra",
    "image_alt_en": "Test picture: the sea",
}
UNTRANSLATED_ARTICLE = ("macibas-pec-tikai-latviski", "Pārbaudes mācības tikai latviski")
# Its English is complete: the translator's journey retypes its title, an editor approves it.
TRANSLATED_ARTICLE = {
    "slug_lv": "pec-seminars-par-darbu-arzemes",
    "slug_en": "test-seminar-on-work-abroad",
    "title_lv": "Pārbaudes seminārs par darbu ārzemēs",
    "title_en": "Test seminar on work abroad",
}
TRANSLATED_ARTICLE_NEW_TITLE = "Test seminar on safe work abroad, approved"
TRANSLATED_ARTICLE_SEARCH = "safe work abroad approved"

# The event calendar -----------------------------------------------------------------------------

MONTH = (2024, 3)
MONTH_BEFORE = (2024, 2)
MONTH_AFTER = (2024, 4)
MONTH_CAPTION_LV = "Marts, 2024"
MONTH_AFTER_CAPTION_EN = "April 2024"
EVENT = {
    "slug_lv": "pec-konference",
    "slug_en": "test-conference",
    "title_lv": "Pārbaudes konference par drošu darbu",
    "title_en": "Test conference on safe work",
    "start_date": datetime.date(2024, 3, 12),
}
MULTI_DAY_EVENT = {
    "slug_lv": "pec-nedela-skolas",
    "slug_en": "test-week-in-schools",
    "title_lv": "Pārbaudes nedēļa skolās “Droši ārzemēs”",
    "title_en": "Test week in schools “Safe abroad”",
    "start_date": datetime.date(2024, 3, 18),
    "end_date": datetime.date(2024, 3, 22),
}


def month_url(language, year_month):
    year, month = year_month
    return url("calendar", language, f"{year:04d}", f"{month:02d}")


# Guidance ---------------------------------------------------------------------------------------

GUIDANCE = ("darba-ekspluatacija", "labour-exploitation", "Darba ekspluatācija", "Labour exploitation")
SELF_CHECK = ("vai-tas-ir-pec", "is-this-it-test", "Vai tā ir tirdzniecība?", "Could this be trafficking?")
SELF_CHECK_QUESTION_LV = "Vai jūs spiež strādāt pret jūsu gribu?"
SELF_CHECK_QUESTION_EN = "Are you made to work or to do things against your will?"
RIGHTS = ("kompensacija-pec", "compensation-test", "Kompensācija", "Compensation")
PROJECT = ("pec-projekts", "test-project", "Pārbaudes projekts", "Test project")
ORGANISATION = ("Pārbaudes biedrība", "Test association", "+371 20000303")

# Publications -----------------------------------------------------------------------------------

PUBLICATION = {
    "slug_lv": "pec-gada-parskats-2022",
    "slug_en": "test-annual-report-2022",
    "title_lv": "Pārbaudes gada pārskats par cilvēku tirdzniecību 2022",
    "title_en": "Test annual report on trafficking in people 2022",
    "year": 2022,
}
# A word only the publication's PDF holds: search finds the publication by it.
PDF_WORD = "Islandes"
PDF_WORD_QUERY = "islandes"
LEGAL_PUBLICATION = {
    "slug_lv": "pec-plans-2021-2023",
    "slug_en": "test-plan-2021-2023",
    "title_lv": "Pārbaudes plāns cilvēku tirdzniecības novēršanai 2021–2023",
    "title_en": "Test plan for the prevention of trafficking 2021–2023",
    "year": 2021,
}
STATISTICS = ("statistika-pec", "statistics-test", "Statistika", "Statistics")

# The suggestions as you type: title words start with these (lv, en).
SUGGEST_TYPED = {"lv": "cilv", "en": "traff"}
# Typed in full, they match a suggestion and find results.
SEARCH_TYPED = {"lv": SEARCH_WORD_LV, "en": "trafficking"}

# The admin ---------------------------------------------------------------------------------------

EDITOR = "redaktore"
TRANSLATOR = "tulkotajs"
PASSWORD = "browser-pass-123"  # only for the test server

# Every public page type, in both languages: what the browser suite visits -----------------------

PUBLIC_PAGES = {
    "home-lv": "/lv/",
    "home-en": "/en/",
    "content-lv": url("content", "lv"),
    "content-en": url("content", "en"),
    "help-lv": url("help", "lv"),
    "help-en": url("help", "en"),
    "accessibility-statement-lv": f"/lv/{ACCESSIBILITY[0]}/",
    "accessibility-statement-en": f"/en/{ACCESSIBILITY[1]}/",
    "untranslated-fallback-en": f"/en/{UNTRANSLATED[0]}/",
    "news-index-lv": url("news", "lv"),
    "news-index-en": url("news", "en"),
    "news-article-lv": url("news", "lv", ARTICLE["slug_lv"]),
    "news-article-en": url("news", "en", ARTICLE["slug_en"]),
    "news-untranslated-en": url("news", "en", UNTRANSLATED_ARTICLE[0]),
    "calendar-month-lv": month_url("lv", MONTH),
    "calendar-month-en": month_url("en", MONTH),
    "calendar-upcoming-en": url("calendar", "en", "upcoming"),
    "event-lv": url("calendar", "lv", EVENT["slug_lv"]),
    "event-en": url("calendar", "en", EVENT["slug_en"]),
    "search-results-lv": f"/lv/meklet/?q={SEARCH_WORD_LV_PLAIN}",
    "search-results-en": f"/en/search/?q={SEARCH_WORD_EN}",
    "search-empty-lv": "/lv/meklet/",
    "search-empty-en": "/en/search/",
    "search-no-results-lv": "/lv/meklet/?q=xyzzyqwv",
    "search-no-results-en": "/en/search/?q=xyzzyqwv",
    "not-found-lv": "/lv/nav-tadas-lapas/",
    "not-found-en": "/en/no-such-page/",
}

GUIDANCE_PAGES = {
    "section-lv": url("about", "lv"),
    "section-en": url("about", "en"),
    "guidance-lv": url("about", "lv", GUIDANCE[0]),
    "guidance-en": url("about", "en", GUIDANCE[1]),
    "self-check-lv": url("about", "lv", SELF_CHECK[0]),
    "self-check-en": url("about", "en", SELF_CHECK[1]),
    "help-lv": url("help", "lv"),
    "help-en": url("help", "en"),
    "rights-lv": url("help", "lv", RIGHTS[0]),
    "rights-en": url("help", "en", RIGHTS[1]),
    "legislation-lv": url("legislation", "lv"),
    "legislation-en": url("legislation", "en"),
    "project-lv": url("projects", "lv", PROJECT[0]),
    "project-en": url("projects", "en", PROJECT[1]),
    "partners-lv": url("partners", "lv"),
    "partners-en": url("partners", "en"),
}

PUBLICATION_PAGES = {
    "publications-index-lv": url("publications", "lv"),
    "publications-index-en": url("publications", "en"),
    "publications-filtered-lv": url("publications", "lv") + "?type=report&year=2022&language=lv",
    "publication-lv": url("publications", "lv", PUBLICATION["slug_lv"]),
    "publication-en": url("publications", "en", PUBLICATION["slug_en"]),
    "statistics-lv": url("publications", "lv", STATISTICS[0]),
    "statistics-en": url("publications", "en", STATISTICS[1]),
    "search-inside-pdf-lv": f"/lv/meklet/?q={PDF_WORD_QUERY}",
}
