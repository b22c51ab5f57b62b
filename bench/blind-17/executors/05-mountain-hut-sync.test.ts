// expect: none
// waitFor registers once-listeners for the event and 'error' plus a timeout, and every path runs cleanup before settling exactly once.
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

interface BunkBooking {
  hutId: string;
  night: string;
  bunks: number;
  guestName: string;
}

declare class HutSync extends EventEmitter {
  constructor(opts: { hutId: string; pollIntervalMs: number; source: { fetchBookings(since: number): Promise<BunkBooking[]> } });
  start(): void;
  stop(): Promise<void>;
  readonly occupancy: Map<string, number>;
}

function waitFor<T>(emitter: EventEmitter, event: string, timeoutMs = 2000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onEvent = (value: T) => {
      cleanup();
      resolve(value);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs}ms waiting for "${event}"`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      emitter.off(event, onEvent);
      emitter.off('error', onError);
    };
    emitter.once(event, onEvent);
    emitter.once('error', onError);
  });
}

describe('HutSync', () => {
  let batches: BunkBooking[][];
  let sync: HutSync;

  beforeEach(() => {
    batches = [];
    sync = new HutSync({
      hutId: 'capanna-margherita',
      pollIntervalMs: 10,
      source: { fetchBookings: async () => batches.shift() ?? [] },
    });
  });

  afterEach(async () => {
    await sync.stop();
  });

  it('adds up bunks per night across polls', async () => {
    batches.push(
      [{ hutId: 'capanna-margherita', night: '2024-07-14', bunks: 4, guestName: 'Rossi' }],
      [{ hutId: 'capanna-margherita', night: '2024-07-14', bunks: 2, guestName: 'Keller' }],
    );
    sync.start();
    await waitFor(sync, 'synced');
    await waitFor(sync, 'synced');
    expect(sync.occupancy.get('2024-07-14')).toBe(6);
  });

  it('reports overbooking instead of storing it', async () => {
    batches.push([{ hutId: 'capanna-margherita', night: '2024-08-01', bunks: 80, guestName: 'Alpine Club' }]);
    sync.start();
    const warning = await waitFor<{ night: string; requested: number }>(sync, 'overbooked');
    expect(warning).toEqual({ night: '2024-08-01', requested: 80 });
    expect([...sync.occupancy.keys()]).toHaveLength(0);
  });
});
