// expect: none
// Correct: method references are stored in callback-typed slots (onBatchFull, a map callback) and always invoked later; no function sits where a result is expected.
declare const isotopeLab: {
  submit(sampleId: string, method: DatingMethod): Promise<{ sampleId: string; ageMa: number; errorMa: number }>;
};

declare const specimenCatalogue: {
  record(entries: DatedSpecimen[]): Promise<void>;
  pendingSamples(fieldSeason: string): Promise<BoneSample[]>;
};

export type DatingMethod = 'U-Pb' | 'Ar-Ar' | 'biostrat';

export interface BoneSample {
  sampleId: string;
  formation: string;
  hasVolcanicAsh: boolean;
}

export interface DatedSpecimen {
  sampleId: string;
  formation: string;
  ageMa: number;
  errorMa: number;
  method: DatingMethod;
}

type BatchHandler = (batch: DatedSpecimen[]) => Promise<void>;

export class DatingBatcher {
  private buffer: DatedSpecimen[] = [];
  private readonly onBatchFull: BatchHandler;

  constructor(private readonly batchSize: number, onBatchFull?: BatchHandler) {
    this.onBatchFull = onBatchFull ?? this.recordBatch;
  }

  private readonly recordBatch = async (batch: DatedSpecimen[]): Promise<void> => {
    await specimenCatalogue.record(batch);
  };

  private chooseMethod(sample: BoneSample): DatingMethod {
    if (sample.hasVolcanicAsh) return sample.formation.startsWith('Morrison') ? 'U-Pb' : 'Ar-Ar';
    return 'biostrat';
  }

  private readonly dateSample = async (sample: BoneSample): Promise<DatedSpecimen> => {
    const method = this.chooseMethod(sample);
    const result = await isotopeLab.submit(sample.sampleId, method);
    return { ...result, formation: sample.formation, method };
  };

  async add(samples: BoneSample[]): Promise<void> {
    const dated = await Promise.all(samples.map(this.dateSample));
    for (const specimen of dated) {
      this.buffer.push(specimen);
      if (this.buffer.length >= this.batchSize) {
        const full = this.buffer;
        this.buffer = [];
        await this.onBatchFull(full);
      }
    }
  }

  async flush(): Promise<number> {
    const remaining = this.buffer;
    this.buffer = [];
    if (remaining.length > 0) await this.onBatchFull(remaining);
    return remaining.length;
  }
}

export async function dateFieldSeason(season: string): Promise<number> {
  const samples = await specimenCatalogue.pendingSamples(season);
  const batcher = new DatingBatcher(25);
  for (let i = 0; i < samples.length; i += 10) {
    await batcher.add(samples.slice(i, i + 10));
  }
  await batcher.flush();
  return samples.length;
}
