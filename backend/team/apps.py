from django.apps import AppConfig


class TeamConfig(AppConfig):
    name = "team"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.signals import invalidate_on_change
        from team import serializers  # noqa: F401  (registers the page serializers)
        from team.models import MatchWeights

        invalidate_on_change(MatchWeights)
