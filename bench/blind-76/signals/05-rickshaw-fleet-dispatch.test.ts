// expect: none
// The per-offer timeout abort is told apart from the caller's abort, which is always rethrown, and the caller's signal reaches every wait.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface RideRequest {
  id: string;
  pickup: string;
  passengers: number;
}

interface Driver {
  id: string;
  zone: string;
  seats: number;
}

interface Assignment {
  rideId: string;
  driverId: string;
}

class FakeFleet extends EventEmitter {
  readonly offers: string[] = [];
  constructor(
    readonly drivers: Driver[],
    private readonly acceptDelayMs: Map<string, number>,
  ) {
    super();
  }

  nearest(zone: string, passengers: number): Driver[] {
    return this.drivers.filter((d) => d.zone === zone && d.seats >= passengers);
  }

  offer(driverId: string, ride: RideRequest): void {
    this.offers.push(driverId);
    const ms = this.acceptDelayMs.get(driverId);
    if (ms === undefined) return;
    setTimeout(() => this.emit(`accepted:${ride.id}`, { rideId: ride.id, driverId } satisfies Assignment), ms);
  }
}

async function dispatchRide(
  fleet: FakeFleet,
  ride: RideRequest,
  { signal, offerWindowMs = 50 }: { signal?: AbortSignal; offerWindowMs?: number } = {},
): Promise<Assignment> {
  for (const driver of fleet.nearest(ride.pickup, ride.passengers)) {
    signal?.throwIfAborted();
    fleet.offer(driver.id, ride);
    const window = AbortSignal.timeout(offerWindowMs);
    const waitSignal = signal ? AbortSignal.any([signal, window]) : window;
    try {
      const [assignment] = (await once(fleet, `accepted:${ride.id}`, { signal: waitSignal })) as [Assignment];
      if (assignment.driverId === driver.id) return assignment;
    } catch (err) {
      if (signal?.aborted) throw err;
      if (!window.aborted) throw err;
    }
  }
  throw new Error(`no driver accepted ride ${ride.id}`);
}

describe('dispatchRide', () => {
  let fleet: FakeFleet;

  beforeEach(() => {
    fleet = new FakeFleet(
      [
        { id: 'r-07', zone: 'old-town', seats: 2 },
        { id: 'r-12', zone: 'old-town', seats: 3 },
        { id: 'r-31', zone: 'harbour', seats: 2 },
      ],
      new Map([
        ['r-07', 500],
        ['r-12', 5],
      ]),
    );
  });

  it('moves on when the nearest driver does not answer in time', async () => {
    const assignment = await dispatchRide(fleet, { id: 'ride-1', pickup: 'old-town', passengers: 2 });
    assert.deepEqual(assignment, { rideId: 'ride-1', driverId: 'r-12' });
    assert.deepEqual(fleet.offers, ['r-07', 'r-12']);
  });

  it('fails when nobody in the zone can take the party', async () => {
    await assert.rejects(dispatchRide(fleet, { id: 'ride-2', pickup: 'harbour', passengers: 3 }), /no driver accepted/);
  });

  it('stops offering as soon as the caller aborts', async () => {
    const controller = new AbortController();
    const pending = dispatchRide(fleet, { id: 'ride-3', pickup: 'old-town', passengers: 2 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await assert.rejects(pending, { name: 'AbortError' });
    assert.deepEqual(fleet.offers, ['r-07']);
  });
});
