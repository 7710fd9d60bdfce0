"""Create (or reset) the demo editor login and print it. Development settings only."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "editor"
PASSWORD = "firelight-demo-editor"


class Command(BaseCommand):
    help = "Create the demo editor login (only under development settings)."

    def handle(self, *args, **options):
        if not getattr(settings, "FIRELIGHT_CREATE_DEMO_EDITOR", False):
            raise CommandError("The demo editor is only created under development settings.")
        user_model = get_user_model()
        user, _ = user_model.objects.get_or_create(
            username=USERNAME,
            defaults={
                "email": "editor@firelight.example",
                "first_name": "Demo",
                "last_name": "Editor",
            },
        )
        user.is_staff = True
        user.is_superuser = True
        user.set_password(PASSWORD)
        user.save()
        self.stdout.write(f"Demo editor login: {USERNAME} / {PASSWORD}")
