"""Build the demo site from nothing, idempotently: ``python manage.py load_demo_content``.

Each app that has demo content provides ``<app>.demo.load(context)``; they run in the order of
``DEMO_APPS``, sharing one ``context`` dict (the home page, the site, ...). Nothing that already
exists is overwritten, so running the command again keeps what editors changed.
"""

from importlib import import_module

from django.core.management import BaseCommand, call_command
from django.db import transaction
from django.utils import translation

DEMO_APPS = ["home", "news", "events", "search", "guidance", "publications", "editorial"]


class Command(BaseCommand):
    help = "Create the demo pages in Latvian and English (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument("--skip-index", action="store_true", help="Do not rebuild the search index.")

    def handle(self, *args, **options):
        context = {"stdout": self.stdout, "style": self.style}
        with translation.override("lv"), transaction.atomic():
            for app in DEMO_APPS:
                try:
                    module = import_module(f"{app}.demo")
                except ModuleNotFoundError as error:
                    if error.name != f"{app}.demo":
                        raise
                    continue
                context.update(module.load(context) or {})
        if not options["skip_index"]:
            call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
