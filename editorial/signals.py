"""Derived editorial data, kept current at write time.

* Every published page brings its translations in line with the new Latvian text
  (``editorial/workspace.py``): only the segments that changed need another look.
* A live page whose URL changes in either language leaves a redirect from each old address
  (``editorial/redirects.py``, connected here to Wagtail's page signals and to page models only).
"""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from editorial import redirects, workspace

redirects.connect()


@receiver(page_published)
def sync_translations(sender, instance, revision=None, **kwargs):
    if not workspace.is_translatable(instance):
        return
    for language in workspace.TARGET_LANGUAGES:
        workspace.get_or_sync(instance, language)


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def admin_in_english_unless_chosen(sender, instance, created, raw=False, **kwargs):
    """New users see the admin in English; anyone can choose Latvian in their account settings."""
    if created and not raw:
        from wagtail.users.models import UserProfile

        profile = UserProfile.get_for_user(instance)
        if not profile.preferred_language:
            profile.preferred_language = "en"
            profile.save(update_fields=["preferred_language"])
