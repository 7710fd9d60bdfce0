"""Admin sign-in: who is signing in, as django-axes sees it.

Axes locks out a username from one address after repeated failures. The address must
be the one every other limit of the site uses (the API's rate limits): the socket
address, or behind ``NUM_PROXIES`` trusted proxies the address they saw. Reading
``X-Forwarded-For`` without trusting a proxy would let an attacker pick a new address
for every guess and never be locked out.
"""

from __future__ import annotations

from django.http import HttpRequest
from rest_framework.throttling import BaseThrottle


def client_ip(request: HttpRequest) -> str | None:
    """The client's address, exactly as the API's rate limits identify a visitor
    (``REST_FRAMEWORK["NUM_PROXIES"]``); ``AXES_CLIENT_IP_CALLABLE``."""
    return BaseThrottle().get_ident(request)
