// expect: none
// Every function reference here goes where a function is expected (map callback, loader table that is invoked, retry factory, bound timer callback), never where a value is.
export type GroutKind = 'sanded' | 'unsanded' | 'epoxy';

export interface MixBatch {
  batchId: string;
  kind: GroutKind;
  kg: number;
  pigment?: string;
}

export interface MixResult {
  batchId: string;
  waterLitres: number;
  slumpMm: number;
  mixedAt: Date;
}

interface Supply {
  kind: GroutKind;
  kgOnHand: number;
}

declare const mixerRig: {
  dispense(kind: GroutKind, kg: number): Promise<void>;
  addWater(litres: number): Promise<void>;
  addPigment(name: string, grams: number): Promise<void>;
  spin(seconds: number): Promise<number>;
};

declare function loadSandedSupply(): Promise<Supply>;
declare function loadUnsandedSupply(): Promise<Supply>;
declare function loadEpoxySupply(): Promise<Supply>;

const WATER_RATIO: Record<GroutKind, number> = { sanded: 0.18, unsanded: 0.22, epoxy: 0 };

const supplyLoaders: Record<GroutKind, () => Promise<Supply>> = {
  sanded: loadSandedSupply,
  unsanded: loadUnsandedSupply,
  epoxy: loadEpoxySupply,
};

async function retry<T>(operation: () => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

async function mixBatch(batch: MixBatch): Promise<MixResult> {
  const water = +(batch.kg * WATER_RATIO[batch.kind]).toFixed(2);
  await mixerRig.dispense(batch.kind, batch.kg);
  if (water > 0) await mixerRig.addWater(water);
  if (batch.pigment) await mixerRig.addPigment(batch.pigment, Math.round(batch.kg * 12));
  const slumpMm = await retry(() => mixerRig.spin(batch.kind === 'epoxy' ? 240 : 180));
  return { batchId: batch.batchId, waterLitres: water, slumpMm, mixedAt: new Date() };
}

export class GroutStation {
  private readonly completed: MixResult[] = [];
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(private readonly report: (results: MixResult[]) => void) {}

  async checkSupply(kinds: readonly GroutKind[]): Promise<Map<GroutKind, number>> {
    const supplies = await Promise.all(kinds.map((kind) => supplyLoaders[kind]()));
    return new Map(supplies.map((s) => [s.kind, s.kgOnHand]));
  }

  async runSequential(batches: readonly MixBatch[]): Promise<MixResult[]> {
    const results: MixResult[] = [];
    for (const batch of batches) {
      results.push(await mixBatch(batch));
    }
    this.record(results);
    return results;
  }

  async runParallelTestBatches(batches: readonly MixBatch[]): Promise<MixResult[]> {
    const results = await Promise.all(batches.map(mixBatch));
    this.record(results);
    return results;
  }

  private record(results: MixResult[]): void {
    this.completed.push(...results);
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(this.flush, 2_000);
  }

  private readonly flush = (): void => {
    if (this.completed.length === 0) return;
    this.report(this.completed.splice(0));
  };
}
