// expect: none
// The test's signal is forwarded to every pressure read and to the settle delay, and an abort surfaces as a rejected AbortError that the test asserts on.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeLessThan(n: number): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void>; toMatchObject(obj: object): Promise<void> };
};

interface BurnerGauge {
  pressureBar(cylinder: number, opts: { signal: AbortSignal }): Promise<number>;
}

interface PreflightResult {
  cylinders: number[];
  minBar: number;
  pilotLightOk: boolean;
}

async function burnerPreflight(gauge: BurnerGauge, cylinders: number[], signal: AbortSignal): Promise<PreflightResult> {
  const readings: number[] = [];
  for (const cylinder of cylinders) {
    await sleep(5, undefined, { signal });
    readings.push(await gauge.pressureBar(cylinder, { signal }));
  }
  const minBar = Math.min(...readings);
  if (minBar < 4) {
    throw new Error(`cylinder pressure too low for launch (${minBar.toFixed(1)} bar)`);
  }
  return { cylinders, minBar, pilotLightOk: readings.every((r) => r < 12) };
}

class FakeGauge implements BurnerGauge {
  reads = 0;
  constructor(private readonly bars: Record<number, number>) {}

  async pressureBar(cylinder: number, opts: { signal: AbortSignal }): Promise<number> {
    opts.signal.throwIfAborted();
    this.reads += 1;
    return this.bars[cylinder] ?? 0;
  }
}

describe('burner preflight', () => {
  let gauge: FakeGauge;

  beforeEach(() => {
    gauge = new FakeGauge({ 1: 7.5, 2: 8.1, 3: 6.9 });
  });

  it('passes with healthy cylinders', async () => {
    const result = await burnerPreflight(gauge, [1, 2, 3], new AbortController().signal);
    expect(result.minBar).toBe(6.9);
    expect(result.pilotLightOk).toBe(true);
  });

  it('fails when a cylinder is nearly empty', async () => {
    gauge = new FakeGauge({ 1: 7.5, 2: 2.2 });
    await expect(burnerPreflight(gauge, [1, 2], new AbortController().signal)).rejects.toThrow('too low for launch');
  });

  it('stops reading gauges once the launch is scrubbed', async () => {
    const controller = new AbortController();
    const run = burnerPreflight(gauge, [1, 2, 3], controller.signal);
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(gauge.reads).toBeLessThan(1);
  });

  it('rejects straight away for an already scrubbed launch', async () => {
    await expect(burnerPreflight(gauge, [1], AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(gauge.reads).toBe(0);
  });
});
