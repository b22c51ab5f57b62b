// expect: none
// The truthiness and `??` checks on inflight.get(...) ask whether a refill promise exists (Promise | undefined) and return a promise either way; hopper levels are awaited before comparisons.
export interface Hopper {
  hopperId: string;
  enclosure: string;
  diet: 'browse-pellets' | 'insectivore-mix' | 'primate-biscuit' | 'herbivore-cubes';
  capacityKg: number;
}

export interface RefillResult {
  hopperId: string;
  addedKg: number;
  levelKg: number;
  completedAt: number;
}

declare const hopperTelemetry: {
  levelKg(hopperId: string): Promise<number>;
};

declare const feedStore: {
  dispatchRefill(hopperId: string, kg: number, diet: Hopper['diet']): Promise<{ deliveredKg: number }>;
};

declare const keeperPager: {
  page(enclosure: string, message: string): Promise<void>;
};

const REFILL_BELOW_FRACTION = 0.25;

export class HopperRefiller {
  private readonly inflight = new Map<string, Promise<RefillResult>>();

  constructor(private readonly hoppers: readonly Hopper[]) {}

  refill(hopper: Hopper): Promise<RefillResult> {
    const existing = this.inflight.get(hopper.hopperId);
    if (existing) {
      // A keeper pressed the button twice, or the schedule overlapped a manual refill.
      return existing;
    }
    const started = this.performRefill(hopper).finally(() => {
      this.inflight.delete(hopper.hopperId);
    });
    this.inflight.set(hopper.hopperId, started);
    return started;
  }

  currentOrNewRefill(hopper: Hopper): Promise<RefillResult> {
    return this.inflight.get(hopper.hopperId) ?? this.refill(hopper);
  }

  private async performRefill(hopper: Hopper): Promise<RefillResult> {
    const before = await hopperTelemetry.levelKg(hopper.hopperId);
    const wanted = Math.max(0, hopper.capacityKg - before);
    const { deliveredKg } = await feedStore.dispatchRefill(hopper.hopperId, wanted, hopper.diet);
    const after = await hopperTelemetry.levelKg(hopper.hopperId);

    if (after < before + deliveredKg * 0.9) {
      await keeperPager.page(
        hopper.enclosure,
        `${hopper.hopperId}: delivered ${deliveredKg} kg but level only rose ${(after - before).toFixed(1)} kg; check for a jam`,
      );
    }
    return { hopperId: hopper.hopperId, addedKg: deliveredKg, levelKg: after, completedAt: Date.now() };
  }

  async sweep(): Promise<RefillResult[]> {
    const levels = await Promise.all(this.hoppers.map((h) => hopperTelemetry.levelKg(h.hopperId)));
    const low = this.hoppers.filter((h, i) => levels[i] < h.capacityKg * REFILL_BELOW_FRACTION);
    return Promise.all(low.map((h) => this.currentOrNewRefill(h)));
  }
}
