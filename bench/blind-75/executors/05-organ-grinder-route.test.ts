// expect: no-multiple-settle
// nextStop's timeout is never cleared, so after the 'stop' event resolves the promise the timer still fires and rejects it.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(expected: number): void;
};

interface StopEvent {
  square: string;
  arrivedAt: number;
  tunesPlanned: number;
  monkeyOnDuty: boolean;
}

interface RouteTracker extends EventEmitter {
  start(): void;
  stop(): void;
  skipNext(reason: string): void;
  readonly stopsRemaining: number;
}

declare function createRouteTracker(options: {
  route: string[];
  walkingPaceMps: number;
  clock: () => number;
  tunesPerStop: (square: string) => number;
}): RouteTracker;

function nextStop(tracker: RouteTracker, timeoutMs = 2_000): Promise<StopEvent> {
  return new Promise<StopEvent>((resolve, reject) => {
    setTimeout(() => {
      reject(new Error(`no stop reported within ${timeoutMs}ms`));
    }, timeoutMs);
    tracker.once('stop', (event: StopEvent) => {
      resolve(event);
    });
  });
}

const ROUTE = ['Market Square', 'Cathedral Steps', 'Fish Quay', 'Old Bridge'];

describe('organ grinder route tracker', () => {
  let tracker: RouteTracker;
  let now: number;

  beforeEach(() => {
    now = Date.parse('2024-06-01T10:00:00Z');
    tracker = createRouteTracker({
      route: ROUTE,
      walkingPaceMps: 1.1,
      clock: () => now,
      tunesPerStop: (square) => (square === 'Market Square' ? 6 : 3),
    });
  });

  afterEach(() => {
    tracker.stop();
  });

  it('announces the first stop with its planned tunes', async () => {
    tracker.start();
    const stop = await nextStop(tracker);
    expect(stop.square).toBe('Market Square');
    expect(stop.tunesPlanned).toBe(6);
  });

  it('visits the squares in route order', async () => {
    tracker.start();
    const visited: string[] = [];
    for (let i = 0; i < ROUTE.length; i++) {
      const stop = await nextStop(tracker);
      visited.push(stop.square);
    }
    expect(visited).toEqual(ROUTE);
    expect(tracker.stopsRemaining).toBe(0);
  });

  it('skips a square that is closed for a market', async () => {
    tracker.start();
    await nextStop(tracker);
    tracker.skipNext('farmers market setup');
    const stop = await nextStop(tracker);
    expect(stop.square).toBe('Fish Quay');
    expect(tracker.stopsRemaining).toBe(1);
  });

  it('keeps the monkey on duty only at long stops', async () => {
    tracker.start();
    const first = await nextStop(tracker);
    const second = await nextStop(tracker);
    expect(first.monkeyOnDuty).toBe(true);
    expect(second.monkeyOnDuty).toBe(false);
    expect(second.arrivedAt).toBeGreaterThan(first.arrivedAt - 1);
  });
});
