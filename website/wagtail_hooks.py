"""Admin customisations shared by the whole site."""

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


class WCAG21AAContentCheckerItem(ContentCheckerItem):
    """Wagtail's content checker running the whole WCAG 2.1 AA rule set of axe-core.

    Wagtail checks only ten rules by default; public-sector sites in Latvia must meet WCAG 2.1 AA
    (EN 301 549). Wagtail's own custom rules (alt text quality, empty meta description) stay on:
    custom rules marked ``enabled`` run whatever ``runOnly`` says.
    """

    axe_run_only = WCAG_21_AA_TAGS


@hooks.register("construct_wagtail_userbar")
def check_content_against_wcag_21_aa(request, items, page):
    items[:] = [
        WCAG21AAContentCheckerItem(in_editor=item.in_editor) if isinstance(item, ContentCheckerItem) else item
        for item in items
    ]
