// expect: no-reused-settled-promise
// eventually() is handed one already-started promise and re-awaits it on each "retry", so a first failure is just repeated and the ping is never re-sent.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Slot {
  artist: string;
  start: string;
  hours: number;
  held: boolean;
}

class StudioApi {
  private readonly slots = new Map<string, Slot>();
  private ready = false;
  private bootTimer: ReturnType<typeof setTimeout> | undefined;

  start(bootMs: number): void {
    if (bootMs <= 0) {
      this.ready = true;
      return;
    }
    this.bootTimer = setTimeout(() => {
      this.ready = true;
    }, bootMs);
  }

  stop(): void {
    clearTimeout(this.bootTimer);
    this.ready = false;
    this.slots.clear();
  }

  async ping(): Promise<'pong'> {
    if (!this.ready) throw new Error('studio api still booting');
    return 'pong';
  }

  async hold(id: string, slot: Omit<Slot, 'held'>): Promise<Slot> {
    if (!this.ready) throw new Error('studio api still booting');
    if (this.slots.get(id)?.held) throw new Error(`slot ${id} already held`);
    const held = { ...slot, held: true };
    this.slots.set(id, held);
    return held;
  }
}

async function eventually<T>(attempt: Promise<T>, tries = 10, gapMs = 25): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
  }
  throw lastError;
}

describe('studio booking api', () => {
  let api: StudioApi;

  beforeEach(async () => {
    api = new StudioApi();
    api.start(0);
    await eventually(api.ping());
  });

  afterEach(() => {
    api.stop();
    vi.useRealTimers();
  });

  it('holds a free slot for the artist', async () => {
    const slot = await api.hold('fri-14', { artist: 'Noor', start: '2025-03-14T14:00', hours: 3 });
    expect(slot).toEqual({ artist: 'Noor', start: '2025-03-14T14:00', hours: 3, held: true });
  });

  it('refuses to double-book a held slot', async () => {
    await api.hold('sat-10', { artist: 'Ike', start: '2025-03-15T10:00', hours: 5 });
    await expect(api.hold('sat-10', { artist: 'Noor', start: '2025-03-15T10:00', hours: 2 })).rejects.toThrow(
      'slot sat-10 already held',
    );
  });

  it('rejects bookings while the api is booting', async () => {
    vi.useFakeTimers();
    api.stop();
    api.start(5_000);

    await expect(api.hold('sun-12', { artist: 'Ike', start: '2025-03-16T12:00', hours: 1 })).rejects.toThrow(
      'still booting',
    );

    await vi.advanceTimersByTimeAsync(5_000);
    await expect(api.ping()).resolves.toBe('pong');
  });
});
