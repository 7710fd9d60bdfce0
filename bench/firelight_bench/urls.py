"""The project's URLs behind Wagtail's stock API v2 (``/api/v2/``)."""

from django.urls import path

from config.urls import urlpatterns as project_urlpatterns
from firelight_bench.stock_api import api_router

urlpatterns = [path("api/v2/", api_router.urls), *project_urlpatterns]
