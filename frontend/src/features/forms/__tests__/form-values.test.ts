import { describe, expect, it } from "vitest";

import { consultationPage, everyFieldPage } from "../../../test/forms-fixtures";
import {
  fingerprint,
  formatBytes,
  initialValues,
  isAccepted,
  validateAnswers,
  type FormField,
} from "../form-values";

function field(overrides: Partial<FormField>): FormField {
  return { ...everyFieldPage.fields[0]!, required: false, max_length: null, ...overrides };
}

const colours = [
  { value: "red", label: "Red" },
  { value: "blue", label: "Blue" },
  { value: "green", label: "Green" },
];

describe("initialValues", () => {
  it("starts from the editor's defaults, keeping only known choices", () => {
    const fields = [
      field({ name: "a", type: "text", default: "Hello" }),
      field({ name: "b", type: "checkboxes", choices: colours, default: "red, purple,green" }),
      field({ name: "c", type: "multiselect", choices: colours, default: "blue\ngreen" }),
      field({ name: "d", type: "select", choices: colours, default: "purple" }),
      field({ name: "e", type: "radio", choices: colours, default: "blue" }),
      field({ name: "f", type: "checkbox", default: "on" }),
      field({ name: "g", type: "checkbox", default: "" }),
      field({ name: "h", type: "checkbox", default: "false" }),
      field({ name: "i", type: "file" }),
    ];
    expect(initialValues(fields, "")).toEqual({
      a: "Hello",
      b: ["red", "green"],
      c: ["blue", "green"],
      d: "",
      e: "blue",
      f: true,
      g: false,
      h: false,
      i: null,
    });
  });

  it("takes a choice from the query string when the field allows it", () => {
    const fields = [
      field({ name: "one", type: "select", choices: colours, prefill_param: "colour" }),
      field({ name: "many", type: "checkboxes", choices: colours, prefill_param: "pick" }),
      field({ name: "other", type: "select", choices: colours, default: "red" }),
    ];
    expect(initialValues(fields, "?colour=blue&pick=green&pick=nope&pick=red&other=blue")).toEqual({
      one: "blue",
      many: ["green", "red"],
      other: "red",
    });
    expect(initialValues(fields, "?colour=purple")).toMatchObject({ one: "" });
    const supervisor = initialValues(consultationPage.fields, "?supervisor=priya-shah");
    expect(supervisor.preferred_supervisor).toBe("priya-shah");
  });
});

describe("validateAnswers", () => {
  it("counts characters as the API does and checks text after trimming", () => {
    const fields = [field({ name: "a", type: "text", required: true, max_length: 3 })];
    expect(validateAnswers(fields, { a: "   " })).toEqual({ a: "Please fill in this field." });
    expect(validateAnswers(fields, { a: " 🔥🔥🔥 " })).toEqual({});
    expect(validateAnswers(fields, { a: "abcd" })).toEqual({
      a: "Use 3 characters or fewer. This has 4.",
    });
  });

  it("leaves optional empty fields alone and checks an optional e-mail only when given", () => {
    const fields = [
      field({ name: "e", type: "email" }),
      field({ name: "s", type: "select", choices: colours }),
      field({ name: "c", type: "checkboxes", choices: colours }),
      field({ name: "f", type: "file", accept: ".pdf" }),
    ];
    expect(validateAnswers(fields, { e: "", s: "", c: [], f: null })).toEqual({});
    expect(validateAnswers(fields, { e: "ana@", s: "", c: [], f: null })).toEqual({
      e: "Enter an e-mail address like name@example.com.",
    });
  });
});

describe("isAccepted", () => {
  const pdf = new File(["%PDF"], "My CV.PDF", { type: "application/pdf" });
  const png = new File(["png"], "photo.png", { type: "image/png" });

  it("matches extensions (any case), types and type families", () => {
    expect(isAccepted(pdf, ".pdf,.docx")).toBe(true);
    expect(isAccepted(pdf, ".docx, .doc")).toBe(false);
    expect(isAccepted(pdf, "application/pdf")).toBe(true);
    expect(isAccepted(png, "image/*")).toBe(true);
    expect(isAccepted(png, "")).toBe(true);
  });
});

describe("formatBytes", () => {
  it("reads as people write sizes", () => {
    expect(formatBytes(5 * 1024 * 1024)).toBe("5 MB");
    expect(formatBytes(1.5 * 1024 * 1024)).toBe("1.5 MB");
    expect(formatBytes(500 * 1024)).toBe("500 KB");
  });
});

describe("fingerprint", () => {
  it("changes with any answer, the honeypot or another file, not with the same file again", () => {
    const fields = [field({ name: "a", type: "text" }), field({ name: "f", type: "file" })];
    const file = new File(["x"], "a.pdf", { lastModified: 1 });
    const base = fingerprint(fields, { a: "x", f: file }, "");
    expect(
      fingerprint(fields, { a: "x", f: new File(["y"], "a.pdf", { lastModified: 1 }) }, ""),
    ).toBe(base);
    expect(fingerprint(fields, { a: "y", f: file }, "")).not.toBe(base);
    expect(fingerprint(fields, { a: "x", f: file }, "bot")).not.toBe(base);
    expect(
      fingerprint(fields, { a: "x", f: new File(["xy"], "a.pdf", { lastModified: 1 }) }, ""),
    ).not.toBe(base);
  });
});
