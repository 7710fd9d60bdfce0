"""Where the team page types may live."""

from wagtail.test.utils import WagtailPageTestCase

from core.models import StandardPage
from forms.models import FormPage
from home.models import HomePage
from team.models import MatchPage, TeamIndexPage, TeamMemberPage


class TeamPageTreeTests(WagtailPageTestCase):
    def test_team_index(self):
        self.assertAllowedParentPageTypes(TeamIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TeamIndexPage, {TeamMemberPage, StandardPage, FormPage})

    def test_member_is_a_leaf_of_the_team(self):
        self.assertAllowedParentPageTypes(TeamMemberPage, {TeamIndexPage})
        self.assertAllowedSubpageTypes(TeamMemberPage, set())

    def test_match_page(self):
        self.assertAllowedParentPageTypes(MatchPage, {HomePage})
        self.assertAllowedSubpageTypes(MatchPage, set())
