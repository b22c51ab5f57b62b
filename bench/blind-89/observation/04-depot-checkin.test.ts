// expect: no-unobserved-promise
// All check-ins are started up front and then awaited one by one; if a later one rejects while an earlier one is still pending, it has no handler yet.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface Bay {
  bay: number;
  tramId: string;
  road: 'inspection' | 'stabling' | 'wash';
}

interface Depot {
  open(): Promise<void>;
  close(): Promise<void>;
  checkIn(tramId: string, opts?: { needsInspection?: boolean }): Promise<Bay>;
  occupancy(): Promise<number>;
}

declare function createDepot(config: { name: string; inspectionBays: number; stablingBays: number }): Depot;

describe('depot check-in', () => {
  let depot: Depot;

  beforeEach(async () => {
    depot = createDepot({ name: 'Ostbahnhof', inspectionBays: 2, stablingBays: 6 });
    await depot.open();
  });

  afterEach(async () => {
    await depot.close();
  });

  it('stables an evening return', async () => {
    const bay = await depot.checkIn('T-401');
    assert.equal(bay.road, 'stabling');
    assert.equal(await depot.occupancy(), 1);
  });

  it('routes flagged trams to an inspection road', async () => {
    const bay = await depot.checkIn('T-402', { needsInspection: true });
    assert.equal(bay.road, 'inspection');
  });

  it('assigns distinct bays when the whole evening fleet arrives at once', async () => {
    const fleet = ['T-410', 'T-411', 'T-412', 'T-413', 'T-414', 'T-415'];
    const pending = fleet.map((id) => depot.checkIn(id));

    const bays: Bay[] = [];
    for (const p of pending) {
      bays.push(await p);
    }

    assert.equal(new Set(bays.map((b) => b.bay)).size, fleet.length);
    assert.deepEqual(
      bays.map((b) => b.tramId),
      fleet,
    );
  });

  it('rejects a tram that is already inside', async () => {
    await depot.checkIn('T-420');
    await assert.rejects(depot.checkIn('T-420'), /already checked in/);
  });
});
