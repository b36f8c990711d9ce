"""Admin customisations shared by the whole site."""

import copy

from django.utils.translation import gettext as _
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


@hooks.register("construct_help_menu")
def whats_new_in_the_editors_language(request, menu_items):
    """Wagtail formats "What's new in Wagtail 8.0" once, in the language of the first admin page a
    process serves; each request gets its own copy, labelled in the editor's language."""
    for index, item in enumerate(menu_items):
        if item.name.startswith("whats-new-in-wagtail-"):
            version = item.name.removeprefix("whats-new-in-wagtail-")
            item = copy.copy(item)
            item.label = _("What's new in Wagtail %(version)s") % {"version": version}
            menu_items[index] = item
