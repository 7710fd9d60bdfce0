"""Page object: a visitor who uses the keyboard only (no mouse, no touch).

Every action moves focus with the keys a keyboard user has (Tab, arrows, Space,
Enter, Escape) and never clicks or sets values from script, so a control that cannot
be reached or operated from the keyboard fails the journey that needs it.
"""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import ElementHandle, Locator, expect

from e2e.pages.site_page import SitePage

# Enough for the longest tab order of a page (the home page's header, main and footer).
MAX_TAB_STOPS = 200

# The focus indicator of an element as drawn: its own outline and shadow, and those of
# its nearest ancestors (a card or a choice may draw the ring around its link or control),
# each with the opaque colour behind it (the ring is drawn outside the box, over it).
FOCUS_STYLE_JS = """(element) => {
    const backdrop = (node) => {
        for (let up = node.parentElement; up; up = up.parentElement) {
            const colour = getComputedStyle(up).backgroundColor;
            const alpha = colour.startsWith('rgba') ? parseFloat(colour.split(',')[3]) : 1;
            if (alpha === 1) return colour;
        }
        return 'rgb(255, 255, 255)';
    };
    const rings = [];
    for (let node = element, depth = 0; node && depth < 5; node = node.parentElement, depth++) {
        const style = getComputedStyle(node);
        rings.push({
            outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
            outlineColor: style.outlineColor,
            shadow: style.boxShadow,
            backdrop: backdrop(node),
        });
    }
    return rings;
}"""

DESCRIBE_JS = """(element) => {
    const name = (element.getAttribute('aria-label') || element.textContent
        || element.getAttribute('name') || element.id || '').trim().replace(/\\s+/g, ' ');
    return `<${element.tagName.toLowerCase()}> ${name.slice(0, 40)}`;
}"""

IN_VIEWPORT_JS = """(element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
        && box.top < window.innerHeight && box.left < window.innerWidth;
}"""


@dataclass
class TabStop:
    """One element Tab reached, with its drawn focus style while focused and after."""

    description: str
    focused: list[dict]
    unfocused: list[dict] | None = None
    in_viewport: bool = True

    def focus_rings(self) -> list[dict]:
        """What appears when it takes focus: an outline of 2 px or more, or a shadow, on
        the element or an ancestor, that it did not have without focus."""
        if self.unfocused is None:
            return self.focused[:1]  # the last stop: never seen without focus
        return [
            now
            for now, before in zip(self.focused, self.unfocused, strict=True)
            if (now["outline"] >= 2 and now != before) or now["shadow"] != before["shadow"]
        ]

    def shows_focus(self) -> bool:
        return bool(self.focus_rings())

    def ring_contrast(self) -> float:
        """The best contrast of an outline that appears on focus against the colour
        behind it (WCAG 1.4.11 asks 3:1 of a focus indicator); a shadow counts as 3."""
        ratios = [
            contrast(ring["outlineColor"], ring["backdrop"]) if ring["outline"] >= 2 else 3.0
            for ring in self.focus_rings()
        ]
        return max(ratios, default=0.0)


def _luminance(colour: str) -> float:
    channels = [float(part) / 255 for part in colour[colour.index("(") + 1 : -1].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two computed ``rgb(...)`` colours."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


class KeyboardUser(SitePage):
    """The site driven from the keyboard."""

    # -- focus ------------------------------------------------------------------------

    def is_focused(self, locator: Locator) -> bool:
        return locator.evaluate("(element) => element === document.activeElement")

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)

    def tab_to(self, locator: Locator) -> None:
        """Press Tab until ``locator`` has focus; fails if it never does."""
        for _ in range(MAX_TAB_STOPS):
            if self.is_focused(locator):
                return
            self.press("Tab")
        raise AssertionError(f"Tab never reached {locator}")

    def tab_into_group(self, choice: Locator) -> None:
        """Move focus onto a radio button: Tab enters its group, arrows move within it
        (checking each radio they land on)."""
        name = choice.evaluate("(radio) => radio.name")
        for _ in range(MAX_TAB_STOPS):
            if self.page.evaluate("(name) => document.activeElement?.name === name", name):
                break
            self.press("Tab")
        else:
            raise AssertionError(f"Tab never reached the radio group {name!r}")
        for _ in range(20):
            if self.is_focused(choice):
                return
            self.press("ArrowDown")
        raise AssertionError(f"The arrow keys never reached {choice}")

    # -- operating controls -----------------------------------------------------------

    def type_into(self, locator: Locator, text: str) -> None:
        self.tab_to(locator)
        self.page.keyboard.press("ControlOrMeta+A")
        self.page.keyboard.type(text)

    def tick(self, checkbox: Locator) -> None:
        """Tab to a checkbox and tick it with Space."""
        self.tab_to(checkbox)
        if not checkbox.is_checked():
            self.press("Space")
        expect(checkbox).to_be_checked()

    def pick(self, radio: Locator) -> None:
        """Tab into a radio group and choose ``radio`` with the arrow keys (and Space,
        when focus landed on it without checking it)."""
        self.tab_into_group(radio)
        if not radio.is_checked():
            self.press("Space")
        expect(radio).to_be_checked()

    def choose(self, select: Locator, label: str) -> None:
        """Tab to a drop-down and step through its options with the arrow keys (closed,
        as a keyboard user does) until ``label`` is selected."""
        self.tab_to(select)
        self.press("Home")
        for _ in range(300):
            if select.evaluate("(s) => s.selectedOptions[0]?.label", None) == label:
                return
            self.press("ArrowDown")
        raise AssertionError(f"No option {label!r} in {select}")

    def activate(self, control: Locator) -> None:
        """Tab to a link or button and press Enter."""
        self.tab_to(control)
        self.press("Enter")

    # -- walking the tab order --------------------------------------------------------

    def walk_tab_order(self, limit: int = MAX_TAB_STOPS) -> list[TabStop]:
        """Tab on from where focus is (the top of a page just opened), recording each
        stop's focus style while focused and once focus has moved on, until focus leaves
        the document."""
        stops: list[TabStop] = []
        previous: ElementHandle | None = None
        for _ in range(limit):
            self.press("Tab")
            current = self.page.evaluate_handle("document.activeElement").as_element()
            if previous is not None:
                stops[-1].unfocused = previous.evaluate(FOCUS_STYLE_JS)
            if current is None or current.evaluate("(e) => e === document.body"):
                break
            if previous is not None and current.evaluate("(a, b) => a === b", previous):
                break
            stops.append(
                TabStop(
                    description=current.evaluate(DESCRIBE_JS),
                    focused=current.evaluate(FOCUS_STYLE_JS),
                    in_viewport=current.evaluate(IN_VIEWPORT_JS),
                )
            )
            previous = current
        return stops
