"""Page-tree rules of forms."""

from wagtail.test.utils import WagtailPageTestCase

from core.models import StandardPage
from forms.models import FormPage, NewsletterPage
from home.models import HomePage
from team.models import TeamIndexPage


class FormPageTreeTests(WagtailPageTestCase):
    def test_forms_live_in_sections_and_may_nest(self):
        self.assertAllowedParentPageTypes(
            FormPage, {HomePage, StandardPage, TeamIndexPage, FormPage}
        )
        self.assertAllowedSubpageTypes(FormPage, {FormPage})

    def test_the_newsletter_page_is_a_leaf_under_home(self):
        self.assertAllowedParentPageTypes(NewsletterPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsletterPage, set())
