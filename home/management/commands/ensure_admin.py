"""Make sure an administrator can log in, and print how.

With ``DJANGO_SUPERUSER_USERNAME`` and ``DJANGO_SUPERUSER_PASSWORD`` set, that account is created
(or its password set). Otherwise, on a development machine, an ``admin`` account is created once
with a random password, kept in the git-ignored ``var/admin-password.txt`` so it can be printed
again on the next start. In production (``settings.PRODUCTION``) it refuses to run without both
variables, and so never writes a password to disk there.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create an administrator if there is none and print the login."

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME")
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        email = os.environ.get("DJANGO_SUPERUSER_EMAIL", "")
        password_file = settings.VAR_DIR / "admin-password.txt"

        if getattr(settings, "PRODUCTION", False) and not (username and password):
            raise CommandError(
                "In production, set DJANGO_SUPERUSER_USERNAME and DJANGO_SUPERUSER_PASSWORD: "
                "ensure_admin does not invent a password there."
            )

        if username and password:
            user, _created = User.objects.get_or_create(username=username, defaults={"email": email})
            user.is_staff = user.is_superuser = user.is_active = True
            user.set_password(password)
            user.save()
            self.stdout.write(f"Admin login: {username} / (the password from DJANGO_SUPERUSER_PASSWORD)")
            return

        username = "admin"
        user = User.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(username=username, email=email, password=password)
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)
        elif password_file.exists() and user.check_password(password_file.read_text().strip()):
            password = password_file.read_text().strip()
        else:
            self.stdout.write(
                f"Admin login: {username} (password changed since it was generated; "
                f"reset it with: python manage.py changepassword {username})"
            )
            return
        self.stdout.write(self.style.SUCCESS(f"Admin login at /admin/: {username} / {password}"))
