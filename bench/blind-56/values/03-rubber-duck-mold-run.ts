// expect: no-read-before-settle
// moldTempC is assigned in the thermocouple .then callback but cycleSecondsFor(moldTempC) runs synchronously right after, so the cycle time is always computed from the default.
export interface DuckDesign {
  sku: string;
  vinyl: 'pvc' | 'tpe';
  sizeCm: number;
  squeaker: boolean;
}

export interface MoldRun {
  moldId: string;
  sku: string;
  cycleSeconds: number;
  shots: number;
  moldTempC: number;
}

declare const thermocouples: {
  read(moldId: string): Promise<number>;
};

declare const rotomold: {
  configure(moldId: string, settings: { cycleSeconds: number; ovenC: number }): Promise<void>;
  shoot(moldId: string): Promise<{ defect: boolean }>;
};

declare const squeakerFeeder: {
  load(moldId: string, count: number): Promise<void>;
};

const DEFAULT_MOLD_TEMP_C = 40;

function ovenFor(design: DuckDesign): number {
  return design.vinyl === 'pvc' ? 230 : 205;
}

export function cycleSecondsFor(design: DuckDesign, moldTempC: number): number {
  const base = design.vinyl === 'pvc' ? 420 : 360;
  const sizeFactor = design.sizeCm / 10;
  const coldPenalty = Math.max(0, 55 - moldTempC) * 3;
  return Math.round(base * sizeFactor + coldPenalty);
}

export class DuckMoldRunner {
  private readonly history: MoldRun[] = [];

  async run(moldId: string, design: DuckDesign, shots: number): Promise<MoldRun> {
    let moldTempC = DEFAULT_MOLD_TEMP_C;
    const tempRead = thermocouples.read(moldId).then((celsius) => {
      moldTempC = celsius;
    });

    const cycleSeconds = cycleSecondsFor(design, moldTempC);
    await tempRead;

    await rotomold.configure(moldId, { cycleSeconds, ovenC: ovenFor(design) });
    if (design.squeaker) {
      await squeakerFeeder.load(moldId, shots);
    }

    let good = 0;
    for (let i = 0; i < shots; i++) {
      const { defect } = await rotomold.shoot(moldId);
      if (!defect) good += 1;
    }

    const run: MoldRun = { moldId, sku: design.sku, cycleSeconds, shots: good, moldTempC };
    this.history.push(run);
    return run;
  }

  yieldFor(sku: string, requested: number): number {
    const produced = this.history.filter((r) => r.sku === sku).reduce((n, r) => n + r.shots, 0);
    return requested === 0 ? 0 : produced / requested;
  }

  lastRun(moldId: string): MoldRun | undefined {
    for (let i = this.history.length - 1; i >= 0; i--) {
      if (this.history[i].moldId === moldId) return this.history[i];
    }
    return undefined;
  }
}
