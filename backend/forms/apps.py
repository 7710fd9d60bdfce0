from django.apps import AppConfig


class FormsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "forms"
    label = "forms"
    verbose_name = "Forms and leads"

    def ready(self):
        from core.signals import invalidate_on_change
        from forms import serializers  # noqa: F401  (registers the page serializers)
        from forms.models import FormSettings

        invalidate_on_change(FormSettings)
