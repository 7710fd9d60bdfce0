import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { member } from "../../test/team-fixtures";
import { MemberCard, MemberGrid } from "../member-card";

describe("MemberCard", () => {
  it("links the name to the profile and shows who they are", () => {
    render(<MemberCard member={member("maya-okafor")} />);
    const heading = screen.getByRole("heading", { level: 3, name: "Maya Okafor" });
    expect(within(heading).getByRole("link").getAttribute("href")).toBe("/team/maya-okafor/");
    expect(screen.getByText("she/her")).toBeTruthy();
    expect(screen.getByText("Founder and clinical supervisor")).toBeTruthy();
    expect(screen.getByText(/guided more than sixty counselors/)).toBeTruthy();
  });

  it("shows the square portrait with the API's alt text and its size", () => {
    render(<MemberCard member={member("maya-okafor")} />);
    const photo = screen.getByRole("img", { name: "Illustrated portrait of Maya Okafor" });
    expect(photo.getAttribute("width")).toBe("320");
    expect(photo.getAttribute("height")).toBe("320");
    expect(photo.getAttribute("srcset")).toContain("640w");
    expect(photo.getAttribute("loading")).toBe("lazy");
  });

  it("lists each license with its state", () => {
    render(<MemberCard member={member("daniel-reyes")} />);
    const licenses = screen.getByRole("list", { name: "Licenses" });
    expect(
      within(licenses)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["LCSW in Colorado", "LICSW in Washington"]);
  });

  it("says in words when a supervisor takes new supervisees, and says nothing otherwise", () => {
    const { rerender } = render(<MemberCard member={member("maya-okafor")} />);
    expect(screen.getByText("Accepting new supervisees")).toBeTruthy();
    rerender(<MemberCard member={member("helen-park")} />);
    expect(screen.queryByText("Accepting new supervisees")).toBeNull();
  });

  it("shows initials instead of a photo it does not have, at the heading level asked for", () => {
    render(<MemberCard member={{ ...member("rosa-delgado"), photo: null }} headingLevel={4} />);
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByText("RD").getAttribute("aria-hidden")).toBe("true");
    expect(screen.getByRole("heading", { level: 4, name: "Rosa Delgado" })).toBeTruthy();
  });

  it("lays several members out as a list", () => {
    render(<MemberGrid members={[member("maya-okafor"), member("priya-shah")]} />);
    const items = within(screen.getAllByRole("list")[0] as HTMLElement).getAllByRole("listitem");
    expect(items.filter((item) => item.parentElement?.className === "member-grid")).toHaveLength(2);
  });
});
