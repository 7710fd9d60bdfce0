import { useEffect, useRef, useState, type FormEvent } from "react";

import type { components } from "../../lib/api-types";
import { useFocusAfterRender } from "../../lib/use-focus-after-render";
import {
  initialAnswers,
  restoreAnswers,
  stepOf,
  STEPS,
  toRequest,
  validateStep,
  type Answers,
  type FieldErrors,
  type FieldName,
  type MatchOptions,
} from "./match-answers";
import { postMatch, type MatchResponse } from "./match-api";
import { MatchResults, RESULTS_HEADING_ID } from "./match-results";
import { InterestsStep, MeetingStep, PracticeStep, StyleStep, type StepProps } from "./match-steps";
import { TeamBody, TeamPageHeader } from "./team-parts";
import "./team.css";
import "./match-page.css";

type MatchPageData = components["schemas"]["MatchPage"];

const STEP_HEADING_ID = "match-step-heading";
const STEP_COMPONENTS = [PracticeStep, MeetingStep, InterestsStep, StyleStep] as const;
const HISTORY_KEY = "matcher";
const ALL_FIELDS = STEPS.flatMap((step) => step.fields);

/** Which request field an answer feeds (for clearing its error when it changes). */
const FIELD_OF: Record<keyof Answers, FieldName> = {
  states: "states",
  currentLicense: "current_license",
  targetLicense: "target_license",
  stage: "stage",
  format: "format",
  mode: "mode",
  availability: "availability",
  timeZone: "time_zone",
  specialties: "specialties",
  setting: "setting",
  style: "style",
};

function isFieldName(name: string): name is FieldName {
  return (ALL_FIELDS as readonly string[]).includes(name);
}

/** Tells this document's history entries from those a reload or a new visit inherits. */
const DOCUMENT_ID = Math.random().toString(36).slice(2);

interface Saved {
  document: string;
  answers: Answers;
  step: number;
  response: MatchResponse | null;
}

/**
 * The matcher's state as kept in its history entry: Back from a profile returns to the
 * same answers and results, while a new visit (or a full page load) starts afresh.
 */
function readSaved(options: MatchOptions): Omit<Saved, "document"> | null {
  const state = window.history.state as Record<string, unknown> | null;
  const saved = state?.[HISTORY_KEY] as Partial<Saved> | undefined;
  if (saved?.document !== DOCUMENT_ID) return null;
  const answers = restoreAnswers(saved.answers, options);
  if (!answers) return null;
  const step = typeof saved.step === "number" && STEPS[saved.step] ? saved.step : 0;
  const response =
    typeof saved.response === "object" && saved.response !== null && "results" in saved.response
      ? saved.response
      : null;
  return { answers, step, response };
}

function StepIndicator({ step }: { step: number }) {
  return (
    <div className="match-progress">
      <p className="match-progress__count">
        Step {step + 1} of {STEPS.length}
      </p>
      <ol className="match-progress__steps" aria-label="Steps">
        {STEPS.map((item, index) => (
          <li
            key={item.title}
            className={index < step ? "is-done" : index === step ? "is-current" : undefined}
            aria-current={index === step ? "step" : undefined}
          >
            <span className="match-progress__title">{item.title}</span>
            {index < step ? <span className="visually-hidden"> (done)</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

const MESSAGES = {
  throttled: "Too many requests, try again in a minute.",
  failed:
    "We couldn't reach the matcher. Check your connection, then choose “Find my matches” to try again.",
};

/** The multi-step form, then its results; answers survive Back, Next and "Change my answers". */
function Matcher({
  options,
  noResultsText,
  path,
}: {
  options: MatchOptions;
  noResultsText: string;
  path: string;
}) {
  const [saved] = useState(() => readSaved(options));
  const [answers, setAnswers] = useState<Answers>(() => saved?.answers ?? initialAnswers(options));
  const [step, setStep] = useState(saved?.step ?? 0);
  const [response, setResponse] = useState<MatchResponse | null>(saved?.response ?? null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState("");
  const [sending, setSending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const controller = useRef<AbortController | null>(null);
  const focusLater = useFocusAfterRender();

  useEffect(() => () => controller.current?.abort(), []);

  useEffect(() => {
    // Only while this page's entry is current (not after a link has pushed another).
    if (window.location.pathname !== path) return;
    const state = (window.history.state ?? {}) as Record<string, unknown>;
    const entry: Saved = { document: DOCUMENT_ID, answers, step, response };
    try {
      window.history.replaceState({ ...state, [HISTORY_KEY]: entry }, "");
    } catch {
      // Browsers limit how often history may change; the answers are still in state.
    }
  }, [path, answers, step, response]);

  const update = (patch: Partial<Answers>) => {
    setAnswers((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch) as (keyof Answers)[]) delete next[FIELD_OF[key]];
      return next;
    });
  };

  const goTo = (next: number) => {
    setStep(next);
    setAlert("");
    focusLater(() => document.getElementById(STEP_HEADING_ID));
  };

  const showErrors = (fieldErrors: FieldErrors) => {
    const first = ALL_FIELDS.find((field) => fieldErrors[field]);
    setErrors(fieldErrors);
    if (first) {
      setStep(stepOf(first));
      focusLater(() =>
        formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"] :is(input, select)`),
      );
    }
  };

  const submit = async () => {
    setSending(true);
    setAlert("");
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    let outcome;
    try {
      outcome = await postMatch(toRequest(answers, options), current.signal);
    } catch {
      return; // Aborted: the page is going away.
    }
    setSending(false);
    if (outcome.kind === "ok") {
      setResponse(outcome.response);
      focusLater(() => document.getElementById(RESULTS_HEADING_ID));
    } else if (outcome.kind === "invalid") {
      const fieldErrors: FieldErrors = {};
      const other: string[] = [];
      for (const [name, message] of Object.entries(outcome.fields)) {
        if (isFieldName(name)) fieldErrors[name] = message;
        else other.push(message);
      }
      setAlert([outcome.message, ...other].join(" "));
      showErrors(fieldErrors);
    } else {
      setAlert(MESSAGES[outcome.kind]);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const last = step === STEPS.length - 1;
    // The last step checks them all: answers restored from history may have gone stale.
    const toCheck = last ? STEPS.map((_, index) => index) : [step];
    const stepErrors = Object.assign(
      {},
      ...toCheck.map((index) => validateStep(index, answers, options)),
    ) as FieldErrors;
    if (Object.keys(stepErrors).length > 0) {
      showErrors(stepErrors);
      return;
    }
    // Keep what the server said about later steps until those steps are checked.
    const checked = new Set(toCheck.flatMap((index) => STEPS[index]?.fields ?? []));
    setErrors((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([field]) => !checked.has(field as FieldName)),
      ),
    );
    if (last) void submit();
    else goTo(step + 1);
  };

  if (response) {
    return (
      <MatchResults
        response={response}
        noResultsText={noResultsText}
        onChangeAnswers={() => {
          setResponse(null);
          goTo(0);
        }}
      />
    );
  }

  const StepFields = STEP_COMPONENTS[step] ?? PracticeStep;
  const stepProps: StepProps = { answers, options, errors, update };
  const last = step === STEPS.length - 1;

  return (
    <form ref={formRef} className="matcher" noValidate onSubmit={onSubmit}>
      <StepIndicator step={step} />
      <h2 id={STEP_HEADING_ID} className="matcher__heading" tabIndex={-1}>
        {STEPS[step]?.title}
      </h2>
      <div className="matcher__fields">
        <StepFields {...stepProps} />
      </div>
      <div className="matcher__alert" role="alert">
        {alert}
      </div>
      <div className="matcher__actions">
        {step > 0 ? (
          <button type="button" className="button button--secondary" onClick={() => goTo(step - 1)}>
            Back
          </button>
        ) : null}
        {last ? (
          <button
            type="submit"
            className="button button--primary"
            aria-disabled={sending ? true : undefined}
          >
            {sending ? "Finding your matches…" : "Find my matches"}
          </button>
        ) : (
          <button type="submit" className="button button--primary">
            Next
          </button>
        )}
      </div>
    </form>
  );
}

export default function MatchPage({ page }: { page: MatchPageData }) {
  return (
    <article className="match-page container">
      <TeamPageHeader title={page.title} intro={page.intro} />
      <TeamBody blocks={page.body} />
      <div className="match-panel">
        <Matcher options={page.options} noResultsText={page.no_results_text} path={page.path} />
      </div>
    </article>
  );
}
