"""Let Wagtail's default "Editors" and "Moderators" groups manage event series and see,
export and cancel registrations (superusers can anyway)."""

from django.db import migrations

from core.migration_operations import grant_to_groups

PERMISSIONS = [
    f"{action}_eventseries" for action in ("add", "change", "delete", "view")
] + ["change_registration", "view_registration"]


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [grant_to_groups("events", PERMISSIONS, ["Editors", "Moderators"])]
