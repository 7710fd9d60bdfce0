import { describe, expect, it, vi } from "vitest";

import { jsonResponse } from "../../test/fixtures";
import { postJson } from "../post-json";

const isThing = (data: unknown): data is { ok: true } =>
  typeof data === "object" && data !== null && "ok" in data;

function answer(response: Response | Error) {
  const fetchMock = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

describe("postJson", () => {
  it("posts JSON with the caller's headers and returns an accepted body", async () => {
    const fetchMock = answer(jsonResponse({ ok: true }, 201));
    const outcome = await postJson(
      "/api/x/",
      { a: 1 },
      { headers: { "Idempotency-Key": "k" }, keepalive: true, accept: isThing },
    );
    expect(outcome).toEqual({ kind: "ok", status: 201, data: { ok: true } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/x/");
    expect(init).toMatchObject({ method: "POST", body: '{"a":1}', keepalive: true });
    expect(init.headers).toEqual({
      "Content-Type": "application/json",
      Accept: "application/json",
      "Idempotency-Key": "k",
    });
  });

  it("flattens field errors of a 400 into their top-level field", async () => {
    answer(
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
    answer(jsonResponse({ error: { code: "throttled", message: "Wait" } }, 429));
    expect(await postJson("/api/x/", {}, { accept: isThing })).toEqual({ kind: "throttled" });

    answer(jsonResponse({ error: { code: "comments_closed", message: "Closed." } }, 403));
    expect(await postJson("/api/x/", {}, { accept: isThing })).toEqual({
      kind: "refused",
      status: 403,
      code: "comments_closed",
      message: "Closed.",
    });

    answer(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(await postJson("/api/x/", {}, { accept: isThing })).toEqual({
      kind: "failed",
      reason: "server",
    });

    answer(jsonResponse({ unexpected: true }, 200));
    expect(await postJson("/api/x/", {}, { accept: isThing })).toEqual({
      kind: "failed",
      reason: "server",
    });

    answer(new TypeError("Failed to fetch"));
    expect(await postJson("/api/x/", {}, { accept: isThing })).toEqual({
      kind: "failed",
      reason: "network",
    });
  });

  it("lets an abort through to the caller", async () => {
    const controller = new AbortController();
    controller.abort();
    answer(Object.assign(new Error("Aborted"), { name: "AbortError" }));
    await expect(
      postJson("/api/x/", {}, { signal: controller.signal, accept: isThing }),
    ).rejects.toThrow("Aborted");
  });
});
