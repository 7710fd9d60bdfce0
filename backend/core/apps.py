from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import (
            security,  # (registers the CORS checks)
            serializers,  # noqa: F401  (registers the page serializers)
            signals,  # noqa: F401  (connects cache invalidation)
        )

        # Wagtail's chooser widgets write an inline script: give it the CSP nonce.
        security.nonce_chooser_scripts()
