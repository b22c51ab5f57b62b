// expect: none
// The stored deferred is cleared and its timer cancelled before it is settled, so each waiter is resolved or rejected exactly once.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface TiltEvent {
  machine: string;
  severity: 'warning' | 'tilt' | 'slam';
  at: number;
}

interface PendingTilt {
  resolve: (event: TiltEvent) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

class TiltMonitor {
  private pending: PendingTilt | null = null;
  private readonly onTilt = (event: TiltEvent) => this.handleTilt(event);

  constructor(private readonly bus: EventEmitter, private readonly machine: string) {
    bus.on('tilt', this.onTilt);
  }

  nextTilt(timeoutMs: number): Promise<TiltEvent> {
    if (this.pending) {
      return Promise.reject(new Error(`already waiting for a tilt on ${this.machine}`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<TiltEvent>();
    const timer = setTimeout(() => {
      this.pending = null;
      reject(new Error(`no tilt on ${this.machine} within ${timeoutMs} ms`));
    }, timeoutMs);
    this.pending = { resolve, reject, timer };
    return promise;
  }

  dispose(): void {
    this.bus.off('tilt', this.onTilt);
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    pending.reject(new Error('tilt monitor disposed'));
  }

  private handleTilt(event: TiltEvent): void {
    if (event.machine !== this.machine) return;
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    pending.resolve(event);
  }
}

describe('TiltMonitor', () => {
  let bus: EventEmitter;
  let monitor: TiltMonitor;

  before(() => {
    bus = new EventEmitter();
    monitor = new TiltMonitor(bus, 'Medieval Madness #3');
  });

  after(() => {
    monitor.dispose();
  });

  test('resolves with the next tilt for its machine', async () => {
    const waiting = monitor.nextTilt(1_000);
    bus.emit('tilt', { machine: 'Attack from Mars', severity: 'tilt', at: 1 });
    bus.emit('tilt', { machine: 'Medieval Madness #3', severity: 'warning', at: 2 });
    const event = await waiting;
    assert.equal(event.severity, 'warning');
    assert.equal(event.at, 2);
  });

  test('ignores tilts when nobody is waiting', () => {
    bus.emit('tilt', { machine: 'Medieval Madness #3', severity: 'slam', at: 3 });
    assert.equal(bus.listenerCount('tilt'), 1);
  });

  test('rejects a second concurrent waiter', async () => {
    const first = monitor.nextTilt(1_000);
    const second = monitor.nextTilt(1_000);
    bus.emit('tilt', { machine: 'Medieval Madness #3', severity: 'tilt', at: 4 });
    const [event] = await Promise.all([first, assert.rejects(second, /already waiting/)]);
    assert.equal(event.at, 4);
  });

  test('times out when the machine stays quiet', async () => {
    await assert.rejects(monitor.nextTilt(20), /no tilt on Medieval Madness #3 within 20 ms/);
  });

  test('dispose rejects the current waiter', async () => {
    const local = new TiltMonitor(bus, 'Twilight Zone');
    const waiting = local.nextTilt(5_000);
    local.dispose();
    await assert.rejects(waiting, /disposed/);
  });
});
