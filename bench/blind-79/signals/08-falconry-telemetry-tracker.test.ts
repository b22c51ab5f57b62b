// expect: require-signal-propagation
// Bug: the waitFor test helper accepts a signal in its options but never checks it or passes it to sleep, so aborting the tracker does not stop the wait.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

interface Fix {
  birdId: string;
  lat: number;
  lon: number;
  altitudeM: number;
}

class TelemetryTracker {
  readonly fixes: Fix[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly birdId: string, private readonly path: Array<[number, number, number]>) {}

  start(periodMs: number, signal: AbortSignal): void {
    let i = 0;
    this.timer = setInterval(() => {
      const [lat, lon, altitudeM] = this.path[Math.min(i++, this.path.length - 1)];
      this.fixes.push({ birdId: this.birdId, lat, lon, altitudeM });
    }, periodMs);
    signal.addEventListener('abort', () => clearInterval(this.timer), { once: true });
  }

  lastFix(): Fix | undefined {
    return this.fixes.at(-1);
  }
}

async function waitFor(
  condition: () => boolean,
  { timeoutMs = 1_000, intervalMs = 5 }: { timeoutMs?: number; intervalMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs}ms`);
    await sleep(intervalMs);
  }
}

describe('GPS telemetry during a free-flight session', () => {
  let controller: AbortController;
  let tracker: TelemetryTracker;

  beforeEach(() => {
    controller = new AbortController();
    tracker = new TelemetryTracker('peregrine-aster', [
      [51.501, -2.101, 12],
      [51.503, -2.098, 140],
      [51.507, -2.094, 310],
      [51.502, -2.1, 35],
    ]);
  });

  it('collects fixes while the bird is airborne', async () => {
    tracker.start(2, controller.signal);
    await waitFor(() => tracker.fixes.length >= 3, { signal: controller.signal });
    controller.abort();
    expect(tracker.fixes[2].altitudeM).toBe(310);
  });

  it('records the bird returning to the lure', async () => {
    tracker.start(2, controller.signal);
    await waitFor(() => (tracker.lastFix()?.altitudeM ?? Infinity) < 50 && tracker.fixes.length > 1, {
      signal: controller.signal,
    });
    controller.abort();
    expect(tracker.lastFix()?.lat).toBe(51.502);
  });

  it('stops collecting once the session is aborted', async () => {
    tracker.start(2, controller.signal);
    await waitFor(() => tracker.fixes.length >= 1, { signal: controller.signal });
    controller.abort();
    const count = tracker.fixes.length;
    await sleep(20);
    expect(tracker.fixes.length).toBe(count);
    expect(count).toBeGreaterThan(0);
  });
});
