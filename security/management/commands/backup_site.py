"""``manage.py backup_site FOLDER``: the database and the uploaded media (docs/operations.md)."""

from django.core.management import BaseCommand

from security.backup import backup


class Command(BaseCommand):
    help = "Back up the database and MEDIA_ROOT into a folder (database dump, media archive, manifest)."

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument("--database", default="default")

    def handle(self, *args, folder, database, **options):
        target = backup(folder, using=database)
        self.stdout.write(self.style.SUCCESS(f"Backup written to {target}"))
