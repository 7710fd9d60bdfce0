/**
 * The matcher's answers as the form holds them (strings, as controls do), their
 * validation step by step, and the request body they become.
 */
import type { components } from "../../lib/api-types";
import { zoneOffsets } from "../../lib/event-time";

type Schemas = components["schemas"];
export type MatchOptions = Schemas["MatchOptions"];
export type MatchRequest = Schemas["MatchAnswersRequest"];
type StylePreference = NonNullable<MatchRequest["style"]>;
export type StyleKey = keyof StylePreference;

export interface Answers {
  /** State codes. */
  states: string[];
  /** License type ids ("" when none). */
  currentLicense: string;
  targetLicense: string;
  stage: string;
  format: string;
  mode: string;
  /** Cells of the week as "<weekday>:<part>", e.g. "1:afternoon". */
  availability: string[];
  timeZone: string;
  /** Specialty ids in priority order; "" for an unused choice. */
  specialties: [string, string, string];
  setting: string;
  /** 1–5 per scale, as strings; "" (or missing) for no preference. */
  style: Partial<Record<StyleKey, string>>;
}

/** The request fields, which the API also uses to report errors. */
export type FieldName =
  | "states"
  | "current_license"
  | "target_license"
  | "stage"
  | "format"
  | "mode"
  | "time_zone"
  | "availability"
  | "specialties"
  | "setting"
  | "style";

export type FieldErrors = Partial<Record<FieldName, string>>;

export interface Step {
  title: string;
  /** The step's fields in the order they appear on screen. */
  fields: readonly FieldName[];
}

export const STEPS: readonly Step[] = [
  { title: "Where you practise", fields: ["states", "current_license", "target_license", "stage"] },
  { title: "How you'd like to meet", fields: ["format", "mode", "time_zone", "availability"] },
  { title: "What matters to you", fields: ["specialties", "setting"] },
  { title: "Your style", fields: ["style"] },
];

/** The step that asks for a field (the last one for anything unknown). */
export function stepOf(field: string): number {
  const index = STEPS.findIndex((step) => (step.fields as readonly string[]).includes(field));
  return index === -1 ? STEPS.length - 1 : index;
}

// The options' license types, specialties and scales arrive as string maps.
export interface LicenseOption {
  id: string;
  code: string;
  name: string;
  state: string;
}

export interface SpecialtyOption {
  id: string;
  name: string;
}

export interface ScaleOption {
  key: StyleKey;
  low: string;
  high: string;
}

export function licenseOptions(options: MatchOptions): LicenseOption[] {
  return options.license_types.map((item) => ({
    id: item.id ?? "",
    code: item.code ?? "",
    name: item.name ?? "",
    state: item.state ?? "",
  }));
}

export function specialtyOptions(options: MatchOptions): SpecialtyOption[] {
  return options.specialties.map((item) => ({ id: item.id ?? "", name: item.name ?? "" }));
}

const STYLE_KEYS: readonly StyleKey[] = ["structure", "direction", "teaching"];

export function scaleOptions(options: MatchOptions): ScaleOption[] {
  return options.style_scales.flatMap((item) => {
    const key = STYLE_KEYS.find((candidate) => candidate === item.value);
    return key ? [{ key, low: item.low ?? "", high: item.high ?? "" }] : [];
  });
}

/** The license types issued in the chosen states (all of them before any is chosen). */
export function licensesFor(options: MatchOptions, states: readonly string[]): LicenseOption[] {
  const all = licenseOptions(options);
  return states.length === 0 ? all : all.filter((license) => states.includes(license.state));
}

/** The browser's own zone among `offered`, or "" when it is none of them. Read from the
 * clock's offsets rather than from `Intl`, whose first use costs a phone 13–20 ms of
 * main-thread work before the matcher can paint. */
function browserZoneAmong(offered: readonly string[]): string {
  // The matcher's zones (``team.models.TIME_ZONES``) are event zones too: their January
  // and July offsets tell them apart, daylight saving included.
  const known = offered.map((zone) => [zone, zoneOffsets(zone)] as const);
  if (known.every(([, offsets]) => offsets)) {
    const year = new Date().getFullYear();
    const winter = -new Date(year, 0, 1).getTimezoneOffset();
    const summer = -new Date(year, 6, 1).getTimezoneOffset();
    const match = known.find(([, offsets]) => offsets?.[0] === winter && offsets[1] === summer);
    return match?.[0] ?? "";
  }
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return offered.includes(zone) ? zone : "";
  } catch {
    return ""; // No Intl time zone support: fall back below.
  }
}

/** The visitor's own time zone when the matcher offers it (a zone that keeps the same
 * clock, Vancouver's for Seattle's, counts), else Mountain time. */
export function defaultTimeZone(options: MatchOptions): string {
  const offered = options.time_zones.map((zone) => zone.value);
  const browserZone = browserZoneAmong(offered);
  if (browserZone) return browserZone;
  return offered.includes("America/Denver") ? "America/Denver" : (offered[0] ?? "");
}

export function initialAnswers(options: MatchOptions): Answers {
  const modes = options.modes.map((mode) => mode.value);
  return {
    states: [],
    currentLicense: "",
    targetLicense: "",
    stage: "",
    format: "",
    mode: modes.includes("either") ? "either" : (modes[0] ?? ""),
    availability: [],
    timeZone: defaultTimeZone(options),
    specialties: ["", "", ""],
    setting: "",
    style: {},
  };
}

export function cellKey(weekday: string, part: string): string {
  return `${weekday}:${part}`;
}

/** What is missing or inconsistent on a step, by field; empty when the step is done. */
export function validateStep(step: number, answers: Answers, options: MatchOptions): FieldErrors {
  const errors: FieldErrors = {};
  if (step === 0) {
    if (answers.states.length === 0)
      errors.states = "Choose at least one state where you practise.";
    const target = licenseOptions(options).find((item) => item.id === answers.targetLicense);
    if (!target) {
      errors.target_license = "Choose the license you're working toward.";
    } else if (answers.states.length > 0 && !answers.states.includes(target.state)) {
      const stateName = options.states.find((state) => state.code === target.state)?.name;
      errors.target_license = `${target.code} is issued in ${stateName ?? target.state}: add that state above, or choose another license.`;
    }
    if (!answers.stage) errors.stage = "Choose where you are in your licensure.";
  } else if (step === 1) {
    if (!answers.format) errors.format = "Choose a supervision format.";
    if (!answers.mode) errors.mode = "Choose how you'd like to meet.";
    if (!answers.timeZone) errors.time_zone = "Choose your time zone.";
    if (answers.availability.length === 0) {
      errors.availability = "Choose at least one time in your week when you could meet.";
    }
  } else if (step === 2) {
    const chosen = answers.specialties.filter(Boolean);
    if (new Set(chosen).size !== chosen.length) {
      errors.specialties = "Choose each specialty only once.";
    }
  }
  return errors;
}

/** The request body for `POST /api/match/`, with optional answers left out when unset. */
export function toRequest(answers: Answers, options: MatchOptions): MatchRequest {
  const weekdays = options.weekdays.map((day) => day.value);
  const parts = options.parts_of_day.map((part) => part.value);
  const availability: MatchRequest["availability"] = [];
  // In the order of the week, whatever order the boxes were ticked in.
  for (const weekday of weekdays) {
    for (const part of parts) {
      if (answers.availability.includes(cellKey(weekday, part))) {
        availability.push({
          weekday: Number(weekday),
          part: part as MatchRequest["availability"][number]["part"],
        });
      }
    }
  }
  const style: StylePreference = {};
  for (const key of STYLE_KEYS) {
    const value = answers.style[key];
    if (value) style[key] = Number(value);
  }
  return {
    states: answers.states,
    ...(answers.currentLicense ? { current_license: Number(answers.currentLicense) } : {}),
    target_license: Number(answers.targetLicense),
    stage: answers.stage as MatchRequest["stage"],
    format: answers.format as MatchRequest["format"],
    mode: answers.mode as MatchRequest["mode"],
    availability,
    time_zone: answers.timeZone as MatchRequest["time_zone"],
    specialties: answers.specialties.filter(Boolean).map(Number),
    setting: answers.setting as MatchRequest["setting"],
    ...(Object.keys(style).length > 0 ? { style } : {}),
  };
}

/**
 * Answers read back from elsewhere (the history entry), kept only where the options
 * still offer them.
 */
export function restoreAnswers(saved: unknown, options: MatchOptions): Answers | null {
  if (typeof saved !== "object" || saved === null) return null;
  const raw = saved as Partial<Record<keyof Answers, unknown>>;
  const fresh = initialAnswers(options);
  const text = (value: unknown, allowed: readonly string[], fallback: string) =>
    typeof value === "string" && allowed.includes(value) ? value : fallback;
  const list = (value: unknown, allowed: readonly string[]) =>
    Array.isArray(value)
      ? value.filter((item): item is string => typeof item === "string" && allowed.includes(item))
      : [];

  const licenseIds = licenseOptions(options).map((item) => item.id);
  const specialtyIds = specialtyOptions(options).map((item) => item.id);
  const cells = options.weekdays.flatMap((day) =>
    options.parts_of_day.map((part) => cellKey(day.value, part.value)),
  );
  const savedSpecialties = Array.isArray(raw.specialties) ? raw.specialties : [];
  const savedStyle = (
    typeof raw.style === "object" && raw.style !== null ? raw.style : {}
  ) as Record<string, unknown>;
  const style: Answers["style"] = {};
  for (const key of STYLE_KEYS) {
    const value = text(savedStyle[key], ["1", "2", "3", "4", "5"], "");
    if (value) style[key] = value;
  }
  return {
    states: list(
      raw.states,
      options.states.map((state) => state.code),
    ),
    currentLicense: text(raw.currentLicense, licenseIds, ""),
    targetLicense: text(raw.targetLicense, licenseIds, ""),
    stage: text(
      raw.stage,
      options.stages.map((item) => item.value),
      "",
    ),
    format: text(
      raw.format,
      options.formats.map((item) => item.value),
      "",
    ),
    mode: text(
      raw.mode,
      options.modes.map((item) => item.value),
      fresh.mode,
    ),
    availability: list(raw.availability, cells),
    timeZone: text(
      raw.timeZone,
      options.time_zones.map((item) => item.value),
      fresh.timeZone,
    ),
    specialties: [0, 1, 2].map((index) =>
      text(savedSpecialties[index], specialtyIds, ""),
    ) as Answers["specialties"],
    setting: text(
      raw.setting,
      options.work_settings.map((item) => item.value),
      "",
    ),
    style,
  };
}
