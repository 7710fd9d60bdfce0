"""axe-core checks for the end-to-end suite (WCAG 2.2 AA)."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def assert_no_axe_violations(page: Page) -> None:
    """No violations on the settled page: colours are checked once transitions (the
    main area fading back in after a navigation) have finished, as a visitor sees them
    (endless ones, a loading shimmer, are not waited for)."""
    page.wait_for_function(
        """() => document.getAnimations().every((animation) =>
            animation.playState !== 'running'
            || animation.effect?.getComputedTiming().iterations === Infinity)"""
    )
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()
