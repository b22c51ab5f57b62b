// expect: none
// withDeadline clears its timer in finally and aborts the losing request through its own controller, and the test's controller is aborted in afterEach so nothing outlives a test.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";

interface VanLocation {
  vanId: string;
  lat: number;
  lon: number;
}

class DeadlineError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = "DeadlineError";
  }
}

async function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  ms: number,
  outer?: AbortSignal,
): Promise<T> {
  const controller = new AbortController();
  const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(ms)), ms);
  });
  try {
    return await Promise.race([work(signal), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

function fakeTracker(latencyMs: number) {
  const seen: AbortSignal[] = [];
  return {
    seen,
    async locate(vanId: string, signal: AbortSignal): Promise<VanLocation> {
      seen.push(signal);
      await delay(latencyMs, undefined, { signal });
      return { vanId, lat: 51.5 + vanId.length / 100, lon: -0.12 };
    },
  };
}

describe("withDeadline", () => {
  let testController: AbortController;

  beforeEach(() => {
    testController = new AbortController();
  });

  afterEach(() => {
    testController.abort();
  });

  it("returns the van location when the tracker is fast", async () => {
    const tracker = fakeTracker(5);
    const loc = await withDeadline((s) => tracker.locate("VAN-12", s), 200, testController.signal);
    assert.equal(loc.vanId, "VAN-12");
    assert.equal(tracker.seen[0].aborted, true, "loser cleanup aborts the finished request's signal");
  });

  it("rejects with DeadlineError and cancels a slow tracker", async () => {
    const tracker = fakeTracker(1_000);
    await assert.rejects(
      withDeadline((s) => tracker.locate("VAN-7", s), 20, testController.signal),
      DeadlineError,
    );
    assert.equal(tracker.seen[0].aborted, true);
  });

  it("propagates the caller's abort", async () => {
    const tracker = fakeTracker(1_000);
    const pending = withDeadline((s) => tracker.locate("VAN-3", s), 5_000, testController.signal);
    testController.abort();
    await assert.rejects(pending, { name: "AbortError" });
  });
});
