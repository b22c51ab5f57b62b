// expect: none
// Each assertion gets an awaited value, and the one promise handed to expect goes through .rejects and is awaited.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(v: unknown): void;
  toBeLessThan(n: number): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(m?: string | RegExp): Promise<void> };
};

import { setTimeout as tick } from 'node:timers/promises';

interface WheelheadState {
  rpm: number;
  runoutMm: number;
  bearingTempC: number;
}

class WheelheadBench {
  private state: WheelheadState = { rpm: 0, runoutMm: 0.35, bearingTempC: 21 };
  shimmed = false;

  async spinUp(rpm: number): Promise<WheelheadState> {
    if (rpm > 300) throw new Error(`bench limited to 300 rpm, asked for ${rpm}`);
    await tick(5);
    this.state = { ...this.state, rpm, bearingTempC: this.state.bearingTempC + rpm / 60 };
    return this.state;
  }

  async shim(thicknessMm: number): Promise<void> {
    await tick(5);
    this.state = { ...this.state, runoutMm: Math.max(0.02, this.state.runoutMm - thicknessMm) };
    this.shimmed = true;
  }

  async isCentered(toleranceMm = 0.05): Promise<boolean> {
    await tick(1);
    return this.state.runoutMm <= toleranceMm;
  }
}

describe('pottery wheelhead centring bench', () => {
  let bench: WheelheadBench;

  beforeEach(() => {
    bench = new WheelheadBench();
  });

  it('starts out of tolerance', async () => {
    expect(await bench.isCentered()).toBe(false);
  });

  it('is centred after shimming the bearing seat', async () => {
    await bench.shim(0.32);
    expect(await bench.isCentered()).toBe(true);
    expect(bench.shimmed).toBe(true);
  });

  it('warms the bearing under load but stays below 40 °C', async () => {
    const state = await bench.spinUp(240);
    expect(state.rpm).toBe(240);
    expect(state.bearingTempC).toBeLessThan(40);
    expect(state.bearingTempC).toBeGreaterThan(21);
  });

  it('refuses to spin beyond the bench limit', async () => {
    await expect(bench.spinUp(450)).rejects.toThrow(/limited to 300 rpm/);
  });
});
