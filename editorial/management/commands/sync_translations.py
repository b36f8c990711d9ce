"""Bring every page's translations in line with its Latvian text: ``manage.py sync_translations``.

Publishing a page does this for that page (``editorial/signals.py``); run the command once after
importing content by other means (or after upgrading from a version without the workspace). It is
idempotent: translations already in line are left as they are.
"""

from django.core.management import BaseCommand
from wagtail.models import Page

from editorial import workspace


class Command(BaseCommand):
    help = "Create or update the translation of every translatable page (safe to run again)."

    def handle(self, *args, **options):
        count = 0
        for page in Page.objects.exclude(depth=1).specific().iterator():
            if workspace.is_translatable(page):
                for language in workspace.TARGET_LANGUAGES:
                    workspace.get_or_sync(page, language)
                count += 1
        self.stdout.write(f"Translations of {count} pages are in line with their Latvian text.")
