"""Let Wagtail's default "Editors" and "Moderators" groups manage the blog's snippets
and moderate comments (superusers can anyway)."""

from django.db import migrations

from core.migration_operations import grant_to_groups

PERMISSIONS = [
    f"{action}_{model}"
    for model in ("blogcategory", "guestauthor")
    for action in ("add", "change", "delete", "view")
] + ["change_comment", "delete_comment", "view_comment"]


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [grant_to_groups("blog", PERMISSIONS, ["Editors", "Moderators"])]
