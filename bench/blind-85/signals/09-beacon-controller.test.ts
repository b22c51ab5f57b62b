// expect: require-signal-propagation
// The polling helper takes a signal (the tests pass t.signal) but never checks it or gives it to sleep, so a test that times out or is cancelled leaves the helper polling a stopped controller forever.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface BeaconStatus {
  lit: boolean;
  rotationRpm: number;
  fogSignal: boolean;
  lampHours: number;
}

declare class BeaconController {
  constructor(opts: { station: string; simulated: boolean });
  start(): Promise<void>;
  stop(): Promise<void>;
  status(): Promise<BeaconStatus>;
  setAmbientLux(lux: number): void;
  setVisibilityM(metres: number): void;
}

async function waitFor<T>(
  probe: () => Promise<T>,
  ready: (value: T) => boolean,
  { signal, intervalMs = 50 }: { signal: AbortSignal; intervalMs?: number },
): Promise<T> {
  for (;;) {
    const value = await probe();
    if (ready(value)) return value;
    await sleep(intervalMs);
  }
}

describe('BeaconController (simulated)', () => {
  let beacon: BeaconController;

  beforeEach(async () => {
    beacon = new BeaconController({ station: 'longstone', simulated: true });
    await beacon.start();
  });

  afterEach(async () => {
    await beacon.stop();
  });

  it('lights the lamp at dusk', { timeout: 5_000 }, async (t) => {
    beacon.setAmbientLux(8);
    const status = await waitFor(() => beacon.status(), (s) => s.lit, { signal: t.signal });
    assert.equal(status.lit, true);
    assert.ok(status.rotationRpm > 0);
  });

  it('switches the lamp off after sunrise', { timeout: 5_000 }, async (t) => {
    beacon.setAmbientLux(8);
    await waitFor(() => beacon.status(), (s) => s.lit, { signal: t.signal });
    beacon.setAmbientLux(4_000);
    const status = await waitFor(() => beacon.status(), (s) => !s.lit, { signal: t.signal });
    assert.equal(status.rotationRpm, 0);
  });

  it('sounds the fog signal below 1 nautical mile visibility', { timeout: 5_000 }, async (t) => {
    beacon.setVisibilityM(1_200);
    const status = await waitFor(() => beacon.status(), (s) => s.fogSignal, {
      signal: t.signal,
      intervalMs: 100,
    });
    assert.equal(status.fogSignal, true);
  });

  it('accumulates lamp hours while lit', { timeout: 5_000 }, async (t) => {
    beacon.setAmbientLux(2);
    const before = await waitFor(() => beacon.status(), (s) => s.lit, { signal: t.signal });
    await sleep(300, undefined, { signal: t.signal });
    const after = await beacon.status();
    assert.ok(after.lampHours >= before.lampHours);
  });
});
