"""URL routes of the delivery API (``/api/``)."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView

from blog.api import CommentView, PostViewView
from core.api.public_writes import CsrfTokenView
from core.api.views import PageResolveView, PreviewView, SearchView, SiteView, api_not_found
from events.api import RegistrationView
from forms.api import ConfirmView, SubmissionView, SubscribeView, UnsubscribeView
from team.api import MatchView

urlpatterns = [
    path("site/", SiteView.as_view(), name="api-site"),
    path("pages/resolve/", PageResolveView.as_view(), name="api-pages-resolve"),
    path("match/", MatchView.as_view(), name="api-match"),
    path("blog/posts/<int:post_id>/comments/", CommentView.as_view(), name="api-blog-comments"),
    path("blog/posts/<int:post_id>/views/", PostViewView.as_view(), name="api-blog-views"),
    path("forms/<int:page_id>/submissions/", SubmissionView.as_view(), name="api-form-submissions"),
    path("newsletter/subscriptions/", SubscribeView.as_view(), name="api-newsletter-subscribe"),
    path("newsletter/confirm/", ConfirmView.as_view(), name="api-newsletter-confirm"),
    path("newsletter/unsubscribe/", UnsubscribeView.as_view(), name="api-newsletter-unsubscribe"),
    path(
        "events/<int:event_id>/registrations/",
        RegistrationView.as_view(),
        name="api-event-registrations",
    ),
    path("pages/preview/", PreviewView.as_view(), name="api-pages-preview"),
    path("search/", SearchView.as_view(), name="api-search"),
    path("csrf/", CsrfTokenView.as_view(), name="api-csrf"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # Anything else under /api/ is a JSON 404, never the HTML shell.
    re_path(r"^.*$", api_not_found),
]
