// expect: none
// Each queued deferred is removed from the queue before its timeout rejects it, and release clears the timer before resolving, so a waiter is settled exactly once.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Waiter {
  party: string;
  resolve: (ticket: number) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

class TourSlotGate {
  private inUse = 0;
  private nextTicket = 1;
  private readonly waiters: Waiter[] = [];

  constructor(
    private readonly capacity: number,
    private readonly maxWaitMs: number,
  ) {}

  acquire(party: string): Promise<number> {
    if (this.inUse < this.capacity) {
      this.inUse++;
      return Promise.resolve(this.nextTicket++);
    }
    const { promise, resolve, reject } = Promise.withResolvers<number>();
    const waiter: Waiter = {
      party,
      resolve,
      reject,
      timer: setTimeout(() => {
        const idx = this.waiters.indexOf(waiter);
        if (idx !== -1) this.waiters.splice(idx, 1);
        reject(new Error(`party ${party} waited more than ${this.maxWaitMs}ms for a tour slot`));
      }, this.maxWaitMs),
    };
    this.waiters.push(waiter);
    return promise;
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) {
      clearTimeout(next.timer);
      next.resolve(this.nextTicket++);
      return;
    }
    this.inUse = Math.max(0, this.inUse - 1);
  }

  get queued(): string[] {
    return this.waiters.map((w) => w.party);
  }
}

describe('TourSlotGate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands out tickets immediately while under capacity', async () => {
    const gate = new TourSlotGate(2, 1_000);
    await expect(gate.acquire('Moreau')).resolves.toBe(1);
    await expect(gate.acquire('Lindqvist')).resolves.toBe(2);
    expect(gate.queued).toEqual([]);
  });

  it('queues a party and admits it when a slot is released', async () => {
    const gate = new TourSlotGate(1, 1_000);
    await gate.acquire('Moreau');
    const waiting = gate.acquire('Okafor');
    expect(gate.queued).toEqual(['Okafor']);
    gate.release();
    await expect(waiting).resolves.toBe(2);
    expect(gate.queued).toEqual([]);
  });

  it('admits queued parties in arrival order', async () => {
    const gate = new TourSlotGate(1, 1_000);
    await gate.acquire('Moreau');
    const first = gate.acquire('Okafor');
    const second = gate.acquire('Tanaka');
    gate.release();
    gate.release();
    await expect(Promise.all([first, second])).resolves.toEqual([2, 3]);
  });

  it('rejects a party that waits too long and drops it from the queue', async () => {
    const gate = new TourSlotGate(1, 500);
    await gate.acquire('Moreau');
    const waiting = gate.acquire('Okafor');
    const assertion = expect(waiting).rejects.toThrow(/waited more than 500ms/);
    await vi.advanceTimersByTimeAsync(500);
    await assertion;
    expect(gate.queued).toEqual([]);
  });

  it('does not time out a party that was already admitted', async () => {
    const gate = new TourSlotGate(1, 500);
    await gate.acquire('Moreau');
    const waiting = gate.acquire('Okafor');
    gate.release();
    await expect(waiting).resolves.toBe(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
