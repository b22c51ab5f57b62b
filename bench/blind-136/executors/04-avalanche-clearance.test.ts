// expect: none
// Each clearance deferred is settled once by clear(), its timeout or closeAll(), and every path clears the timer and removes the waiter first.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Clearance {
  caveId: string;
  clearedBy: string;
  at: number;
}

interface Waiter {
  resolve: (c: Clearance) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

class ClearanceGate {
  private readonly waiters = new Map<string, Waiter>();

  waitFor(caveId: string, timeoutMs: number): Promise<Clearance> {
    if (this.waiters.has(caveId)) {
      return Promise.reject(new Error(`already waiting for clearance of ${caveId}`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<Clearance>();
    const timer = setTimeout(() => {
      this.waiters.delete(caveId);
      reject(new Error(`no avalanche clearance for ${caveId} after ${timeoutMs}ms`));
    }, timeoutMs);
    this.waiters.set(caveId, { resolve, reject, timer });
    return promise;
  }

  clear(caveId: string, clearedBy: string): boolean {
    const waiter = this.waiters.get(caveId);
    if (!waiter) return false;
    clearTimeout(waiter.timer);
    this.waiters.delete(caveId);
    waiter.resolve({ caveId, clearedBy, at: Date.now() });
    return true;
  }

  closeAll(reason: string): void {
    for (const [caveId, waiter] of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`${caveId}: ${reason}`));
    }
    this.waiters.clear();
  }

  get pending(): number {
    return this.waiters.size;
  }
}

describe('ClearanceGate', () => {
  let gate: ClearanceGate;

  beforeEach(() => {
    vi.useFakeTimers();
    gate = new ClearanceGate();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves when a ranger clears the cave', async () => {
    const waiting = gate.waitFor('blue-ice-grotto', 60_000);
    expect(gate.clear('blue-ice-grotto', 'ranger-ana')).toBe(true);
    await expect(waiting).resolves.toMatchObject({ caveId: 'blue-ice-grotto', clearedBy: 'ranger-ana' });
    expect(gate.pending).toBe(0);
  });

  it('rejects when nobody clears the cave in time', async () => {
    const waiting = gate.waitFor('moulin-7', 5_000);
    const assertion = expect(waiting).rejects.toThrow(/no avalanche clearance for moulin-7/);
    await vi.advanceTimersByTimeAsync(5_000);
    await assertion;
    expect(gate.clear('moulin-7', 'late-ranger')).toBe(false);
  });

  it('does not fire the timeout after a clearance', async () => {
    const waiting = gate.waitFor('crevasse-north', 1_000);
    gate.clear('crevasse-north', 'ranger-bo');
    await expect(waiting).resolves.toMatchObject({ clearedBy: 'ranger-bo' });
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(gate.pending).toBe(0);
  });

  it('refuses a second waiter for the same cave', async () => {
    const first = gate.waitFor('ice-chapel', 1_000);
    const second = gate.waitFor('ice-chapel', 1_000);
    await expect(Promise.all([first, second])).rejects.toThrow(/already waiting/);
    gate.clear('ice-chapel', 'ranger-cy');
    await expect(first).resolves.toMatchObject({ caveId: 'ice-chapel' });
  });

  it('rejects every pending waiter on closeAll', async () => {
    const a = expect(gate.waitFor('cave-a', 1_000)).rejects.toThrow('cave-a: season closed');
    const b = expect(gate.waitFor('cave-b', 1_000)).rejects.toThrow('cave-b: season closed');
    gate.closeAll('season closed');
    await Promise.all([a, b]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
