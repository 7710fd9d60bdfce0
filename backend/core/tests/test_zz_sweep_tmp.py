import pytest
from core.tests import test_no_leak as t

@pytest.mark.django_db
@pytest.mark.parametrize("seed", list(range(100, 122)))
def test_sweep(seed, client, home, site_settings, spa_build, django_capture_on_commit_callbacks):
    t.test_nothing_that_is_not_public_reaches_a_visitor.__wrapped__(seed, client, home, site_settings, spa_build, django_capture_on_commit_callbacks) if hasattr(t.test_nothing_that_is_not_public_reaches_a_visitor, "__wrapped__") else t.test_nothing_that_is_not_public_reaches_a_visitor(seed, client, home, site_settings, spa_build, django_capture_on_commit_callbacks)
