// expect: no-multiple-settle
// The waitFor test helper clears its polling interval only on timeout, so once the condition holds it keeps calling resolve on every tick and the interval leaks into every later test.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface Tram {
  id: string;
  line: number;
  bay: string | null;
}

class DepotScheduler extends EventEmitter {
  private readonly trams = new Map<string, Tram>();
  private readonly timers = new Set<NodeJS.Timeout>();

  register(tram: Tram): void {
    this.trams.set(tram.id, { ...tram });
  }

  scheduleDeparture(id: string, inMs: number): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      const tram = this.trams.get(id);
      if (!tram) return;
      tram.bay = null;
      this.emit('departed', tram.id);
    }, inMs);
    this.timers.add(t);
  }

  bayOf(id: string): string | null {
    return this.trams.get(id)?.bay ?? null;
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.removeAllListeners();
  }
}

function waitFor(check: () => boolean, timeoutMs = 5_000, everyMs = 50): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (check()) {
        resolve();
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(new Error(`condition not met within ${timeoutMs}ms`));
      }
    }, everyMs);
  });
}

describe('DepotScheduler', () => {
  let depot: DepotScheduler;

  beforeEach(() => {
    depot = new DepotScheduler();
    depot.register({ id: 'T-104', line: 4, bay: 'B2' });
    depot.register({ id: 'T-221', line: 11, bay: 'B7' });
  });

  afterEach(() => {
    depot.close();
  });

  it('frees the bay when the tram departs', async () => {
    depot.scheduleDeparture('T-104', 30);
    await waitFor(() => depot.bayOf('T-104') === null, 1_000, 5);
    expect(depot.bayOf('T-221')).toBe('B7');
  });

  describe('with fake timers', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });

    afterEach(() => {
      vi.useRealTimers();
    });

    it('emits departed with the tram id', async () => {
      const departed = vi.fn();
      depot.on('departed', departed);
      depot.scheduleDeparture('T-221', 90_000);
      await vi.advanceTimersByTimeAsync(89_999);
      expect(departed).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(departed).toHaveBeenCalledExactlyOnceWith('T-221');
    });

    it('drops pending departures on close', async () => {
      const departed = vi.fn();
      depot.on('departed', departed);
      depot.scheduleDeparture('T-104', 10_000);
      depot.close();
      await vi.advanceTimersByTimeAsync(20_000);
      expect(departed).not.toHaveBeenCalled();
      expect(depot.bayOf('T-104')).toBe('B2');
    });
  });
});
