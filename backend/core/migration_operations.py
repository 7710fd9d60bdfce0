"""Operations data migrations share (keep them free of model imports: migrations use
the historical models they are given)."""

from __future__ import annotations

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant_to_groups(
    app_label: str, codenames: list[str], groups: list[str]
) -> migrations.RunPython:
    """Give Wagtail's default groups (e.g. "Editors") permissions on ``app_label``'s
    models; reversed by taking them back."""

    def permissions(apps):
        Permission = apps.get_model("auth", "Permission")
        return Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)

    def grant(apps, schema_editor):
        # Permissions are normally created after all migrations have run.
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
        Group = apps.get_model("auth", "Group")
        for group in Group.objects.filter(name__in=groups):
            group.permissions.add(*permissions(apps))

    def revoke(apps, schema_editor):
        Group = apps.get_model("auth", "Group")
        for group in Group.objects.filter(name__in=groups):
            group.permissions.remove(*permissions(apps))

    return migrations.RunPython(grant, revoke)
