"""URL routes of the delivery API (``/api/``)."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView

from core.api.views import PageResolveView, SiteView

urlpatterns = [
    path("site/", SiteView.as_view(), name="api-site"),
    path("pages/resolve/", PageResolveView.as_view(), name="api-pages-resolve"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
]
