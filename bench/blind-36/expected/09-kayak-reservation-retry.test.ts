// expect: no-reused-settled-promise
// The withRetry fixture helper takes an already-started promise and re-awaits it on each attempt, so a transient failure is just re-read instead of retried.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Kayak {
  hullId: string;
  type: 'sit-on-top' | 'touring' | 'tandem';
  paddleSets: number;
}

interface Reservation {
  reservationId: string;
  hullId: string;
  renter: string;
  slot: { start: string; hours: number };
}

declare const dockSandbox: {
  createFleet(dockId: string, fleet: Kayak[]): Promise<{ dockId: string; hulls: string[] }>;
  reserve(dockId: string, hullId: string, renter: string, slot: Reservation['slot']): Promise<Reservation>;
  cancel(reservationId: string): Promise<void>;
  destroyDock(dockId: string): Promise<void>;
};

async function withRetry<T>(operation: Promise<T>, attempts = 3, delayMs = 250): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      await sleep(delayMs * (i + 1));
    }
  }
  throw lastError;
}

const DOCK_ID = `test-dock-${process.pid}`;
const fleet: Kayak[] = [
  { hullId: 'K-101', type: 'sit-on-top', paddleSets: 1 },
  { hullId: 'K-102', type: 'touring', paddleSets: 1 },
  { hullId: 'K-201', type: 'tandem', paddleSets: 2 },
];

describe('kayak dock reservations', () => {
  let hulls: string[] = [];

  before(async () => {
    // the sandbox API is occasionally slow to provision a new dock
    const created = await withRetry(dockSandbox.createFleet(DOCK_ID, fleet));
    hulls = created.hulls;
  });

  after(async () => {
    await dockSandbox.destroyDock(DOCK_ID);
  });

  it('provisions every hull in the fleet', () => {
    assert.deepEqual([...hulls].sort(), ['K-101', 'K-102', 'K-201']);
  });

  it('reserves a tandem for a two-hour slot', async () => {
    const reservation = await dockSandbox.reserve(DOCK_ID, 'K-201', 'Marisol', {
      start: '2024-07-13T09:00:00Z',
      hours: 2,
    });
    assert.equal(reservation.hullId, 'K-201');
    assert.equal(reservation.slot.hours, 2);
    await dockSandbox.cancel(reservation.reservationId);
  });

  it('refuses a double booking of the same hull', async () => {
    const slot = { start: '2024-07-13T13:00:00Z', hours: 1 };
    const first = await dockSandbox.reserve(DOCK_ID, 'K-101', 'Tomas', slot);
    try {
      await assert.rejects(dockSandbox.reserve(DOCK_ID, 'K-101', 'Ines', slot), /already reserved/);
    } finally {
      await dockSandbox.cancel(first.reservationId);
    }
  });

  it('allows back-to-back slots on one hull', async () => {
    const morning = await dockSandbox.reserve(DOCK_ID, 'K-102', 'Ade', { start: '2024-07-14T08:00:00Z', hours: 2 });
    const midday = await dockSandbox.reserve(DOCK_ID, 'K-102', 'Bea', { start: '2024-07-14T10:00:00Z', hours: 2 });
    assert.notEqual(morning.reservationId, midday.reservationId);
    await Promise.all([dockSandbox.cancel(morning.reservationId), dockSandbox.cancel(midday.reservationId)]);
  });
});
