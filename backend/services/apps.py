from django.apps import AppConfig


class ServicesConfig(AppConfig):
    name = "services"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from services import serializers  # noqa: F401  (registers the page serializers)
