import { describe, expect, it, vi } from "vitest";

import {
  csrfRequests,
  csrfToken,
  mockFetchWithCsrf,
  mockPosts,
  sentPosts,
  type SentPost,
} from "../../test/csrf";
import { jsonResponse } from "../../test/fixtures";
import { CSRF_URL } from "../csrf";
import { postFormData, postJson } from "../post-json";

const isThing = (data: unknown): data is { ok: true } =>
  typeof data === "object" && data !== null && "ok" in data;

const csrfFailed = () =>
  jsonResponse(
    {
      error: {
        code: "csrf_failed",
        message: "Your session expired: reload the page and try again.",
      },
    },
    403,
  );

describe("postJson", () => {
  it("posts JSON with the caller's headers and the CSRF token, and returns an accepted body", async () => {
    const fetchMock = mockPosts(jsonResponse({ ok: true }, 201));
    const outcome = await postJson(
      "/api/x/",
      { a: 1 },
      { headers: { "Idempotency-Key": "k" }, keepalive: true, accept: isThing },
    );
    expect(outcome).toEqual({ kind: "ok", status: 201, data: { ok: true } });
    const [tokenUrl, tokenInit] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(tokenUrl).toBe(CSRF_URL);
    expect(tokenUrl).toBe("/api/csrf/");
    expect(tokenInit.credentials).toBe("same-origin");
    expect(tokenInit.method ?? "GET").toBe("GET");

    const [{ url, init }] = sentPosts(fetchMock) as [SentPost];
    expect(url).toBe("/api/x/");
    expect(init).toMatchObject({
      method: "POST",
      body: '{"a":1}',
      keepalive: true,
      credentials: "same-origin",
    });
    expect(init.headers).toEqual({
      "Content-Type": "application/json",
      Accept: "application/json",
      "X-CSRFToken": csrfToken.token,
      "Idempotency-Key": "k",
    });
  });

  it("flattens field errors of a 400 into their top-level field", async () => {
    mockPosts(
      jsonResponse(
        {
          error: {
            code: "invalid",
            message: "Check these",
            fields: { name: ["Too long."], "availability.1.weekday": ["Bad day."] },
          },
        },
        400,
      ),
    );
    expect(await postJson("/api/x/", {}, { accept: isThing })).toEqual({
      kind: "invalid",
      message: "Check these",
      fields: { name: "Too long.", availability: "Bad day." },
    });
  });

  it("tells throttling, refusals, server failures and network failures apart", async () => {
    mockPosts(
      jsonResponse({ error: { code: "throttled", message: "Wait" } }, 429),
      jsonResponse({ error: { code: "comments_closed", message: "Closed." } }, 403),
      jsonResponse({ error: { code: "too_large", message: "Too large." } }, 413),
      new Response("<html>Bad gateway</html>", { status: 502 }),
      jsonResponse({ unexpected: true }, 200),
      new TypeError("Failed to fetch"),
    );
    const send = () => postJson("/api/x/", {}, { accept: isThing });
    expect(await send()).toEqual({ kind: "throttled" });
    expect(await send()).toEqual({
      kind: "refused",
      status: 403,
      code: "comments_closed",
      message: "Closed.",
    });
    expect(await send()).toEqual({
      kind: "refused",
      status: 413,
      code: "too_large",
      message: "Too large.",
    });
    expect(await send()).toEqual({ kind: "failed", reason: "server" });
    expect(await send()).toEqual({ kind: "failed", reason: "server" });
    expect(await send()).toEqual({ kind: "failed", reason: "network" });
  });

  it("lets an abort through to the caller", async () => {
    const controller = new AbortController();
    controller.abort();
    mockPosts(Object.assign(new Error("Aborted"), { name: "AbortError" }));
    await expect(
      postJson("/api/x/", {}, { signal: controller.signal, accept: isThing }),
    ).rejects.toThrow("Aborted");
  });
});

describe("the CSRF token", () => {
  it("is fetched once and reused by every later post, even posts sent together", async () => {
    const fetchMock = mockFetchWithCsrf(() => jsonResponse({ ok: true }));
    await Promise.all([
      postJson("/api/a/", {}, { accept: isThing }),
      postJson("/api/b/", {}, { accept: isThing }),
    ]);
    await postJson("/api/c/", {}, { accept: isThing });

    expect(csrfRequests(fetchMock)).toBe(1);
    const posts = sentPosts(fetchMock);
    expect(posts.map((post) => post.url)).toEqual(["/api/a/", "/api/b/", "/api/c/"]);
    for (const post of posts) expect(post.headers["X-CSRFToken"]).toBe(csrfToken.token);
  });

  it("is sent in the header the API names", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: RequestInfo | URL) =>
        String(input) === CSRF_URL
          ? jsonResponse({ token: "t0k3n", header: "X-Other-Token" })
          : jsonResponse({ ok: true }),
      ),
    );
    await postJson("/api/x/", {}, { accept: isThing });
    const [, init] = vi.mocked(fetch).mock.calls[1] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ "X-Other-Token": "t0k3n" });
    expect(init.headers).not.toHaveProperty("X-CSRFToken");
  });

  it("is fetched again when the API finds it stale, and the post is retried once", async () => {
    let tokens = 0;
    const answers = [csrfFailed(), jsonResponse({ ok: true }, 201)];
    const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
      if (String(input) === CSRF_URL) {
        tokens += 1;
        return jsonResponse({ token: `token-${tokens}`, header: "X-CSRFToken" });
      }
      return answers.shift() ?? jsonResponse({ ok: true });
    });
    vi.stubGlobal("fetch", fetchMock);

    const outcome = await postJson(
      "/api/x/",
      { a: 1 },
      { headers: { "Idempotency-Key": "k" }, accept: isThing },
    );

    expect(outcome).toEqual({ kind: "ok", status: 201, data: { ok: true } });
    expect(csrfRequests(fetchMock)).toBe(2);
    const posts = sentPosts(fetchMock);
    expect(posts).toHaveLength(2);
    expect(posts.map((post) => post.headers["X-CSRFToken"])).toEqual(["token-1", "token-2"]);
    // The same request again: same body, same idempotency key.
    expect(posts[1]?.init.body).toBe(posts[0]?.init.body);
    expect(posts[1]?.headers["Idempotency-Key"]).toBe("k");

    // The new token serves the posts after it.
    await postJson("/api/y/", {}, { accept: isThing });
    expect(csrfRequests(fetchMock)).toBe(2);
    expect(sentPosts(fetchMock)[2]?.headers["X-CSRFToken"]).toBe("token-2");
  });

  it("is renewed only once: a second refusal is the answer", async () => {
    const fetchMock = mockPosts(csrfFailed(), csrfFailed(), jsonResponse({ ok: true }));
    const outcome = await postJson("/api/x/", {}, { accept: isThing });
    expect(outcome).toEqual({
      kind: "refused",
      status: 403,
      code: "csrf_failed",
      message: "Your session expired: reload the page and try again.",
    });
    expect(sentPosts(fetchMock)).toHaveLength(2);
    expect(csrfRequests(fetchMock)).toBe(2);
  });

  it("is not renewed for other refusals", async () => {
    const fetchMock = mockPosts(
      jsonResponse({ error: { code: "untrusted_origin", message: "No." } }, 403),
    );
    const outcome = await postJson("/api/x/", {}, { accept: isThing });
    expect(outcome).toMatchObject({ kind: "refused", code: "untrusted_origin" });
    expect(csrfRequests(fetchMock)).toBe(1);
    expect(sentPosts(fetchMock)).toHaveLength(1);
  });

  it("is not fetched for an API on another origin, which CORS allows instead", async () => {
    const fetchMock = mockPosts(jsonResponse({ ok: true }));
    const outcome = await postJson(
      "https://api.firelight.example/api/match/",
      {},
      {
        accept: isThing,
      },
    );
    expect(outcome.kind).toBe("ok");
    expect(fetchMock).toHaveBeenCalledOnce();
    const [{ url, headers }] = sentPosts(fetchMock) as [SentPost];
    expect(url).toBe("https://api.firelight.example/api/match/");
    expect(headers).not.toHaveProperty("X-CSRFToken");
  });

  it("makes the post fail, not hang, when it cannot be fetched; the next post asks again", async () => {
    const tokenAnswers: (Response | Error)[] = [
      new TypeError("Failed to fetch"),
      new Response("<html>Bad gateway</html>", { status: 502 }),
    ];
    const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
      if (String(input) === CSRF_URL) {
        const next = tokenAnswers.shift() ?? jsonResponse(csrfToken);
        if (next instanceof Error) throw next;
        return next;
      }
      return jsonResponse({ ok: true });
    });
    vi.stubGlobal("fetch", fetchMock);

    const send = () => postJson("/api/x/", {}, { accept: isThing });
    expect(await send()).toEqual({ kind: "failed", reason: "network" });
    expect(await send()).toEqual({ kind: "failed", reason: "server" });
    expect(sentPosts(fetchMock)).toHaveLength(0);
    expect((await send()).kind).toBe("ok");
    expect(csrfRequests(fetchMock)).toBe(3);
  });
});

describe("postFormData", () => {
  it("posts multipart (the browser sets its boundary) with the CSRF token", async () => {
    const fetchMock = mockPosts(jsonResponse({ ok: true }, 201));
    const body = new FormData();
    body.append("a", "1");
    const outcome = await postFormData("/api/x/", body, {
      headers: { "Idempotency-Key": "k" },
      accept: isThing,
    });
    expect(outcome.kind).toBe("ok");
    const [{ init, headers }] = sentPosts(fetchMock) as [SentPost];
    expect(init.body).toBe(body);
    expect(headers).toEqual({
      Accept: "application/json",
      "X-CSRFToken": csrfToken.token,
      "Idempotency-Key": "k",
    });
  });
});

describe("an API_BASE on another origin", () => {
  it("sends the app's posts without asking for a token", async () => {
    vi.stubEnv("VITE_API_BASE_URL", "https://api.firelight.example");
    vi.resetModules();
    try {
      const { postMatch, MATCH_URL } = await import("../../features/team/match-api");
      const fetchMock = mockPosts(jsonResponse({ results: [] }));
      expect(MATCH_URL).toBe("https://api.firelight.example/api/match/");
      await postMatch({} as Parameters<typeof postMatch>[0]);
      expect(fetchMock).toHaveBeenCalledOnce();
      expect(String(fetchMock.mock.calls[0]?.[0])).toBe(MATCH_URL);
      expect(sentPosts(fetchMock)[0]?.headers).not.toHaveProperty("X-CSRFToken");
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
