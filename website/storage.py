"""Media on S3-compatible storage: images public, documents private.

Image and rendition addresses end up in cached pages, so they must be plain, unsigned and readable
by anyone; documents may belong to a private collection, so their objects stay private and only
Wagtail's serve view (which checks who may see them) reads them from the bucket. The object ACL is
set per file as it is written (django-storages' ``get_object_parameters``), so the bucket needs no
policy of its own.
"""

from storages.backends.s3 import S3Storage

# Wagtail's folders for original images and renditions.
PUBLIC_PREFIXES = ("original_images/", "images/")


class MediaStorage(S3Storage):
    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        parameters["ACL"] = "public-read" if name.startswith(PUBLIC_PREFIXES) else "private"
        return parameters
