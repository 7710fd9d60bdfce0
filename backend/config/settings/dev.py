"""Local development: ``make run`` and the Vite dev server."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, VAR_DIR, env_bool, env_list

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CORS_ALLOWED_ORIGINS = env_list(
    "CORS_ALLOWED_ORIGINS", "http://127.0.0.1:5173,http://localhost:5173"
)
CSRF_TRUSTED_ORIGINS = CORS_ALLOWED_ORIGINS

# The demo editor login is created only when this is set (dev settings, never production).
FIRELIGHT_CREATE_DEMO_EDITOR = True

# The embedded database, file cache and media live here; create it on first use so that
# manage.py works in a fresh clone without `make run`.
VAR_DIR.mkdir(parents=True, exist_ok=True)
