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
            heading("State-funded social rehabilitation services"),
            paragraph(
                "<p>Victims of human trafficking in Latvia can receive state-funded social "
                "rehabilitation services: a safe shelter, counselling by a psychologist, a lawyer "
                "and a social worker, and help in contacting law enforcement.</p>"
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
        site_settings.save()
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
