"""The editor bar's hint: a cookie the SPA can read, saying that an admin user is signed
in. It grants nothing (the admin checks permissions itself); it only lets the SPA show
"Edit this page" without an API request on every page, and visitors never have it."""

from __future__ import annotations

from django.conf import settings

EDITOR_COOKIE = "firelight_editor"


class EditorCookieMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith("/admin/"):
            return response
        user = getattr(request, "user", None)
        editor = bool(
            user is not None
            and user.is_authenticated
            and user.has_perm("wagtailadmin.access_admin")
        )
        if editor and request.COOKIES.get(EDITOR_COOKIE) != "1":
            response.set_cookie(
                EDITOR_COOKIE,
                "1",
                max_age=settings.SESSION_COOKIE_AGE,
                samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=False,  # read by the SPA
            )
        elif not editor and EDITOR_COOKIE in request.COOKIES:
            response.delete_cookie(EDITOR_COOKIE, samesite="Lax")
        return response
