"""Demo content of the news: the news index, the seed article and about ten demo articles.

The first article is the real portal's report of 03.11.2022, word for word in Latvian (including
its original wording) with a careful English translation. The other articles are DEMO CONTENT,
written for this site so that listings, the archive, the feed and search have something to show;
each says so at its end. "Mācības sociālajiem darbiniekiem Latgalē" deliberately has no English
translation, to exercise the fallback policy (docs/translation-policy.md).

Images and the downloadable document are drawn here with Pillow (no downloads). Everything is looked
up before it is created and nothing that exists is changed, so running the loader again keeps
editors' work.
"""

import datetime
import io
import math

from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.demo import ensure_child
from news.models import NewsArticlePage, NewsCategory, NewsIndexPage

DEMO_NOTE_LV = (
    "<p><i>Demonstrācijas saturs: šis raksts ir sagatavots vietnes paraugam un nav oficiāla "
    "informācija.</i></p>"
)
DEMO_NOTE_EN = "<p><i>Demo content: this article was written as an example for the site and is not official information.</i></p>"

SEED_SLUG = "jaunakais-baltijas-juras-valstu-regiona-zinojums-par-aktivitatem-cilveku-tirdzniecibas-noversana"
UNTRANSLATED_SLUG = "macibas-socialajiem-darbiniekiem-latgale"

CATEGORIES = [
    ("zinojumi", "Ziņojumi", "Reports"),
    ("statistika", "Statistika", "Statistics"),
    ("macibas", "Mācības", "Training"),
    ("kampanas", "Kampaņas", "Campaigns"),
    ("starptautiska-sadarbiba", "Starptautiskā sadarbība", "International cooperation"),
]


# Blocks in the stored (raw) StreamField form.
def text(html):
    return {"type": "text", "value": html}


def section(heading, html, level="h2"):
    return {"type": "section", "value": {"heading": heading, "level": level, "text": html}}


def bullet_list(items, intro="", style="bulleted"):
    return {
        "type": "list",
        "value": {"intro": intro, "style": style, "items": [f"<p>{i}</p>" for i in items]},
    }


def quote(words, attribution=""):
    return {"type": "quote", "value": {"text": words, "attribution": attribution}}


def image(picture, alt, caption=""):
    value = {"image": {"image": picture.pk, "alt_text": alt, "decorative": False}, "caption": caption}
    return {"type": "image", "value": value}


def document(doc, title, description=""):
    return {"type": "document", "value": {"document": doc.pk, "title": title, "description": description}}


def links(heading, items):
    return {
        "type": "links",
        "value": {"heading": heading, "links": [{"page": None, "url": url, "text": t} for t, url in items]},
    }


# Pictures: simple drawings, described by their alt text in each article.
def _draw_sea(draw, width, height):
    draw.rectangle([0, 0, width, height], fill="#dbe9f5")
    for row in range(5):
        y = 120 + row * 55
        points = [(x, y + 18 * math.sin((x + row * 40) / 45)) for x in range(0, width + 10, 10)]
        draw.line(points, fill=["#12355b", "#1d5a8f", "#2f77b4", "#4f94cc", "#7fb3de"][row], width=10)


def _draw_chart(draw, width, height):
    draw.rectangle([0, 0, width, height], fill="#f3f5f8")
    draw.line([(60, height - 50), (width - 40, height - 50)], fill="#1a1a1a", width=4)
    for index, value in enumerate([0.45, 0.6, 0.52, 0.75, 0.68]):
        left = 100 + index * 100
        draw.rectangle([left, height - 50 - int(value * 280), left + 60, height - 52], fill="#12355b")


def _draw_people(draw, width, height):
    draw.rectangle([0, 0, width, height], fill="#eef3e8")
    for index in range(5):
        cx = 110 + index * 100
        draw.ellipse([cx - 28, 110, cx + 28, 166], fill="#9e1b32" if index == 2 else "#12355b")
        draw.rounded_rectangle(
            [cx - 40, 180, cx + 40, 300], radius=30, fill="#9e1b32" if index == 2 else "#12355b"
        )


def _draw_megaphone(draw, width, height):
    draw.rectangle([0, 0, width, height], fill="#fff4e0")
    draw.polygon([(200, 150), (420, 70), (420, 290), (200, 210)], fill="#9e1b32")
    draw.rectangle([150, 150, 205, 210], fill="#12355b")
    for radius in (60, 100, 140):
        draw.arc([420 - radius, 180 - radius, 420 + radius, 180 + radius], -35, 35, fill="#12355b", width=8)


def _draw_handshake(draw, width, height):
    draw.rectangle([0, 0, width, height], fill="#e8eef6")
    draw.rounded_rectangle([80, 150, 330, 210], radius=28, fill="#12355b")
    draw.rounded_rectangle([270, 150, 520, 210], radius=28, fill="#9e1b32")
    draw.ellipse([255, 140, 345, 220], fill="#c9d1db")


PICTURES = {
    "sea": ("Demo: viļņi", _draw_sea),
    "chart": ("Demo: stabiņu diagramma", _draw_chart),
    "people": ("Demo: cilvēku grupa", _draw_people),
    "megaphone": ("Demo: megafons", _draw_megaphone),
    "hands": ("Demo: sadarbība", _draw_handshake),
}


def ensure_picture(key):
    title, draw_picture = PICTURES[key]
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    width, height = 640, 360
    canvas = PILImage.new("RGB", (width, height))
    draw_picture(ImageDraw.Draw(canvas), width, height)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    picture = image_model(title=title)
    picture.file = ImageFile(io.BytesIO(buffer.getvalue()), name=f"news-demo-{key}.png")
    picture.save()
    return picture


def ensure_document():
    title = "Demo: ziņojuma kopsavilkums"
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    page = PILImage.new("RGB", (595, 842), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle([60, 60, 535, 100], fill="#12355b")
    for row in range(18):
        draw.line([(60, 140 + row * 30), (535 - (row % 4) * 60, 140 + row * 30)], fill="#4a4a4a", width=6)
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    data = buffer.getvalue()
    doc = document_model(title=title)
    doc.file = SimpleUploadedFile("zinojuma-kopsavilkums-demo.pdf", data, content_type="application/pdf")
    doc.file_size = len(data)
    doc.save()
    return doc


def ensure_categories():
    found = {category.slug: category for category in NewsCategory.objects.all()}
    for slug, name_lv, name_en in CATEGORIES:
        if slug not in found:
            found[slug] = NewsCategory.objects.create(
                slug=slug, name=name_lv, name_lv=name_lv, name_en=name_en
            )
    return found


def seed_article():
    """The real portal's article of 03.11.2022, word for word, and its English translation."""
    practices_lv = [
        "Mobilās veselības aprūpes klīnikas prostitūcijā iesaistītajām personām Dānijā. Šādas mobilās "
        "klīnikas ar medmāsu dodas uz prostitūcijā iesaistīto personu pulcēšanās vietām ar mērķi sniegt "
        "veselības konsultācijas un atsevišķus medicīnisko pakalpojumus.",
        "Izpratnes veicināšanas kampaņas jauniešiem Igaunijā.",
        "Nacionālā atbalsta sistēma cilvēku tirdzniecības upuriem Somijā.",
        "Sadarbības memorands starp Vācijas Federālo Finanšu ministriju, Vācijas Federālo nodarbinātības "
        "un sociālo lietu ministriju, un Vācijas arodbiedrību konfederāciju. Memorands paredz vienotu "
        "rīcību darba spēka cilvēku tirdzniecības novēšanai Vācijā.",
        "Mācības palīdzības tālruņa 112 operatoriem Islandē par rīcību cilvēku tirdzniecības gadījumos.",
        "Latvijas Finanšu izlūkošanas dienesta veiktā stratēģiskā analīze cilvēku tirdzniecības "
        "identificēšanai finanšu sektorā.",
        "Mācību programma Lietuvas konsulātu un vēstniecību darbiniekiem cilvēku tirdzniecības gadījumu "
        "identifikācijai un sākotnējam atbalstam.",
        "Kopā 12 specializēto izmeklēšanas grupu izveidošana Norvēģijas reģionos.",
        "Centralizēts valsts mēroga atbalsta un konsultāciju centrs cilvēku tirdzniecības upuriem Polijā.",
        "Specializēta cilvēku tirdzniecības novēršanas vēstnieka iecelšana Zviedrijā.",
    ]
    practices_en = [
        "Mobile health clinics for people involved in prostitution in Denmark. These mobile clinics, "
        "staffed by a nurse, go to the places where people involved in prostitution gather, to offer "
        "health counselling and some medical services.",
        "Awareness-raising campaigns for young people in Estonia.",
        "The national assistance system for victims of human trafficking in Finland.",
        "A memorandum of cooperation between the German Federal Ministry of Finance, the German Federal "
        "Ministry of Labour and Social Affairs and the Confederation of German Trade Unions. The "
        "memorandum provides for joint action to prevent human trafficking for labour exploitation in "
        "Germany.",
        "Training for operators of the emergency number 112 in Iceland on how to act in cases of human "
        "trafficking.",
        "A strategic analysis by the Financial Intelligence Unit of Latvia to identify human trafficking "
        "in the financial sector.",
        "A training programme for staff of Lithuanian consulates and embassies on identifying cases of "
        "human trafficking and giving initial support.",
        "The establishment of a total of 12 specialised investigation teams in the regions of Norway.",
        "A centralised nationwide support and counselling centre for victims of human trafficking in Poland.",
        "The appointment of a dedicated ambassador for combating human trafficking in Sweden.",
    ]
    return {
        "slug_lv": SEED_SLUG,
        "slug_en": "latest-baltic-sea-region-report-on-activities-to-prevent-human-trafficking",
        "title_lv": "Jaunākais Baltijas jūras valstu reģiona ziņojums par aktivitātēm cilvēku tirdzniecības novēršanā",
        "title_en": "The latest Baltic Sea region report on activities to prevent human trafficking",
        "date": datetime.date(2022, 11, 3),
        "categories": ["zinojumi", "starptautiska-sadarbiba"],
        "picture": (
            "sea",
            "Zilas viļņotas līnijas uz gaiši zila fona, kas atgādina jūru",
            "Wavy blue lines on a light blue background, suggesting the sea",
        ),
        "lead_lv": (
            "Ziņojums ir sadalīts trīs tematiskās daļās un ietver vērtīgu informāciju par dažādām "
            "īstenotajām aktivitātēm un paraugpraksēm Baltijas jūras reģionā."
        ),
        "lead_en": (
            "The report is divided into three thematic parts and contains valuable information on the "
            "various activities carried out and on best practices in the Baltic Sea region."
        ),
        "body_lv": [
            text(
                "<p>Pirmā daļa ir veltīta īstenotajām aktivitātēm Baltijas jūras reģionā valstīs, lai "
                "novērstu cilvēku tirdzniecības riskus to cilvēku vidū, kuri bēg no kara Ukrainā. "
                "Ziņojuma otrajā daļā ir aprakstītas nozīmīgākās Baltijas jūras valstu padomes Cilvēku "
                "tirdzniecības novēršanas rīcības grupas aktivitātes un projekti. Savukārt ziņojuma "
                "trešajā daļā ir iekļauta detalizēta informācija par dažādām paraugpraksēm reģiona "
                "valstīs.</p>"
            ),
            bullet_list(practices_lv, intro="Ziņojumā minētās paraugprakses:"),
        ],
        "body_en": [
            text(
                "<p>The first part is devoted to the activities carried out in the countries of the "
                "Baltic Sea region to prevent the risks of human trafficking among people fleeing the war "
                "in Ukraine. The second part of the report describes the most important activities and "
                "projects of the Council of the Baltic Sea States Task Force against Trafficking in Human "
                "Beings. The third part of the report gives detailed information on various best "
                "practices in the countries of the region.</p>"
            ),
            bullet_list(practices_en, intro="Best practices named in the report:"),
        ],
    }


def demo_articles(doc, pictures):
    """About ten demo articles (reports, yearly statistics, training, campaigns), marked as demo."""
    return [
        {
            "slug_lv": "cilveku-tirdzniecibas-novershanas-statistika-2023-gada",
            "slug_en": "human-trafficking-statistics-for-2023",
            "title_lv": "Cilvēku tirdzniecības novēršanas statistika 2023. gadā",
            "title_en": "Human trafficking statistics for 2023",
            "date": datetime.date(2024, 3, 14),
            "categories": ["statistika"],
            "picture": (
                "chart",
                "Stabiņu diagramma ar pieciem tumši ziliem stabiņiem",
                "Bar chart with five dark blue bars",
            ),
            "lead_lv": (
                "Apkopoti dati par 2023. gadā identificētajām cilvēku tirdzniecības upurēm un upuriem, "
                "uzsāktajiem kriminālprocesiem un sniegtajiem sociālās rehabilitācijas pakalpojumiem."
            ),
            "lead_en": (
                "Data on the victims of human trafficking identified in 2023, the criminal proceedings "
                "opened and the social rehabilitation services provided."
            ),
            "body_lv": [
                section(
                    "Kas ir apkopots",
                    "<p>Statistikā iekļauti Valsts policijas, Valsts robežsardzes, Labklājības "
                    "ministrijas un nevalstisko organizāciju dati. Tie ļauj salīdzināt tendences ar "
                    "iepriekšējiem gadiem un plānot turpmāko darbu.</p>",
                ),
                bullet_list(
                    [
                        "identificēto upuru skaits pa ekspluatācijas veidiem;",
                        "uzsākto kriminālprocesu un notiesāto personu skaits;",
                        "personas, kuras saņēmušas valsts apmaksātu sociālo rehabilitāciju.",
                    ],
                    intro="Galvenie rādītāji:",
                ),
                document(doc, "Statistikas kopsavilkums", "Demonstrācijas fails, nevis oficiāli dati."),
                text(DEMO_NOTE_LV),
            ],
            "body_en": [
                section(
                    "What is included",
                    "<p>The statistics bring together data from the State Police, the State Border "
                    "Guard, the Ministry of Welfare and non-governmental organisations. They make it "
                    "possible to compare trends with previous years and to plan further work.</p>",
                ),
                bullet_list(
                    [
                        "the number of identified victims by form of exploitation;",
                        "the number of criminal proceedings opened and of persons convicted;",
                        "the people who received state-funded social rehabilitation.",
                    ],
                    intro="Main indicators:",
                ),
                document(doc, "Summary of the statistics", "A demo file, not official data."),
                text(DEMO_NOTE_EN),
            ],
        },
        {
            "slug_lv": "eiropas-cilveku-tirdzniecibas-apkarosanas-diena-2023",
            "slug_en": "eu-anti-trafficking-day-2023",
            "title_lv": "18. oktobrī atzīmē Eiropas Cilvēku tirdzniecības apkarošanas dienu",
            "title_en": "18 October is EU Anti-Trafficking Day",
            "date": datetime.date(2023, 10, 18),
            "categories": ["kampanas", "starptautiska-sadarbiba"],
            "picture": (
                "megaphone",
                "Sarkans megafons, no kura izplūst zilas skaņas viļņu līnijas",
                "A red megaphone with blue sound-wave lines coming from it",
            ),
            "lead_lv": (
                "Eiropas Savienības valstis 18. oktobrī pievērš uzmanību cilvēku tirdzniecībai un "
                "atgādina, kur meklēt palīdzību."
            ),
            "lead_en": (
                "On 18 October the countries of the European Union draw attention to human trafficking "
                "and remind people where to find help."
            ),
            "body_lv": [
                text(
                    "<p>Šajā dienā institūcijas un organizācijas visā Latvijā rīko informatīvus "
                    "pasākumus skolās, bibliotēkās un sociālajos tīklos.</p>"
                ),
                quote(
                    "Cilvēku tirdzniecība ir nozīmīgs cilvēktiesību pārkāpums, un to var novērst, ja "
                    "laikus atpazīst riskus.",
                    "Iekšlietu ministrija",
                ),
                links(
                    "Kur meklēt palīdzību",
                    [("Vienotais ārkārtas palīdzības tālrunis 112", "tel:112")],
                ),
                text(DEMO_NOTE_LV),
            ],
            "body_en": [
                text(
                    "<p>On this day institutions and organisations all over Latvia hold information "
                    "events in schools, libraries and on social media.</p>"
                ),
                quote(
                    "Human trafficking is a serious violation of human rights, and it can be prevented "
                    "when the risks are recognised in time.",
                    "Ministry of the Interior",
                ),
                links("Where to find help", [("Single emergency number 112", "tel:112")]),
                text(DEMO_NOTE_EN),
            ],
        },
        {
            "slug_lv": "kampana-darbs-arzemes-parbaudi-pirms-brauc",
            "slug_en": "campaign-working-abroad-check-before-you-go",
            "title_lv": "Kampaņa “Darbs ārzemēs – pārbaudi, pirms brauc”",
            "title_en": "Campaign “Working abroad? Check before you go”",
            "date": datetime.date(2023, 6, 1),
            "categories": ["kampanas"],
            "picture": (
                "megaphone",
                "Sarkans megafons, no kura izplūst zilas skaņas viļņu līnijas",
                "A red megaphone with blue sound-wave lines coming from it",
            ),
            "lead_lv": (
                "Vasarā sākas kampaņa jauniešiem, kuri plāno strādāt ārzemēs: kā pārbaudīt darba "
                "piedāvājumu un darba devēju."
            ),
            "lead_en": (
                "A summer campaign for young people planning to work abroad: how to check a job offer "
                "and an employer."
            ),
            "body_lv": [
                section(
                    "Pirms brauciena",
                    "<p>Pārbaudiet, vai darbā iekārtošanas aģentūrai ir licence, izlasiet līgumu valodā, "
                    "kuru saprotat, un nekad neatdodiet savu pasi citiem.</p>",
                ),
                section(
                    "Ja kaut kas nav kārtībā",
                    "<p>Zvaniet uz 112 vai sazinieties ar Latvijas vēstniecību valstī, kurā atrodaties.</p>",
                    level="h3",
                ),
                text(DEMO_NOTE_LV),
            ],
            "body_en": [
                section(
                    "Before you go",
                    "<p>Check that the recruitment agency has a licence, read the contract in a language "
                    "you understand, and never hand your passport over to anyone.</p>",
                ),
                section(
                    "If something is wrong",
                    "<p>Call 112 or contact the Latvian embassy in the country where you are.</p>",
                    level="h3",
                ),
                text(DEMO_NOTE_EN),
            ],
        },
        {
            "slug_lv": "macibas-robezsargiem-upuru-identificesana",
            "slug_en": "training-for-border-guards-on-identifying-victims",
            "title_lv": "Mācības robežsargiem par cilvēku tirdzniecības upuru identificēšanu",
            "title_en": "Training for border guards on identifying victims of human trafficking",
            "date": datetime.date(2023, 4, 20),
            "categories": ["macibas"],
            "picture": (
                "people",
                "Piecas stilizētas cilvēku figūras rindā, vidējā sarkanā krāsā",
                "Five stylised human figures in a row, the middle one in red",
            ),
            "lead_lv": (
                "Valsts robežsardzes darbinieki mācījās atpazīt cilvēku tirdzniecības pazīmes "
                "robežšķērsošanas vietās."
            ),
            "lead_en": (
                "Staff of the State Border Guard learned to recognise the signs of human trafficking at "
                "border crossing points."
            ),
            "body_lv": [
                text(
                    "<p>Mācībās piedalījās robežsargi no visām Latvijas robežšķērsošanas vietām. "
                    "Praktiskajās nodarbībās viņi izspēlēja situācijas, kurās jāizlemj, vai cilvēkam "
                    "var būt nepieciešama palīdzība.</p>"
                ),
                image(
                    pictures["people"],
                    "Piecas stilizētas cilvēku figūras rindā, vidējā sarkanā krāsā",
                    "Mācību dalībnieki strādāja nelielās grupās.",
                ),
                text(DEMO_NOTE_LV),
            ],
            "body_en": [
                text(
                    "<p>Border guards from every border crossing point in Latvia took part. In practical "
                    "sessions they acted out situations in which they had to decide whether a person "
                    "might need help.</p>"
                ),
                image(
                    pictures["people"],
                    "Five stylised human figures in a row, the middle one in red",
                    "The participants worked in small groups.",
                ),
                text(DEMO_NOTE_EN),
            ],
        },
        {
            "slug_lv": "cilveku-tirdzniecibas-novershanas-statistika-2022-gada",
            "slug_en": "human-trafficking-statistics-for-2022",
            "title_lv": "Cilvēku tirdzniecības novēršanas statistika 2022. gadā",
            "title_en": "Human trafficking statistics for 2022",
            "date": datetime.date(2023, 3, 9),
            "categories": ["statistika"],
            "picture": (
                "chart",
                "Stabiņu diagramma ar pieciem tumši ziliem stabiņiem",
                "Bar chart with five dark blue bars",
            ),
            "lead_lv": "Publicēts 2022. gada kopsavilkums par cilvēku tirdzniecības gadījumiem Latvijā.",
            "lead_en": "The summary of cases of human trafficking in Latvia in 2022 has been published.",
            "body_lv": [
                text(
                    "<p>Kopsavilkumā aplūkoti gan identificētie gadījumi, gan preventīvie pasākumi, "
                    "kas īstenoti kopā ar pašvaldībām un nevalstiskajām organizācijām.</p>"
                ),
                document(doc, "Statistikas kopsavilkums"),
                text(DEMO_NOTE_LV),
            ],
            "body_en": [
                text(
                    "<p>The summary covers both the cases identified and the preventive measures carried "
                    "out together with local governments and non-governmental organisations.</p>"
                ),
                document(doc, "Summary of the statistics"),
                text(DEMO_NOTE_EN),
            ],
        },
        {
            "slug_lv": "macibas-skolotajiem-par-riskiem-jauniesiem",
            "slug_en": "seminar-for-teachers-on-risks-for-young-people",
            "title_lv": "Seminārs skolotājiem par cilvēku tirdzniecības riskiem jauniešu vidū",
            "title_en": "Seminar for teachers on the risks of human trafficking among young people",
            "date": datetime.date(2022, 9, 22),
            "categories": ["macibas"],
            "picture": (
                "people",
                "Piecas stilizētas cilvēku figūras rindā, vidējā sarkanā krāsā",
                "Five stylised human figures in a row, the middle one in red",
            ),
            "lead_lv": (
                "Skolotāji un skolu sociālie pedagogi uzzināja, kā runāt ar skolēniem par drošu darbu "
                "un attiecībām internetā."
            ),
            "lead_en": (
                "Teachers and school social workers learned how to talk with pupils about safe work and "
                "relationships online."
            ),
            "body_lv": [
                bullet_list(
                    [
                        "kā atpazīt <b>pārāk labus</b> darba piedāvājumus;",
                        "kā rīkoties, ja skolēns stāsta par aizdomīgu kontaktu internetā;",
                        "kur vērsties pēc palīdzības.",
                    ],
                    intro="Semināra tēmas:",
                    style="numbered",
                ),
                text(DEMO_NOTE_LV),
            ],
            "body_en": [
                bullet_list(
                    [
                        "how to recognise job offers that are <b>too good</b> to be true;",
                        "what to do when a pupil tells about a suspicious contact online;",
                        "where to turn for help.",
                    ],
                    intro="Topics of the seminar:",
                    style="numbered",
                ),
                text(DEMO_NOTE_EN),
            ],
        },
        {
            "slug_lv": "informacija-no-ukrainas-berosajiem",
            "slug_en": "information-for-people-fleeing-ukraine",
            "title_lv": "Informācija cilvēkiem, kuri bēg no kara Ukrainā",
            "title_en": "Information for people fleeing the war in Ukraine",
            "date": datetime.date(2022, 3, 10),
            "categories": ["kampanas"],
            "picture": (
                "hands",
                "Divas krāsainas joslas, zila un sarkana, kas savienojas kā rokasspiediens",
                "Two coloured bars, blue and red, joined like a handshake",
            ),
            "lead_lv": (
                "Cilvēki, kuri bēg no kara, ir īpaši neaizsargāti. Atgādinām, kā pasargāt sevi no "
                "negodīgiem palīdzības piedāvājumiem."
            ),
            "lead_en": (
                "People fleeing war are especially vulnerable. Here is how to protect yourself from "
                "dishonest offers of help."
            ),
            "body_lv": [
                section(
                    "Padomi",
                    "<ul><li>Glabājiet savus dokumentus pie sevis.</li><li>Pierakstiet, ar ko un uz "
                    "kurieni dodaties.</li><li>Ja jūtaties apdraudēts, zvaniet 112.</li></ul>",
                ),
                text(DEMO_NOTE_LV),
            ],
            "body_en": [
                section(
                    "Advice",
                    "<ul><li>Keep your documents with you.</li><li>Write down who you are travelling "
                    "with and where to.</li><li>If you feel in danger, call 112.</li></ul>",
                ),
                text(DEMO_NOTE_EN),
            ],
        },
        {
            "slug_lv": "cbss-projekts-darbaspekas-ekspluatacijas-noversana",
            "slug_en": "cbss-project-on-preventing-labour-exploitation",
            "title_lv": "Baltijas jūras valstu padomes projekts darbaspēka ekspluatācijas novēršanai",
            "title_en": "Council of the Baltic Sea States project on preventing labour exploitation",
            "date": datetime.date(2022, 5, 17),
            "categories": ["starptautiska-sadarbiba"],
            "picture": (
                "hands",
                "Divas krāsainas joslas, zila un sarkana, kas savienojas kā rokasspiediens",
                "Two coloured bars, blue and red, joined like a handshake",
            ),
            "lead_lv": (
                "Latvija piedalās reģionālā projektā, kurā valstis apmainās ar pieredzi darbaspēka "
                "ekspluatācijas novēršanā."
            ),
            "lead_en": (
                "Latvia takes part in a regional project in which countries share experience in "
                "preventing labour exploitation."
            ),
            "body_lv": [
                text(
                    "<p>Projektā sadarbojas darba inspekcijas, policija un arodbiedrības. Tā rezultāti "
                    "tiks apkopoti vadlīnijās speciālistiem.</p>"
                ),
                links(
                    "Saistītās saites",
                    [("Baltijas jūras valstu padome", "https://cbss.org/")],
                ),
                text(DEMO_NOTE_LV),
            ],
            "body_en": [
                text(
                    "<p>Labour inspectorates, the police and trade unions work together in the project. "
                    "Its results will be brought together in guidelines for professionals.</p>"
                ),
                links("Related links", [("Council of the Baltic Sea States", "https://cbss.org/")]),
                text(DEMO_NOTE_EN),
            ],
        },
        {
            "slug_lv": "cilveku-tirdzniecibas-novershanas-statistika-2021-gada",
            "slug_en": "human-trafficking-statistics-for-2021",
            "title_lv": "Cilvēku tirdzniecības novēršanas statistika 2021. gadā",
            "title_en": "Human trafficking statistics for 2021",
            "date": datetime.date(2022, 2, 24),
            "categories": ["statistika"],
            "picture": None,
            "lead_lv": "Publicēts 2021. gada kopsavilkums par cilvēku tirdzniecības gadījumiem Latvijā.",
            "lead_en": "The summary of cases of human trafficking in Latvia in 2021 has been published.",
            "body_lv": [
                text("<p>Kopsavilkums pieejams pielikumā.</p>"),
                document(doc, "Statistikas kopsavilkums"),
                text(DEMO_NOTE_LV),
            ],
            "body_en": [
                text("<p>The summary is available as an attachment.</p>"),
                document(doc, "Summary of the statistics"),
                text(DEMO_NOTE_EN),
            ],
        },
        {
            "slug_lv": "vadlinijas-specialistiem-upuru-atpazisanai",
            "slug_en": "guidelines-for-professionals-on-recognising-victims",
            "title_lv": "Atjaunotas vadlīnijas speciālistiem cilvēku tirdzniecības upuru atpazīšanai",
            "title_en": "Updated guidelines for professionals on recognising victims of human trafficking",
            "date": datetime.date(2021, 11, 30),
            "categories": ["zinojumi", "macibas"],
            "picture": None,
            "lead_lv": (
                "Vadlīnijas palīdz sociālajiem darbiniekiem, ārstiem un policistiem pamanīt cilvēku "
                "tirdzniecības pazīmes un zināt, kā rīkoties."
            ),
            "lead_en": (
                "The guidelines help social workers, doctors and police officers notice the signs of "
                "human trafficking and know what to do."
            ),
            "body_lv": [
                section(
                    "Kam vadlīnijas domātas",
                    "<p>Speciālistiem, kuri darbā var satikt cilvēku tirdzniecības upurus.</p>",
                ),
                document(doc, "Vadlīnijas speciālistiem", "Demonstrācijas fails."),
                text(DEMO_NOTE_LV),
            ],
            "body_en": [
                section(
                    "Who the guidelines are for",
                    "<p>Professionals who may meet victims of human trafficking in their work.</p>",
                ),
                document(doc, "Guidelines for professionals", "A demo file."),
                text(DEMO_NOTE_EN),
            ],
        },
        {
            # Deliberately Latvian only: exercises the policy for articles without English.
            "slug_lv": UNTRANSLATED_SLUG,
            "title_lv": "Mācības sociālajiem darbiniekiem Latgalē",
            "date": datetime.date(2023, 11, 8),
            "categories": ["macibas"],
            "picture": (
                "people",
                "Piecas stilizētas cilvēku figūras rindā, vidējā sarkanā krāsā",
                "",
            ),
            "lead_lv": (
                "Latgales pašvaldību sociālie darbinieki mācījās, kā palīdzēt cilvēku tirdzniecības "
                "upuriem saņemt valsts apmaksātu sociālo rehabilitāciju."
            ),
            "body_lv": [
                text(
                    "<p>Mācības notika Daugavpilī un Rēzeknē. Dalībnieki iepazinās ar pakalpojuma "
                    "saņemšanas kārtību un sadarbību ar nevalstiskajām organizācijām.</p>"
                ),
                text(DEMO_NOTE_LV),
            ],
        },
    ]


def _create_article(news_index, spec, categories, pictures):
    spec = dict(spec)
    slug_lv = spec.pop("slug_lv")
    category_slugs = spec.pop("categories")
    picture = spec.pop("picture")
    if picture is not None:
        key, alt_lv, alt_en = picture
        spec["main_image"] = pictures[key]
        spec["main_image_alt_lv"] = alt_lv
        if alt_en:
            spec["main_image_alt_en"] = alt_en
    spec["categories"] = [categories[slug] for slug in category_slugs]
    return ensure_child(news_index, NewsArticlePage, slug_lv, **spec)


def load(context):
    stdout = context["stdout"]
    home = context["home"]
    news_index, created = ensure_child(
        home,
        NewsIndexPage,
        "jaunumi",
        title_lv="Jaunumi",
        title_en="News",
        slug_en="news",
        show_in_menus=True,
        intro_lv="<p>Jaunumi, ziņojumi un statistika par cilvēku tirdzniecības novēršanu Latvijā.</p>",
        intro_en="<p>News, reports and statistics on preventing human trafficking in Latvia.</p>",
    )
    if created:
        stdout.write("Created the news index")
    categories = ensure_categories()
    pictures = {key: ensure_picture(key) for key in PICTURES}
    doc = ensure_document()
    for spec in [seed_article(), *demo_articles(doc, pictures)]:
        page, created = _create_article(news_index, spec, categories, pictures)
        if created:
            stdout.write(f"Created the article {page.title_lv}")
    return {"news_index": news_index}
