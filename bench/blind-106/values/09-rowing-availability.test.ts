// expect: no-promise-as-value
// The check-in test passes desk.isAvailable('quad-1'), an unawaited Promise, to assert.ok, which is always truthy, so the test passes even when a returned boat is never marked available.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface FleetStore {
  load(boatId: string): Promise<{ boatId: string; outWith: string | null; damaged: boolean }>;
  save(boat: { boatId: string; outWith: string | null; damaged: boolean }): Promise<void>;
}

class RentalDesk {
  private readonly dueBack = new Map<string, NodeJS.Timeout>();
  readonly overdue = new Set<string>();

  constructor(private readonly fleet: FleetStore) {}

  async isAvailable(boatId: string): Promise<boolean> {
    const boat = await this.fleet.load(boatId);
    return boat.outWith === null && !boat.damaged;
  }

  async checkout(boatId: string, member: string): Promise<void> {
    const boat = await this.fleet.load(boatId);
    if (boat.outWith) throw new Error(`${boatId} is out with ${boat.outWith}`);
    await this.fleet.save({ ...boat, outWith: member });
    this.dueBack.set(boatId, setTimeout(() => this.overdue.add(boatId), 2 * 3_600_000));
  }

  async checkin(boatId: string, damaged = false): Promise<void> {
    const boat = await this.fleet.load(boatId);
    clearTimeout(this.dueBack.get(boatId));
    this.dueBack.delete(boatId);
    this.overdue.delete(boatId);
    await this.fleet.save({ ...boat, outWith: null, damaged });
  }

  dispose(): void {
    for (const t of this.dueBack.values()) clearTimeout(t);
    this.dueBack.clear();
  }
}

function memoryFleet(): FleetStore {
  const boats = new Map<string, { boatId: string; outWith: string | null; damaged: boolean }>();
  return {
    load: async (boatId) => boats.get(boatId) ?? { boatId, outWith: null, damaged: false },
    save: async (boat) => {
      boats.set(boat.boatId, { ...boat });
    },
  };
}

describe('RentalDesk availability', () => {
  let fleet: FleetStore;
  let desk: RentalDesk;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    fleet = memoryFleet();
    desk = new RentalDesk(fleet);
  });

  afterEach(() => {
    desk.dispose();
    mock.timers.reset();
    mock.restoreAll();
  });

  it('marks a boat unavailable while it is out', async () => {
    await desk.checkout('quad-1', 'hedda');
    assert.equal(await desk.isAvailable('quad-1'), false);
  });

  it('makes a boat available again after check-in', async () => {
    await desk.checkout('quad-1', 'hedda');
    await desk.checkin('quad-1');
    assert.ok(desk.isAvailable('quad-1'));
  });

  it('lists a boat as overdue after two hours out', async () => {
    await desk.checkout('double-2', 'runa');
    mock.timers.tick(2 * 3_600_000);
    assert.deepEqual([...desk.overdue], ['double-2']);
  });

  it('keeps a damaged boat off the water', async () => {
    const save = mock.method(fleet, 'save');
    await desk.checkout('single-5', 'ivo');
    await desk.checkin('single-5', true);
    assert.equal(await desk.isAvailable('single-5'), false);
    assert.equal(save.mock.callCount(), 2);
  });
});
