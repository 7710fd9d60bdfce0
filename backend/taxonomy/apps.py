from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "taxonomy"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.signals import invalidate_on_change
        from taxonomy.models import FAQ, FAQCategory, LicenseType, Specialty, State

        # Pages show these snippets, so an edit must reach visitors at once.
        for model in (State, LicenseType, Specialty, FAQCategory, FAQ):
            invalidate_on_change(model)
