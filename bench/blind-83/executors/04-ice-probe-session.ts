// expect: no-multiple-settle
// The probe's onSample callback fires for every sample, and each stable or faulty sample settles the same deferred again; nothing unsubscribes once it has settled.
declare const probeBus: {
  onSample(hutId: string, cb: (s: ProbeSample) => void): () => void;
  startDrill(hutId: string, depthCm: number): Promise<void>;
  retract(hutId: string): Promise<void>;
};

interface ProbeSample {
  hutId: string;
  depthCm: number;
  thicknessCm: number;
  waterTempC: number;
  stable: boolean;
  fault?: string;
}

export class ProbeFaultError extends Error {
  constructor(readonly hutId: string, readonly fault: string) {
    super(`probe fault at hut ${hutId}: ${fault}`);
    this.name = 'ProbeFaultError';
  }
}

const MIN_SAFE_THICKNESS_CM = 10;

export class IceProbeSession {
  private readonly measurement = Promise.withResolvers<number>();
  private unsubscribe: (() => void) | undefined;
  private readonly history: ProbeSample[] = [];

  constructor(private readonly hutId: string) {}

  async start(depthCm: number): Promise<void> {
    this.unsubscribe = probeBus.onSample(this.hutId, (sample) => {
      this.history.push(sample);
      if (sample.fault) {
        this.measurement.reject(new ProbeFaultError(this.hutId, sample.fault));
      } else if (sample.stable) {
        this.measurement.resolve(sample.thicknessCm);
      }
    });
    await probeBus.startDrill(this.hutId, depthCm);
  }

  thickness(): Promise<number> {
    return this.measurement.promise;
  }

  averageWaterTemp(): number {
    if (this.history.length === 0) return Number.NaN;
    return this.history.reduce((sum, s) => sum + s.waterTempC, 0) / this.history.length;
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    await probeBus.retract(this.hutId);
  }
}

export async function certifyHutSite(hutId: string): Promise<{ hutId: string; safe: boolean; thicknessCm: number }> {
  const session = new IceProbeSession(hutId);
  try {
    const [thicknessCm] = await Promise.all([session.thickness(), session.start(60)]);
    return { hutId, safe: thicknessCm >= MIN_SAFE_THICKNESS_CM, thicknessCm };
  } finally {
    await session.stop();
  }
}

export async function certifyCamp(hutIds: readonly string[]): Promise<string[]> {
  const unsafe: string[] = [];
  for (const id of hutIds) {
    const result = await certifyHutSite(id);
    if (!result.safe) unsafe.push(id);
  }
  return unsafe;
}
