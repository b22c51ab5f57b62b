// expect: require-signal-propagation
// The pollUntil test helper takes a `signal` but never looks at it and sleeps with an uncancellable delay, so AbortSignal.timeout() never bounds the wait and a stuck test hangs until the runner kills it.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { setTimeout as delay } from 'node:timers/promises';

interface RackState {
  rackId: string;
  moisturePct: number;
  turnedAt: number[];
}

class DryingRack {
  state: RackState;
  private timer: NodeJS.Timeout | undefined;

  constructor(rackId: string, private readonly sensor: () => number) {
    this.state = { rackId, moisturePct: 60, turnedAt: [] };
  }

  start(everyMs: number) {
    this.timer = setInterval(() => {
      this.state.moisturePct = this.sensor();
      if (this.state.moisturePct > 20) this.state.turnedAt.push(Date.now());
    }, everyMs);
  }

  stop() {
    clearInterval(this.timer);
  }

  get done(): boolean {
    return this.state.moisturePct <= 7.5;
  }
}

async function pollUntil(predicate: () => boolean, opts: { signal: AbortSignal; intervalMs?: number }) {
  const intervalMs = opts.intervalMs ?? 10;
  while (!predicate()) {
    await delay(intervalMs);
  }
}

describe('DryingRack', () => {
  let readings: number[];
  let rack: DryingRack;

  beforeEach(() => {
    readings = [55, 40, 28, 18, 11, 7.2, 7.0];
    rack = new DryingRack('rack-3', () => readings.shift() ?? 7.0);
    rack.start(5);
  });

  afterEach(() => {
    rack.stop();
    vi.restoreAllMocks();
  });

  it('reaches storage moisture for the cacao beans', async () => {
    await pollUntil(() => rack.done, { signal: AbortSignal.timeout(2_000) });
    expect(rack.state.moisturePct).toBeLessThanOrEqual(7.5);
  });

  it('turns the beans while they are still wet', async () => {
    await pollUntil(() => rack.done, { signal: AbortSignal.timeout(2_000) });
    expect(rack.state.turnedAt.length).toBe(3);
  });

  it('keeps turning when the sensor is stuck high', async () => {
    const sensor = vi.fn(() => 35);
    rack.stop();
    rack = new DryingRack('rack-4', sensor);
    rack.start(5);
    await pollUntil(() => sensor.mock.calls.length >= 4, { signal: AbortSignal.timeout(1_000) });
    expect(rack.done).toBe(false);
    expect(rack.state.turnedAt.length).toBeGreaterThanOrEqual(4);
  });
});
