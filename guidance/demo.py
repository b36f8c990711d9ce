"""Demo content of the portal's sections, in Latvian and English.

Every fact below (a number, a date, a law, an address, a figure) comes from a public page of the
real portal (cilvektirdznieciba.lv / trafficking.lv) or of an official or partner organisation;
the comment beside it gives the address. Where no source gave a fact (for example the languages a
help line speaks), it is left out rather than guessed. The wording of the pages is written for this
site; it summarises the sources and is not a copy of them.

Loaded by ``manage.py load_demo_content`` after the home, news and events apps. Nothing that exists
is changed, so running the loader again keeps editors' work.
"""

from guidance.models import (
    GuidancePage,
    HelpPage,
    LegislationPage,
    Organisation,
    OrganisationPhone,
    PartnersPage,
    ProjectPage,
    SectionPage,
    SelfCheckPage,
)
from home.demo import ensure_child, heading, paragraph, publish
from website.models import SiteSettings

# Sources, cited beside each fact below.
P2 = "http://cilvektirdznieciba.lv/lv/kas-ir-"
P3 = "http://cilvektirdznieciba.lv/lv/cilvektirdzniecibas-noversana-3"
P4 = "http://www.cilvektirdznieciba.lv/lv/tiesibu-akti"
P5 = "http://cilvektirdznieciba.lv/lv/valsts-nodrosinatie-socialas-rehabilitacijas-pakalpojumi-cilvektirdzniecibas-upuriem"
P6 = "http://cilvektirdznieciba.lv/lv/valsts-kompensacija/42"
L1B = "https://likumi.lv/ta/en/en/id/308253"
L2 = "https://likumi.lv/ta/id/326420"
L3 = "https://m.likumi.lv/ta/id/362691-par-cilveku-tirdzniecibas-noversanas-planu-20252027-gadam"
L4 = "https://likumi.lv/ta/en/en/id/263902-guidelines-for-the-prevention-of-trafficking-in-human-beings"
L5 = "https://m.likumi.lv/ta/id/152712"
L5B = "https://likumi.lv/ta/en/en/id/152712"
SIVA = "https://www.siva.gov.lv/lv/pakalpojumi/socialas-rehabilitacijas-pakalpojumi-cilveku-tirdzniecibas-upuriem"


def law(title, reference="", summary="", url="", link_text=""):
    return (
        "law",
        {"title": title, "reference": reference, "summary": summary, "url": url, "link_text": link_text},
    )


def route(title, text, links):
    return (
        "route",
        {"title": title, "text": text, "links": [{"page": p, "url": "", "text": t} for p, t in links]},
    )


def question(text, why=""):
    return ("question", {"question": text, "explanation": why})


# --- About trafficking ------------------------------------------------------------------------

ABOUT = {
    "slug_en": "about-trafficking",
    "title_lv": "Par cilvēku tirdzniecību",
    "title_en": "About trafficking",
    "show_in_menus": True,
    # "Cilvēku tirdzniecība ir mūsdienu verdzības forma" — http://cilvektirdznieciba.lv/lv/kas-ir-
    "lead_lv": "Cilvēku tirdzniecība ir mūsdienu verdzības forma. Uzziniet, kā tā izpaužas un kā to pamanīt.",
    "lead_en": "Human trafficking is a modern form of slavery. Learn what it looks like and how to notice it.",
    "body_lv": [
        paragraph(
            # Definition: Krimināllikuma 154.2 pants, quoted on http://www.cilvektirdznieciba.lv/lv/tiesibu-akti
            "<p>Cilvēku tirdzniecība ir cilvēka savervēšana, pārvadāšana, nodošana, slēpšana, izmitināšana vai "
            "saņemšana ekspluatācijas nolūkā, izmantojot vardarbību, draudus, viltu, cilvēka atkarību vai "
            "neaizsargātību. Ja cietušais ir nepilngadīgs, tā ir cilvēku tirdzniecība arī bez šiem līdzekļiem.</p>"
        ),
    ],
    "body_en": [
        paragraph(
            # Definition: Criminal Law Section 154.2, quoted on http://www.cilvektirdznieciba.lv/lv/tiesibu-akti
            "<p>Human trafficking is the recruitment, transportation, transfer, concealment, accommodation or "
            "receipt of a person for exploitation, using violence, threats, deception, the person’s dependence "
            "or vulnerability. When the victim is a minor, it is trafficking even without these means.</p>"
        ),
    ],
}

FORMS = {
    "slug_en": "forms-of-exploitation",
    "title_lv": "Ekspluatācijas formas",
    "title_en": "Forms of exploitation",
    "lead_lv": "Seksuālā ekspluatācija, piespiedu darbs, verdzība, fiktīvas laulības un orgānu izņemšana.",
    "lead_en": "Sexual exploitation, forced labour, slavery, sham marriages and organ removal.",
    "body_lv": [
        heading("Kādas ir ekspluatācijas formas"),
        paragraph(
            # Forms: http://cilvektirdznieciba.lv/lv/kas-ir- and http://cilvektirdznieciba.lv/lv/valsts-nodrosinatie-socialas-rehabilitacijas-pakalpojumi-cilvektirdzniecibas-upuriem
            "<ul><li>Prostitūcija un citas seksuālās ekspluatācijas formas.</li>"
            "<li>Piespiedu darbs, pakalpojumi vai noziegumu izdarīšana.</li>"
            "<li>Verdzība un tai līdzīgas formas, piemēram, parādu verdzība un dzimtbūšana.</li>"
            "<li>Fiktīvas laulības.</li>"
            "<li>Audu vai orgānu nelikumīga izņemšana.</li></ul>"
        ),
        heading("Kas Latvijā notiek visbiežāk"),
        paragraph(
            # Most frequent forms in Latvia: https://www.iem.gov.lv/lv/jaunums/pieci-padomi-ka-pamanit-cilveku-tirdzniecibas-pazimes
            "<p>Latvijā visbiežāk sastopama darbaspēka ekspluatācija, seksuālā ekspluatācija un "
            "ekspluatatīvas fiktīvās laulības.</p>"
            # 2021: 61 victims, 53 labour, 7 sexual, 1 sham marriage — http://trafficking.lv/en/in-total-61-victims-identified-in-latvia-in-2021/268
            "<p>2021. gadā Latvijā identificēja 61 cilvēku tirdzniecības upuri: 53 darbaspēka ekspluatācijas, "
            "7 seksuālās ekspluatācijas un 1 fiktīvas laulības gadījumā.</p>"
        ),
        heading("Fiktīvas laulības"),
        paragraph(
            # "Fiktīvas laulības ir viena no izplatītākajām cilvēku tirdzniecības formām" (Ireland, UK) — http://cilvektirdznieciba.lv/lv/kas-ir-
            "<p>Fiktīvas laulības ir viena no izplatītākajām cilvēku tirdzniecības formām. Visbiežāk tās "
            "noslēdz Īrijā un Apvienotajā Karalistē.</p>"
        ),
    ],
    "body_en": [
        heading("The forms of exploitation"),
        paragraph(
            # Forms: https://marta.lv/en/marta-in-action/human-trafficking/ and the portal's rehabilitation page (P5)
            "<ul><li>Prostitution and other forms of sexual exploitation.</li>"
            "<li>Forced labour or services, or being forced to commit crimes.</li>"
            "<li>Slavery and practices similar to it, such as debt bondage and servitude; domestic servitude.</li>"
            "<li>Forced sham marriages.</li>"
            "<li>The unlawful removal of tissue or organs.</li></ul>"
        ),
        heading("What happens most often in Latvia"),
        paragraph(
            # Most frequent forms in Latvia: https://www.iem.gov.lv/lv/jaunums/pieci-padomi-ka-pamanit-cilveku-tirdzniecibas-pazimes
            "<p>In Latvia the most frequent forms are labour exploitation, sexual exploitation and "
            "exploitative sham marriages.</p>"
            # 2021: 61 victims, 53 labour, 7 sexual, 1 sham marriage — http://trafficking.lv/en/in-total-61-victims-identified-in-latvia-in-2021/268
            "<p>In 2021, 61 victims of trafficking were identified in Latvia: 53 in labour exploitation, 7 in "
            "sexual exploitation and 1 in a sham marriage.</p>"
        ),
        heading("Sham marriages"),
        paragraph(
            # "Fictitious marriages is one of the most widespread forms" — https://patverums-dm.lv/en/fictitious-marriages
            "<p>Fictitious marriages are one of the most widespread forms of human trafficking; most are "
            "concluded in Ireland and the United Kingdom.</p>"
        ),
    ],
}

SIGNS = {
    "slug_en": "signs-and-risks",
    "title_lv": "Pazīmes un riska grupas",
    "title_en": "Signs and who is at risk",
    "lead_lv": "Kā pamanīt, ka cilvēks varētu būt cilvēku tirdzniecības upuris, un kurš ir īpaši apdraudēts.",
    "lead_en": "How to notice that someone may be a victim of trafficking, and who is most at risk.",
    "body_lv": [
        heading("Pazīmes"),
        paragraph(
            # Signs 1 and 2 of the OCMA/PMLP campaign: https://www.iem.gov.lv/lv/jaunums/pieci-padomi-ka-pamanit-cilveku-tirdzniecibas-pazimes
            # More blackmail and psychological control than violence: https://www.pmlp.gov.lv/en/article/campaign-spot-threat-trafficking-human-beings-reaches-conclusion
            "<ul><li>Pārmērīga uzraudzība un kontrole: cilvēks nevar brīvi pārvietoties vai runāt.</li>"
            "<li>Darbs pret paša gribu.</li>"
            "<li>Šantāža un psiholoģiska kontrole; fiziska vardarbība ir retāk.</li></ul>"
        ),
        heading("Kā cilvēkus savervē"),
        paragraph(
            # Recruiters: http://cilvektirdznieciba.lv/lv/parskats-par-cilveku-tirdzniecibas-noversanu-un-apkarosanu-latvija-2020gada/253
            # Internet ads, social networks, well-paid jobs: http://www.cilvektirdznieciba.lv/lv/valsts-policija-uzsak-informativu-akciju-par-cilveku-tirdzniecibu/247
            "<p>Vervētāji bieži ir paziņas, darbā iekārtošanas pakalpojumu sniedzēji, ģimenes locekļi vai "
            "kontakti internetā. Viņi izmanto sludinājumus internetā, sociālos tīklus un labi apmaksāta "
            "darba piedāvājumus.</p>"
        ),
        heading("Kurš ir īpaši apdraudēts"),
        paragraph(
            # Risk groups: https://jauns.lv/raksts/zinas/426677-latvija-joprojam-ir-cilveku-tirdzniecibas-upuru-valsts-pern-identificeti-48-gadijumi
            # Risk sectors: https://www.pmlp.gov.lv/en/article/campaign-spot-threat-trafficking-human-beings-reaches-conclusion
            "<p>Bezdarbnieki un darba meklētāji, jaunieši, sievietes, pirmspensijas vecuma cilvēki un "
            "nepilngadīgie. Darbaspēka ekspluatācijas riska nozares ir būvniecība, lauksaimniecība, "
            "mežizstrāde, pārtikas ražošana un ēdināšana.</p>"
        ),
    ],
    "body_en": [
        heading("Signs"),
        paragraph(
            # Signs 1 and 2 of the OCMA/PMLP campaign: https://www.iem.gov.lv/lv/jaunums/pieci-padomi-ka-pamanit-cilveku-tirdzniecibas-pazimes
            # More blackmail and psychological control than violence: https://www.pmlp.gov.lv/en/article/campaign-spot-threat-trafficking-human-beings-reaches-conclusion
            "<ul><li>Excessive supervision and control: the person cannot move or speak freely.</li>"
            "<li>Work against the person’s own will.</li>"
            "<li>Blackmail and psychological control; physical violence is less common.</li></ul>"
        ),
        heading("How people are recruited"),
        paragraph(
            # Recruiters: http://cilvektirdznieciba.lv/lv/parskats-par-cilveku-tirdzniecibas-noversanu-un-apkarosanu-latvija-2020gada/253
            # Internet ads, social networks, well-paid jobs: http://www.cilvektirdznieciba.lv/lv/valsts-policija-uzsak-informativu-akciju-par-cilveku-tirdzniecibu/247
            "<p>Recruiters are often acquaintances, job-placement providers, family members or contacts on the "
            "internet. They use internet advertisements, social networks and offers of well-paid work.</p>"
        ),
        heading("Who is most at risk"),
        paragraph(
            # Risk groups: https://jauns.lv/raksts/zinas/426677-latvija-joprojam-ir-cilveku-tirdzniecibas-upuru-valsts-pern-identificeti-48-gadijumi
            # Risk sectors: https://www.pmlp.gov.lv/en/article/campaign-spot-threat-trafficking-human-beings-reaches-conclusion
            "<p>The unemployed and job seekers, young people, women, people close to retirement age and "
            "minors. Sectors with a risk of labour exploitation are construction, agriculture, logging, food "
            "production and catering.</p>"
        ),
    ],
}

# The questions restate the legal definition's means and the campaign's signs (sources beside each);
# the answers point to the help lines of the site settings and the help page.
SELF_CHECK = {
    "slug_en": "could-this-be-trafficking",
    "title_lv": "Vai tā varētu būt cilvēku tirdzniecība?",
    "title_en": "Could this be trafficking?",
    "lead_lv": "Īsa pašpārbaude sev vai cilvēkam, par kuru uztraucaties. Tā nav juridisks vērtējums.",
    "lead_en": "A short self-check for yourself or someone you are worried about. It is not a legal assessment.",
    "questions_lv": [
        # Sign 1, https://www.iem.gov.lv/lv/jaunums/pieci-padomi-ka-pamanit-cilveku-tirdzniecibas-pazimes
        question(
            "Vai kāds kontrolē, kur jūs ejat, ar ko runājat, vai pastāvīgi jūs uzrauga?",
            "Pārmērīga uzraudzība un kontrole ir viena no cilvēku tirdzniecības pazīmēm.",
        ),
        # Sign 2, same source
        question(
            "Vai jums liek strādāt vai darīt kaut ko pret jūsu gribu?",
            "Darbs pret paša gribu ir viena no cilvēku tirdzniecības pazīmēm.",
        ),
        # Deception and job offers: Criminal Law 154.2 (P4) and http://www.cilvektirdznieciba.lv/lv/valsts-policija-uzsak-informativu-akciju-par-cilveku-tirdzniecibu/247
        question(
            "Vai darbs vai situācija izrādījās citāda, nekā jums solīja?",
            "Cilvēkus bieži savervē ar labi apmaksāta darba piedāvājumiem.",
        ),
        # Debt bondage: http://cilvektirdznieciba.lv/lv/valsts-nodrosinatie-socialas-rehabilitacijas-pakalpojumi-cilvektirdzniecibas-upuriem
        question(
            "Vai jums ir parāds darba devējam vai kādam, kurš jūs atveda, un to nav iespējams atmaksāt?",
            "Parādu verdzība ir viena no ekspluatācijas formām.",
        ),
        # Threats and blackmail: Criminal Law 154.2 (P4); https://www.pmlp.gov.lv/en/article/campaign-spot-threat-trafficking-human-beings-reaches-conclusion
        question("Vai jums draud, jūs šantažē vai jūs baidāties par sevi vai savu ģimeni?"),
        # Sham marriages: http://cilvektirdznieciba.lv/lv/kas-ir-
        question(
            "Vai jūs pierunā vai spiež noslēgt laulību ar kādu, ko tik tikko pazīstat?",
            "Fiktīvas laulības ir viena no izplatītākajām cilvēku tirdzniecības formām.",
        ),
    ],
    "questions_en": [
        question(
            "Does someone control where you go and who you talk to, or watch you all the time?",
            "Excessive supervision and control is one of the signs of human trafficking.",
        ),
        question(
            "Are you made to work or to do things against your will?",
            "Work against one’s own will is one of the signs of human trafficking.",
        ),
        question(
            "Did the job or the situation turn out different from what you were promised?",
            "People are often recruited with offers of well-paid work.",
        ),
        question(
            "Do you owe a debt to your employer, or to whoever brought you, that you cannot pay off?",
            "Debt bondage is one of the forms of exploitation.",
        ),
        question("Are you threatened or blackmailed, or afraid for yourself or your family?"),
        question(
            "Are you being persuaded or pressed to marry someone you hardly know?",
            "Sham marriages are one of the most widespread forms of human trafficking.",
        ),
    ],
    "result_some_lv": (
        "<p>Tās var būt cilvēku tirdzniecības pazīmes. Jūs neesat vainīgs. Ja draud briesmas, zvaniet "
        "<b>112</b>. Lai izrunātu situāciju, zvaniet patvērumam “Drošā māja” vai centram MARTA: numuri ir "
        "lapas augšā un palīdzības lapā.</p>"
        # Help is not conditional on cooperating with the police; victims may apply themselves: https://bsr-trm.com/countries/latvia/page/2
        "<p>Palīdzība nav atkarīga no tā, vai sadarbojaties ar policiju.</p>"
    ),
    "result_some_en": (
        "<p>These can be signs of human trafficking. It is not your fault. If you are in danger, call "
        "<b>112</b>. To talk your situation through, call Shelter “Safe House” or Centre MARTA: their numbers "
        "are at the top of the page and on the help page.</p>"
        "<p>Help does not depend on whether you cooperate with the police.</p>"
    ),
    "result_none_lv": (
        "<p>Ja neviena pazīme neatbilst, bet jūs tomēr uztraucaties, varat konsultēties ar patvērumu "
        "“Drošā māja” vai centru MARTA.</p>"
    ),
    "result_none_en": (
        "<p>If none of these apply but you are still worried, you can talk to Shelter “Safe House” or "
        "Centre MARTA.</p>"
    ),
}

# --- Help and rights --------------------------------------------------------------------------

HELP = {
    "slug_en": "get-help",
    "title_lv": "Palīdzība",
    "title_en": "Get help",
    "show_in_menus": True,
    "lead_lv": (
        "Ja jums vai kādam jūsu tuviniekam draud briesmas, zvaniet uz vienoto ārkārtas palīdzības "
        "tālruni 112."
    ),
    "lead_en": "If you or someone close to you is in danger, call the single emergency number 112.",
    "body_lv": [
        heading("Ātra iziešana no vietnes"),
        paragraph(
            "<p>Katras lapas augšā ir poga <b>“Ātri iziet”</b>. Tā aizstāj šo lapu ar neitrālu meklētāja lapu. "
            "To pašu var izdarīt, divreiz ātri nospiežot taustiņu <b>Esc</b>.</p>"
            "<p><b>Ko tā nedara:</b> tā neizdzēš pārlūka vēsturi. Pārlūka poga “Atpakaļ” var atvērt iepriekš "
            "apmeklētās šīs vietnes lapas, un vēsturē tās paliek redzamas.</p>"
            "<ul><li>Izmantojiet privāto (inkognito) pārlūkošanas logu: pēc tā aizvēršanas vēsture netiek "
            "saglabāta.</li><li>Vai pēc apmeklējuma izdzēsiet šīs vietnes lapas no pārlūka vēstures.</li>"
            "<li>Ja kāds var pārbaudīt jūsu tālruni vai datoru, izmantojiet ierīci, kurai viņam nav "
            "piekļuves.</li></ul>"
        ),
    ],
    "body_en": [
        heading("Leaving this site quickly"),
        paragraph(
            "<p>At the top of every page there is a <b>“Quick exit”</b> button. It replaces this page with a "
            "neutral search engine page. Pressing the <b>Esc</b> key twice quickly does the same.</p>"
            "<p><b>What it does not do:</b> it does not delete your browser history. The browser’s Back "
            "button can still open pages of this site you visited before, and they stay in the history.</p>"
            "<ul><li>Use a private (incognito) browsing window: nothing is kept in the history once you close "
            "it.</li><li>Or delete this site’s pages from your browser history after your visit.</li>"
            "<li>If someone can check your phone or computer, use a device they cannot get to.</li></ul>"
        ),
    ],
}

REHABILITATION = {
    "slug_en": "social-rehabilitation",
    "title_lv": "Valsts apmaksāta sociālā rehabilitācija",
    "title_en": "State-funded social rehabilitation",
    "lead_lv": "Cilvēku tirdzniecības upuri var saņemt valsts apmaksātu palīdzību līdz 180 dienām.",
    "lead_en": "Victims of human trafficking can receive state-funded help for up to 180 days.",
    "body_lv": [
        heading("Mērķis un saturs"),
        paragraph(
            # Content of the service: https://marta.lv/en/marta-in-action/human-trafficking/ and https://bsr-trm.com/?p=305
            "<p>Pakalpojums palīdz atgūties un atgriezties patstāvīgā dzīvē. Tas ietver drošu izmitināšanu, "
            "psihosociālu, sociālu, medicīnisku un juridisku palīdzību, pašaprūpes iemaņu apguvi, apmācības, "
            "tulka pakalpojumus, transportu no ārvalstīm un piecas konsultācijas ģimenes locekļiem.</p>"
            # Up to 180 days, then 5 one-hour consultations within 2 years: https://likumi.lv/ta/en/en/id/308253
            "<p>Pakalpojumu sniedz līdz 180 dienām, pēc tam divu gadu laikā vēl piecas vienu stundu garas "
            "konsultācijas.</p>"
        ),
        heading("Tiesiskais pamats"),
        paragraph(
            # Cabinet Regulation No. 344 (16.07.2019): https://likumi.lv/ta/en/en/id/308253
            f"<p>Ministru kabineta 2019. gada 16. jūlija noteikumi Nr. 344 nosaka pakalpojuma saturu un kārtību, "
            f'kā personu atzīst par cilvēku tirdzniecības upuri (<a href="{L1B}">likumi.lv</a>).</p>'
        ),
        heading("Kā pieteikties"),
        paragraph(
            # Identification routes; help not conditional on cooperation; victims may apply: https://bsr-trm.com/countries/latvia/page/2
            # SIVA coordinates and decides: https://www.siva.gov.lv/lv/pakalpojumi/socialas-rehabilitacijas-pakalpojumi-cilveku-tirdzniecibas-upuriem
            # Providers and the client's choice: http://www.cilvektirdznieciba.lv/lv/palidziba-un-atbalsts-cilveku-tirdzniecibas-upuriem-2017-2018-gada/148
            "<ol><li>Sazinieties ar patvērumu “Drošā māja” vai centru MARTA (tālruņi ir lapas augšā). Jūs varat "
            "izvēlēties jebkuru no šiem diviem pakalpojuma sniedzējiem.</li>"
            "<li>Personu par cietušo atzīst policija, prokurors vai tiesa, vai, ja kriminālprocesa nav, "
            "speciālistu komisija (sociālais darbinieks, psihologs, jurists un policists).</li>"
            "<li>Lēmumu par pakalpojumu pieņem Sociālās integrācijas valsts aģentūra (SIVA), kas "
            "pakalpojumu koordinē.</li></ol>"
            "<p>Palīdzība nav atkarīga no sadarbības ar policiju, un pieteikties var arī pats cietušais.</p>"
        ),
    ],
    "body_en": [
        heading("Aim and content"),
        paragraph(
            # Content of the service: https://marta.lv/en/marta-in-action/human-trafficking/ and https://bsr-trm.com/?p=305
            "<p>The service helps victims recover and return to an independent life. It includes safe "
            "accommodation, psychosocial, social, medical and legal help, self-care skills, training, "
            "interpretation, transport from abroad and five consultations for family members.</p>"
            # Up to 180 days, then 5 one-hour consultations within 2 years: https://likumi.lv/ta/en/en/id/308253
            "<p>It is provided for up to 180 days, followed by five one-hour consultations within two years.</p>"
        ),
        heading("Legal basis"),
        paragraph(
            # Cabinet Regulation No. 344 (16.07.2019): https://likumi.lv/ta/en/en/id/308253
            f"<p>Cabinet Regulation No. 344 of 16 July 2019 sets out the content of the service and how a "
            f'person is recognised as a victim of trafficking (<a href="{L1B}">likumi.lv</a>).</p>'
        ),
        heading("How to apply"),
        paragraph(
            "<ol><li>Contact Shelter “Safe House” or Centre MARTA (the numbers are at the top of the page). "
            "You can choose either of the two providers.</li>"
            "<li>A person is recognised as a victim by the police, a prosecutor or a court or, without criminal "
            "proceedings, by a commission of specialists (a social worker, a psychologist, a lawyer and a police "
            "officer).</li>"
            "<li>The Social Integration State Agency (SIVA), which coordinates the service, decides on it.</li></ol>"
            "<p>Help does not depend on cooperating with the police, and victims may apply themselves.</p>"
        ),
    ],
}

COMPENSATION = {
    "slug_en": "state-compensation",
    "title_lv": "Valsts kompensācija",
    "title_en": "State compensation",
    "lead_lv": "Cilvēku tirdzniecības upuri var saņemt valsts kompensāciju maksimālajā apmērā.",
    "lead_en": "Victims of human trafficking can receive state compensation at the maximum amount.",
    "body_lv": [
        paragraph(
            # Trafficking ground added 1.1.2013; maximum: five minimum monthly wages: http://cilvektirdznieciba.lv/lv/valsts-kompensacija/42
            "<p>Kopš 2013. gada 1. janvāra likums “Par valsts kompensāciju cietušajiem” attiecas arī uz "
            "cilvēku tirdzniecības upuriem. Viņi saņem maksimālo kompensāciju: piecas minimālās mēnešalgas.</p>"
            # Apply within 3 years: https://www.jpa.gov.lv/lv/jaunums/valsts-kompensacija-cietusajiem-2021gada-darbibas-raditaji
            # Paid by Tiesu administrācija from 1.1.2024: https://lvportals.lv/skaidrojumi/358847-valsts-juridiska-palidziba-un-kompensaciju-izmaksa-cietusajiem-tiesu-administracijas-zina-2024
            "<p>Pieteikumu iesniedz triju gadu laikā. No 2024. gada 1. janvāra kompensāciju izmaksā Tiesu "
            "administrācija.</p>"
        ),
    ],
    "body_en": [
        paragraph(
            "<p>Since 1 January 2013 the Law on State Compensation to Victims also covers victims of human "
            "trafficking. They receive the maximum compensation: five minimum monthly wages.</p>"
            "<p>Apply within three years. From 1 January 2024 the compensation is paid by the Court "
            "Administration (Tiesu administrācija).</p>"
        ),
    ],
}

NON_PUNISHMENT = {
    "slug_en": "non-punishment",
    "title_lv": "Atbrīvošana no kriminālatbildības",
    "title_en": "Non-punishment of victims",
    "lead_lv": "Cilvēku tirdzniecības upuri netiek sodīti par to, ko viņi bija spiesti izdarīt.",
    "lead_en": "Victims of trafficking are not punished for what they were forced to do.",
    "body_lv": [
        paragraph(
            # Criminal Law 58.(6): http://www.cilvektirdznieciba.lv/lv/tiesibu-akti ; welcomed by GRETA: coe.int (CO1)
            "<p>Krimināllikuma 58. panta sestā daļa ļauj atbrīvot no kriminālatbildības personu, kura "
            "nodarījumu izdarījusi, būdama cilvēku tirdzniecības upuris un tam piespiesta. Eiropas Padomes "
            "ekspertu grupa GRETA šo normu ir atzinīgi novērtējusi.</p>"
        ),
    ],
    "body_en": [
        paragraph(
            "<p>Section 58(6) of the Criminal Law allows a person to be released from criminal liability for an "
            "offence committed while they were a victim of trafficking and forced to commit it. The Council of "
            "Europe’s expert group GRETA has welcomed this provision.</p>"
        ),
    ],
}

# --- For professionals ------------------------------------------------------------------------

PROFESSIONALS = {
    "slug_en": "for-professionals",
    "title_lv": "Speciālistiem",
    "title_en": "For professionals",
    "show_in_menus": True,
    "lead_lv": "Sociālajiem darbiniekiem, policistiem, robežsargiem, ārstiem un skolotājiem: kā identificēt un nosūtīt.",
    "lead_en": "For social workers, police and border guards, doctors and teachers: how to identify and refer.",
    "body_lv": [],
    "body_en": [],
}

REFERRAL = {
    "slug_en": "referral-mechanism",
    "title_lv": "Nosūtīšanas mehānisms",
    "title_en": "Referral mechanism",
    "lead_lv": "Kas var pirmais pamanīt cietušo un kur viņu nosūtīt.",
    "lead_en": "Who may be first to meet a victim, and where to refer them.",
    "body_lv": [
        heading("Kas var identificēt"),
        paragraph(
            # First identifiers: https://bsr-trm.com/countries/latvia/page/2
            "<p>Pirmie ar cietušo var saskarties pilnvarotas nevalstiskās organizācijas, Valsts policija, "
            "Valsts robežsardze, pašvaldības policija, sociālie dienesti, Pilsonības un migrācijas lietu "
            "pārvalde, Valsts darba inspekcija un Latvijas vēstniecības.</p>"
        ),
        heading("Kur nosūtīt"),
        paragraph(
            # Rehabilitation providers: http://www.cilvektirdznieciba.lv/lv/palidziba-un-atbalsts-cilveku-tirdzniecibas-upuriem-2017-2018-gada/148
            # Labour-rights cases to VDI or the State Police unit: https://www.tvnet.lv/7068689/piespiedu-darbs-un-paradu-verdziba-ari-latvijas-realitate
            # onap@vp.gov.lv: https://bsr-trm.com/countries/latvia/page/2
            "<ul><li>Sociālajai rehabilitācijai: patvērums “Drošā māja” vai centrs MARTA.</li>"
            "<li>Darba tiesību pārkāpumi: Valsts darba inspekcija vai Valsts policijas cilvēku tirdzniecības "
            "apkarošanas nodaļa (onap@vp.gov.lv).</li>"
            "<li>Ja draud briesmas: 112.</li></ul>"
        ),
        heading("Pārrobežu gadījumi"),
        paragraph(
            # HOF-BSR Transnational Referral Mechanism: http://www.cilvektirdznieciba.lv/en/paving-the-way-for-the-harmonized-operational-framework-in-the-baltic-sea-region-hof-bsr
            "<p>Baltijas jūras reģiona valstu Transnacionālais nosūtīšanas mehānisms (projekts HOF-BSR) "
            "palīdz sadarboties, ja cietušais jānosūta uz citu valsti vai no tās.</p>"
        ),
    ],
    "body_en": [
        heading("Who may identify a victim"),
        paragraph(
            "<p>The first to meet a victim may be mandated non-governmental organisations, the State Police, "
            "the State Border Guard, municipal police, social services, the Office of Citizenship and Migration "
            "Affairs, the State Labour Inspectorate and Latvia’s embassies.</p>"
        ),
        heading("Where to refer"),
        paragraph(
            "<ul><li>For social rehabilitation: Shelter “Safe House” or Centre MARTA.</li>"
            "<li>Breaches of labour rights: the State Labour Inspectorate or the State Police anti-trafficking "
            "unit (onap@vp.gov.lv).</li><li>In danger: 112.</li></ul>"
        ),
        heading("Cross-border cases"),
        paragraph(
            "<p>The Transnational Referral Mechanism of the Baltic Sea Region (the HOF-BSR project) helps "
            "countries work together when a victim is referred to or from another country.</p>"
        ),
    ],
}

IDENTIFICATION = {
    "slug_en": "identifying-victims",
    "title_lv": "Cietušo identificēšana",
    "title_en": "Identifying victims",
    "lead_lv": "Kas ir “identificēts” cietušais un kā notiek atzīšana.",
    "lead_en": "What an “identified” victim is and how recognition works.",
    "body_lv": [
        paragraph(
            # Definition of "identified": https://issuu.com./heuni/docs/d12_for_public_and_online_training_resource/s/28480492
            "<p>Par identificētu uzskata cilvēku, kuru kriminālprocesā formāli identificējusi Valsts policija "
            "vai nevalstisko organizāciju komisija saskaņā ar Ministru kabineta noteikumiem Nr. 344.</p>"
            # Identification routes and help without conditions: https://bsr-trm.com/countries/latvia/page/2
            "<p>Ja kriminālprocesa nav, lēmumu pieņem speciālistu komisija: sociālais darbinieks, psihologs, "
            "jurists un policists. Palīdzība nav atkarīga no cietušā sadarbības ar policiju.</p>"
        ),
        heading("Rokasgrāmatas"),
        paragraph(
            # HOF-BSR glossary and journalists' manual: http://www.cilvektirdznieciba.lv/en/paving-the-way-for-the-harmonized-operational-framework-in-the-baltic-sea-region-hof-bsr
            "<p>Projekts HOF-BSR sagatavoja Transnacionālo nosūtīšanas mehānismu, terminu vārdnīcu un "
            "rokasgrāmatu žurnālistiem.</p>"
        ),
    ],
    "body_en": [
        paragraph(
            "<p>A person counts as identified when the State Police have formally identified them in criminal "
            "proceedings, or a commission of non-governmental organisations has done so under Cabinet "
            "Regulation No. 344.</p>"
            "<p>Without criminal proceedings, a commission of specialists decides: a social worker, a "
            "psychologist, a lawyer and a police officer. Help does not depend on the victim cooperating with "
            "the police.</p>"
        ),
        heading("Guides"),
        paragraph(
            "<p>The HOF-BSR project prepared the Transnational Referral Mechanism, a glossary and a manual for "
            "journalists.</p>"
        ),
    ],
}

# --- Legislation and policy -------------------------------------------------------------------
# likumi.lv has no stored address for the Criminal Law itself, so its sections link to the portal's
# own legislation page, which quotes them.

LEGISLATION = {
    "slug_en": "legislation",
    "title_lv": "Tiesību akti",
    "title_en": "Legislation",
    "show_in_menus": True,
    "lead_lv": "Latvijas likumi, Ministru kabineta noteikumi, rīcības plāni un Eiropas Savienības direktīvas.",
    "lead_en": "Latvian laws, Cabinet regulations, action plans and European Union directives.",
    "body_lv": [
        heading("Krimināllikums"),
        # Adopted 17.06.1998, in force 01.04.1999; sections 154.1, 154.2, 58.(6): http://www.cilvektirdznieciba.lv/lv/tiesibu-akti
        law(
            "Krimināllikuma 154.¹ pants “Cilvēku tirdzniecība”",
            "Krimināllikums pieņemts 17.06.1998, spēkā no 01.04.1999",
            "<p>Par cilvēku tirdzniecību – brīvības atņemšana līdz astoņiem gadiem; pret nepilngadīgo vai "
            "grupā – no trim līdz divpadsmit gadiem; ja apdraudēta dzīvība vai organizētā grupā – no pieciem "
            "līdz piecpadsmit gadiem.</p>",
            P4,
            "Panta teksts portāla lapā “Tiesību akti”",
        ),
        law(
            "Krimināllikuma 154.² pants “Cilvēku tirdzniecības jēdziens”",
            "",
            "<p>Definē cilvēku tirdzniecību un ekspluatāciju.</p>",
            P4,
            "Panta teksts portāla lapā “Tiesību akti”",
        ),
        law(
            "Krimināllikuma 58. panta sestā daļa",
            "",
            "<p>Atbrīvošana no kriminālatbildības par nodarījumiem, ko cilvēku tirdzniecības upuris bija "
            "spiests izdarīt.</p>",
            P4,
            "Panta teksts portāla lapā “Tiesību akti”",
        ),
        heading("Cietušo tiesības"),
        # Reg. No. 344 (16.07.2019): https://likumi.lv/ta/en/en/id/308253
        law(
            "Ministru kabineta noteikumi Nr. 344",
            "16.07.2019",
            "<p>Sociālās rehabilitācijas pakalpojumi cilvēku tirdzniecības upuriem un upura statusa "
            "noteikšanas kritēriji.</p>",
            L1B,
            "Noteikumi vietnē likumi.lv",
        ),
        # Residence of a victim: https://m.likumi.lv/ta/id/152712
        law(
            "Likums “Par cilvēku tirdzniecības upura uzturēšanos Latvijas Republikā”",
            "",
            "<p>Nogaidīšanas periods ārpus ES valstu pilsoņiem, kuri ir cilvēku tirdzniecības upuri.</p>",
            L5,
            "Likums vietnē likumi.lv",
        ),
        # State compensation, trafficking ground from 1.1.2013: http://cilvektirdznieciba.lv/lv/valsts-kompensacija/42
        law(
            "Likums “Par valsts kompensāciju cietušajiem”",
            "Cilvēku tirdzniecības upuriem – kopš 01.01.2013",
            "<p>Cilvēku tirdzniecības upuri saņem maksimālo kompensāciju.</p>",
            P6,
            "Skaidrojums portālā",
        ),
        heading("Politikas plānošana"),
        # Plan 2025–2027, MK rīk. Nr. 534 (26.08.2025): https://m.likumi.lv/ta/id/362691-...
        law(
            "Cilvēku tirdzniecības novēršanas plāns 2025.–2027. gadam",
            "Ministru kabineta rīkojums Nr. 534, 26.08.2025",
            "<p>Izpildes izvērtējums līdz 01.09.2028.</p>",
            L3,
            "Rīkojums vietnē likumi.lv",
        ),
        # Plan 2021–2023, MK rīk. Nr. 690 (28.09.2021), 31 measures: https://likumi.lv/ta/id/326420
        law(
            "Cilvēku tirdzniecības novēršanas plāns 2021.–2023. gadam",
            "Ministru kabineta rīkojums Nr. 690, 28.09.2021",
            "<p>31 pasākums; atbildīgā iestāde – Iekšlietu ministrija.</p>",
            L2,
            "Rīkojums vietnē likumi.lv",
        ),
        # Guidelines 2014–2020, Cabinet Order No. 29: https://likumi.lv/ta/en/en/id/263902-...
        law(
            "Cilvēku tirdzniecības novēršanas pamatnostādnes 2014.–2020. gadam",
            "Ministru kabineta rīkojums Nr. 29",
            "",
            L4,
            "Pamatnostādnes vietnē likumi.lv (angliski)",
        ),
        heading("Eiropas Savienība"),
        # Directive 2011/36/EU (5.4.2011; transposition by 6.4.2013): https://emnbelgium.be/nl/node/1570
        law(
            "Direktīva 2011/36/ES par cilvēku tirdzniecības novēršanu un apkarošanu un cietušo aizsardzību",
            "05.04.2011; pārņemšanas termiņš 06.04.2013",
        ),
        # Directive (EU) 2024/1712: https://eucrim.eu/news/new-directive-to-strengthen-anti-human-trafficking
        law(
            "Direktīva (ES) 2024/1712, ar ko groza Direktīvu 2011/36/ES",
            "13.06.2024",
            "<p>Papildina ekspluatācijas formas ar piespiedu laulībām, nelikumīgu adopciju un surogātmātības "
            "ekspluatāciju un paredz atbildību par apzinātu upuru pakalpojumu izmantošanu.</p>",
        ),
    ],
    "body_en": [
        heading("Criminal Law"),
        law(
            "Criminal Law, Section 154.1 “Human trafficking”",
            "Criminal Law adopted 17.06.1998, in force from 01.04.1999",
            "<p>Human trafficking is punishable by deprivation of liberty for up to eight years; against a minor or "
            "by a group, three to twelve years; endangering life or by an organised group, five to fifteen "
            "years.</p>",
            P4,
            "Text of the section on the portal’s legislation page (Latvian)",
        ),
        law(
            "Criminal Law, Section 154.2 “Meaning of human trafficking”",
            "",
            "<p>Defines human trafficking and exploitation.</p>",
            P4,
            "Text of the section on the portal’s legislation page (Latvian)",
        ),
        law(
            "Criminal Law, Section 58(6)",
            "",
            "<p>Release from criminal liability for offences a victim of trafficking was forced to commit.</p>",
            P4,
            "Text of the section on the portal’s legislation page (Latvian)",
        ),
        heading("Victims’ rights"),
        law(
            "Cabinet Regulation No. 344",
            "16.07.2019",
            "<p>Social rehabilitation services for victims of trafficking and the criteria for recognising a "
            "victim.</p>",
            L1B,
            "The regulation on likumi.lv (English)",
        ),
        law(
            "Law “On Residence of a Victim of Trafficking in Human Beings in the Republic of Latvia”",
            "",
            "<p>A reflection period for victims who are not citizens of the European Union.</p>",
            L5B,
            "The law on likumi.lv (English)",
        ),
        law(
            "Law on State Compensation to Victims",
            "Covers victims of trafficking since 01.01.2013",
            "<p>Victims of trafficking receive the maximum compensation.</p>",
            P6,
            "Explanation on the portal (Latvian)",
        ),
        heading("Policy planning"),
        law(
            "Plan for the Prevention of Human Trafficking 2025–2027",
            "Cabinet Order No. 534, 26.08.2025",
            "<p>Its implementation is to be evaluated by 01.09.2028.</p>",
            L3,
            "The order on likumi.lv (Latvian)",
        ),
        law(
            "Plan for the Prevention of Human Trafficking 2021–2023",
            "Cabinet Order No. 690, 28.09.2021",
            "<p>31 measures; the Ministry of the Interior is responsible.</p>",
            L2,
            "The order on likumi.lv (Latvian)",
        ),
        law(
            "Guidelines for the Prevention of Trafficking in Human Beings 2014–2020",
            "Cabinet Order No. 29",
            "",
            L4,
            "The guidelines on likumi.lv (English)",
        ),
        heading("European Union"),
        law(
            "Directive 2011/36/EU on preventing and combating trafficking in human beings and protecting its "
            "victims",
            "05.04.2011; to be transposed by 06.04.2013",
        ),
        law(
            "Directive (EU) 2024/1712 amending Directive 2011/36/EU",
            "13.06.2024",
            "<p>Adds forced marriage, illegal adoption and the exploitation of surrogacy to the forms of "
            "exploitation, and makes knowingly using a victim’s services a crime.</p>",
        ),
    ],
}

# --- Projects and campaigns -------------------------------------------------------------------

PROJECTS = {
    "slug_en": "projects-and-campaigns",
    "title_lv": "Projekti un kampaņas",
    "title_en": "Projects and campaigns",
    "show_in_menus": True,
    "lead_lv": "Starptautiski projekti un informatīvas kampaņas, kuros piedalās Latvijas institūcijas.",
    "lead_en": "International projects and awareness campaigns that Latvian institutions take part in.",
    "body_lv": [],
    "body_en": [],
}

PROJECT_PAGES = [
    {
        "slug_lv": "cape",
        "slug_en": "cape",
        "title_lv": "CAPE: darbaspēka ekspluatācija Baltijas jūras reģionā",
        "title_en": "CAPE: labour exploitation in the Baltic Sea region",
        # CAPE, 2.9.2019–31.8.2021, lead IeM: http://trafficking.lv/en/competence-building-assistance-provision-and-prosecution-of-labour-exploitation-cases-in-the-baltic-sea-region-cape
        "lead_lv": "Kompetences stiprināšana, palīdzība un kriminālvajāšana darbaspēka ekspluatācijas lietās.",
        "lead_en": "Competence building, assistance provision and prosecution of labour exploitation cases.",
        "period_lv": "02.09.2019–31.08.2021",
        "period_en": "2 September 2019 – 31 August 2021",
        "lead_organisation_lv": "Iekšlietu ministrija",
        "lead_organisation_en": "Ministry of the Interior",
        # EUR 64,500 from the CBSS Project Support Facility: https://www.mfa.gov.lv/aktualitates/zinas/865-prezidentura-bjvp-zinas/63743-...
        "funding_lv": "64 500 eiro no Baltijas jūras valstu padomes Projektu atbalsta instrumenta",
        "funding_en": "EUR 64,500 from the Council of the Baltic Sea States Project Support Facility",
        "body_lv": [
            # Evaluation of the TRM procured under CAPE: http://www.trafficking.lv/en/news
            paragraph(
                "<p>Projekta ietvaros Iekšlietu ministrija pasūtīja Baltijas jūras reģiona "
                "Transnacionālā nosūtīšanas mehānisma izvērtējumu.</p>"
            ),
        ],
        "body_en": [
            paragraph(
                "<p>Within the project, the Ministry of the Interior procured an evaluation of the "
                "Transnational Referral Mechanism of the Baltic Sea Region.</p>"
            ),
        ],
    },
    {
        "slug_lv": "hestia",
        "slug_en": "hestia",
        "title_lv": "HESTIA: cilvēku tirdzniecība un fiktīvās laulības",
        "title_en": "HESTIA: human trafficking and sham marriages",
        # HESTIA, Jan 2015–Dec 2016, led by IeM: http://old.heuni.fi/en/index/tiedotteet/2016/10/reportonexploitativeshammarriageslaunchedon21stoctoberinriga_0.html
        "lead_lv": "Novēršot cilvēku tirdzniecību un fiktīvās laulības: daudznozaru risinājums.",
        "lead_en": "Preventing human trafficking and sham marriages: a multidisciplinary solution.",
        "period_lv": "01.2015–12.2016",
        "period_en": "January 2015 – December 2016",
        "lead_organisation_lv": "Iekšlietu ministrija",
        "lead_organisation_en": "Ministry of the Interior",
        # Grant HOME/2013/ISEC/AG/THB/4000005845: https://patverums-dm.lv/en/hestia-project-presented-at-the-nordic-baltic-network-of-policewomen-conference/754
        "funding_lv": "Dotācija HOME/2013/ISEC/AG/THB/4000005845",
        "funding_en": "Grant HOME/2013/ISEC/AG/THB/4000005845",
        "body_lv": [
            # Partners: http://anti-trafficking.lt/subpage/projekto-veiklos ; conference 14–15 Nov 2016: http://trafficking.lv/en/experts-from-13-countries-meet-at-the-hestia-project-conference/138
            paragraph(
                "<p>Partneri: “Drošā māja”, Living for Tomorrow, Caritas Lithuania, Immigrant Council of "
                "Ireland, Slovākijas Iekšlietu ministrija un HEUNI. 2016. gada 14.–15. novembrī Rīgā "
                "notika projekta konference, kurā piedalījās 60 eksperti no 13 valstīm. Ziņojums "
                "“Exploitative Sham Marriages” tika prezentēts Rīgā 2016. gada 21. oktobrī.</p>"
            ),
        ],
        "body_en": [
            paragraph(
                "<p>Partners: Safe House, Living for Tomorrow, Caritas Lithuania, the Immigrant Council of "
                "Ireland, the Slovak Ministry of the Interior and HEUNI. The project conference in Riga on "
                "14–15 November 2016 brought together 60 experts from 13 countries. The report "
                "“Exploitative Sham Marriages” was launched in Riga on 21 October 2016.</p>"
            ),
        ],
    },
    {
        "slug_lv": "hof-bsr",
        "slug_en": "hof-bsr",
        "title_lv": "HOF-BSR: saskaņots darbības ietvars Baltijas jūras reģionā",
        "title_en": "HOF-BSR: a harmonised operational framework in the Baltic Sea region",
        # HOF-BSR: http://www.cilvektirdznieciba.lv/en/paving-the-way-for-the-harmonized-operational-framework-in-the-baltic-sea-region-hof-bsr
        "lead_lv": "Transnacionālais nosūtīšanas mehānisms, terminu vārdnīca un rokasgrāmata žurnālistiem.",
        "lead_en": "A Transnational Referral Mechanism, a glossary and a manual for journalists.",
        "lead_organisation_lv": "Baltijas jūras valstu padomes darba grupa cīņai pret cilvēku tirdzniecību (TF-THB)",
        "lead_organisation_en": "CBSS Task Force against Trafficking in Human Beings (TF-THB)",
        "body_lv": [],
        "body_en": [],
    },
    {
        "slug_lv": "elect-thb",
        "slug_en": "elect-thb",
        "title_lv": "ELECT THB: tiesībsargājošo iestāžu sadarbība un mācības",
        "title_en": "ELECT THB: law enforcement cooperation and training",
        # ELECT THB, trainings in EE, FI, LV in 2023; meeting in Tallinn 1–2 Nov 2022: http://trafficking.lv/en/elect-thb-meets-to-start-the-planning-of-national-and-international-trainings/277
        "lead_lv": "Enhanced Law Enforcement Cooperation and Training on Trafficking in Human Beings.",
        "lead_en": "Enhanced Law Enforcement Cooperation and Training on Trafficking in Human Beings.",
        "period_lv": "2022–2023",
        "period_en": "2022–2023",
        "body_lv": [
            paragraph(
                "<p>2022. gada 1.–2. novembrī Tallinā partneri sāka plānot nacionālās un starptautiskās "
                "mācības, kas 2023. gadā notika Igaunijā, Somijā un Latvijā.</p>"
            ),
        ],
        "body_en": [
            paragraph(
                "<p>On 1–2 November 2022 in Tallinn the partners started planning national and "
                "international trainings, held in Estonia, Finland and Latvia in 2023.</p>"
            ),
        ],
    },
    {
        "slug_lv": "pamani-cilveku-tirdzniecibas-draudus",
        "slug_en": "spot-the-threat",
        "title_lv": "Kampaņa “Pamani cilvēku tirdzniecības draudus!”",
        "title_en": "Campaign “Spot the threat of trafficking in human beings”",
        # OCMA/PMLP campaign for Ukrainian civilians: https://www.pmlp.gov.lv/en/article/ocma-launches-campaign-spot-threat-trafficking-human-beings
        "lead_lv": "Pilsonības un migrācijas lietu pārvaldes kampaņa Ukrainas civiliedzīvotājiem.",
        "lead_en": "A campaign of the Office of Citizenship and Migration Affairs for Ukrainian civilians.",
        "lead_organisation_lv": "Pilsonības un migrācijas lietu pārvalde",
        "lead_organisation_en": "Office of Citizenship and Migration Affairs",
        "body_lv": [
            # Signs 1 and 2: https://www.iem.gov.lv/lv/jaunums/pieci-padomi-ka-pamanit-cilveku-tirdzniecibas-pazimes
            paragraph(
                "<p>Kampaņa skaidroja cilvēku tirdzniecības pazīmes, piemēram, pārmērīgu uzraudzību un "
                "kontroli un darbu pret paša gribu.</p>"
            ),
        ],
        "body_en": [
            paragraph(
                "<p>The campaign explained the signs of trafficking, such as excessive supervision and "
                "control and work against one’s own will.</p>"
            ),
        ],
    },
]

# --- Partners and contacts --------------------------------------------------------------------

PARTNERS = {
    "slug_en": "partners-and-contacts",
    "title_lv": "Partneri un kontakti",
    "title_en": "Partners and contacts",
    "show_in_menus": True,
    "lead_lv": "Organizācijas, pie kurām vērsties cietušajiem, viņu tuviniekiem un speciālistiem.",
    "lead_en": "Organisations that victims, their families and professionals can turn to.",
    "body_lv": [],
    "body_en": [],
}

# (fields, phones as (number, note_lv, note_en))
ORGANISATIONS = [
    (
        {
            "kind": "help",
            "sort_order": 0,
            "name_lv": "Patvērums “Drošā māja”",
            "name_en": "Shelter “Safe House”",
            "description_lv": "Biedrība, valsts apmaksātas sociālās rehabilitācijas sniedzēja cilvēku tirdzniecības upuriem.",
            "description_en": "An NGO providing state-funded social rehabilitation to victims of trafficking.",
            "email": "drosa.maja@gmail.com",  # https://patverums-dm.lv/en/expert-advice
            # Address: https://patverums-dm.lv/lv/uzticibas-talrunis-ir-operativakais-veids-ka-iegut-informaciju-no-specialistiem/450
            "address_lv": "Lāčplēša iela 75-1B, Rīga",
            "address_en": "Lāčplēša iela 75-1B, Riga",
            "website": "https://patverums-dm.lv/",
        },
        [
            # Helpline for trafficking cases: https://patverums-dm.lv/en/report-of-the-experts-group-on-trafficking-in-human-beings-a-baltic-sea-states-edition/1611
            # Latvia's first 24/7 helpline since August 2013: http://trafficking.lv/en/a-support-project-for-prevention-of-human-trafficking-implemented-for-two-and-a-half-years-comes-to-an-end/107
            (
                "+371 28612120",
                "uzticības tālrunis cilvēku tirdzniecības gadījumos",
                "helpline for trafficking cases",
            ),
            # Office numbers and hours: https://patverums-dm.lv/lv/uzticibas-talrunis-ir-operativakais-veids-ka-iegut-informaciju-no-specialistiem/450
            ("+371 25565098", "Rīga, I–V 9:00–17:00", "Riga, Mon–Fri 9:00–17:00"),
            ("+371 67898343", "Rīga, I–V 9:00–20:00", "Riga, Mon–Fri 9:00–20:00"),
        ],
    ),
    (
        {
            "kind": "help",
            "sort_order": 1,
            "name_lv": "Centrs MARTA",
            "name_en": "Centre MARTA",
            # Founded 2001: https://atbalstulatviju.lv/centrs-marta/
            "description_lv": "Biedrība (dibināta 2001. gadā), valsts apmaksātas sociālās rehabilitācijas sniedzēja.",
            "description_en": "An NGO (founded in 2001) providing state-funded social rehabilitation.",
            # Address, phone, e-mail: https://bsr-trm.com/countries/latvia/page/2
            "email": "centrs@marta.lv",
            "address_lv": "Matīsa iela 49-3, Rīga",
            "address_en": "Matīsa iela 49-3, Riga",
            "website": "https://marta.lv/",
        },
        [
            ("+371 67378539", "10:00–18:00", "10:00–18:00"),
            # Free line: http://marta.lv/marta-runa/centra-marta-paveiktais-2017-gada-3-menesos?ga=2014&gads=2017&pp=&page=2
            ("80002012", "bez maksas, darba dienās 10:00–18:00", "free of charge, working days 10:00–18:00"),
        ],
    ),
    (
        {
            "kind": "help",
            "sort_order": 2,
            "name_lv": "Atbalsta tālrunis noziegumos cietušajiem “Skalbes”",
            "name_en": "Support line for victims of crime “Skalbes”",
            "description_lv": "Atbalsts noziegumos cietušajiem.",
            "description_en": "Support for victims of crime.",
            "website": "https://www.jpa.gov.lv/lv/atbalsta-talrunis-cietusajiem-116006",
        },
        # 116 006, daily 12:00–22:00: https://www.jpa.gov.lv/lv/atbalsta-talrunis-cietusajiem-116006
        [("116006", "katru dienu 12:00–22:00", "daily 12:00–22:00")],
    ),
    (
        {
            "kind": "state",
            "sort_order": 0,
            "name_lv": "Valsts policija",
            "name_en": "State Police",
            "description_lv": "Ziņojiet par noziegumu. Cilvēku tirdzniecības apkarošanas nodaļa: onap@vp.gov.lv.",
            "description_en": "Report a crime. Anti-Trafficking Unit: onap@vp.gov.lv.",
            # 110, pasts@vp.gov.lv: https://mana.latvija.lv/palidzibas-dienesti-un-to-pakalpojumi/
            # onap@vp.gov.lv: https://bsr-trm.com/countries/latvia/page/2
            "email": "pasts@vp.gov.lv",
        },
        [
            ("110", "", ""),
            ("112", "vienotais ārkārtas tālrunis, bez maksas", "single emergency number, free"),
        ],
    ),
    (
        {
            "kind": "state",
            "sort_order": 1,
            "name_lv": "Iekšlietu ministrija",
            "name_en": "Ministry of the Interior",
            # Coordinates anti-trafficking policy; National Coordinator sits in IeM: https://bsr-trm.com/countries/latvia/page/2
            "description_lv": "Koordinē cilvēku tirdzniecības novēršanas politiku; uztur šo vietni.",
            "description_en": "Coordinates the policy on preventing human trafficking; runs this website.",
            "email": "kn@iem.gov.lv",  # Communication Division: https://www.iem.gov.lv/lv/jaunums/iekslietu-ministrija-paraksta-kopigo-pazinojumu-...
            "website": "https://www.iem.gov.lv/",
        },
        [],
    ),
    (
        {
            "kind": "state",
            "sort_order": 2,
            "name_lv": "Ārlietu ministrijas Konsulārais departaments",
            "name_en": "Consular Department of the Ministry of Foreign Affairs",
            # Victims abroad: contact the nearest Latvian mission: https://mfa.gov.lv/en/article/ministry-foreign-affairs-joins-memorandum-...
            "description_lv": "Ja esat ārvalstīs, sazinieties ar tuvāko Latvijas pārstāvniecību.",
            "description_en": "If you are abroad, contact the nearest Latvian embassy or consulate.",
        },
        # https://docest.com/list-of-preventive-measures-taking-into-account-of-which-may-reduce-the-risk-of-becoming
        [
            ("+371 26337711", "visu diennakti", "24 hours"),
            ("+371 67016364", "darba laikā", "working hours"),
            ("80005905", "bez maksas, zvanot no Latvijas", "free of charge from Latvia"),
        ],
    ),
    (
        {
            "kind": "state",
            "sort_order": 3,
            "name_lv": "Sociālās integrācijas valsts aģentūra (SIVA)",
            "name_en": "Social Integration State Agency (SIVA)",
            "description_lv": "Koordinē sociālās rehabilitācijas pakalpojumu un pieņem lēmumu par to.",
            "description_en": "Coordinates the social rehabilitation service and decides on it.",
            "website": SIVA,  # the source itself
        },
        [],
    ),
    (
        {
            "kind": "international",
            "sort_order": 0,
            "name_lv": "Starptautiskā Migrācijas organizācija (IOM) Rīgā",
            "name_en": "International Organization for Migration (IOM), Riga",
            "description_lv": "Brīvprātīgas atgriešanās programma.",
            "description_en": "Voluntary return programme.",
            # https://www.pmlp.gov.lv/lv/brivpratigas-atgriesanas-programma
            "email": "imezs@iom.int",
            "address_lv": "ANO māja, Pils iela 21, Rīga",
            "address_en": "UN House, Pils iela 21, Riga",
        },
        [("+371 67503627", "", "")],
    ),
]


def _ensure(parent, model, slug_lv, spec, stdout):
    spec = dict(spec)
    spec.pop("slug_lv", None)
    page, created = ensure_child(parent, model, slug_lv, **spec)
    if created:
        stdout.write(f"Created the page {page.title_lv}")
    return page, created


def load(context):
    stdout = context["stdout"]
    home = context["home"]
    created_any = False

    about, created = _ensure(home, SectionPage, "par-cilveku-tirdzniecibu", ABOUT, stdout)
    created_any |= created
    forms, _ = _ensure(about, GuidancePage, "ekspluatacijas-formas", FORMS, stdout)
    signs, _ = _ensure(about, GuidancePage, "pazimes-un-riska-grupas", SIGNS, stdout)
    self_check, _ = _ensure(
        about, SelfCheckPage, "vai-ta-varetu-but-cilveku-tirdznieciba", SELF_CHECK, stdout
    )

    professionals, created = _ensure(home, SectionPage, "specialistiem", PROFESSIONALS, stdout)
    created_any |= created
    referral, _ = _ensure(professionals, GuidancePage, "nosutisanas-mehanisms", REFERRAL, stdout)
    identification, _ = _ensure(professionals, GuidancePage, "cietuso-identificesana", IDENTIFICATION, stdout)

    help_page, help_created = _ensure(home, HelpPage, "palidziba", HELP, stdout)
    created_any |= help_created
    rehabilitation, _ = _ensure(help_page, GuidancePage, "sociala-rehabilitacija", REHABILITATION, stdout)
    compensation, _ = _ensure(help_page, GuidancePage, "valsts-kompensacija", COMPENSATION, stdout)
    _ensure(help_page, GuidancePage, "atbrivosana-no-kriminalatbildibas", NON_PUNISHMENT, stdout)
    if help_created:
        # Help is not conditional on cooperating with the police: https://bsr-trm.com/countries/latvia/page/2
        help_page.routes_lv = [
            route(
                "Man vajag palīdzību",
                "<p>Ja draud briesmas, zvaniet <b>112</b>. Patvērums “Drošā māja” un centrs MARTA sniedz "
                "valsts apmaksātu palīdzību; jums nav jāsadarbojas ar policiju, lai saņemtu palīdzību.</p>",
                [
                    (rehabilitation, "Valsts apmaksāta sociālā rehabilitācija"),
                    (compensation, "Valsts kompensācija"),
                    (self_check, "Vai tā varētu būt cilvēku tirdzniecība?"),
                ],
            ),
            route(
                "Es uztraucos par kādu",
                "<p>Runājiet ar cilvēku mierīgi un bez spiediena. Ja viņam draud briesmas, zvaniet <b>112</b>. "
                "Lai saņemtu padomu, zvaniet uz kādu no uzticības tālruņiem.</p>",
                [(signs, "Pazīmes un riska grupas"), (self_check, "Vai tā varētu būt cilvēku tirdzniecība?")],
            ),
            route(
                "Esmu speciālists",
                "<p>Sociālajiem darbiniekiem, policistiem, robežsargiem, ārstiem un skolotājiem: kā identificēt "
                "cietušo un kur viņu nosūtīt.</p>",
                [(referral, "Nosūtīšanas mehānisms"), (identification, "Cietušo identificēšana")],
            ),
        ]
        help_page.routes_en = [
            route(
                "I need help",
                "<p>If you are in danger, call <b>112</b>. Shelter “Safe House” and Centre MARTA provide "
                "state-funded help; you do not have to cooperate with the police to get help.</p>",
                [
                    (rehabilitation, "State-funded social rehabilitation"),
                    (compensation, "State compensation"),
                    (self_check, "Could this be trafficking?"),
                ],
            ),
            route(
                "I am worried about someone",
                "<p>Talk to the person calmly and without pressure. If they are in danger, call <b>112</b>. "
                "For advice, call one of the help lines.</p>",
                [(signs, "Signs and who is at risk"), (self_check, "Could this be trafficking?")],
            ),
            route(
                "I am a professional",
                "<p>For social workers, police and border guards, doctors and teachers: how to identify a "
                "victim and where to refer them.</p>",
                [(referral, "Referral mechanism"), (identification, "Identifying victims")],
            ),
        ]
        publish(help_page)

    _, created = _ensure(home, LegislationPage, "tiesibu-akti", LEGISLATION, stdout)
    created_any |= created
    projects, created = _ensure(home, SectionPage, "projekti-un-kampanas", PROJECTS, stdout)
    created_any |= created
    for spec in PROJECT_PAGES:
        _ensure(projects, ProjectPage, spec["slug_lv"], spec, stdout)
    _, created = _ensure(home, PartnersPage, "partneri-un-kontakti", PARTNERS, stdout)
    created_any |= created

    if not Organisation.objects.exists():
        for fields, phones in ORGANISATIONS:
            organisation = Organisation(name=fields["name_lv"], **fields)
            organisation.save()
            OrganisationPhone.objects.bulk_create(
                [
                    OrganisationPhone(
                        organisation=organisation,
                        sort_order=i,
                        number=number,
                        note_lv=note_lv,
                        note_en=note_en,
                    )
                    for i, (number, note_lv, note_en) in enumerate(phones)
                ]
            )
        stdout.write(f"Created {len(ORGANISATIONS)} organisations")

    if created_any:
        order_main_menu(home)
    site_settings = SiteSettings.for_site(context["site"])
    if site_settings.help_page_id is None:
        site_settings.help_page = help_page
        site_settings.save(update_fields=["help_page"])
    return {"help_page": help_page}


# The order of the main menu on a first start: help and the topics first, then news and events.
MENU_ORDER = [
    "par-cilveku-tirdzniecibu",
    "palidziba",
    "specialistiem",
    "tiesibu-akti",
    "projekti-un-kampanas",
    "jaunumi",
    "notikumu-kalendars",
    "partneri-un-kontakti",
    "par-mums",
]


def order_main_menu(home):
    for slug in MENU_ORDER:
        page = home.get_children().filter(slug_lv=slug).first()
        if page is not None:
            page.specific.move(home, pos="last-child")
            home.refresh_from_db()
