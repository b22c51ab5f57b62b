// expect: none
// Correct: the manifest and berth lookups are started together and combined with Promise.all, and assert.rejects is awaited.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Ticket {
  ref: string;
  sailing: string;
  vehicle?: { reg: string; lengthM: number };
  passengers: number;
}

interface Manifest {
  sailing: string;
  tickets: Ticket[];
}

class FakeTicketStore {
  constructor(private readonly tickets: Ticket[]) {}
  async forSailing(sailing: string): Promise<Ticket[]> {
    await new Promise((r) => setTimeout(r, 5));
    return this.tickets.filter((t) => t.sailing === sailing);
  }
}

class FakeBerthService {
  constructor(private readonly laneMetres: Record<string, number>) {}
  async laneCapacity(sailing: string): Promise<number> {
    await new Promise((r) => setTimeout(r, 3));
    const cap = this.laneMetres[sailing];
    if (cap === undefined) throw new Error(`no berth plan for ${sailing}`);
    return cap;
  }
}

async function buildManifest(
  store: FakeTicketStore,
  berths: FakeBerthService,
  sailing: string,
): Promise<Manifest & { overbooked: boolean }> {
  const [tickets, capacity] = await Promise.all([store.forSailing(sailing), berths.laneCapacity(sailing)]);
  const used = tickets.reduce((sum, t) => sum + (t.vehicle?.lengthM ?? 0), 0);
  return { sailing, tickets, overbooked: used > capacity };
}

describe('buildManifest', () => {
  let store: FakeTicketStore;
  let berths: FakeBerthService;

  beforeEach(() => {
    store = new FakeTicketStore([
      { ref: 'T1', sailing: 'ARD-0710', passengers: 2, vehicle: { reg: 'SN19 KLO', lengthM: 4.6 } },
      { ref: 'T2', sailing: 'ARD-0710', passengers: 1 },
      { ref: 'T3', sailing: 'ARD-0710', passengers: 4, vehicle: { reg: 'GX70 PRA', lengthM: 7.2 } },
      { ref: 'T4', sailing: 'OBN-0930', passengers: 1, vehicle: { reg: 'YT66 BBE', lengthM: 12.0 } },
    ]);
    berths = new FakeBerthService({ 'ARD-0710': 10, 'OBN-0930': 60 });
  });

  it('flags a sailing whose vehicles exceed lane metres', async () => {
    const manifest = await buildManifest(store, berths, 'ARD-0710');
    assert.equal(manifest.tickets.length, 3);
    assert.equal(manifest.overbooked, true);
  });

  it('accepts a sailing with spare lane space', async () => {
    const manifest = await buildManifest(store, berths, 'OBN-0930');
    assert.equal(manifest.overbooked, false);
  });

  it('rejects when there is no berth plan', async () => {
    await assert.rejects(buildManifest(store, berths, 'CRA-1200'), /no berth plan/);
  });
});
