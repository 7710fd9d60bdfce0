"""``{% csp_nonce %}``: this response's Content-Security-Policy script nonce, for the
inline scripts of Wagtail's admin templates (see ``core/security.py``).

It reads a context variable, not the template context, because Wagtail renders widget
templates (the date and time pickers) without the request."""

from django import template

from core.security import current_nonce

register = template.Library()


@register.simple_tag
def csp_nonce() -> str:
    return current_nonce()
