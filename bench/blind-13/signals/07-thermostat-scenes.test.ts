// expect: require-signal-propagation
// waitForState holds the test's AbortSignal but calls timers/promises setTimeout without it, so an aborted wait sits out the full poll delay before noticing.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeout?: number) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface DeviceState {
  mode: 'off' | 'heat' | 'cool' | 'eco';
  targetC: number;
  currentC: number;
}

class FakeThermostat {
  state: DeviceState = { mode: 'off', targetC: 20, currentC: 18 };
  private pending: Array<() => void> = [];

  applyScene(scene: Partial<DeviceState>, settleMs: number): void {
    // The real device acks immediately and converges a bit later.
    const t = setTimeout(() => Object.assign(this.state, scene), settleMs);
    this.pending.push(() => clearTimeout(t));
  }

  reset(): void {
    this.pending.forEach((cancel) => cancel());
    this.pending = [];
    this.state = { mode: 'off', targetC: 20, currentC: 18 };
  }
}

async function waitForState(
  device: FakeThermostat,
  predicate: (s: DeviceState) => boolean,
  { signal, pollMs = 25 }: { signal: AbortSignal; pollMs?: number },
): Promise<DeviceState> {
  while (!predicate(device.state)) {
    signal.throwIfAborted();
    await sleep(pollMs);
  }
  return { ...device.state };
}

describe('thermostat scenes', () => {
  const device = new FakeThermostat();

  beforeEach(() => device.reset());

  it('switches to heat for the morning scene', async () => {
    device.applyScene({ mode: 'heat', targetC: 21.5 }, 60);
    const state = await waitForState(device, (s) => s.mode === 'heat', {
      signal: AbortSignal.timeout(1000),
    });
    expect(state.targetC).toBe(21.5);
  });

  it('applies eco overnight without touching current temperature', async () => {
    device.applyScene({ mode: 'eco', targetC: 17 }, 30);
    const state = await waitForState(device, (s) => s.mode === 'eco', {
      signal: AbortSignal.timeout(1000),
    });
    expect(state).toEqual({ mode: 'eco', targetC: 17, currentC: 18 });
  });

  it('gives up when the device never converges', async () => {
    device.applyScene({ mode: 'cool' }, 10_000);
    await expect(
      waitForState(device, (s) => s.mode === 'cool', {
        signal: AbortSignal.timeout(200),
        pollMs: 50,
      }),
    ).rejects.toThrow(/aborted|timeout/i);
  });
});
