"""Derived editorial data, kept current at write time.

* Every published page brings its translations in line with the new Latvian text
  (``editorial/workspace.py``): only the segments that changed need another look.
* A live page whose URL changes in either language leaves a redirect from each old address.
"""

from django.conf import settings
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.signals import page_published

from editorial import workspace

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@receiver(page_published)
def sync_translations(sender, instance, revision=None, **kwargs):
    if not workspace.is_translatable(instance):
        return
    for language in workspace.TARGET_LANGUAGES:
        workspace.get_or_sync(instance, language)


def _url_paths(page):
    return {language: getattr(page, f"url_path_{language}", None) for language in LANGUAGES}


@receiver(pre_save)
def remember_old_addresses(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    fields = ["live", *[f"url_path_{code}" for code in LANGUAGES]]
    old = Page.objects.filter(pk=instance.pk).values(*fields).first()
    instance._old_url_paths = old


@receiver(post_save)
def redirect_old_addresses(sender, instance, created, raw=False, **kwargs):
    """The old address of a live page in each language (and of its descendants) keeps working."""
    old = getattr(instance, "_old_url_paths", None)
    if raw or created or not isinstance(instance, Page) or not old or not old["live"]:
        return
    instance._old_url_paths = None
    for language in LANGUAGES:
        old_path = old[f"url_path_{language}"]
        new_path = getattr(instance, f"url_path_{language}", None)
        if not old_path or not new_path or old_path == new_path:
            continue
        with translation.override(language):
            pages = [instance] + list(instance.get_descendants().live().specific())
            for page in pages:
                site_id, root_url, new_url = page.get_url_parts() or (None, None, None)
                if new_url is None:
                    continue
                page_path = getattr(page, f"url_path_{language}")
                old_page_path = old_path + page_path[len(new_path) :]
                old_url = _public_url(page, old_page_path, language)
                if old_url and old_url != new_url:
                    Redirect.objects.update_or_create(
                        old_path=Redirect.normalise_path(old_url),
                        site_id=site_id,
                        defaults={"redirect_page": page, "is_permanent": True},
                    )


def _public_url(page, url_path, language):
    """The public address ``/<language>/...`` of ``url_path`` under the page's site root."""
    for _site_id, root_path, _root_url, _language in page._get_site_root_paths():
        if url_path.startswith(root_path):
            return f"/{language}/{url_path[len(root_path) :]}"
    return None


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def admin_in_english_unless_chosen(sender, instance, created, raw=False, **kwargs):
    """New users see the admin in English; anyone can choose Latvian in their account settings."""
    if created and not raw:
        from wagtail.users.models import UserProfile

        profile = UserProfile.get_for_user(instance)
        if not profile.preferred_language:
            profile.preferred_language = "en"
            profile.save(update_fields=["preferred_language"])
