"""Demo content of the site frame: the home page, content pages, footer and help lines.

Loaded by ``manage.py load_demo_content``. Every step looks for what it would create first and
never overwrites a page or setting that already exists, so running it again keeps editors' work.
"""

from wagtail.models import Page, Site

from home.models import HelpLine, HomePage, SiteSettings, StandardPage

FOOTER_LV = "Valsts informatīvais resurss par cilvēktirdzniecības mazināšanas tēmu un aktualitātēm Latvijā"
FOOTER_EN = "National information resource on reducing human trafficking and current developments in Latvia"


def paragraph(html):
    return ("paragraph", html)


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def publish(page, user=None):
    page.save_revision(user=user, log_action=False).publish(user=user, log_action=False)
    return page


def ensure_child(parent, model, slug_lv, **fields):
    """The child of ``parent`` with Latvian slug ``slug_lv``; created and published if missing.

    Returns ``(page, created)``. An existing page is returned untouched.
    """
    existing = parent.get_children().filter(slug_lv=slug_lv).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug_lv, slug_lv=slug_lv, title=fields["title_lv"], **fields)
    parent.add_child(instance=page)
    publish(page)
    return page, True


HOME = {
    "title_lv": "Cilvēktirdzniecības mazināšana Latvijā",
    "title_en": "Reducing human trafficking in Latvia",
    "slug_en": "home",
    "intro_lv": (
        "<p>Informācija par cilvēku tirdzniecības riskiem, palīdzību cietušajiem un valsts "
        "institūciju, nevalstisko organizāciju un starptautisko partneru darbu cilvēku "
        "tirdzniecības novēršanā.</p>"
    ),
    "intro_en": (
        "<p>Information on the risks of human trafficking, help for victims, and the work of "
        "state institutions, non-governmental organisations and international partners to "
        "prevent it.</p>"
    ),
}

CONTENT_PAGES = [
    {
        "slug_lv": "par-mums",
        "slug_en": "about-us",
        "title_lv": "Par mums",
        "title_en": "About us",
        "show_in_menus": True,
        "lead_lv": (
            "Šī vietne ir valsts informatīvais resurss par cilvēktirdzniecības mazināšanas tēmu "
            "un aktualitātēm Latvijā."
        ),
        "lead_en": (
            "This website is the national information resource on reducing human trafficking "
            "and current developments in Latvia."
        ),
        "body_lv": [
            heading("Kam šī vietne ir domāta"),
            paragraph(
                "<p>Vietnē apkopota informācija iedzīvotājiem, cietušajiem un viņu tuviniekiem, "
                "kā arī speciālistiem, kuri savā darbā var saskarties ar cilvēku tirdzniecības "
                "gadījumiem: sociālajiem darbiniekiem, policistiem, robežsargiem, ārstiem un "
                "skolotājiem.</p>"
            ),
            heading("Kas uztur vietni"),
            paragraph(
                "<p>Vietni uztur Iekšlietu ministrija sadarbībā ar institūcijām un "
                "organizācijām, kas iesaistītas cilvēku tirdzniecības novēršanā un apkarošanā.</p>"
            ),
        ],
        "body_en": [
            heading("Who this website is for"),
            paragraph(
                "<p>The website brings together information for the public, for victims and their "
                "families, and for professionals who may encounter cases of human trafficking in "
                "their work: social workers, police and border guards, doctors and teachers.</p>"
            ),
            heading("Who runs the website"),
            paragraph(
                "<p>The website is maintained by the Ministry of the Interior together with the "
                "institutions and organisations involved in preventing and combating human "
                "trafficking.</p>"
            ),
        ],
    },
    {
        "slug_lv": "palidziba",
        "slug_en": "get-help",
        "title_lv": "Palīdzība",
        "title_en": "Get help",
        "show_in_menus": True,
        "lead_lv": (
            "Ja jums vai kādam jūsu tuviniekam draud briesmas, zvaniet uz vienoto ārkārtas "
            "palīdzības tālruni 112."
        ),
        "lead_en": ("If you or someone close to you is in danger, call the single emergency number 112."),
        "body_lv": [
            heading("Kur vērsties"),
            paragraph(
                "<ul><li>Vienotais ārkārtas palīdzības tālrunis: <b>112</b> (bez maksas, visu "
                "diennakti).</li><li>Patvērums “Drošā māja”: <b>+371 28612120</b> (visu "
                "diennakti).</li><li>Centrs MARTA: <b>+371 67378539</b>.</li></ul>"
            ),
            heading("Ātra iziešana no vietnes"),
            paragraph(
                "<p>Katras lapas augšā ir poga <b>“Ātri iziet”</b>. Tā uzreiz aizver šo vietni un "
                "atver neitrālu meklētāja lapu; pārlūka poga “Atpakaļ” neatved atpakaļ uz šo lapu. To "
                "pašu var izdarīt, divreiz ātri nospiežot taustiņu <b>Esc</b>.</p>"
                "<p>Pārlūka vēsture tomēr saglabā iepriekš apmeklētās lapas. Ja baidāties, ka kāds "
                "varētu pārbaudīt jūsu ierīci, izmantojiet privāto (inkognito) pārlūkošanas režīmu vai "
                "pēc apmeklējuma izdzēsiet pārlūka vēsturi.</p>"
            ),
            heading("Valsts apmaksāti sociālās rehabilitācijas pakalpojumi"),
            paragraph(
                "<p>Cilvēku tirdzniecības upuri Latvijā var saņemt valsts apmaksātus sociālās "
                "rehabilitācijas pakalpojumus: drošu patvērumu, psihologa, jurista un sociālā "
                "darbinieka konsultācijas, kā arī palīdzību, sazinoties ar tiesībsargājošajām "
                "iestādēm.</p>"
            ),
        ],
        "body_en": [
            heading("Where to turn"),
            paragraph(
                "<ul><li>Single emergency number: <b>112</b> (free of charge, day and "
                "night).</li><li>Shelter “Safe House”: <b>+371 28612120</b> (24/7).</li>"
                "<li>Centre MARTA: <b>+371 67378539</b>.</li></ul>"
            ),
            heading("Leaving this site quickly"),
            paragraph(
                "<p>At the top of every page there is a <b>“Quick exit”</b> button. It closes this site "
                "at once and opens a neutral search engine page; the browser’s Back button does not lead "
                "back here. Pressing the <b>Esc</b> key twice quickly does the same.</p>"
                "<p>Your browser history still keeps the pages you visited before. If you fear that "
                "someone may check your device, use private (incognito) browsing, or clear your browser "
                "history after your visit.</p>"
            ),
            heading("State-funded social rehabilitation services"),
            paragraph(
                "<p>Victims of human trafficking in Latvia can receive state-funded social "
                "rehabilitation services: a safe shelter, counselling by a psychologist, a lawyer "
                "and a social worker, and help in contacting law enforcement.</p>"
            ),
        ],
    },
    {
        "slug_lv": "pieklustamibas-pazinojums",
        "slug_en": "accessibility-statement",
        "title_lv": "Piekļūstamības paziņojums",
        "title_en": "Accessibility statement",
        "show_in_menus": False,
        "lead_lv": (
            "Iekšlietu ministrija apņemas nodrošināt tīmekļvietnes cilvektirdznieciba.lv piekļūstamību "
            "saskaņā ar Ministru kabineta 2020. gada 14. jūlija noteikumiem Nr. 445 “Kārtība, kādā "
            "iestādes ievieto informāciju internetā”."
        ),
        "lead_en": (
            "The Ministry of the Interior is committed to making the website cilvektirdznieciba.lv "
            "accessible in accordance with Cabinet Regulation No. 445 of 14 July 2020 “Procedures for "
            "the Placement of Information on the Internet by Institutions”."
        ),
        "body_lv": [
            heading("Atbilstības statuss"),
            paragraph(
                "<p>Tīmekļvietne pilnībā atbilst standarta LVS EN 301 549 un tīmekļa satura "
                "piekļūstamības vadlīniju WCAG 2.1 AA līmeņa prasībām.</p>"
            ),
            heading("Kā atbilstība tiek pārbaudīta"),
            paragraph(
                "<ul><li>Katras izmaiņas pirms publicēšanas pārbauda automatizēti testi īstā pārlūkā ar "
                "rīku axe-core (WCAG 2.0 un 2.1 A un AA noteikumi) abās valodās.</li>"
                "<li>Testi pārbauda darbu tikai ar tastatūru, 360 pikseļu platu ekrānu un lapu "
                "virsrakstu struktūru.</li>"
                "<li>Satura redaktoriem lapu redaktorā ir iebūvēta piekļūstamības pārbaude, un attēliem "
                "obligāti jānorāda alternatīvais teksts.</li></ul>"
            ),
            heading("Nepiekļūstams saturs"),
            paragraph(
                "<p>Daļa vecāku dokumentu (PDF) var nebūt pilnībā piekļūstami. Ja jums nepieciešams "
                "dokuments piekļūstamā formātā, rakstiet mums, un mēs to sagatavosim.</p>"
            ),
            heading("Atsauksmes un saziņa"),
            paragraph(
                "<p>Ja pamanāt piekļūstamības trūkumus vai jums nepieciešama informācija citā formātā, "
                "sazinieties ar mums, izmantojot kājenē norādīto e-pastu. Atbildi sniegsim 15 darba "
                "dienu laikā.</p>"
            ),
            heading("Izpildes nodrošināšanas procedūra"),
            paragraph(
                "<p>Ja atbilde nav apmierinoša, varat vērsties Valsts reģionālās attīstības aģentūrā, "
                "kas uzrauga tīmekļvietņu piekļūstamību Latvijā.</p>"
            ),
            heading("Paziņojuma sagatavošana"),
            paragraph(
                "<p>Paziņojums sagatavots, pamatojoties uz pašnovērtējumu un automatizētiem testiem, "
                "un tiek pārskatīts pēc katras būtiskas vietnes izmaiņas.</p>"
            ),
        ],
        "body_en": [
            heading("Compliance status"),
            paragraph(
                "<p>This website is fully compliant with standard EN 301 549 and the Web Content "
                "Accessibility Guidelines WCAG 2.1 at level AA.</p>"
            ),
            heading("How compliance is checked"),
            paragraph(
                "<ul><li>Before any change is published, automated tests in a real browser check every "
                "page type in both languages with axe-core (the WCAG 2.0 and 2.1 A and AA rules).</li>"
                "<li>The tests check keyboard-only use, a 360-pixel-wide screen and the heading "
                "structure of pages.</li>"
                "<li>Editors have an accessibility checker built into the page editor, and alternative "
                "text is required for images.</li></ul>"
            ),
            heading("Non-accessible content"),
            paragraph(
                "<p>Some older documents (PDF) may not be fully accessible. If you need a document in an "
                "accessible format, write to us and we will prepare it.</p>"
            ),
            heading("Feedback and contact information"),
            paragraph(
                "<p>If you notice accessibility problems or need information in another format, contact "
                "us at the e-mail address in the footer. We reply within 15 working days.</p>"
            ),
            heading("Enforcement procedure"),
            paragraph(
                "<p>If you are not satisfied with our reply, you can turn to the State Regional "
                "Development Agency, which monitors the accessibility of websites in Latvia.</p>"
            ),
            heading("Preparation of this statement"),
            paragraph(
                "<p>This statement was prepared on the basis of a self-assessment and automated tests, "
                "and it is reviewed after every significant change to the website.</p>"
            ),
        ],
    },
    {
        "slug_lv": "normativie-akti",
        "title_lv": "Normatīvie akti",
        "show_in_menus": True,
        # Deliberately Latvian only: legislation is published in the state language, and this page
        # exercises the policy for pages without an English translation.
        "lead_lv": (
            "Latvijas un starptautiskie normatīvie akti, kas regulē cilvēku tirdzniecības "
            "novēršanu un apkarošanu."
        ),
        "body_lv": [
            paragraph(
                "<ul><li>Krimināllikuma 154.<sup>1</sup> un 154.<sup>2</sup> pants.</li>"
                "<li>Sociālo pakalpojumu un sociālās palīdzības likums.</li>"
                "<li>Eiropas Padomes Konvencija par cīņu pret cilvēku tirdzniecību.</li></ul>"
            ),
        ],
    },
]


def load(context):
    """Build the site frame; returns the home page for the other apps' demo content."""
    stdout = context["stdout"]
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(title=HOME["title_lv"], slug="sakums", slug_lv="sakums", show_in_menus=False)
        for key, value in HOME.items():
            setattr(home, key, value)
        root.add_child(instance=home)
        publish(home)
        stdout.write("Created the home page")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True, site_name="cilvektirdznieciba.lv")
    if site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    # Wagtail's placeholder "Welcome" page is of the base Page type; nothing of ours is.
    for welcome in root.get_children().exact_type(Page):
        welcome.delete()

    for spec in CONTENT_PAGES:
        spec = dict(spec)
        slug_lv = spec.pop("slug_lv")
        page, created = ensure_child(home, StandardPage, slug_lv, **spec)
        if created:
            stdout.write(f"Created the page {page.title_lv}")

    site_settings = SiteSettings.for_site(site)
    if not site_settings.footer_text_lv:
        site_settings.site_name_lv = "Cilvēktirdzniecība"
        site_settings.site_name_en = "Human trafficking"
        site_settings.footer_text_lv = FOOTER_LV
        site_settings.footer_text_en = FOOTER_EN
        site_settings.emergency_number = "112"
        site_settings.contact_email = "info@example.lv"
        site_settings.save()
    if site_settings.accessibility_page_id is None:
        site_settings.accessibility_page = (
            home.get_children().filter(slug_lv="pieklustamibas-pazinojums").first()
        )
        site_settings.save(update_fields=["accessibility_page"])
    if not site_settings.help_lines.exists():
        HelpLine.objects.bulk_create(
            [
                HelpLine(
                    settings=site_settings,
                    sort_order=0,
                    name_lv="Patvērums “Drošā māja”",
                    name_en="Shelter “Safe House”",
                    phone="+371 28612120",
                    hours_lv="visu diennakti",
                    hours_en="24/7",
                ),
                HelpLine(
                    settings=site_settings,
                    sort_order=1,
                    name_lv="Centrs MARTA",
                    name_en="Centre MARTA",
                    phone="+371 67378539",
                ),
            ]
        )
    return {"home": home, "site": site}


# The privacy notice (linked from the footer through security/urls.py): it describes what this
# site's own code stores, as built in search/privacy.py, security/ and website/settings/.
CONTENT_PAGES.append(
    {
        "slug_lv": "privatuma-pazinojums",
        "slug_en": "privacy-notice",
        "title_lv": "Privātuma paziņojums",
        "title_en": "Privacy notice",
        "show_in_menus": False,
        "lead_lv": "Šī vietne nezina, kas jūs esat, un to arī neuzzina.",
        "lead_en": "This site does not know who you are, and it does not try to find out.",
        "body_lv": [
            heading("Ko vietne neglabā"),
            paragraph(
                "<ul><li>Vietne apmeklētājiem neiestata sīkdatnes un neizmanto izsekotājus, "
                "reklāmas vai trešo pušu analītikas rīkus.</li>"
                "<li>Vietne neglabā jūsu IP adresi kopā ar to, ko jūs lasāt vai meklējat.</li></ul>"
            ),
            heading("Meklēšana"),
            paragraph(
                "<p>Lai redaktori zinātu, ko apmeklētāji meklē, vietne skaita, cik reižu dienā "
                "meklēts katrs vārds vai frāze (mazajiem burtiem, bez pieturzīmēm). Vaicājumus ar "
                "e-pasta adresi, tālruņa numuru vai citiem cipariem, kā arī garus vaicājumus neskaita "
                "vispār. Skaitījumus pēc 30 dienām dzēš.</p>"
            ),
            heading("Video"),
            paragraph(
                "<p>Videoierakstus rāda no YouTube (ar privātuma režīmu, youtube-nocookie.com) vai "
                "Vimeo. Šie pakalpojumi var iestatīt savas sīkdatnes tikai tad, kad jūs sākat "
                "atskaņot video.</p>"
            ),
            heading("Redaktori"),
            paragraph(
                "<p>Sīkdatni (pieteikšanās sesiju) saņem tikai vietnes redaktori, kad viņi piesakās "
                "administrēšanas sadaļā.</p>"
            ),
        ],
        "body_en": [
            heading("What the site does not keep"),
            paragraph(
                "<ul><li>The site sets no cookies for visitors and uses no trackers, advertising or "
                "third-party analytics.</li>"
                "<li>The site does not store your IP address together with what you read or "
                "search for.</li></ul>"
            ),
            heading("Search"),
            paragraph(
                "<p>So that editors know what visitors look for, the site counts how many times a "
                "day each word or phrase is searched for (in lower case, without punctuation). "
                "Searches with an e-mail address, a phone number or other digits, and long "
                "searches, are not counted at all. The counts are deleted after 30 days.</p>"
            ),
            heading("Videos"),
            paragraph(
                "<p>Videos are shown from YouTube (in its privacy-enhanced mode, "
                "youtube-nocookie.com) or Vimeo. These services can set cookies of their own only "
                "once you start playing a video.</p>"
            ),
            heading("Editors"),
            paragraph(
                "<p>Only the site's editors get a cookie (a login session), when they log in to the admin.</p>"
            ),
        ],
    }
)
