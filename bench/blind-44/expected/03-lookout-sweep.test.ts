// expect: none
// Function references go only where functions are expected (map callbacks, hooks, assert.rejects thunks, mock implementations); every async call whose result is needed is invoked.
import { describe, it, beforeEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Tower {
  id: string;
  elevationM: number;
  staffed: boolean;
}

interface SmokeReport {
  towerId: string;
  bearingDeg: number;
  distanceKm: number;
}

interface TowerRegistry {
  get(id: string): Promise<Tower>;
  panorama(id: string): Promise<number[]>;
}

class SmokeSweeper {
  constructor(private readonly registry: TowerRegistry, private readonly threshold = 0.6) {}

  async sweep(towerId: string): Promise<SmokeReport[]> {
    const tower = await this.registry.get(towerId);
    if (!tower.staffed) throw new Error(`tower ${towerId} is unstaffed`);
    const haze = await this.registry.panorama(towerId);
    return haze.flatMap((level, bearingDeg) =>
      level >= this.threshold
        ? [{ towerId, bearingDeg, distanceKm: Math.round((tower.elevationM / 100) * level * 10) / 10 }]
        : [],
    );
  }
}

const TOWERS: Record<string, Tower> = {
  'granite-peak': { id: 'granite-peak', elevationM: 2450, staffed: true },
  'cedar-knob': { id: 'cedar-knob', elevationM: 1830, staffed: true },
  'old-baldy': { id: 'old-baldy', elevationM: 2100, staffed: false },
};

async function lookupTower(id: string): Promise<Tower> {
  const tower = TOWERS[id];
  if (!tower) throw new Error(`unknown tower ${id}`);
  return tower;
}

describe('smoke sweep', () => {
  let panorama: ReturnType<typeof mock.fn<(id: string) => Promise<number[]>>>;
  let sweeper: SmokeSweeper;

  beforeEach(async () => {
    panorama = mock.fn(async (_id: string) => {
      const levels = new Array<number>(360).fill(0.1);
      levels[47] = 0.8;
      levels[212] = 0.65;
      return levels;
    });
    sweeper = new SmokeSweeper({ get: lookupTower, panorama });
  });

  it('reports bearings above the haze threshold', async () => {
    const reports = await sweeper.sweep('granite-peak');
    assert.deepEqual(
      reports.map((r) => r.bearingDeg),
      [47, 212],
    );
    assert.equal(panorama.mock.callCount(), 1);
  });

  it('refuses to sweep from an unstaffed tower', async () => {
    await assert.rejects(() => sweeper.sweep('old-baldy'), /unstaffed/);
    assert.equal(panorama.mock.callCount(), 0);
  });

  it('loads every staffed tower in parallel', async () => {
    const towers = await Promise.all(Object.keys(TOWERS).map(lookupTower));
    const staffed = towers.filter((t) => t.staffed).map((t) => t.id);
    const sweeps = await Promise.all(staffed.map((id) => sweeper.sweep(id)));
    assert.equal(sweeps.length, 2);
    assert.ok(sweeps.every((reports) => reports.length === 2));
  });

  it('surfaces registry failures', async () => {
    const failing = new SmokeSweeper({ get: lookupTower, panorama: async () => Promise.reject(new Error('lens fogged')) });
    await assert.rejects(() => failing.sweep('cedar-knob'), /lens fogged/);
  });
});
