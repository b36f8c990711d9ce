"""Demo synonym groups for search (``load_demo_content`` loads them; editors manage them after).

Each group pairs two wordings that the real portal and its sources use for the same thing; the
source of each wording is given beside it. A group that exists already (same language and
words) is left as it is, so editors' changes survive another run of the loader.
"""

from search.models import SynonymGroup

DEMO_SYNONYMS = [
    # "cilvēktirdzniecības mazināšanas tēmu" (the portal's tagline) and "cilvēku tirdzniecības
    # novēršanā" (its report of 03.11.2022), both on
    # http://cilvektirdznieciba.lv/lv/jaunakais-baltijas-juras-valstu-regiona-zinojums-par-aktivitatem-cilveku-tirdzniecibas-noversana/278
    ("lv", "cilvēktirdzniecība, cilvēku tirdzniecība"),
    # "human trafficking":
    # http://www.cilvektirdznieciba.lv/en/an-increase-in-human-trafficking-is-anticipated-due-to-the-migration-crisis
    # "Trafficking in Human Beings": the English title of the law at https://likumi.lv/ta/en/en/id/152712
    ("en", "human trafficking, trafficking in human beings"),
    # "Sham marriages":
    # http://www.cilvektirdznieciba.lv/en/sham-marriages-become-more-and-more-popular-in-europe-refugees-may-also-become-victims-of-human-trafficking
    # "Fictitious marriages": https://patverums-dm.lv/en/fictitious-marriages
    ("en", "sham marriages, fictitious marriages"),
]


def load(context):
    for language, terms in DEMO_SYNONYMS:
        SynonymGroup.objects.get_or_create(language=language, terms=terms)
    return {}
