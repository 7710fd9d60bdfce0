"""Page-tree rules of the blog."""

from wagtail.test.utils import WagtailPageTestCase

from blog.models import BlogIndexPage, BlogPage
from home.models import HomePage


class BlogPageTreeTests(WagtailPageTestCase):
    def test_the_blog_lives_under_home_and_holds_posts_only(self):
        self.assertAllowedParentPageTypes(BlogIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPage})

    def test_posts_live_in_a_blog_and_have_no_children(self):
        self.assertAllowedParentPageTypes(BlogPage, {BlogIndexPage})
        self.assertAllowedSubpageTypes(BlogPage, set())
