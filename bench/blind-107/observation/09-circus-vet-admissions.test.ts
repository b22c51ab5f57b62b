// expect: none
// Each admission promise held across advanceTimersByTimeAsync is wrapped in expect(...).rejects/resolves on the same tick it is created, so its rejection is already observed while the fake clock runs.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Animal {
  name: string;
  species: string;
  act: string;
}

interface QuarantineRegistry {
  isClear(species: string): Promise<boolean>;
}

class AdmissionsDesk {
  private readonly ward = new Map<string, Animal>();
  private open = true;

  constructor(private readonly registry: QuarantineRegistry, private readonly settleMs = 30_000) {}

  async admit(animal: Animal): Promise<string> {
    if (!this.open) throw new Error('clinic closed');
    const clear = await this.registry.isClear(animal.species);
    if (!clear) throw new Error(`${animal.species} under quarantine order`);
    // sedated animals need a quiet settling period before they count as admitted
    await new Promise<void>((resolve) => setTimeout(resolve, this.settleMs));
    if (!this.open) throw new Error(`clinic closed while settling ${animal.name}`);
    const bay = `bay-${this.ward.size + 1}`;
    this.ward.set(bay, animal);
    return bay;
  }

  occupants(): Animal[] {
    return [...this.ward.values()];
  }

  async close(): Promise<void> {
    this.open = false;
    this.ward.clear();
  }
}

describe('AdmissionsDesk', () => {
  let registry: { isClear: ReturnType<typeof vi.fn<(species: string) => Promise<boolean>>> };
  let desk: AdmissionsDesk;

  beforeEach(() => {
    vi.useFakeTimers();
    registry = { isClear: vi.fn<(species: string) => Promise<boolean>>().mockResolvedValue(true) };
    desk = new AdmissionsDesk(registry);
  });

  afterEach(async () => {
    await desk.close();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('admits after the settling period', async () => {
    const admitted = expect(desk.admit({ name: 'Bruno', species: 'brown bear', act: 'unicycle' })).resolves.toBe('bay-1');
    await vi.advanceTimersByTimeAsync(30_000);
    await admitted;
    expect(desk.occupants().map((a) => a.name)).toEqual(['Bruno']);
  });

  it('refuses quarantined species without waiting', async () => {
    registry.isClear.mockResolvedValueOnce(false);
    await expect(desk.admit({ name: 'Kiki', species: 'macaw', act: 'high wire' })).rejects.toThrow(/quarantine/);
    expect(registry.isClear).toHaveBeenCalledWith('macaw');
  });

  it('fails an admission that is still settling when the clinic closes', async () => {
    const refused = expect(desk.admit({ name: 'Zara', species: 'zebra', act: 'liberty' })).rejects.toThrow(/closed while settling/);
    await vi.advanceTimersByTimeAsync(10_000);
    await desk.close();
    await vi.advanceTimersByTimeAsync(20_000);
    await refused;
    expect(desk.occupants()).toHaveLength(0);
  });
});
