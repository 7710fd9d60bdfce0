"""OpenAPI schema hooks."""


def public_api_only(endpoints):
    """Document only the delivery API, not Wagtail's internal admin API."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]
