"""Demo content of the editorial app: the translation of every demo page, in the workspace.

Runs after the other apps' demo content, so each page's English (written by those apps) becomes
the approved translation, and pages without English appear as "missing" in the workspace.
"""

from django.core.management import call_command


def load(context):
    call_command("sync_translations", stdout=context["stdout"])
