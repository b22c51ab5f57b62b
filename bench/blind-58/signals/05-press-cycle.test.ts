// expect: no-swallowed-abort
// waitForIdle catches the AbortError raised when its timeout signal fires and returns normally, so afterEach disconnects a press that is still mid-cycle.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { once, type EventEmitter } from "node:events";

interface CycleResult {
  cycleId: string;
  plies: number;
  dwellSeconds: number;
  peakKpa: number;
}

interface DeckPress extends EventEmitter {
  readonly state: "idle" | "heating" | "pressing" | "venting";
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  startCycle(opts: { plies: number; dwellSeconds: number }): Promise<string>;
  lastResult(): CycleResult | undefined;
}

declare function createDeckPress(opts: { simulated: boolean; timeScale: number }): DeckPress;

async function waitForIdle(press: DeckPress, signal: AbortSignal): Promise<void> {
  if (press.state === "idle") return;
  try {
    await once(press, "idle", { signal });
  } catch (err) {
    if ((err as Error).name !== "AbortError") throw err;
  }
}

describe("skateboard press cycles", () => {
  let press: DeckPress;

  beforeEach(async () => {
    press = createDeckPress({ simulated: true, timeScale: 0.01 });
    await press.connect();
  });

  afterEach(async () => {
    await waitForIdle(press, AbortSignal.timeout(5_000));
    await press.disconnect();
  });

  it("completes a standard seven-ply cycle", async () => {
    const cycleId = await press.startCycle({ plies: 7, dwellSeconds: 600 });
    await waitForIdle(press, AbortSignal.timeout(10_000));
    const result = press.lastResult();
    assert.equal(result?.cycleId, cycleId);
    assert.equal(result?.plies, 7);
  });

  it("keeps peak pressure within the glue spec", async () => {
    await press.startCycle({ plies: 9, dwellSeconds: 900 });
    await waitForIdle(press, AbortSignal.timeout(10_000));
    const result = press.lastResult();
    assert.ok(result, "expected a cycle result");
    assert.ok(result.peakKpa <= 820, `peak ${result.peakKpa}kPa exceeds 820kPa`);
  });

  it("emits venting before idle", async () => {
    const seen: string[] = [];
    press.on("venting", () => seen.push("venting"));
    press.on("idle", () => seen.push("idle"));
    await press.startCycle({ plies: 7, dwellSeconds: 300 });
    await waitForIdle(press, AbortSignal.timeout(10_000));
    assert.deepEqual(seen, ["venting", "idle"]);
  });
});
