"""Settings shared by every environment. Everything deployment-specific comes from the
environment (12-factor); the defaults need nothing running: SQLite, a file cache shared
by all worker processes on the machine, and the console e-mail backend."""

import os
from pathlib import Path

import dj_database_url
from corsheaders.defaults import default_headers

BACKEND_DIR = Path(__file__).resolve().parent.parent.parent
REPO_DIR = BACKEND_DIR.parent
VAR_DIR = Path(os.environ.get("FIRELIGHT_VAR_DIR", REPO_DIR / "var"))


def env_list(name: str, default: str = "") -> list[str]:
    """A comma-separated environment variable as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")

INSTALLED_APPS = [
    # Content areas: one app each.
    "core",
    "home",
    "taxonomy",
    "services",
    "team",
    "blog",
    "forms",
    "events",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
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
    # API
    "rest_framework",
    "drf_spectacular",
    "corsheaders",
    # Security
    "axes",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # A request id for every log line and the X-Request-ID header; first, so that
    # whatever follows logs with it.
    "core.observability.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy, Permissions-Policy and the rest on every response.
    "core.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A database that cannot be reached answers 503 with an error body, not a trace.
    "core.availability.DatabaseUnavailableMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.middleware.EditorCookieMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Locks out repeated failed admin sign-ins (django-axes); last, as it asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # A database host that drops packets must fail a request (503) and /readyz in
    # seconds, not hang a worker until the proxy gives up.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DB_CONNECT_TIMEOUT", "5"))
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.ReusingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "firelight"),
            "TIMEOUT": None,
        }
    }
else:
    # A file cache is shared by every gunicorn worker on the machine, so an invalidation
    # made by one worker is seen by all of them (a per-process memory cache would not be).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "firelight"),
            "TIMEOUT": None,
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/Denver"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
# Set to an absolute URL (a CDN, or the backend's origin) when the SPA is served from
# another origin than the backend.
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The built single-page app (``npm run build``) that the HTML shell serves.
FRONTEND_DIST_DIR = Path(os.environ.get("FRONTEND_DIST_DIR", REPO_DIR / "frontend" / "dist"))
# WhiteNoise serves the SPA's files (``/assets/*``, icons) from the build directory;
# Vite's content-hashed assets are cached forever.
WHITENOISE_ROOT = FRONTEND_DIST_DIR if FRONTEND_DIST_DIR.is_dir() else None
WHITENOISE_IMMUTABLE_FILE_TEST = r"^.+[.-][0-9a-zA-Z_-]{8,12}\.[^.]+$"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# With the file backend (the e2e suite reads the e-mails it sends), where they are written.
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
# A slow mail server must not hold a visitor's request: give up, and the notification
# is retried by send_form_notifications.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Firelight <hello@firelight.example>")

# Wagtail
WAGTAIL_SITE_NAME = "Firelight"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Raster formats only: an SVG (or anything else) can carry script. Wagtail checks the
# file's content, not just its name.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# A small file can decode to a huge bitmap (a decompression bomb) that would exhaust a
# worker's memory while renditions are made: 50 megapixels (frames included) still takes
# a 48-megapixel phone photo. Wagtail's default is 128.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "csv", "xlsx"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": [
                "h2",
                "h3",
                "h4",
                "bold",
                "italic",
                "ol",
                "ul",
                "link",
                "document-link",
                "hr",
                "blockquote",
            ]
        },
    }
}

# Identifies the deployed code in cache keys (e.g. the git SHA); see core.cache.release.
RELEASE_ID = os.environ.get("RELEASE_ID", "")

# The public origin of the site (canonical links, sitemaps, feeds). Defaults to the
# host of the request when empty.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "").rstrip("/")
# Where the SPA is served when not by this backend (e.g. a CDN): previews open there.
FRONTEND_ORIGIN = os.environ.get("FRONTEND_ORIGIN", "").rstrip("/")
# How long a shared preview link of a draft stays valid.
PREVIEW_LINK_DAYS = int(os.environ.get("PREVIEW_LINK_DAYS", "7"))

# API
# Rate limits of anonymous posts (per visitor, and for the whole site), shared by every
# worker through the cache. The load test in bench/ raises them.
FIRELIGHT_RATES = {
    "form": os.environ.get("FIRELIGHT_FORM_RATE", "10/min"),
    "form_site": os.environ.get("FIRELIGHT_FORM_SITE_RATE", "600/min"),
    "newsletter": os.environ.get("FIRELIGHT_NEWSLETTER_RATE", "10/min"),
    "registration": os.environ.get("FIRELIGHT_REGISTRATION_RATE", "10/min"),
    "registration_site": os.environ.get("FIRELIGHT_REGISTRATION_SITE_RATE", "600/min"),
}
# Visitors' uploads (CVs): outside MEDIA_ROOT, served to staff only.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "core.api.errors.exception_handler",
    "UNAUTHENTICATED_USER": None,
    # How many proxies in front of gunicorn add X-Forwarded-For; 0 trusts only the
    # socket address, so clients cannot pick their own rate-limit identity.
    "NUM_PROXIES": int(os.environ.get("NUM_PROXIES", "0")),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Firelight delivery API",
    "DESCRIPTION": "Public, read-only delivery API of the Firelight headless site.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_GENERATE_CHOICE_DESCRIPTION": False,
    "PREPROCESSING_HOOKS": ["core.api.schema.public_api_only"],
    "ENUM_NAME_OVERRIDES": {
        "ServiceKindEnum": "services.models.ServiceKind",
        "SpecialtyKindEnum": "taxonomy.models.Specialty.Kind",
        "FormatEnum": "services.models.FORMATS",
        "MatchFormatEnum": ["individual", "dyad", "group"],
        "EventFormatEnum": "events.models.EventPage.Format",
        "RegistrationStateEnum": "events.serializers.RegistrationState.CHOICES",
        "RegistrationStatusEnum": "events.models.Registration.Status",
    },
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums"],
}

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_CREDENTIALS = True
# The SPA repeats a submission's Idempotency-Key when it retries.
CORS_ALLOW_HEADERS = (*default_headers, "idempotency-key")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS") or CORS_ALLOWED_ORIGINS
if PUBLIC_BASE_URL:
    # Behind a proxy the request's host can differ from the public one the browser
    # names in Origin: the public origin is this site.
    CSRF_TRUSTED_ORIGINS = [*CSRF_TRUSTED_ORIGINS, PUBLIC_BASE_URL]

# Only editors have sessions. Out of reach of scripts, not sent on cross-site posts, and
# valid for a working day from sign-in (Django's default is two weeks), so a forgotten
# sign-in on a shared computer does not last: without Wagtail's "Remember me" the cookie
# also ends with the browser. The expiry is fixed, not sliding (that would write the
# session on every request the editor's browser makes). Production adds Secure.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_HOURS", "12")) * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = False
# The SPA reads its CSRF token from GET /api/csrf/, never from the cookie; the cookie is
# still left readable (HttpOnly would add nothing, see Django's docs) and same-site.
CSRF_COOKIE_SAMESITE = "Lax"
# Nothing is framed but the admin's preview (Wagtail marks it SAMEORIGIN): see core/security.py.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# Every record carries the request id (core.observability); LOG_FORMAT=json writes one
# JSON object per line for log collectors, the default is readable text.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text").strip().lower()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_context": {"()": "core.observability.RequestContextFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "core.observability.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_context"],
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own handlers (a DEBUG-only console, mail_admins without ADMINS) would
        # print its errors a second time, unformatted: they go to the root's handler.
        "django": {"level": "INFO"},
        "django.db.backends": {"level": "INFO"},
        # Wagtail's background tasks log every run at INFO; keep the console readable.
        "django_tasks": {"level": "WARNING"},
        "django_tasks.backends.immediate": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# -- admin sign-in: django-axes locks out repeated failures (settings: see AXES_*) ----
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out sign-in before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords for one username from one address pause that pair for fifteen
# minutes (every further try restarts the pause); a successful sign-in clears the count.
# The pair, not the address alone or the username alone: an office sharing one address
# is not locked out by one person's typos, and nobody can lock an editor out from
# elsewhere by guessing their password.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_MINUTES", "15")) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# In the database (the axes tables), not the cache: every worker and replica sees the
# same count, a cache flush or eviction (the file cache culls at MAX_ENTRIES) cannot
# lift a lockout, and the attempts stay listable (`manage.py axes_list_attempts`) and
# resettable (`axes_reset_username <name>`) by an administrator.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
# The address the API's rate limits use (NUM_PROXIES decides whether to trust
# X-Forwarded-For), so a client cannot choose a fresh address for every guess.
AXES_CLIENT_IP_CALLABLE = "core.signin.client_ip"
# The editor is told what happened and what to do, with HTTP 429.
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
AXES_HTTP_RESPONSE_CODE = 429
# No banner on every start of every process.
AXES_VERBOSE = False

# -- security headers: Content-Security-Policy and more (core/security.py) -----------------
# The embed block accepts these providers only, and the Content-Security-Policy lets pages
# frame exactly their players (the origin beside each). Their player HTML has no inline
# style (Spotify's has, which the policy would refuse).
from wagtail.embeds import oembed_providers  # noqa: E402  (plain data, no Django)

EMBED_PROVIDERS = [
    (oembed_providers.youtube, "https://www.youtube.com"),
    (oembed_providers.vimeo, "https://player.vimeo.com"),
    (oembed_providers.soundcloud, "https://w.soundcloud.com"),
]
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [provider for provider, _player in EMBED_PROVIDERS],
    }
]
CSP_FRAME_SOURCES = [player for _provider, player in EMBED_PROVIDERS]
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# The admin loads nothing from third parties (the policy would refuse it anyway): no
# Gravatar images (which would also tell Gravatar who edits the site), no version check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
