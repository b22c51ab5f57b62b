// expect: none
// The test expects the AbortError on purpose via assert.rejects, and the attract loop itself lets the abort propagate after switching the lamps off.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";

interface LampMatrix {
  frames: string[];
  show(frame: string): void;
  off(): void;
}

function fakeLamps(): LampMatrix {
  const frames: string[] = [];
  return {
    frames,
    show(frame) {
      frames.push(frame);
    },
    off() {
      frames.push("OFF");
    },
  };
}

const SEQUENCE = ["chase-left", "chase-right", "sparkle", "logo", "high-scores"];

async function runAttractMode(lamps: LampMatrix, frameMs: number, signal: AbortSignal): Promise<never> {
  try {
    for (let i = 0; ; i = (i + 1) % SEQUENCE.length) {
      signal.throwIfAborted();
      lamps.show(SEQUENCE[i]);
      await delay(frameMs, undefined, { signal });
    }
  } finally {
    lamps.off();
  }
}

describe("attract mode", () => {
  it("cycles the lamp sequence until a coin drop aborts it", async () => {
    const lamps = fakeLamps();
    const coinDrop = new AbortController();
    const attract = runAttractMode(lamps, 2, coinDrop.signal);
    setTimeout(() => coinDrop.abort(), 25);

    await assert.rejects(attract, { name: "AbortError" });
    assert.ok(lamps.frames.length > 3);
    assert.equal(lamps.frames.at(-1), "OFF");
    assert.deepEqual(lamps.frames.slice(0, 3), ["chase-left", "chase-right", "sparkle"]);
  });

  it("does not light anything when the game already started", async () => {
    const lamps = fakeLamps();
    const signal = AbortSignal.abort();
    await assert.rejects(runAttractMode(lamps, 2, signal), { name: "AbortError" });
    assert.deepEqual(lamps.frames, ["OFF"]);
  });

  it("keeps the reason the cabinet supplies on the abort", async () => {
    const lamps = fakeLamps();
    const tilt = new AbortController();
    const reason = new DOMException("tilt switch", "AbortError");
    const attract = runAttractMode(lamps, 5, tilt.signal);
    tilt.abort(reason);
    await assert.rejects(attract, (err: unknown) => {
      assert.ok(err instanceof Error);
      assert.equal(err.name, "AbortError");
      assert.equal(err.cause, reason);
      return true;
    });
  });

  it("stops at the cabinet timeout with the timeout as cause", async () => {
    const lamps = fakeLamps();
    const timeout = AbortSignal.timeout(30);
    const started = Date.now();
    await assert.rejects(runAttractMode(lamps, 10, timeout), (err: unknown) => {
      assert.ok(err instanceof Error && err.name === "AbortError");
      assert.equal((err.cause as Error | undefined)?.name, "TimeoutError");
      return true;
    });
    assert.ok(Date.now() - started >= 25);
    assert.ok(lamps.frames.length <= 5);
  });
});
