// expect: none
// the shared in-flight inspection promise is deliberately awaited by every concurrent caller, and the scheduler is handed a job function it will call itself
export interface FloatChassis {
  floatId: string;
  theme: string;
  axleCount: number;
  deckHeightCm: number;
  builderCrew: string;
}

export interface InspectionResult {
  floatId: string;
  passed: boolean;
  notes: string[];
  inspectedAt: Date;
}

declare const cityInspector: {
  inspect(floatId: string): Promise<{ passed: boolean; notes: string[] }>;
};
declare const chassisRepo: {
  get(floatId: string): Promise<FloatChassis>;
  listForParade(paradeId: string): Promise<string[]>;
};
declare const scheduler: {
  every(name: string, intervalMs: number, job: () => Promise<void>): { cancel(): void };
};

const MAX_DECK_HEIGHT_CM = 420;

export class InspectionCoordinator {
  private inFlight = new Map<string, Promise<InspectionResult>>();
  private results = new Map<string, InspectionResult>();
  private schedule: { cancel(): void } | null = null;

  inspect(floatId: string): Promise<InspectionResult> {
    const existing = this.inFlight.get(floatId);
    if (existing) return existing;
    const run = this.runInspection(floatId).finally(() => this.inFlight.delete(floatId));
    this.inFlight.set(floatId, run);
    return run;
  }

  private async runInspection(floatId: string): Promise<InspectionResult> {
    const chassis = await chassisRepo.get(floatId);
    const notes: string[] = [];
    if (chassis.deckHeightCm > MAX_DECK_HEIGHT_CM) {
      notes.push(`deck ${chassis.deckHeightCm}cm is above the overpass limit`);
    }
    if (chassis.axleCount < 2) notes.push("single-axle floats need a tow dolly");
    const official = await cityInspector.inspect(floatId);
    const result: InspectionResult = {
      floatId,
      passed: official.passed && notes.length === 0,
      notes: [...notes, ...official.notes],
      inspectedAt: new Date(),
    };
    this.results.set(floatId, result);
    return result;
  }

  async inspectParade(paradeId: string): Promise<InspectionResult[]> {
    const floatIds = await chassisRepo.listForParade(paradeId);
    return Promise.all(floatIds.map((id) => this.inspect(id)));
  }

  startNightlyReinspection(paradeId: string): void {
    this.schedule?.cancel();
    this.schedule = scheduler.every(`reinspect-${paradeId}`, 24 * 3_600_000, async () => {
      const results = await this.inspectParade(paradeId);
      const failing = results.filter((r) => !r.passed).map((r) => r.floatId);
      if (failing.length) {
        throw new Error(`floats failing reinspection: ${failing.join(", ")}`);
      }
    });
  }

  stop(): void {
    this.schedule?.cancel();
    this.schedule = null;
  }

  lastResult(floatId: string): InspectionResult | undefined {
    return this.results.get(floatId);
  }
}
