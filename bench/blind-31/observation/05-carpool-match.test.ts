// expect: none
// Every promise is awaited or handed to node:test hooks that await it, and allSettled results are narrowed by status before use.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface Commuter {
  id: string;
  homeZone: string;
  officeZone: string;
  departMinute: number;
  seats?: number;
}

interface Match {
  driverId: string;
  riderIds: string[];
}

class MatchStore {
  private matches = new Map<string, Match>();
  open = false;

  async connect(): Promise<void> {
    await delay(1);
    this.open = true;
  }

  async save(match: Match): Promise<void> {
    if (!this.open) throw new Error('store closed');
    await delay(1);
    if (match.riderIds.length === 0) throw new Error(`driver ${match.driverId} has no riders`);
    this.matches.set(match.driverId, match);
  }

  async close(): Promise<void> {
    await delay(1);
    this.open = false;
  }

  size(): number {
    return this.matches.size;
  }
}

function matchCommuters(commuters: Commuter[], windowMin = 15): Match[] {
  const drivers = commuters.filter((c) => (c.seats ?? 0) > 0);
  const riders = commuters.filter((c) => !c.seats);
  const taken = new Set<string>();
  return drivers.map((driver) => {
    const riderIds = riders
      .filter((r) => !taken.has(r.id))
      .filter((r) => r.homeZone === driver.homeZone && r.officeZone === driver.officeZone)
      .filter((r) => Math.abs(r.departMinute - driver.departMinute) <= windowMin)
      .slice(0, driver.seats)
      .map((r) => r.id);
    riderIds.forEach((id) => taken.add(id));
    return { driverId: driver.id, riderIds };
  });
}

async function persistMatches(store: MatchStore, matches: Match[]): Promise<{ saved: string[]; failed: string[] }> {
  const results = await Promise.allSettled(matches.map((m) => store.save(m)));
  const saved: string[] = [];
  const failed: string[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') saved.push(matches[i].driverId);
    else failed.push(`${matches[i].driverId}: ${(result.reason as Error).message}`);
  });
  return { saved, failed };
}

describe('carpool matching', () => {
  const store = new MatchStore();
  const commuters: Commuter[] = [
    { id: 'd1', homeZone: 'north', officeZone: 'cbd', departMinute: 480, seats: 2 },
    { id: 'r1', homeZone: 'north', officeZone: 'cbd', departMinute: 475 },
    { id: 'r2', homeZone: 'north', officeZone: 'cbd', departMinute: 490 },
    { id: 'r3', homeZone: 'north', officeZone: 'cbd', departMinute: 485 },
    { id: 'd2', homeZone: 'east', officeZone: 'airport', departMinute: 360, seats: 3 },
  ];

  before(async () => {
    await store.connect();
  });

  after(async () => {
    await store.close();
  });

  it('fills seats within the departure window', () => {
    const [first] = matchCommuters(commuters);
    assert.deepEqual(first, { driverId: 'd1', riderIds: ['r1', 'r2'] });
  });

  it('saves matches and reports drivers without riders', async () => {
    const { saved, failed } = await persistMatches(store, matchCommuters(commuters));
    assert.deepEqual(saved, ['d1']);
    assert.equal(failed.length, 1);
    assert.match(failed[0], /d2: driver d2 has no riders/);
    assert.equal(store.size(), 1);
  });
});
