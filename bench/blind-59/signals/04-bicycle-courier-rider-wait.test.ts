// expect: none
// waitForRider hands its signal to events.once and lets aborts propagate untouched; the tests assert the AbortError with assert.rejects rather than swallowing it.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface Rider {
  riderId: string;
  zone: string;
  cargoBike: boolean;
}

class CourierHub extends EventEmitter {
  private readonly idle: Rider[] = [];

  checkIn(rider: Rider): void {
    this.idle.push(rider);
    this.emit('rider-available', rider);
  }

  take(zone: string, cargo: boolean): Rider | undefined {
    const index = this.idle.findIndex((r) => r.zone === zone && (!cargo || r.cargoBike));
    return index === -1 ? undefined : this.idle.splice(index, 1)[0];
  }
}

async function waitForRider(hub: CourierHub, zone: string, cargo: boolean, signal: AbortSignal): Promise<Rider> {
  for (;;) {
    signal.throwIfAborted();
    const ready = hub.take(zone, cargo);
    if (ready) return ready;
    await once(hub, 'rider-available', { signal });
  }
}

describe('courier hub rider matching', () => {
  let hub: CourierHub;

  beforeEach(() => {
    hub = new CourierHub();
  });

  it('returns an idle rider immediately', async () => {
    hub.checkIn({ riderId: 'r1', zone: 'docks', cargoBike: false });
    const rider = await waitForRider(hub, 'docks', false, new AbortController().signal);
    assert.equal(rider.riderId, 'r1');
  });

  it('waits for a cargo bike to check in', async () => {
    hub.checkIn({ riderId: 'r2', zone: 'docks', cargoBike: false });
    const pending = waitForRider(hub, 'docks', true, AbortSignal.timeout(1_000));
    setImmediate(() => hub.checkIn({ riderId: 'r3', zone: 'docks', cargoBike: true }));
    assert.equal((await pending).riderId, 'r3');
  });

  it('gives up with an AbortError when the dispatcher cancels', async () => {
    const controller = new AbortController();
    const pending = waitForRider(hub, 'old-town', false, controller.signal);
    setImmediate(() => controller.abort());
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(hub.listenerCount('rider-available'), 0);
  });

  it('fails fast when handed an already-aborted signal', async () => {
    await assert.rejects(waitForRider(hub, 'docks', false, AbortSignal.abort()), { name: 'AbortError' });
  });

  it('does not hand the same rider out twice', async () => {
    hub.checkIn({ riderId: 'r4', zone: 'uni', cargoBike: true });
    const signal = AbortSignal.timeout(500);
    const first = await waitForRider(hub, 'uni', true, signal);
    assert.equal(first.riderId, 'r4');
    await assert.rejects(waitForRider(hub, 'uni', true, AbortSignal.timeout(20)), (err: Error) => {
      assert.equal(err.name, 'AbortError');
      assert.equal((err.cause as Error | undefined)?.name, 'TimeoutError');
      return true;
    });
  });
});
