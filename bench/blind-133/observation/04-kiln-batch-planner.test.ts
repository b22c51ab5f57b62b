// expect: no-unobserved-promise
// plan() starts the profile lookup, then awaits the lot and may throw for an empty lot before the profile promise is awaited, leaving a rejecting profile lookup with no handler.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface FishLot {
  lotId: string;
  species: 'herring' | 'sprat' | 'mackerel';
  weightKg: number;
  brined: boolean;
}

interface SmokeProfile {
  kilnId: string;
  wood: 'oak' | 'beech' | 'alder';
  stages: Array<{ celsius: number; minutes: number }>;
}

interface BatchPlan {
  lotId: string;
  kilnId: string;
  racks: number;
  totalMinutes: number;
  wood: SmokeProfile['wood'];
}

interface FishInventory {
  getLot(lotId: string): Promise<FishLot>;
}

interface ProfileStore {
  forKiln(kilnId: string): Promise<SmokeProfile>;
}

const KG_PER_RACK = 18;

class KilnBatchPlanner {
  constructor(private readonly inventory: FishInventory, private readonly profiles: ProfileStore) {}

  async plan(lotId: string, kilnId: string): Promise<BatchPlan> {
    const lotRequest = this.inventory.getLot(lotId);
    const profileRequest = this.profiles.forKiln(kilnId);

    const lot = await lotRequest;
    if (lot.weightKg <= 0) throw new Error(`lot ${lotId} is empty`);
    if (!lot.brined) throw new Error(`lot ${lotId} has not been brined`);

    const profile = await profileRequest;
    return {
      lotId,
      kilnId,
      racks: Math.ceil(lot.weightKg / KG_PER_RACK),
      totalMinutes: profile.stages.reduce((sum, s) => sum + s.minutes, 0),
      wood: profile.wood,
    };
  }
}

describe('KilnBatchPlanner', () => {
  const getLot = vi.fn<(lotId: string) => Promise<FishLot>>();
  const forKiln = vi.fn<(kilnId: string) => Promise<SmokeProfile>>();
  let planner: KilnBatchPlanner;

  beforeEach(() => {
    planner = new KilnBatchPlanner({ getLot }, { forKiln });
    forKiln.mockResolvedValue({
      kilnId: 'k2',
      wood: 'oak',
      stages: [
        { celsius: 30, minutes: 240 },
        { celsius: 75, minutes: 90 },
      ],
    });
  });

  afterEach(() => {
    vi.resetAllMocks();
  });

  it('sizes the batch in racks and sums the smoke stages', async () => {
    getLot.mockResolvedValue({ lotId: 'L-88', species: 'herring', weightKg: 100, brined: true });

    const plan = await planner.plan('L-88', 'k2');

    expect(plan).toEqual({ lotId: 'L-88', kilnId: 'k2', racks: 6, totalMinutes: 330, wood: 'oak' });
    expect(forKiln).toHaveBeenCalledWith('k2');
  });

  it('refuses lots that have not been brined', async () => {
    getLot.mockResolvedValue({ lotId: 'L-90', species: 'sprat', weightKg: 40, brined: false });

    await expect(planner.plan('L-90', 'k2')).rejects.toThrow('has not been brined');
  });

  it('surfaces inventory failures', async () => {
    getLot.mockRejectedValue(new Error('inventory offline'));

    await expect(planner.plan('L-91', 'k2')).rejects.toThrow('inventory offline');
  });
});
