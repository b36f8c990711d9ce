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
    "guidance",
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
    # Sees a 404 after Wagtail's exact redirects below it: an old address's sub-paths (2023/09/, ical/).
    "editorial.redirects.RedirectPrefixMiddleware",
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
# Keep fallbacks on: turning them off breaks page URLs (``page.url`` becomes None). Which pages are
# shown to English visitors is decided in website/translation_policy.py.
MODELTRANSLATION_ENABLE_FALLBACKS = True
LOCALE_PATHS = [BASE_DIR / "locale"]
LOCALE_PATHS.append(BASE_DIR / "locale/wagtail")  # Latvian admin strings Wagtail and Django lack
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
# Search: Wagtail's database backend taught Latvian and English (search/backends/), on SQLite
# and PostgreSQL alike. A large site can point "default" at Elasticsearch or OpenSearch
# ("wagtail.search.backends.elasticsearch8" with the "latvian" analyzer) instead.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends"},
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no calls home from a public-sector site
# Slugs are ASCII: "Cilvēktirdzniecība" -> "cilvektirdznieciba", in the editor and on the server.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Wagtail's own automatic redirects see only the active language's url_path; editorial/redirects.py
# calls Wagtail's create_redirects() once per language instead.
WAGTAILREDIRECTS_AUTO_CREATE = False
# Moderation of editors' work: the editors' approval task (editorial/migrations). Translators do not
# use it: they submit in the translation workspace (editorial/workspace.py).
WAGTAIL_WORKFLOW_ENABLED = True
# Each page type declares a Latvian and an English tab (website/panels.py): the package's own
# language picker, which hides fields of one language, would only get in the way.
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False
# No avatars from gravatar.com: it would receive a hash of every admin user's e-mail address.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Wagtail's login form with its password label translated (website/admin_forms.py).
WAGTAILADMIN_USER_LOGIN_FORM = "website.admin_forms.TranslatedLoginForm"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# --- Production stack (deploy/, docs/deployment.md) ------------------------------------------
# Background tasks: Wagtail sends front-cache purges and search index updates as django-tasks
# tasks. Here they run at once, in the request; production settings put them in the database
# queue (django_tasks_db) that `manage.py db_worker` works through.
INSTALLED_APPS.append("django_tasks_db")
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Cache-Control for the front cache (website/cache_headers.py); the outermost middleware, so it
# sees every cookie the others set.
MIDDLEWARE.insert(0, "website.cache_headers.CacheHeadersMiddleware")
CACHE_CONTROL_S_MAXAGE = int(os.environ.get("CACHE_CONTROL_S_MAXAGE", "600"))
CACHE_CONTROL_STALE_WHILE_REVALIDATE = int(os.environ.get("CACHE_CONTROL_STALE_WHILE_REVALIDATE", "60"))
# --- Security and reliability (docs/configuration.md, "Security") --------------------------------
INSTALLED_APPS += ["security", "axes", "csp"]
MIDDLEWARE.insert(1, "security.middleware.ContentSecurityPolicyMiddleware")
MIDDLEWARE.insert(2, "security.middleware.PermissionsPolicyMiddleware")
MIDDLEWARE += [
    "security.middleware.PasswordResetThrottleMiddleware",
    # django-axes must come last: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Logins: after AXES_FAILURE_LIMIT wrong passwords for one user name, or from one address, further
# logins are refused for AXES_COOLOFF_HOURS; administrators lift a lockout in Settings → Login
# lockouts (or `manage.py axes_reset_username NAME`).
AUTHENTICATION_BACKENDS = [
    "security.backends.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each one locks on its own
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
AXES_CLIENT_IP_CALLABLE = "security.ip.client_ip"
AXES_VERBOSE = False
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# Password reset: at most this many requests per address and per e-mail in the window (seconds).
PASSWORD_RESET_PATHS = ["/admin/password_reset/"]
PASSWORD_RESET_LIMIT = int(os.environ.get("PASSWORD_RESET_LIMIT", "5"))
PASSWORD_RESET_WINDOW = 60 * 60

AUTH_PASSWORD_VALIDATORS[1] = {
    "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
    "OPTIONS": {"min_length": 12},
}
# Only editors have sessions (visitors get no cookie): a working day, ended when the browser closes.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no calls to a third party from the admin either

# Content-Security-Policy (django-csp): strict on public pages (no inline script or style), looser
# in the admin, which Wagtail builds with inline styles and scripts. CSP_REPORT_ONLY=1 sends the
# same policies as Content-Security-Policy-Report-Only to try a change without breaking pages.
VIDEO_EMBED_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
PUBLIC_CSP_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": VIDEO_EMBED_ORIGINS,
    "frame-ancestors": ["'self'"],
    "form-action": ["'self'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
}
ADMIN_CSP_PATH_PREFIXES = ["/admin/"]
ADMIN_CSP_DIRECTIVES = {
    **PUBLIC_CSP_DIRECTIVES,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "frame-src": ["'self'", *VIDEO_EMBED_ORIGINS],
    "base-uri": ["'self'"],
}
if os.environ.get("CSP_REPORT_URI"):
    PUBLIC_CSP_DIRECTIVES["report-uri"] = ADMIN_CSP_DIRECTIVES["report-uri"] = [os.environ["CSP_REPORT_URI"]]
REPORT_ONLY_CSP = env_bool("CSP_REPORT_ONLY", False)
CONTENT_SECURITY_POLICY = None if REPORT_ONLY_CSP else {"DIRECTIVES": PUBLIC_CSP_DIRECTIVES}
CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": PUBLIC_CSP_DIRECTIVES} if REPORT_ONLY_CSP else None
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "fullscreen": ["self", *VIDEO_EMBED_ORIGINS],
}

# Video embeds: YouTube (rewritten to youtube-nocookie.com) and Vimeo only.
WAGTAILEMBEDS_FINDERS = [{"class": "security.embeds.VideoOEmbedFinder"}]

# The neutral site of the quick-exit button on pages that cannot read the site settings (500 page).
QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.google.com/")

# PostgreSQL: give up connecting after DATABASE_CONNECT_TIMEOUT seconds and cancel any statement
# after DATABASE_STATEMENT_TIMEOUT milliseconds, so a hung database cannot hang every request.
DATABASE_CONNECT_TIMEOUT = int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "5"))
DATABASE_STATEMENT_TIMEOUT = int(os.environ.get("DATABASE_STATEMENT_TIMEOUT", "30000"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    from security.database import with_timeouts

    DATABASES["default"] = with_timeouts(
        DATABASES["default"], DATABASE_CONNECT_TIMEOUT, DATABASE_STATEMENT_TIMEOUT
    )
HEALTHZ_DATABASES = ["default"]

# Stored searches: only a daily count per normalised query, kept this many days (search/privacy.py).
WAGTAILSEARCH_HITS_MAX_AGE = int(os.environ.get("SEARCH_TERMS_RETENTION_DAYS", "30"))
# Seconds a search's answer (results, counts, "Did you mean") is kept in the cache; any change of
# a page, a document, a view restriction or a synonym group retires it at once (search/signals.py).
SEARCH_CACHE_SECONDS = int(os.environ.get("SEARCH_CACHE_SECONDS", "300"))

# E-mail (password resets, moderation notices, error reports) from the environment.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "security.mail.LoggingSMTPBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# ADMINS="a@example.lv,b@example.lv": they get an e-mail for every server error (Django's
# mail_admins handler, with DEBUG off).
ADMINS = [(address, address) for address in env_list("ADMINS")]
EMAIL_SUBJECT_PREFIX = os.environ.get("EMAIL_SUBJECT_PREFIX", "[cilvektirdznieciba.lv] ")

# Server errors reach ADMINS through Django's own "mail_admins" handler on the "django" logger.
LOGGING["filters"] = {"warning_without_traceback": {"()": "security.logging.WarningWithoutTraceback"}}
LOGGING["loggers"] = {
    # A request for a host name that is not ours is noise from scanners, not a server error.
    "django.security.DisallowedHost": {
        "handlers": ["console"],
        "filters": ["warning_without_traceback"],
        "propagate": False,
    },
    "security.mail": {"handlers": ["console"], "level": "ERROR", "propagate": False},
}
PRIVACY_NOTICE_SLUG = "privatuma-pazinojums"  # the Latvian slug of the page the footer links to
# Publications and statistics (publications/): documents are always served through Wagtail's view
# (privacy checks, Content-Security-Policy and nosniff headers), uploads are checked for size and
# content, and their text is read in the background for search.
INSTALLED_APPS.append("publications")
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "publications.forms.DocumentForm"
PUBLICATIONS_MAX_UPLOAD_BYTES = int(os.environ.get("PUBLICATIONS_MAX_UPLOAD_BYTES", 50 * 1024 * 1024))
