// expect: no-multiple-settle
// waitForEvent's timeout is never cleared: after the event resolves, the timer still fires and calls reject on the already-settled promise.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface Departure {
  tramId: string;
  track: number;
  at: number;
}

declare function createDispatcher(opts: { depot: string; bus: EventEmitter }): {
  start(): Promise<void>;
  stop(): Promise<void>;
  release(tramId: string, track: number): void;
  hold(tramId: string): void;
};

function waitForEvent<T>(bus: EventEmitter, name: string, ms = 2000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => reject(new Error(`timed out waiting for "${name}"`)), ms);
    bus.once(name, (payload: T) => resolve(payload));
    bus.once('error', reject);
  });
}

describe('tram dispatcher', () => {
  let bus: EventEmitter;
  let dispatcher: ReturnType<typeof createDispatcher>;

  beforeEach(async () => {
    bus = new EventEmitter();
    dispatcher = createDispatcher({ depot: 'Westhafen', bus });
    await dispatcher.start();
  });

  afterEach(async () => {
    await dispatcher.stop();
    bus.removeAllListeners();
  });

  it('emits a departure when a tram is released', async () => {
    const departed = waitForEvent<Departure>(bus, 'departed');
    dispatcher.release('T-214', 3);
    await expect(departed).resolves.toMatchObject({ tramId: 'T-214', track: 3 });
  });

  it('does not depart a held tram', async () => {
    const held = waitForEvent<{ tramId: string }>(bus, 'held');
    dispatcher.hold('T-108');
    dispatcher.release('T-108', 1);
    await expect(held).resolves.toEqual({ tramId: 'T-108' });
  });

  it('releases trams in order on the same track', async () => {
    const seen: string[] = [];
    bus.on('departed', (d: Departure) => seen.push(d.tramId));
    const firstOut = waitForEvent<Departure>(bus, 'departed');
    dispatcher.release('T-301', 2);
    await firstOut;
    dispatcher.release('T-302', 2);
    await vi.waitFor(() => expect(seen).toEqual(['T-301', 'T-302']));
  });
});
