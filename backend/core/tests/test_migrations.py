"""Migrations: none missing, and ours can be rolled back.

A model change without its migration breaks the next deployment; a migration that
cannot be reversed leaves no way back from a bad release but a restore."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

# Our apps, in INSTALLED_APPS order (the executor orders them by their dependencies).
OUR_APPS = ("core", "home", "taxonomy", "services", "team", "blog", "forms", "events")


def our_tables() -> set[str]:
    return {
        table
        for table in connection.introspection.table_names()
        if table.split("_", 1)[0] in OUR_APPS
    }


def applied(app_labels=OUR_APPS) -> set[tuple[str, str]]:
    return {
        key for key in MigrationRecorder(connection).applied_migrations() if key[0] in app_labels
    }


@pytest.mark.django_db
def test_every_model_change_has_its_migration():
    out = io.StringIO()
    try:
        call_command("makemigrations", check=True, dry_run=True, stdout=out, stderr=out)
    except SystemExit:
        pytest.fail(f"Model changes without a migration (run makemigrations):\n{out.getvalue()}")


# serialized_rollback: the flush after this test must not recreate content types with new
# ids (PostgreSQL keeps its sequences), or the next serialized-rollback test cannot
# restore the database's initial rows (events/tests/test_registration.py).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_our_migrations_reverse_to_zero_and_apply_again():
    tables = our_tables()
    migrations = applied()
    assert tables and len(migrations) >= len(OUR_APPS)
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    try:
        # Backwards: an irreversible operation raises IrreversibleError here.
        executor.migrate([(app, None) for app in OUR_APPS])
        assert applied() == set()
        assert our_tables() == set()
    finally:
        # Forwards again, whatever happened: the database is left fully migrated.
        MigrationExecutor(connection).migrate(leaves)
    assert applied() == migrations
    assert our_tables() == tables
