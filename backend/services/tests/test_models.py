"""Validation editors meet in the admin."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from services.factories import PriceItemFactory, ServicePageFactory
from services.models import LicensurePathPage
from taxonomy.factories import LicenseTypeFactory, StateFactory


@pytest.mark.django_db
def test_group_size_range_must_be_ordered(home):
    page = ServicePageFactory.build(group_size_min=6, group_size_max=3)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "group_size_max" in error.value.message_dict


@pytest.mark.django_db
def test_sliding_scale_cannot_exceed_price(home):
    item = PriceItemFactory.build(price=Decimal("50"), sliding_scale_min=Decimal("60"))
    with pytest.raises(ValidationError) as error:
        item.clean()
    assert "sliding_scale_min" in error.value.message_dict


@pytest.mark.django_db
def test_licensure_path_credentials_must_belong_to_its_state():
    colorado = StateFactory(code="CO")
    washington = StateFactory(code="WA")
    page = LicensurePathPage(
        title="Path",
        slug="path",
        intro="x",
        state=colorado,
        starting_credential=LicenseTypeFactory(state=washington, code="LMHCA"),
        target_license=LicenseTypeFactory(state=colorado, code="LPC"),
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) == {"starting_credential"}
