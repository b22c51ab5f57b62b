// expect: no-uncalled-async-function
// enqueue's then-callback returns this.flush (the method) instead of calling it, so full batches are never written until close().

export interface TensionReading {
  rollerId: string;
  nip: 'press' | 'dryer' | 'calender';
  tensionKnPerM: number;
  speedMpm: number;
  at: number;
}

export interface RollerStats {
  rollerId: string;
  samples: number;
  meanKnPerM: number;
  maxKnPerM: number;
}

declare const historian: {
  writeBatch(tag: string, readings: TensionReading[]): Promise<void>;
};

declare const millAlarms: {
  raise(rollerId: string, message: string): Promise<void>;
};

export class TensionBatcher {
  private buffer: TensionReading[] = [];
  private chain: Promise<unknown> = Promise.resolve();
  private written = 0;

  constructor(
    private readonly tag: string,
    private readonly batchSize = 500,
  ) {}

  enqueue(reading: TensionReading): Promise<unknown> {
    this.buffer.push(reading);
    this.chain = this.chain.then(() => (this.buffer.length >= this.batchSize ? this.flush : undefined));
    return this.chain;
  }

  get pending(): number {
    return this.buffer.length;
  }

  get totalWritten(): number {
    return this.written;
  }

  async close(): Promise<void> {
    await this.chain;
    await this.flush();
  }

  private flush = async (): Promise<void> => {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    await historian.writeBatch(this.tag, batch);
    this.written += batch.length;
  };
}

export function summarise(readings: TensionReading[]): RollerStats[] {
  const byRoller = new Map<string, TensionReading[]>();
  for (const r of readings) {
    const list = byRoller.get(r.rollerId) ?? [];
    list.push(r);
    byRoller.set(r.rollerId, list);
  }
  return [...byRoller].map(([rollerId, list]) => ({
    rollerId,
    samples: list.length,
    meanKnPerM: list.reduce((s, r) => s + r.tensionKnPerM, 0) / list.length,
    maxKnPerM: Math.max(...list.map((r) => r.tensionKnPerM)),
  }));
}

export async function checkWebBreakRisk(stats: RollerStats[], limitKnPerM = 4.2): Promise<string[]> {
  const risky = stats.filter((s) => s.maxKnPerM > limitKnPerM);
  for (const s of risky) {
    await millAlarms.raise(s.rollerId, `peak tension ${s.maxKnPerM.toFixed(2)} kN/m over ${limitKnPerM}`);
  }
  return risky.map((s) => s.rollerId);
}
