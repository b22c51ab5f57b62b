// expect: no-uncalled-async-function
// When the stone gap is out of tolerance the then-callback returns the recalibrate method instead of calling it, so the stones are never reset.
export interface GrainBatch {
  batchId: string;
  grain: 'wheat' | 'spelt' | 'rye' | 'barley';
  sacks: number;
  moisturePct: number;
  targetGrind: 'wholemeal' | 'fine' | 'coarse';
}

interface StoneGap {
  grain: GrainBatch['grain'];
  microns: number;
  withinTolerance: boolean;
}

declare const millstones: {
  measureGap(): Promise<number>;
  setGap(microns: number): Promise<void>;
  engage(sailsRpm: number): Promise<void>;
  disengage(): Promise<void>;
};

declare const sailSensor: { currentRpm(): Promise<number> };

declare const bakeryOrders: {
  markMilled(batchId: string, kg: number): Promise<void>;
};

const TARGET_GAP: Record<GrainBatch['targetGrind'], number> = {
  wholemeal: 450,
  fine: 250,
  coarse: 800,
};

const KG_PER_SACK = 25;

export class WindmillMiller {
  private currentGrind: GrainBatch['targetGrind'] = 'wholemeal';

  private async checkGap(batch: GrainBatch): Promise<StoneGap> {
    const microns = await millstones.measureGap();
    const target = TARGET_GAP[batch.targetGrind];
    return { grain: batch.grain, microns, withinTolerance: Math.abs(microns - target) <= 40 };
  }

  async recalibrate(): Promise<void> {
    await millstones.disengage();
    await millstones.setGap(TARGET_GAP[this.currentGrind]);
  }

  private async mill(batch: GrainBatch): Promise<number> {
    const rpm = await sailSensor.currentRpm();
    if (rpm < 6) {
      throw new Error(`not enough wind to mill ${batch.batchId} (${rpm} rpm)`);
    }
    await millstones.engage(rpm);
    const yieldFactor = batch.grain === 'barley' ? 0.78 : 0.92;
    return batch.sacks * KG_PER_SACK * yieldFactor;
  }

  async process(batch: GrainBatch): Promise<void> {
    if (batch.moisturePct > 15) {
      throw new Error(`batch ${batch.batchId} too damp to mill (${batch.moisturePct}%)`);
    }
    this.currentGrind = batch.targetGrind;

    await this.checkGap(batch).then((gap) => (gap.withinTolerance ? undefined : this.recalibrate));

    const kg = await this.mill(batch);
    try {
      await bakeryOrders.markMilled(batch.batchId, Math.round(kg));
    } finally {
      await millstones.disengage();
    }
  }

  async processDay(batches: GrainBatch[]): Promise<string[]> {
    const order: GrainBatch['targetGrind'][] = ['coarse', 'wholemeal', 'fine'];
    const sorted = [...batches].sort((a, b) => order.indexOf(a.targetGrind) - order.indexOf(b.targetGrind));
    const done: string[] = [];
    for (const batch of sorted) {
      await this.process(batch);
      done.push(batch.batchId);
    }
    return done;
  }
}
