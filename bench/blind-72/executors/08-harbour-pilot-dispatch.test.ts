// expect: no-multiple-settle
// DispatchProbe's 'dispatch' listener resolves the same stored deferred on every event until next() swaps it, so a second dispatch before next() settles it again and is lost.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Vessel {
  imo: string;
  name: string;
  draughtM: number;
  eta: Date;
}

interface Dispatch {
  imo: string;
  pilot: string;
  boat: string;
}

class PilotDispatcher extends EventEmitter {
  private readonly freePilots: Array<{ name: string; maxDraughtM: number }>;
  private readonly boats: string[];
  private readonly waiting: Vessel[] = [];

  constructor(pilots: Array<{ name: string; maxDraughtM: number }>, boats: string[]) {
    super();
    this.freePilots = [...pilots];
    this.boats = [...boats];
  }

  request(vessel: Vessel): void {
    this.waiting.push(vessel);
    this.waiting.sort((a, b) => a.eta.getTime() - b.eta.getTime());
    this.assign();
  }

  release(pilot: { name: string; maxDraughtM: number }, boat: string): void {
    this.freePilots.push(pilot);
    this.boats.push(boat);
    this.assign();
  }

  private assign(): void {
    while (this.waiting.length && this.boats.length) {
      const vessel = this.waiting[0];
      const idx = this.freePilots.findIndex((p) => p.maxDraughtM >= vessel.draughtM);
      if (idx === -1) return;
      const [pilot] = this.freePilots.splice(idx, 1);
      const boat = this.boats.shift()!;
      this.waiting.shift();
      this.emit('dispatch', { imo: vessel.imo, pilot: pilot.name, boat } satisfies Dispatch);
    }
  }
}

class DispatchProbe {
  private pending = Promise.withResolvers<Dispatch>();

  constructor(dispatcher: PilotDispatcher) {
    dispatcher.on('dispatch', (d: Dispatch) => {
      this.pending.resolve(d);
    });
  }

  async next(): Promise<Dispatch> {
    const dispatch = await this.pending.promise;
    this.pending = Promise.withResolvers<Dispatch>();
    return dispatch;
  }
}

const vessel = (imo: string, draughtM: number, minutes: number): Vessel => ({
  imo,
  name: `MV ${imo}`,
  draughtM,
  eta: new Date(Date.UTC(2024, 4, 1, 6, minutes)),
});

let dispatcher: PilotDispatcher;
let probe: DispatchProbe;

beforeEach(() => {
  dispatcher = new PilotDispatcher(
    [
      { name: 'Halvorsen', maxDraughtM: 14 },
      { name: 'Okafor', maxDraughtM: 9 },
    ],
    ['Pilot 1'],
  );
  probe = new DispatchProbe(dispatcher);
});

test('dispatches a deep-draught vessel to the senior pilot', async () => {
  dispatcher.request(vessel('9321483', 12.5, 10));
  const d = await probe.next();
  assert.deepEqual(d, { imo: '9321483', pilot: 'Halvorsen', boat: 'Pilot 1' });
});

test('queues the next vessel until a boat is released', async () => {
  dispatcher.request(vessel('9321483', 8, 10));
  const first = await probe.next();
  assert.equal(first.pilot, 'Halvorsen');

  dispatcher.request(vessel('9404112', 7.2, 20));
  dispatcher.release({ name: 'Halvorsen', maxDraughtM: 14 }, 'Pilot 1');
  const second = await probe.next();
  assert.equal(second.imo, '9404112');
  assert.equal(second.boat, 'Pilot 1');
});
