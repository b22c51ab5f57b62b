// expect: no-leaked-race
// withTimeout races the waiter against a setTimeout that is never cleared, so every passing test leaves a pending timer behind, and when the timeout wins the once() listener stays registered.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter, once } from 'node:events';

interface SmokeReport {
  towerId: string;
  bearingDeg: number;
  distanceKm: number;
  colour: 'white' | 'grey' | 'black';
}

interface Alert {
  id: number;
  towerId: string;
  priority: 'watch' | 'dispatch';
  crossBearing?: { towerId: string; bearingDeg: number };
}

class AlertDispatcher extends EventEmitter {
  private nextId = 1;
  private recent: SmokeReport[] = [];

  constructor(private readonly notify: (a: Alert) => Promise<void>) {
    super();
  }

  async report(r: SmokeReport): Promise<void> {
    const cross = this.recent.find((p) => p.towerId !== r.towerId && Math.abs(p.bearingDeg - r.bearingDeg) > 20);
    this.recent.push(r);
    const alert: Alert = {
      id: this.nextId++,
      towerId: r.towerId,
      priority: r.colour === 'black' || cross ? 'dispatch' : 'watch',
      crossBearing: cross && { towerId: cross.towerId, bearingDeg: cross.bearingDeg },
    };
    await this.notify(alert);
    this.emit('alert', alert);
  }

  reset(): void {
    this.recent = [];
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`timed out after ${ms}ms waiting for ${what}`)), ms);
    }),
  ]);
}

describe('smoke alert dispatch', () => {
  let dispatcher: AlertDispatcher;
  let notify: ReturnType<typeof vi.fn<(a: Alert) => Promise<void>>>;

  beforeEach(() => {
    notify = vi.fn(async () => {});
    dispatcher = new AlertDispatcher(notify);
  });

  afterEach(() => {
    dispatcher.removeAllListeners();
    dispatcher.reset();
  });

  it('raises a watch alert for a single white plume', async () => {
    const alerted = withTimeout(once(dispatcher, 'alert'), 2_000, 'alert');
    await dispatcher.report({ towerId: 'baldy', bearingDeg: 212, distanceKm: 14, colour: 'white' });

    const [alert] = (await alerted) as [Alert];
    expect(alert.priority).toBe('watch');
    expect(notify).toHaveBeenCalledOnce();
  });

  it('dispatches on a cross bearing from a second tower', async () => {
    await dispatcher.report({ towerId: 'baldy', bearingDeg: 212, distanceKm: 14, colour: 'grey' });

    const alerted = withTimeout(once(dispatcher, 'alert'), 2_000, 'cross-bearing alert');
    await dispatcher.report({ towerId: 'hermit-peak', bearingDeg: 301, distanceKm: 9, colour: 'grey' });

    const [alert] = (await alerted) as [Alert];
    expect(alert).toMatchObject({
      priority: 'dispatch',
      crossBearing: { towerId: 'baldy', bearingDeg: 212 },
    });
  });

  it('does not emit when notification fails', async () => {
    notify.mockRejectedValueOnce(new Error('pager gateway down'));
    const listener = vi.fn();
    dispatcher.on('alert', listener);

    await expect(
      dispatcher.report({ towerId: 'baldy', bearingDeg: 90, distanceKm: 3, colour: 'black' }),
    ).rejects.toThrow('pager gateway down');
    expect(listener).not.toHaveBeenCalled();
  });
});
