// expect: no-multiple-settle
// The executor is async and awaits loadRecipe() before wiring resolve/reject; if the recipe lookup rejects, nothing settles the returned promise and runCycle hangs.
import { EventEmitter } from 'node:events';

export interface DistillRecipe {
  cultivar: 'angustifolia' | 'intermedia' | 'latifolia';
  chargeKg: number;
  steamRateKgPerHour: number;
  maxMinutes: number;
}

export interface CycleOutcome {
  batchId: string;
  oilMl: number;
  hydrosolLitres: number;
  minutes: number;
}

interface StillHardware extends EventEmitter {
  begin(recipe: DistillRecipe): void;
  vent(): void;
}

declare const recipes: { get(batchId: string): Promise<DistillRecipe> };
declare const telemetry: { gauge(name: string, value: number, tags?: Record<string, string>): void };

export class CopperStill {
  private busy = false;

  constructor(private readonly name: string, private readonly hardware: StillHardware) {}

  runCycle(batchId: string): Promise<CycleOutcome> {
    if (this.busy) {
      return Promise.reject(new Error(`${this.name} is already distilling`));
    }
    this.busy = true;

    return new Promise<CycleOutcome>(async (resolve, reject) => {
      const recipe = await recipes.get(batchId);
      const startedAt = Date.now();

      const onComplete = (oilMl: number, hydrosolLitres: number) => {
        this.hardware.off('fault', onFault);
        this.busy = false;
        resolve({
          batchId,
          oilMl,
          hydrosolLitres,
          minutes: Math.round((Date.now() - startedAt) / 60_000),
        });
      };
      const onFault = (code: string) => {
        this.hardware.off('complete', onComplete);
        this.hardware.vent();
        this.busy = false;
        reject(new Error(`${this.name} fault ${code} during batch ${batchId}`));
      };

      this.hardware.once('complete', onComplete);
      this.hardware.once('fault', onFault);
      telemetry.gauge('still.charge_kg', recipe.chargeKg, { still: this.name, cultivar: recipe.cultivar });
      this.hardware.begin(recipe);
    });
  }
}

export async function distilDay(still: CopperStill, batchIds: string[]) {
  let totalOil = 0;
  for (const batchId of batchIds) {
    const outcome = await still.runCycle(batchId);
    totalOil += outcome.oilMl;
    telemetry.gauge('still.oil_ml', outcome.oilMl, { batch: batchId });
  }
  return totalOil;
}
