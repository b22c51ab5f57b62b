// expect: none
// the CNC retry helper rethrows as soon as the signal is aborted and only retries other failures, and its backoff sleep takes the same signal
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";

interface CarvePass {
  blankId: string;
  pass: "rough" | "shaft" | "blade-face" | "blade-back";
  depthMm: number;
}

type Spindle = (pass: CarvePass, signal: AbortSignal) => Promise<number>;

async function carveWithRetry(
  spindle: Spindle,
  pass: CarvePass,
  signal: AbortSignal,
  attempts = 3,
): Promise<number> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await spindle(pass, signal);
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      lastError = err;
      await sleep(5 * (i + 1), undefined, { signal });
    }
  }
  throw lastError;
}

function flakySpindle(failures: number): Spindle & { calls: number } {
  const fn = (async (pass: CarvePass, signal: AbortSignal) => {
    signal.throwIfAborted();
    fn.calls++;
    if (fn.calls <= failures) throw new Error(`tool chatter on ${pass.pass}`);
    return pass.depthMm * 12;
  }) as Spindle & { calls: number };
  fn.calls = 0;
  return fn;
}

function slowSpindle(ms: number): Spindle {
  return async (pass, signal) => {
    await sleep(ms, undefined, { signal });
    return pass.depthMm;
  };
}

const shaftPass: CarvePass = { blankId: "ash-0412", pass: "shaft", depthMm: 3 };

describe("paddle CNC retry", () => {
  it("returns the removed volume on first success", async () => {
    const spindle = flakySpindle(0);
    const volume = await carveWithRetry(spindle, shaftPass, new AbortController().signal);
    assert.equal(volume, 36);
    assert.equal(spindle.calls, 1);
  });

  it("retries tool chatter", async () => {
    const spindle = flakySpindle(2);
    const volume = await carveWithRetry(spindle, shaftPass, new AbortController().signal);
    assert.equal(volume, 36);
    assert.equal(spindle.calls, 3);
  });

  it("gives up after the attempt budget", async () => {
    const spindle = flakySpindle(5);
    await assert.rejects(carveWithRetry(spindle, shaftPass, new AbortController().signal), /tool chatter/);
    assert.equal(spindle.calls, 3);
  });

  it("stops immediately when the operator hits e-stop", async () => {
    const estop = new AbortController();
    const pending = carveWithRetry(slowSpindle(1_000), shaftPass, estop.signal);
    estop.abort(new DOMException("e-stop pressed", "AbortError"));
    await assert.rejects(pending, (err: unknown) => {
      assert.ok(err instanceof DOMException);
      assert.equal(err.name, "AbortError");
      return true;
    });
  });

  it("does not call the spindle at all once aborted", async () => {
    const spindle = flakySpindle(0);
    const estop = new AbortController();
    estop.abort();
    await assert.rejects(carveWithRetry(spindle, shaftPass, estop.signal), { name: "AbortError" });
    assert.equal(spindle.calls, 0);
  });
});
