"""Demo content of the publications: the library, six publications with small PDFs, a statistics page.

The publications are real ones named by the portal and its partners (each source is written
beside it). Their PDF files are NOT the real documents: they are short demonstration files,
written here with ``publications.pdf``, that say so on their first page and repeat only facts
the sources state, so that search inside documents has something real to find. The statistics
page charts only figures that the sources give; where a year has no published figure the cell is
left empty, and a series with a single figure is left out.

The Baltic Sea region report is linked from the seed article of 03.11.2022 (``news.demo``) with
a publication block, added once, when the report is created.
"""

from urllib.parse import urlsplit

from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from home.demo import ensure_child, publish
from news.demo import SEED_SLUG
from news.models import NewsArticlePage
from publications.models import PublicationFile, PublicationIndexPage, PublicationPage, StatisticsPage
from publications.pdf import make_pdf

BALTIC_REPORT_SLUG = "baltijas-juras-valstu-regiona-zinojums-2022"

# The demonstration files name the site of their source; the full address is beside each use below.
DEMO_NOTE_LV = (
    "Demonstrācijas fails: šis nav oficiālais dokuments. Tas sagatavots vietnes paraugam un atkārto "
    "tikai publiski pieejamus faktus; avots: {source}"
)
DEMO_NOTE_EN = (
    "Demonstration file: this is not the official document. It was made as an example for the site "
    "and repeats only publicly available facts; source: {source}"
)

# Source addresses (the real portal and its partners), as cited beside each fact.
P1 = "http://cilvektirdznieciba.lv/lv/jaunakais-baltijas-juras-valstu-regiona-zinojums-par-aktivitatem-cilveku-tirdzniecibas-noversana/278"
P8 = "http://cilvektirdznieciba.lv/lv/parskats-par-2021-gadu/265"
P9 = "http://cilvektirdznieciba.lv/lv/parskats-par-cilveku-tirdzniecibas-noversanu-un-apkarosanu-latvija-2020gada/253"
P11 = "http://cilvektirdznieciba.lv/lv/parskats-par-paveikto-cilveku-tirdzniecibas-noversanas-un-apkarosanas-joma-latvija-2016gada/156"
E3 = "http://trafficking.lv/en/in-total-61-victims-identified-in-latvia-in-2021/268"
L2 = "https://likumi.lv/ta/id/326420"
I2 = "https://iem.gov.lv/en/article/order-effectively-combat-human-trafficking-government-approves-its-2021-2023-prevention-plan"
HE = "http://old.heuni.fi/en/index/tiedotteet/2016/10/reportonexploitativeshammarriageslaunchedon21stoctoberinriga_0.html"
N2 = "https://jauns.lv/raksts/zinas/426677-latvija-joprojam-ir-cilveku-tirdzniecibas-upuru-valsts-pern-identificeti-48-gadijumi"
N3 = (
    "https://www.delfi.lv/news/national/criminal/pern-identificeti-23-cilvektirdzniecibas-upuri.d?id=50841139"
)
N4 = "https://tvnet.lv/7449961/golubeva-latvija-lenam-klust-par-cilveku-tirdzniecibas-galamerka-valsti"
N5 = "https://www.baltictimes.com/20_human_trafficking_victims__including_three_children__identified_in_latvia_last_year/"


def site_of(url):
    return urlsplit(url).hostname.removeprefix("www.")


def publications():
    """The demo publications: fields, and files as ``(language, label_lv, label_en, title, pages)``."""
    return [
        {
            # [P1] the portal's article of 03.11.2022 describes the CBSS report and its three parts.
            "slug_lv": BALTIC_REPORT_SLUG,
            "slug_en": "baltic-sea-region-report-2022",
            "title_lv": "Baltijas jūras valstu reģiona ziņojums par aktivitātēm cilvēku tirdzniecības novēršanā",
            "title_en": "Baltic Sea region report on activities to prevent human trafficking",
            "publication_type": "report",
            "year": 2022,
            "publisher_lv": "Baltijas jūras valstu padome",
            "publisher_en": "Council of the Baltic Sea States",
            "summary_lv": (
                "Ziņojums ir sadalīts trīs tematiskās daļās un ietver vērtīgu informāciju par dažādām "
                "īstenotajām aktivitātēm un paraugpraksēm Baltijas jūras reģionā."
            ),
            "summary_en": (
                "The report is divided into three thematic parts and contains valuable information on "
                "the various activities carried out and on best practices in the Baltic Sea region."
            ),
            "files": [
                (
                    "lv",
                    "Ziņojuma kopsavilkums (demonstrācijas fails)",
                    "Summary of the report (demonstration file, in Latvian)",
                    "Baltijas jūras valstu reģiona ziņojuma kopsavilkums",
                    [
                        [DEMO_NOTE_LV.format(source=site_of(P1))],
                        [
                            "Pirmā daļa ir veltīta īstenotajām aktivitātēm Baltijas jūras reģionā valstīs, "
                            "lai novērstu cilvēku tirdzniecības riskus to cilvēku vidū, kuri bēg no kara "
                            "Ukrainā."
                        ],
                        [
                            "Ziņojuma otrajā daļā ir aprakstītas nozīmīgākās Baltijas jūras valstu padomes "
                            "Cilvēku tirdzniecības novēršanas rīcības grupas aktivitātes un projekti."
                        ],
                        [
                            "Ziņojuma trešajā daļā ir iekļauta detalizēta informācija par dažādām "
                            "paraugpraksēm reģiona valstīs.",
                            "Mobilās veselības aprūpes klīnikas prostitūcijā iesaistītajām personām Dānijā.",
                            "Mācības palīdzības tālruņa 112 operatoriem Islandē par rīcību cilvēku "
                            "tirdzniecības gadījumos.",
                            "Kopā 12 specializēto izmeklēšanas grupu izveidošana Norvēģijas reģionos.",
                            "Specializēta cilvēku tirdzniecības novēršanas vēstnieka iecelšana Zviedrijā.",
                        ],
                    ],
                ),
                (
                    "en",
                    "Ziņojuma kopsavilkums angļu valodā (demonstrācijas fails)",
                    "Summary of the report (demonstration file)",
                    "Baltic Sea region report: summary",
                    [
                        [DEMO_NOTE_EN.format(source=site_of(P1))],
                        [
                            "The first part is devoted to the activities carried out in the countries of "
                            "the Baltic Sea region to prevent the risks of human trafficking among people "
                            "fleeing the war in Ukraine."
                        ],
                        [
                            "The second part describes the most important activities and projects of the "
                            "Council of the Baltic Sea States Task Force against Trafficking in Human Beings."
                        ],
                        [
                            "The third part gives detailed information on best practices in the countries "
                            "of the region.",
                            "Mobile health clinics for people involved in prostitution in Denmark.",
                            "Training for operators of the emergency number 112 in Iceland.",
                            "The establishment of a total of 12 specialised investigation teams in the "
                            "regions of Norway.",
                            "The appointment of a dedicated ambassador for combating human trafficking in Sweden.",
                        ],
                    ],
                ),
            ],
        },
        {
            # [P8] "Pārskats par 2021. gadu", 19.04.2022.
            "slug_lv": "parskats-par-2021-gadu",
            "slug_en": "report-on-2021",
            "title_lv": "Pārskats par 2021. gadu",
            "title_en": "Report on 2021",
            "publication_type": "report",
            "year": 2022,
            "summary_lv": "Pārskats par 2021. gadu: kriminālprocesi, arestētie līdzekļi un tiesā izskatītās lietas.",
            "summary_en": "The report on 2021: criminal proceedings, arrested assets and cases tried in court.",
            "files": [
                (
                    "lv",
                    "Pārskats (demonstrācijas fails)",
                    "Report (demonstration file, in Latvian)",
                    "Pārskats par 2021. gadu",
                    [
                        [DEMO_NOTE_LV.format(source=site_of(P8))],
                        # [P8] 4 proceedings under 154.1; EUR 315,134 of assets arrested; 1 case tried.
                        [
                            "2021. gadā: 4 kriminālprocesi pēc Krimināllikuma 154.1 panta.",
                            "Kriminālprocesos arestēti līdzekļi 315 134 eiro apmērā.",
                            "Tiesā izskatīta 1 krimināllieta.",
                        ],
                    ],
                ),
            ],
        },
        {
            # [P9] the report on 2020, published 29.01.2021.
            "slug_lv": "parskats-par-cilveku-tirdzniecibas-noversanu-un-apkarosanu-latvija-2020-gada",
            "slug_en": "report-on-preventing-and-combating-human-trafficking-in-latvia-in-2020",
            "title_lv": "Pārskats par cilvēku tirdzniecības novēršanu un apkarošanu Latvijā 2020. gadā",
            "title_en": "Report on preventing and combating human trafficking in Latvia in 2020",
            "publication_type": "report",
            "year": 2021,
            "summary_lv": "Gada pārskats par identificētajiem cilvēku tirdzniecības upuriem un ekspluatācijas veidiem 2020. gadā.",
            "summary_en": "The yearly report on identified victims of human trafficking and forms of exploitation in 2020.",
            "files": [
                (
                    "lv",
                    "Pārskats (demonstrācijas fails)",
                    "Report (demonstration file, in Latvian)",
                    "Pārskats par 2020. gadu",
                    [
                        [DEMO_NOTE_LV.format(source=site_of(P9))],
                        # [P9] 48 formally identified: 34 men, 12 women, 2 minors; 37 labour, 10 sexual, 1 sham.
                        [
                            "2020. gadā formāli identificēti 48 cilvēku tirdzniecības upuri: 34 vīrieši, "
                            "12 sievietes un 2 nepilngadīgie.",
                            "Darbaspēka ekspluatācija: 37; seksuālā ekspluatācija: 10; fiktīvā laulība: 1.",
                        ],
                    ],
                ),
            ],
        },
        {
            # [P11] the report on 2016, published 27.03.2017.
            "slug_lv": "parskats-par-paveikto-cilveku-tirdzniecibas-noversanas-un-apkarosanas-joma-latvija-2016-gada",
            "slug_en": "report-on-work-to-prevent-and-combat-human-trafficking-in-latvia-in-2016",
            "title_lv": "Pārskats par paveikto cilvēku tirdzniecības novēršanas un apkarošanas jomā Latvijā 2016. gadā",
            "title_en": "Report on work to prevent and combat human trafficking in Latvia in 2016",
            "publication_type": "report",
            "year": 2017,
            "publisher_lv": "Iekšlietu ministrija",
            "publisher_en": "Ministry of the Interior",
            "summary_lv": "Pārskats par cilvēku tirdzniecības novēršanu, upuru identificēšanu un rehabilitāciju 2016. gadā.",
            "summary_en": "A report on prevention, identification and rehabilitation of victims of human trafficking in 2016.",
            "files": [
                (
                    "lv",
                    "Pārskats (demonstrācijas fails)",
                    "Report (demonstration file, in Latvian)",
                    "Pārskats par 2016. gadu",
                    [
                        [DEMO_NOTE_LV.format(source=site_of(P11))],
                        # [P11] 17 identified (4 minors); 14 in state rehabilitation; 4 proceedings,
                        # 4 cases to court, 4 convicted.
                        [
                            "2016. gadā identificēti 17 cilvēku tirdzniecības upuri, no tiem 4 nepilngadīgie.",
                            "Valsts apmaksātu sociālās rehabilitācijas pakalpojumu saņēma 14 personas.",
                            "Kriminālprocesi: 4; lietas nodotas tiesai: 4; notiesāti: 4.",
                        ],
                    ],
                ),
            ],
        },
        {
            # [L2] MK rīk. Nr. 690, 28.09.2021; [I2] 31 measures, IeM responsible.
            "slug_lv": "cilveku-tirdzniecibas-noversanas-plans-2021-2023-gadam",
            "slug_en": "plan-for-the-prevention-of-human-trafficking-2021-2023",
            "title_lv": "Cilvēku tirdzniecības novēršanas plāns 2021.–2023. gadam",
            "title_en": "Plan for the prevention of human trafficking 2021–2023",
            "publication_type": "legal",
            "year": 2021,
            "publisher_lv": "Ministru kabinets",
            "publisher_en": "Cabinet of Ministers",
            "summary_lv": "Ministru kabineta 2021. gada 28. septembra rīkojums Nr. 690; plānā ir 31 pasākums.",
            "summary_en": "Cabinet Order No. 690 of 28 September 2021; the plan has 31 measures.",
            "files": [
                (
                    "lv",
                    "Plāna apraksts (demonstrācijas fails)",
                    "Outline of the plan (demonstration file, in Latvian)",
                    "Cilvēku tirdzniecības novēršanas plāns 2021.–2023. gadam",
                    [
                        [DEMO_NOTE_LV.format(source=site_of(L2))],
                        [
                            "Plāns apstiprināts ar Ministru kabineta 2021. gada 28. septembra rīkojumu Nr. 690.",
                            "Plānā ir 31 pasākums; par plāna īstenošanu atbildīgā ir Iekšlietu ministrija.",
                        ],
                    ],
                ),
                (
                    "en",
                    "Plāna apraksts angļu valodā (demonstrācijas fails)",
                    "Outline of the plan (demonstration file)",
                    "Plan for the prevention of human trafficking 2021–2023",
                    [
                        [DEMO_NOTE_EN.format(source=site_of(I2))],
                        [
                            "The plan was approved by Cabinet Order No. 690 of 28 September 2021.",
                            "It has 31 measures; the Ministry of the Interior is responsible for it.",
                        ],
                    ],
                ),
            ],
        },
        {
            # [HE] the HESTIA report, launched in Riga on 21 October 2016.
            "slug_lv": "exploitative-sham-marriages",
            "slug_en": "exploitative-sham-marriages",
            "title_lv": "Ekspluatējošas fiktīvās laulības (projekts HESTIA)",
            "title_en": "Exploitative sham marriages (HESTIA project)",
            "publication_type": "study",
            "year": 2016,
            "publisher_lv": "Projekts HESTIA",
            "publisher_en": "HESTIA project",
            "summary_lv": (
                "Projekta HESTIA ziņojums par ekspluatējošām fiktīvajām laulībām, prezentēts Rīgā "
                "2016. gada 21. oktobrī."
            ),
            "summary_en": "The HESTIA project's report on exploitative sham marriages, launched in Riga on 21 October 2016.",
            "files": [
                (
                    "en",
                    "Ziņojums angļu valodā (demonstrācijas fails)",
                    "Report (demonstration file)",
                    "Exploitative sham marriages",
                    [
                        [DEMO_NOTE_EN.format(source=site_of(HE))],
                        [
                            "The HESTIA project ran from January 2015 to December 2016 and was led by the "
                            "Ministry of the Interior of Latvia.",
                            "The report on exploitative sham marriages was launched in Riga on 21 October 2016.",
                        ],
                    ],
                ),
            ],
        },
    ]


def statistics_page():
    """Charts of figures the sources give, with the sources beside each chart."""
    victims_lv = (
        "Gads, Identificētie upuri\n"
        "2016, 17\n"  # [P11]
        "2017, 20\n"  # [N5]
        "2018, 23\n"  # [N3][N4]; the Ministry's English press release says 26 [I2]
        "2019, 39\n"  # [I2][N4]
        "2020, 48\n"  # [P9] formally identified (50 potential)
        "2021, 61\n"  # [E3]
    )
    forms_lv = (
        "Gads, Darbaspēka ekspluatācija, Seksuālā ekspluatācija, Fiktīvās laulības\n"
        "2018, 12, 6, 5\n"  # [N3][N4]
        "2020, 37, 10, 1\n"  # [P9]
        "2021, 53, 7, 1\n"  # [E3]
    )
    proceedings_lv = (
        "Gads, Kriminālprocesi\n"
        "2016, 4\n"  # [P11]
        "2017,\n"
        "2018,\n"
        "2019,\n"
        "2020, 7\n"  # [N2]
        "2021, 4\n"  # [P8] proceedings under Section 154.1
    )

    def english(data, header):
        return header + "\n" + data.split("\n", 1)[1]

    def sources(items):
        links = [
            f'{year}: <a href="{url}">{urlsplit(url).hostname.removeprefix("www.")}</a>'
            for year, url in items
        ]
        return "<p>" + "; ".join(links) + "</p>"

    victims_sources = [("2016", P11), ("2017", N5), ("2018", N3), ("2019", N4), ("2020", P9), ("2021", E3)]
    forms_sources = [("2018", N3), ("2020", P9), ("2021", E3)]
    proceedings_sources = [("2016", P11), ("2020", N2), ("2021", P8)]
    body_lv = [
        {
            "type": "chart",
            "value": {
                "title": "Identificētie cilvēku tirdzniecības upuri",
                "chart_type": "bar",
                "unit": "cilvēki",
                "data": victims_lv,
                "description": (
                    "Identificēts ir upuris, ko formāli atzinusi Valsts policija kriminālprocesā vai "
                    "nevalstisko organizāciju komisija. Par 2018. gadu avoti nesakrīt: Iekšlietu "
                    "ministrijas paziņojumā angļu valodā minēti 26 upuri."
                ),
                "sources": sources(victims_sources),
            },
        },
        {
            "type": "chart",
            "value": {
                "title": "Identificētie upuri pēc ekspluatācijas veida",
                "chart_type": "bar",
                "unit": "cilvēki",
                "data": forms_lv,
                "description": "Gadi, par kuriem avotos ir sadalījums pēc ekspluatācijas veida.",
                "sources": sources(forms_sources),
            },
        },
        {
            "type": "chart",
            "value": {
                "title": "Kriminālprocesi par cilvēku tirdzniecību",
                "chart_type": "line",
                "unit": "kriminālprocesi",
                "data": proceedings_lv,
                "description": "Par 2017.–2019. gadu avotos skaitļu nav, tāpēc šie gadi ir tukši.",
                "sources": sources(proceedings_sources),
            },
        },
    ]
    body_en = [
        {
            "type": "chart",
            "value": {
                "title": "Identified victims of human trafficking",
                "chart_type": "bar",
                "unit": "people",
                "data": english(victims_lv, "Year, Identified victims"),
                "description": (
                    "A victim counts as identified when formally recognised by the State Police in "
                    "criminal proceedings or by a commission of non-governmental organisations. Sources "
                    "differ on 2018: the Ministry of the Interior's English press release gives 26."
                ),
                "sources": sources(victims_sources),
            },
        },
        {
            "type": "chart",
            "value": {
                "title": "Identified victims by form of exploitation",
                "chart_type": "bar",
                "unit": "people",
                "data": english(forms_lv, "Year, Labour exploitation, Sexual exploitation, Sham marriages"),
                "description": "The years for which the sources give a breakdown by form of exploitation.",
                "sources": sources(forms_sources),
            },
        },
        {
            "type": "chart",
            "value": {
                "title": "Criminal proceedings for human trafficking",
                "chart_type": "line",
                "unit": "proceedings",
                "data": english(proceedings_lv, "Year, Criminal proceedings"),
                "description": "The sources give no figures for 2017–2019, so those years are empty.",
                "sources": sources(proceedings_sources),
            },
        },
    ]
    return {
        "title_lv": "Statistika",
        "title_en": "Statistics",
        "slug_en": "statistics",
        "intro_lv": (
            "<p>Skaitļi no publicētajiem pārskatiem un ziņām. Ja par kādu gadu skaitlis nav "
            "publicēts, tas nav norādīts.</p>"
        ),
        "intro_en": (
            "<p>Figures from published reports and news. Where no figure was published for a year, "
            "its cell is left empty.</p>"
        ),
        "body_lv": body_lv,
        "body_en": body_en,
    }


def ensure_document(title, filename, pages, language):
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    data = make_pdf(pages, title=title, language=language)
    document = document_model(title=title)
    document.file = SimpleUploadedFile(filename, data, content_type="application/pdf")
    document.file_size = len(data)
    document.save()
    return document


def link_seed_article(report):
    """Add a link to the report at the end of the seed article, in both languages."""
    article = NewsArticlePage.objects.filter(slug_lv=SEED_SLUG).first()
    if article is None:
        return
    article.body_lv.append(("publication", {"publication": report, "text": "Ziņojuma kopsavilkums:"}))
    article.body_en.append(("publication", {"publication": report, "text": "Summary of the report:"}))
    publish(article)


def load(context):
    stdout = context["stdout"]
    home = context["home"]
    index, created = ensure_child(
        home,
        PublicationIndexPage,
        "parskati-un-zinojumi",
        title_lv="Pārskati un ziņojumi",
        title_en="Reports and publications",
        slug_en="reports-and-publications",
        show_in_menus=True,
        intro_lv=(
            "<p>Gada pārskati, pētījumi, vadlīnijas, tiesību akti un kampaņu materiāli par cilvēku "
            "tirdzniecības novēršanu. Meklēšana atrod arī vārdus dokumentu iekšienē.</p>"
        ),
        intro_en=(
            "<p>Yearly reports, studies, guides, legal documents and campaign material on preventing "
            "human trafficking. Search also finds words inside the documents.</p>"
        ),
    )
    if created:
        stdout.write("Created the publications index")
        # In the menu before "About us", which stays the last item.
        about = home.get_children().filter(slug_lv="par-mums").first()
        if about is not None:
            index.move(about, pos="left")
    for spec in publications():
        spec = dict(spec)
        slug_lv = spec.pop("slug_lv")
        files = []
        for number, (language, label_lv, label_en, title, pages) in enumerate(spec.pop("files")):
            document = ensure_document(f"Demo: {title}", f"{slug_lv[:60]}-{language}.pdf", pages, language)
            files.append(
                PublicationFile(
                    document=document,
                    language=language,
                    label=label_lv,
                    label_lv=label_lv,
                    label_en=label_en,
                    sort_order=number,
                )
            )
        page, created = ensure_child(index, PublicationPage, slug_lv, files=files, **spec)
        if created:
            stdout.write(f"Created the publication {page.title_lv}")
            if slug_lv == BALTIC_REPORT_SLUG:
                link_seed_article(page)
    statistics, created = ensure_child(index, StatisticsPage, "statistika", **statistics_page())
    if created:
        stdout.write("Created the statistics page")
    return {"publications_index": index, "statistics_page": statistics}
