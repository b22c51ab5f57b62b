// expect: none
// Every promise in these tests is awaited directly, combined with Promise.all, or awaited through expect().rejects, so no rejection can go unobserved.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface EggRecord {
  eggId: string;
  hen: string;
  laidOn: string;
  weightG: number;
}

interface EggStore {
  get(eggId: string): Promise<EggRecord | undefined>;
  candlingScore(eggId: string): Promise<number>;
}

interface IncubatorSlots {
  reserve(eggId: string, day: string): Promise<string>;
}

const INCUBATION_DAYS = 42;

class HatchScheduler {
  constructor(private eggs: EggStore, private slots: IncubatorSlots) {}

  async schedule(eggId: string): Promise<{ slot: string; expectedHatch: string }> {
    const [egg, score] = await Promise.all([this.eggs.get(eggId), this.eggs.candlingScore(eggId)]);
    if (!egg) throw new Error(`unknown egg ${eggId}`);
    if (score < 0.6) throw new Error(`egg ${eggId} failed candling (${score})`);
    const slot = await this.slots.reserve(eggId, egg.laidOn);
    const hatch = new Date(egg.laidOn);
    hatch.setUTCDate(hatch.getUTCDate() + INCUBATION_DAYS);
    return { slot, expectedHatch: hatch.toISOString().slice(0, 10) };
  }
}

describe('HatchScheduler', () => {
  let eggs: { get: ReturnType<typeof vi.fn>; candlingScore: ReturnType<typeof vi.fn> };
  let slots: { reserve: ReturnType<typeof vi.fn> };
  let scheduler: HatchScheduler;

  beforeEach(() => {
    eggs = {
      get: vi.fn(async (id: string) =>
        id === 'E-404' ? undefined : { eggId: id, hen: 'Big Bertha', laidOn: '2024-05-01', weightG: 1450 },
      ),
      candlingScore: vi.fn(async (id: string) => (id === 'E-dud' ? 0.2 : 0.9)),
    };
    slots = { reserve: vi.fn(async () => 'INC-3/rack-B') };
    scheduler = new HatchScheduler(eggs as unknown as EggStore, slots as unknown as IncubatorSlots);
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('computes a 42-day hatch date and reserves a slot', async () => {
    const result = await scheduler.schedule('E-17');
    expect(result).toEqual({ slot: 'INC-3/rack-B', expectedHatch: '2024-06-12' });
    expect(slots.reserve).toHaveBeenCalledWith('E-17', '2024-05-01');
  });

  it('rejects eggs that fail candling without reserving', async () => {
    await expect(scheduler.schedule('E-dud')).rejects.toThrow(/failed candling/);
    expect(slots.reserve).not.toHaveBeenCalled();
  });

  it('rejects unknown eggs', async () => {
    await expect(scheduler.schedule('E-404')).rejects.toThrow('unknown egg E-404');
  });

  it('schedules a clutch concurrently', async () => {
    const results = await Promise.all(['E-1', 'E-2', 'E-3'].map((id) => scheduler.schedule(id)));
    expect(results).toHaveLength(3);
    expect(eggs.candlingScore).toHaveBeenCalledTimes(3);
  });

  it('surfaces slot reservation failures', async () => {
    slots.reserve.mockRejectedValueOnce(new Error('incubator full'));
    await expect(scheduler.schedule('E-5')).rejects.toThrow('incubator full');
  });
});
