// expect: no-multiple-settle
// waitForHeartbeat never clears its timeout when a heartbeat arrives, so the timer still fires later and calls reject on the already-resolved promise.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface Heartbeat {
  towerId: string;
  batteryVolts: number;
  smokeAlarm: boolean;
  at: number;
}

class LookoutLink extends EventEmitter {
  private last: Heartbeat | undefined;

  constructor(readonly towerId: string) {
    super();
  }

  receive(heartbeat: Heartbeat): void {
    if (heartbeat.towerId !== this.towerId) return;
    this.last = heartbeat;
    this.emit('heartbeat', heartbeat);
  }

  get lastHeartbeat(): Heartbeat | undefined {
    return this.last;
  }

  waitForHeartbeat(timeoutMs: number): Promise<Heartbeat> {
    return new Promise((resolve, reject) => {
      const onBeat = (heartbeat: Heartbeat) => {
        resolve(heartbeat);
      };
      this.once('heartbeat', onBeat);
      setTimeout(() => {
        this.off('heartbeat', onBeat);
        reject(new Error(`tower ${this.towerId} silent for ${timeoutMs}ms`));
      }, timeoutMs);
    });
  }
}

function beat(towerId: string, overrides: Partial<Heartbeat> = {}): Heartbeat {
  return { towerId, batteryVolts: 12.6, smokeAlarm: false, at: Date.now(), ...overrides };
}

describe('LookoutLink', () => {
  let link: LookoutLink;

  beforeEach(() => {
    vi.useFakeTimers();
    link = new LookoutLink('ridge-7');
  });

  afterEach(() => {
    link.removeAllListeners();
    vi.useRealTimers();
  });

  it('resolves with the next heartbeat from its own tower', async () => {
    const pending = link.waitForHeartbeat(30_000);
    link.receive(beat('ridge-7', { batteryVolts: 11.9 }));
    await expect(pending).resolves.toMatchObject({ towerId: 'ridge-7', batteryVolts: 11.9 });
  });

  it('ignores heartbeats relayed for other towers', async () => {
    const pending = link.waitForHeartbeat(30_000);
    link.receive(beat('canyon-2'));
    link.receive(beat('ridge-7', { smokeAlarm: true }));
    const heartbeat = await pending;
    expect(heartbeat.smokeAlarm).toBe(true);
    expect(link.lastHeartbeat?.towerId).toBe('ridge-7');
  });

  it('rejects when the tower stays silent', async () => {
    const pending = link.waitForHeartbeat(30_000);
    const assertion = expect(pending).rejects.toThrow('tower ridge-7 silent for 30000ms');
    await vi.advanceTimersByTimeAsync(30_000);
    await assertion;
  });

  it('does not keep a heartbeat listener after timing out', async () => {
    const pending = link.waitForHeartbeat(1_000);
    const assertion = expect(pending).rejects.toThrow(/silent/);
    await vi.advanceTimersByTimeAsync(1_000);
    await assertion;
    expect(link.listenerCount('heartbeat')).toBe(0);
  });
});
