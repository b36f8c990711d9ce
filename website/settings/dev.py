"""Development: the embedded SQLite database, debug pages, a fixed throwaway secret key."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "django-insecure-development-only-never-use-in-production"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Serve static files from the apps' folders through WhiteNoise even with DEBUG off (the browser
# suite runs the dev settings with DEBUG=false to see the real 404 page), and uploaded media too.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = True
