"""Test settings: fast hashing, an in-memory cache and e-mail outbox. Uses SQLite unless
``DATABASE_URL`` is set (CI points it at PostgreSQL)."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="firelight-test-media-")
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="firelight-test-private-")
STATIC_ROOT = tempfile.mkdtemp(prefix="firelight-test-static-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
CORS_ALLOWED_ORIGINS = ["http://spa.example"]
FIRELIGHT_CREATE_DEMO_EDITOR = False
