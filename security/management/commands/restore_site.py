"""``manage.py restore_site FOLDER``: into a fresh database and media folder, then verified."""

from django.core.management import BaseCommand, CommandError

from security.backup import RestoreError, restore


class Command(BaseCommand):
    help = "Restore a backup_site folder into an empty database and MEDIA_ROOT, and check that all came back."

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument("--database", default="default")

    def handle(self, *args, folder, database, **options):
        try:
            differences = restore(folder, using=database)
        except RestoreError as error:
            raise CommandError(str(error)) from error
        if differences:
            raise CommandError("The restored site differs from the backup:\n" + "\n".join(differences))
        self.stdout.write(
            self.style.SUCCESS("Restored and verified: pages, revisions, images, documents and redirects")
        )
