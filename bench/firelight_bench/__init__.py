"""Benchmark-only Django configuration: the project as deployed, plus Wagtail's stock
API v2 at ``/api/v2/`` as the baseline that resolve is measured against."""
