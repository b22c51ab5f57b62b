// expect: none
// Correct: pollUntil calls probe() afresh on every attempt, and sharedOnce deliberately reuses one in-flight load (dropping it on failure) rather than retrying.
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";

export interface RakeStatus {
  rakerId: string;
  idle: boolean;
  pattern: "waves" | "circles" | "lines" | null;
  strokesDone: number;
}

export interface PollOptions {
  intervalMs?: number;
  maxAttempts?: number;
}

export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs = 200, maxAttempts = 25 }: PollOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const value = await probe();
    if (done(value)) return value;
    if (attempt >= maxAttempts) {
      throw new Error(`condition not met after ${maxAttempts} attempts`);
    }
    await delay(intervalMs);
  }
}

export function sharedOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let inflight: Promise<T> | undefined;
  return () => {
    if (inflight === undefined) {
      inflight = load().catch((err: unknown) => {
        inflight = undefined;
        throw err;
      });
    }
    return inflight;
  };
}

export function waitForRakerIdle(
  readStatus: (rakerId: string) => Promise<RakeStatus>,
  rakerId: string,
  options?: PollOptions,
): Promise<RakeStatus> {
  return pollUntil(() => readStatus(rakerId), (status) => status.idle, options);
}

describe("pollUntil", () => {
  let calls = 0;

  beforeEach(() => {
    calls = 0;
  });

  it("invokes the probe on every attempt", async () => {
    const value = await pollUntil(async () => ++calls, (n) => n >= 3, { intervalMs: 1 });
    assert.equal(value, 3);
    assert.equal(calls, 3);
  });

  it("gives up after maxAttempts", async () => {
    await assert.rejects(
      pollUntil(async () => ++calls, () => false, { intervalMs: 1, maxAttempts: 4 }),
      /after 4 attempts/,
    );
    assert.equal(calls, 4);
  });

  it("waits for a raker to finish its pattern", async () => {
    const statuses: RakeStatus[] = [
      { rakerId: "r1", idle: false, pattern: "waves", strokesDone: 10 },
      { rakerId: "r1", idle: false, pattern: "waves", strokesDone: 40 },
      { rakerId: "r1", idle: true, pattern: null, strokesDone: 64 },
    ];
    const read = async (_id: string) => statuses[Math.min(calls++, statuses.length - 1)];
    const final = await waitForRakerIdle(read, "r1", { intervalMs: 1 });
    assert.equal(final.strokesDone, 64);
  });
});

describe("sharedOnce", () => {
  it("shares a single load between concurrent callers", async () => {
    let loads = 0;
    const getLayout = sharedOnce(async () => {
      loads += 1;
      return ["stone-a", "stone-b", "moss-bed"];
    });
    const [a, b] = await Promise.all([getLayout(), getLayout()]);
    assert.equal(loads, 1);
    assert.equal(a, b);
  });

  it("loads again after a failure", async () => {
    let loads = 0;
    const getLayout = sharedOnce(async () => {
      loads += 1;
      if (loads === 1) throw new Error("gravel survey offline");
      return ["stone-a"];
    });
    await assert.rejects(getLayout(), /gravel survey offline/);
    assert.deepEqual(await getLayout(), ["stone-a"]);
    assert.equal(loads, 2);
  });
});
