"""Settings shared by every environment.

Everything that differs between a laptop and production comes from the environment
(``DATABASE_URL``, ``SECRET_KEY``, ``ALLOWED_HOSTS``, ``DEBUG``, ``MEDIA_ROOT``); see
``docs/configuration.md``.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "website"
# Local, git-ignored state: the SQLite database and uploaded media of a development machine.
VAR_DIR = Path(os.environ.get("WEBSITE_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # wagtail_modeltranslation registers Wagtail's Page fields; it must come before the apps
    # whose page types subclass Page (modeltranslation refuses a parent after its subclass).
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "website",
    "home",
    "news",
    "events",
    "search",
    "editorial",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "website.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "website.wsgi.application"

# Database: DATABASE_URL, or a SQLite file in the git-ignored var/ folder.
if not os.environ.get("DATABASE_URL"):
    VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Persistent, health-checked connections: measured about 3x faster per request here.
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "600"))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # Wagtail 8's search index uses PostgreSQL's SearchVectorField and GIN indexes.
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Latvian is the default and canonical version (State Language Law), English optional.
LANGUAGE_CODE = "lv"
LANGUAGES = [
    ("lv", "Latviešu"),
    ("en", "English"),
]
MODELTRANSLATION_DEFAULT_LANGUAGE = "lv"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("lv",)
# Keep fallbacks on: turning them off breaks page URLs (DESIGN.md, pitfall 5). Which pages are
# shown to English visitors is decided in website/translation_policy.py.
MODELTRANSLATION_ENABLE_FALLBACKS = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["website.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Riga"
WAGTAIL_I18N_ENABLED = False  # one page per content, languages as fields (modeltranslation)
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("lv", "Latviešu"), ("en", "English")]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "cilvektirdznieciba.lv"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search: Wagtail's database backend taught Latvian and English (search/backend.py), on SQLite
# and PostgreSQL alike. A large site can point "default" at Elasticsearch or OpenSearch
# ("wagtail.search.backends.elasticsearch8" with the "latvian" analyzer) instead.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backend"},
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no calls home from a public-sector site
# Slugs are ASCII: "Cilvēktirdzniecība" -> "cilvektirdznieciba", in the editor and on the server.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Wagtail's own redirects on slug change ignore the /lv/ and /en/ prefixes; editorial/signals.py
# creates them per language instead.
WAGTAILREDIRECTS_AUTO_CREATE = False
# Moderation: translators submit, editors approve (editorial/migrations).
WAGTAIL_WORKFLOW_ENABLED = True
# The editor has a Latvian and an English tab (editorial/panels.py): the package's own language
# picker, which hides fields of one language, would only get in the way.
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Publications and statistics (publications/): documents are always served through Wagtail's view
# (privacy checks, Content-Security-Policy and nosniff headers), uploads are checked for size and
# content, and their text is read in the background for search.
INSTALLED_APPS.append("publications")
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "publications.forms.DocumentForm"
PUBLICATIONS_MAX_UPLOAD_BYTES = int(os.environ.get("PUBLICATIONS_MAX_UPLOAD_BYTES", 50 * 1024 * 1024))
