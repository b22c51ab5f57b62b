// expect: none
// The cache stores promises, so `cache.get(id) ?? this.loadPlate(id)` correctly picks between two promises, and the === / existence checks compare awaited values or an optional slot.
export interface Plate {
  plateId: string;
  design: string;
  colours: number;
  impressionsLeft: number;
}

export interface PrintRun {
  runId: string;
  plateId: string;
  sheets: number;
}

export interface RunOutcome {
  runId: string;
  printed: number;
  spoiled: number;
  plateRetired: boolean;
}

declare const plateVault: {
  fetch(plateId: string): Promise<Plate>;
  retire(plateId: string): Promise<void>;
};
declare const pressLine: {
  mount(plate: Plate): Promise<string>;
  run(sheets: number): Promise<{ printed: number; spoiled: number }>;
};

const SPOILAGE_ALERT_RATIO = 0.05;

export class PressRoom {
  private readonly plateCache = new Map<string, Promise<Plate>>();
  private current: Promise<RunOutcome> | undefined;
  private mountedPlateId: string | undefined;

  private loadPlate(plateId: string): Promise<Plate> {
    const p = plateVault.fetch(plateId);
    this.plateCache.set(plateId, p);
    p.catch(() => this.plateCache.delete(plateId));
    return p;
  }

  plate(plateId: string): Promise<Plate> {
    return this.plateCache.get(plateId) ?? this.loadPlate(plateId);
  }

  async print(run: PrintRun): Promise<RunOutcome> {
    if (this.current !== undefined) {
      throw new Error(`press busy; run ${run.runId} must wait`);
    }
    this.current = this.execute(run);
    try {
      return await this.current;
    } finally {
      this.current = undefined;
    }
  }

  private async execute(run: PrintRun): Promise<RunOutcome> {
    const plate = await this.plate(run.plateId);
    if (plate.impressionsLeft < run.sheets) {
      throw new Error(`plate ${plate.plateId} has ${plate.impressionsLeft} impressions left`);
    }

    const mounted = await pressLine.mount(plate);
    if (mounted !== plate.plateId) {
      throw new Error(`press reports plate ${mounted} mounted, expected ${plate.plateId}`);
    }
    this.mountedPlateId = mounted;

    const { printed, spoiled } = await pressLine.run(run.sheets);
    plate.impressionsLeft -= printed + spoiled;

    let plateRetired = false;
    if (plate.impressionsLeft === 0 || spoiled / Math.max(1, printed) > SPOILAGE_ALERT_RATIO) {
      await plateVault.retire(plate.plateId);
      this.plateCache.delete(plate.plateId);
      plateRetired = true;
    }
    return { runId: run.runId, printed, spoiled, plateRetired };
  }

  busy(): boolean {
    return this.current !== undefined;
  }

  mounted(): string | undefined {
    return this.mountedPlateId;
  }
}
