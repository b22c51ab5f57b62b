// expect: none
// waitForGravity forwards the test's AbortSignal to timers/promises setTimeout and rethrows aborts, so the poll loop stops promptly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";

interface GravityReading {
  fermenterId: string;
  specificGravity: number;
  tempC: number;
  at: number;
}

type ReadingSource = (fermenterId: string) => Promise<GravityReading>;

export async function waitForGravity(
  read: ReadingSource,
  fermenterId: string,
  target: number,
  opts: { signal: AbortSignal; intervalMs?: number },
): Promise<GravityReading> {
  const interval = opts.intervalMs ?? 1000;
  for (;;) {
    opts.signal.throwIfAborted();
    const reading = await read(fermenterId);
    if (reading.specificGravity <= target) {
      return reading;
    }
    await sleep(interval, undefined, { signal: opts.signal });
  }
}

function scriptedSource(values: number[]): ReadingSource {
  let i = 0;
  return async (fermenterId) => {
    const sg = values[Math.min(i, values.length - 1)];
    i += 1;
    return { fermenterId, specificGravity: sg, tempC: 19.5, at: Date.now() };
  };
}

test("resolves once gravity drops to the target", async () => {
  const ac = new AbortController();
  const source = scriptedSource([1.052, 1.031, 1.014, 1.010]);
  const reading = await waitForGravity(source, "FV-3", 1.012, { signal: ac.signal, intervalMs: 5 });
  assert.equal(reading.fermenterId, "FV-3");
  assert.equal(reading.specificGravity, 1.01);
});

test("stops polling when the controller aborts", async () => {
  const ac = new AbortController();
  let calls = 0;
  const source: ReadingSource = async (fermenterId) => {
    calls += 1;
    return { fermenterId, specificGravity: 1.05, tempC: 20, at: Date.now() };
  };

  const pending = waitForGravity(source, "FV-1", 1.01, { signal: ac.signal, intervalMs: 10_000 });
  setImmediate(() => ac.abort());

  await assert.rejects(pending, { name: "AbortError" });
  assert.equal(calls, 1);
});

test("rejects immediately with an already-aborted signal", async () => {
  const reason = new Error("shift ended");
  const source = scriptedSource([1.04]);
  await assert.rejects(
    waitForGravity(source, "FV-2", 1.01, { signal: AbortSignal.abort(reason) }),
    (err) => err === reason,
  );
});
