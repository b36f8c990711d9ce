"""Demo content of the site frame: the home page, content pages, footer and help lines.

Loaded by ``manage.py load_demo_content``. Every step looks for what it would create first and
never overwrites a page or setting that already exists, so running it again keeps editors' work.
"""

from wagtail.models import Page, Site

from home.models import HomePage, StandardPage
from website.models import HelpLine, SiteSettings

FOOTER_LV = "Valsts informatīvais resurss par cilvēktirdzniecības mazināšanas tēmu un aktualitātēm Latvijā"
FOOTER_EN = "National information resource on reducing human trafficking and current developments in Latvia"


SITE_NAME_EN = "Human Trafficking in Latvia"
# The Ministry of the Interior runs the portal: http://www.iem.gov.lv/lat/aktualitates/?doc=32124
# Its Communication Division's e-mail:
# https://www.iem.gov.lv/lv/jaunums/iekslietu-ministrija-paraksta-kopigo-pazinojumu-par-apnemsanos-stradat-pret-cilveku-tirdzniecibu-darbaspeka-ekspluatacijas-noluka
CONTACT_EMAIL = "kn@iem.gov.lv"
INSTITUTION = {
    "institution_name_lv": "Iekšlietu ministrija",
    "institution_name_en": "Ministry of the Interior of the Republic of Latvia",
    # Address and phone as given on the ministry's own page: https://www.iem.gov.lv/en/citizenship-and-migration
    "institution_address_lv": "Čiekurkalna 1. līnija 1, k-3, Rīga",
    "institution_address_en": "Čiekurkalna 1. līnija 1, k-3, Riga",
    "institution_phone": "+371 67219183",
    "institution_email": CONTACT_EMAIL,
    "institution_url": "https://www.iem.gov.lv/",
}


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
        # Contact: the Ministry of the Interior's Communication Division, kn@iem.gov.lv
        # (https://www.iem.gov.lv/lv/jaunums/iekslietu-ministrija-paraksta-kopigo-pazinojumu-par-apnemsanos-stradat-pret-cilveku-tirdzniecibu-darbaspeka-ekspluatacijas-noluka).
        # The status claims only what the project's tests check (tests/browser/); no manual audit yet.
        "body_lv": [
            heading("Atbilstības statuss"),
            paragraph(
                "<p>Tīmekļvietne <b>daļēji atbilst</b> standarta LVS EN 301 549 un tīmekļa satura "
                "piekļūstamības vadlīniju WCAG 2.1 AA līmeņa prasībām. Automatizētie testi pārkāpumus neatrod, "
                "bet neatkarīgs manuāls izvērtējums vēl nav veikts.</p>"
            ),
            heading("Kā atbilstība tiek pārbaudīta"),
            paragraph(
                "<ul><li>Katras izmaiņas pirms publicēšanas pārbauda automatizēti testi īstā pārlūkā ar "
                "rīku axe-core (WCAG 2.0 un 2.1 A un AA noteikumi) katram publiskās lapas veidam abās "
                "valodās, 360 un 1280–1366 pikseļu platā ekrānā.</li>"
                "<li>Testi pārbauda darbu tikai ar tastatūru, lapu virsrakstu struktūru, teksta pārkārtošanos "
                "200 % palielinājumā, to, ka 360 pikseļu platā ekrānā nav jāritina horizontāli, un to, ka "
                "saites galvenē un kājenē ir vismaz 24 × 24 pikseļus lielas.</li>"
                "<li>Satura redaktoriem lapu redaktorā ir iebūvēta piekļūstamības pārbaude, un attēliem "
                "obligāti jānorāda alternatīvais teksts.</li></ul>"
            ),
            heading("Nepiekļūstams saturs"),
            paragraph(
                "<p>Automatizēti testi neatklāj visas problēmas, piemēram, vai alternatīvais teksts ir "
                "jēgpilns un vai teksts ir viegli saprotams. Vietnē ievietotie ārējie video un dokumenti, "
                "ko pievieno redaktori, netiek pārbaudīti automātiski. Ja jums nepieciešams saturs citā "
                "formātā, rakstiet mums.</p>"
            ),
            heading("Atsauksmes un saziņa"),
            paragraph(
                "<p>Ja pamanāt piekļūstamības trūkumus vai jums nepieciešama informācija citā formātā, "
                "rakstiet Iekšlietu ministrijas Komunikācijas nodaļai: "
                '<a href="mailto:kn@iem.gov.lv">kn@iem.gov.lv</a>. Atbildi sniegsim 15 darba dienu laikā.</p>'
            ),
            heading("Izpildes nodrošināšanas procedūra"),
            paragraph(
                "<p>Ja atbilde nav apmierinoša, varat vērsties Valsts reģionālās attīstības aģentūrā, "
                "kas uzrauga tīmekļvietņu piekļūstamību Latvijā.</p>"
            ),
            heading("Paziņojuma sagatavošana"),
            paragraph(
                "<p>Paziņojums sagatavots <b>28.11.2026</b>, pamatojoties uz pašnovērtējumu un automatizētiem "
                "testiem. Pēdējo reizi pārskatīts <b>28.11.2026</b>. To pārskata pēc katras būtiskas vietnes "
                "izmaiņas un vismaz reizi gadā.</p>"
            ),
        ],
        "body_en": [
            heading("Compliance status"),
            paragraph(
                "<p>This website is <b>partially compliant</b> with standard EN 301 549 and the Web Content "
                "Accessibility Guidelines WCAG 2.1 at level AA. Automated tests find no violations, but no "
                "independent manual audit has been made yet.</p>"
            ),
            heading("How compliance is checked"),
            paragraph(
                "<ul><li>Before any change is published, automated tests in a real browser check every public "
                "page type in both languages with axe-core (the WCAG 2.0 and 2.1 A and AA rules), on a "
                "360-pixel and a 1280–1366-pixel-wide screen.</li>"
                "<li>The tests check keyboard-only use, the heading structure, text reflow at 200 % zoom, that "
                "a 360-pixel-wide screen needs no horizontal scrolling, and that links in the header and footer "
                "are at least 24 × 24 pixels.</li>"
                "<li>Editors have an accessibility checker built into the page editor, and alternative "
                "text is required for images.</li></ul>"
            ),
            heading("Non-accessible content"),
            paragraph(
                "<p>Automated tests do not find every problem, for example whether alternative text is "
                "meaningful or whether a text is easy to understand. External videos and documents that "
                "editors add are not checked automatically. If you need content in another format, write to "
                "us.</p>"
            ),
            heading("Feedback and contact information"),
            paragraph(
                "<p>If you notice accessibility problems or need information in another format, write to the "
                "Communication Division of the Ministry of the Interior: "
                '<a href="mailto:kn@iem.gov.lv">kn@iem.gov.lv</a>. We reply within 15 working days.</p>'
            ),
            heading("Enforcement procedure"),
            paragraph(
                "<p>If you are not satisfied with our reply, you can turn to the State Regional "
                "Development Agency, which monitors the accessibility of websites in Latvia.</p>"
            ),
            heading("Preparation of this statement"),
            paragraph(
                "<p>This statement was prepared on <b>28 November 2026</b> on the basis of a self-assessment and "
                "automated tests. It was last reviewed on <b>28 November 2026</b>. It is reviewed after every "
                "significant change to the website and at least once a year.</p>"
            ),
        ],
    },
    {
        "slug_lv": "normativie-akti",
        "title_lv": "Normatīvie akti",
        # Not in the menu: the section "Tiesību akti" (guidance/demo.py) is the legislation
        # page. This short list stays deliberately Latvian only, to exercise the policy for pages
        # without an English translation.
        "show_in_menus": False,
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
        site_settings.site_name_en = SITE_NAME_EN
        site_settings.footer_text_lv = FOOTER_LV
        site_settings.footer_text_en = FOOTER_EN
        site_settings.emergency_number = "112"
        site_settings.contact_email = CONTACT_EMAIL
        site_settings.save()
    # Sites built by an earlier version of this loader kept placeholders; replace only those.
    if site_settings.site_name_en == "Human trafficking":
        site_settings.site_name_en = SITE_NAME_EN
        site_settings.save(update_fields=["site_name_en"])
    if site_settings.contact_email == "info@example.lv":
        site_settings.contact_email = CONTACT_EMAIL
        site_settings.save(update_fields=["contact_email"])
    if not site_settings.institution_name_lv:
        for key, value in INSTITUTION.items():
            setattr(site_settings, key, value)
        site_settings.save(update_fields=list(INSTITUTION))
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
                    short_name_lv="Drošā māja",
                    short_name_en="Safe House",
                    # +371 28612120, the helpline for trafficking cases:
                    # https://patverums-dm.lv/en/report-of-the-experts-group-on-trafficking-in-human-beings-a-baltic-sea-states-edition/1611
                    # 24/7 since August 2013:
                    # http://trafficking.lv/en/a-support-project-for-prevention-of-human-trafficking-implemented-for-two-and-a-half-years-comes-to-an-end/107
                    phone="+371 28612120",
                    hours_lv="24/7",
                    hours_en="24/7",
                    in_help_strip=True,
                ),
                HelpLine(
                    settings=site_settings,
                    sort_order=1,
                    name_lv="Centrs MARTA",
                    name_en="Centre MARTA",
                    short_name_lv="MARTA",
                    short_name_en="MARTA",
                    # (+371) 67378539, 10:00–18:00: https://bsr-trm.com/countries/latvia/page/2
                    phone="+371 67378539",
                    in_help_strip=True,
                ),
            ]
        )
    elif not site_settings.help_lines.filter(in_help_strip=True).exists():
        # Help lines of an earlier version of this loader: give them short names and the strip.
        for line in site_settings.help_lines.filter(phone__in=["+371 28612120", "+371 67378539"]):
            short = {"+371 28612120": ("Drošā māja", "Safe House"), "+371 67378539": ("MARTA", "MARTA")}
            line.short_name_lv, line.short_name_en = short[line.phone]
            line.in_help_strip = True
            line.save()
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
