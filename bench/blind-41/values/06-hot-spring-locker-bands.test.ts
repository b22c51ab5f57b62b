// expect: no-promise-as-value
// The release test asserts assert.ok(lockers.isFree(...)) on the un-awaited promise, which is always truthy, so a broken release still passes.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Wristband {
  bandId: string;
  guestName: string;
  packages: Array<'thermal' | 'sauna' | 'mud' | 'massage'>;
}

interface LockerStore {
  read(lockerId: string): Promise<string | null>;
  write(lockerId: string, bandId: string | null): Promise<void>;
  all(): Promise<string[]>;
}

function memoryStore(lockerIds: string[]): LockerStore {
  const slots = new Map<string, string | null>(lockerIds.map((id) => [id, null]));
  return {
    async read(id) {
      return slots.get(id) ?? null;
    },
    async write(id, bandId) {
      if (!slots.has(id)) throw new Error(`no locker ${id}`);
      slots.set(id, bandId);
    },
    async all() {
      return [...slots.keys()];
    },
  };
}

class LockerBank {
  constructor(private readonly store: LockerStore) {}

  async isFree(lockerId: string): Promise<boolean> {
    return (await this.store.read(lockerId)) === null;
  }

  async assign(band: Wristband): Promise<string> {
    const preferredPrefix = band.packages.includes('mud') ? 'M-' : 'T-';
    const ids = (await this.store.all()).sort((a, b) => Number(b.startsWith(preferredPrefix)) - Number(a.startsWith(preferredPrefix)));
    for (const id of ids) {
      if (await this.isFree(id)) {
        await this.store.write(id, band.bandId);
        return id;
      }
    }
    throw new Error('no free lockers');
  }

  async release(lockerId: string, bandId: string): Promise<void> {
    const holder = await this.store.read(lockerId);
    if (holder !== bandId) throw new Error(`locker ${lockerId} is not held by band ${bandId}`);
    await this.store.write(lockerId, null);
  }
}

describe('hot spring locker bank', () => {
  let lockers: LockerBank;
  const mudGuest: Wristband = { bandId: 'WB-2201', guestName: 'A. Sato', packages: ['thermal', 'mud'] };
  const soakGuest: Wristband = { bandId: 'WB-2202', guestName: 'R. Lind', packages: ['thermal', 'sauna'] };

  beforeEach(() => {
    lockers = new LockerBank(memoryStore(['T-01', 'T-02', 'M-01']));
  });

  it('puts mud-package guests next to the rinse showers', async () => {
    assert.equal(await lockers.assign(mudGuest), 'M-01');
  });

  it('fills thermal lockers for other guests', async () => {
    assert.equal(await lockers.assign(soakGuest), 'T-01');
    assert.equal(await lockers.assign({ ...soakGuest, bandId: 'WB-2203' }), 'T-02');
  });

  it('frees a locker when the band is scanned out', async () => {
    const id = await lockers.assign(soakGuest);
    await lockers.release(id, soakGuest.bandId);
    assert.ok(lockers.isFree(id));
  });

  it('refuses to release a locker for the wrong band', async () => {
    const id = await lockers.assign(soakGuest);
    await assert.rejects(lockers.release(id, mudGuest.bandId), /not held by band WB-2201/);
  });
});
