// expect: none
// Method references go only to APIs that take a function (scheduler.every, withRetries) and every promise-valued slot gets a call; nothing is left uncalled.
export interface ScaleReading {
  scaleId: string;
  grams: number;
  stable: boolean;
  takenAt: Date;
}

export interface TareProfile {
  scaleId: string;
  tareGrams: number;
  wagonId?: string;
}

export interface Certificate {
  scaleId: string;
  validUntil: Date;
  maxGrams: number;
}

declare const scaleBus: {
  read(scaleId: string): Promise<ScaleReading>;
};

declare const registry: {
  tareProfiles(patchId: string): Promise<TareProfile[]>;
  certificates(patchId: string): Promise<Certificate[]>;
};

declare const scheduler: {
  every(ms: number, task: () => Promise<void>, onError: (err: unknown) => void): { cancel(): void };
};

declare const ops: { warn(msg: string, detail?: unknown): void };

async function withRetries<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

export class PatchScales {
  private tares = new Map<string, TareProfile>();
  private certs = new Map<string, Certificate>();
  private job: { cancel(): void } | null = null;

  constructor(private readonly patchId: string, private readonly scaleIds: string[]) {}

  async start(): Promise<void> {
    const [tares, certs] = await Promise.all([
      withRetries(() => registry.tareProfiles(this.patchId)),
      withRetries(() => registry.certificates(this.patchId)),
    ]);
    this.tares = new Map(tares.map((t) => [t.scaleId, t]));
    this.certs = new Map(certs.map((c) => [c.scaleId, c]));
    this.job = scheduler.every(10 * 60_000, this.recheckTares, (err) => ops.warn("tare recheck failed", err));
  }

  stop(): void {
    this.job?.cancel();
    this.job = null;
  }

  private recheckTares = async (): Promise<void> => {
    for (const scaleId of this.scaleIds) {
      const reading = await withRetries(() => scaleBus.read(scaleId));
      const profile = this.tares.get(scaleId);
      if (reading.stable && profile && Math.abs(reading.grams - profile.tareGrams) > 250) {
        ops.warn(`scale ${scaleId} drifted from tare`, { tare: profile.tareGrams, empty: reading.grams });
      }
    }
  };

  async weighPumpkin(scaleId: string): Promise<number> {
    const cert = this.certs.get(scaleId);
    if (!cert || cert.validUntil.getTime() < Date.now()) {
      throw new Error(`scale ${scaleId} has no valid certificate`);
    }
    const reading = await withRetries(async () => {
      const r = await scaleBus.read(scaleId);
      if (!r.stable) throw new Error(`scale ${scaleId} not stable`);
      return r;
    }, 5);
    const net = reading.grams - (this.tares.get(scaleId)?.tareGrams ?? 0);
    if (net > cert.maxGrams) {
      throw new Error(`pumpkin exceeds certified range of scale ${scaleId}`);
    }
    return net;
  }
}
