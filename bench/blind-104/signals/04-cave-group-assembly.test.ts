// expect: none
// waitForGroup passes the signal to events.once and its catch rethrows the abort reason before turning a roster mismatch into a partial result, so a departing bus cancels the wait instead of being reported as a partial group.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter, once } from 'node:events';

class RosterMismatch extends Error {
  constructor(readonly unexpected: string) {
    super(`${unexpected} is not on today's roster`);
    this.name = 'RosterMismatch';
  }
}

class CheckInDesk extends EventEmitter {
  private readonly present = new Set<string>();

  constructor(private readonly roster: ReadonlySet<string>) {
    super();
  }

  arrive(name: string): void {
    if (!this.roster.has(name)) {
      this.emit('error', new RosterMismatch(name));
      return;
    }
    this.present.add(name);
    if (this.present.size === this.roster.size) this.emit('assembled', [...this.present]);
  }

  arrived(): string[] {
    return [...this.present];
  }
}

type Assembly = { status: 'complete' | 'partial'; group: string[] };

async function waitForGroup(desk: CheckInDesk, signal: AbortSignal): Promise<Assembly> {
  try {
    const [group] = (await once(desk, 'assembled', { signal })) as [string[]];
    return { status: 'complete', group };
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    if (err instanceof RosterMismatch) return { status: 'partial', group: desk.arrived() };
    throw err;
  }
}

describe('waitForGroup', () => {
  let desk: CheckInDesk;
  let controller: AbortController;
  let departure: ReturnType<typeof setTimeout>;

  beforeEach(() => {
    vi.useFakeTimers();
    desk = new CheckInDesk(new Set(['Ama', 'Bjorn', 'Chiara']));
    controller = new AbortController();
    departure = setTimeout(() => controller.abort(new Error('bus to the glacier has left')), 10 * 60_000);
  });

  afterEach(() => {
    clearTimeout(departure);
    desk.removeAllListeners();
    vi.useRealTimers();
  });

  it('resolves once the whole roster has checked in', async () => {
    const waiting = waitForGroup(desk, controller.signal);
    desk.arrive('Ama');
    desk.arrive('Bjorn');
    desk.arrive('Chiara');
    await expect(waiting).resolves.toEqual({ status: 'complete', group: ['Ama', 'Bjorn', 'Chiara'] });
  });

  it('returns a partial group when a stranger tries to check in', async () => {
    const waiting = waitForGroup(desk, controller.signal);
    desk.arrive('Ama');
    desk.arrive('Mallory');
    await expect(waiting).resolves.toEqual({ status: 'partial', group: ['Ama'] });
  });

  it('rejects with the departure reason when the bus leaves', async () => {
    desk.arrive('Ama');
    await Promise.all([
      expect(waitForGroup(desk, controller.signal)).rejects.toThrow('bus to the glacier has left'),
      vi.advanceTimersByTimeAsync(10 * 60_000),
    ]);
    expect(desk.listenerCount('assembled')).toBe(0);
  });
});
