#!/usr/bin/env python3
"""The container's healthcheck: exits 0 when the backend's ``/readyz`` answers 200.

Python's standard library only (the image has no curl). The request names a host the
backend accepts (the first of ``ALLOWED_HOSTS``) and says it came over HTTPS, as the
proxy in front of it would, so that neither the host check nor the HTTPS redirect
answers in place of the probe.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request


def probe_host() -> str:
    hosts = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",")]
    hosts = [h for h in hosts if h and h != "*"]
    # ".example.org" allows example.org and its subdomains.
    return hosts[0].lstrip(".") if hosts else "localhost"


def main() -> int:
    url = os.environ.get("HEALTHCHECK_URL", "http://127.0.0.1:8000/readyz")
    request = urllib.request.Request(
        url, headers={"Host": probe_host(), "X-Forwarded-Proto": "https"}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return 0 if response.status == 200 else 1
    except urllib.error.HTTPError as error:
        print(f"not ready: {error.code} {error.read(500).decode(errors='replace')}")
        return 1
    except OSError as error:
        print(f"not ready: {error}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
