// expect: none
// the hold-timer helper forwards its signal to the sleep and to every valve call, and the tests assert that an abort surfaces as AbortError rather than a result
import { setTimeout as sleep } from "node:timers/promises";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(pattern?: RegExp | string): Promise<void>; toMatchObject(obj: object): Promise<void> };
};

interface ValveIo {
  divert(toDrain: boolean, opts: { signal?: AbortSignal }): Promise<void>;
  readTempC(opts: { signal?: AbortSignal }): Promise<number>;
}

const HOLD_TEMP_C = 63;

async function vatPasteurize(
  io: ValveIo,
  holdMs: number,
  opts: { signal?: AbortSignal; sampleEveryMs?: number } = {},
): Promise<{ minTempC: number }> {
  const { signal, sampleEveryMs = 5 } = opts;
  let minTempC = Infinity;
  await io.divert(false, { signal });
  const deadline = Date.now() + holdMs;
  while (Date.now() < deadline) {
    const t = await io.readTempC({ signal });
    minTempC = Math.min(minTempC, t);
    if (t < HOLD_TEMP_C) {
      await io.divert(true, { signal });
      throw new Error(`vat dropped to ${t}C during hold; milk diverted`);
    }
    await sleep(sampleEveryMs, undefined, { signal });
  }
  return { minTempC };
}

class FakeVat implements ValveIo {
  diverted: boolean[] = [];
  temps: number[] = [];

  async divert(toDrain: boolean, opts: { signal?: AbortSignal }): Promise<void> {
    opts.signal?.throwIfAborted();
    this.diverted.push(toDrain);
  }

  async readTempC(opts: { signal?: AbortSignal }): Promise<number> {
    opts.signal?.throwIfAborted();
    return this.temps.length > 1 ? this.temps.shift()! : (this.temps[0] ?? HOLD_TEMP_C + 1);
  }
}

describe("goat milk vat pasteurizer", () => {
  let vat: FakeVat;

  beforeEach(() => {
    vat = new FakeVat();
  });

  it("holds at temperature for the full period", async () => {
    vat.temps = [64.2, 63.8, 64.0];
    const result = await vatPasteurize(vat, 30, { sampleEveryMs: 5 });
    expect(result.minTempC).toBe(63.8);
    expect(vat.diverted).toEqual([false]);
  });

  it("diverts milk when the temperature sags", async () => {
    vat.temps = [64, 62.4];
    await expect(vatPasteurize(vat, 100)).rejects.toThrow(/dropped to 62.4C/);
    expect(vat.diverted).toEqual([false, true]);
  });

  it("stops the hold when the operator cancels", async () => {
    const controller = new AbortController();
    const run = vatPasteurize(vat, 10_000, { signal: controller.signal, sampleEveryMs: 20 });
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
  });

  it("honours a timeout signal from the batch scheduler", async () => {
    let caught: unknown = null;
    try {
      await vatPasteurize(vat, 10_000, { signal: AbortSignal.timeout(15), sampleEveryMs: 5 });
    } catch (err) {
      caught = err;
    }
    const name = caught instanceof Error ? caught.name : "";
    expect(["AbortError", "TimeoutError"].includes(name)).toBe(true);
    expect(vat.diverted).toEqual([false]);
  });
});
