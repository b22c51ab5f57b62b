// expect: no-floating-promises
// The 'dry' listener is an async function handed to EventEmitter.on, which ignores its promise, so a failed valve or log write becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface BonsaiPot {
  potId: string;
  species: string;
  soil: 'akadama' | 'pumice-mix' | 'organic';
  volumeMl: number;
}

export interface MoistureSample {
  potId: string;
  pct: number;
  at: number;
}

declare const valves: {
  open(potId: string, ml: number): Promise<number>;
};
declare const journal: {
  append(entry: { potId: string; ml: number; moistureBefore: number; at: number }): Promise<void>;
};

const DRY_THRESHOLD: Record<BonsaiPot['soil'], number> = {
  akadama: 22,
  'pumice-mix': 18,
  organic: 30,
};

export class MoistureMonitor extends EventEmitter {
  private readonly last = new Map<string, MoistureSample>();

  constructor(private readonly pots: Map<string, BonsaiPot>) {
    super();
  }

  ingest(sample: MoistureSample): void {
    const pot = this.pots.get(sample.potId);
    if (!pot) return;
    const previous = this.last.get(sample.potId);
    this.last.set(sample.potId, sample);
    const threshold = DRY_THRESHOLD[pot.soil];
    const crossed = sample.pct < threshold && (!previous || previous.pct >= threshold);
    if (crossed) this.emit('dry', pot, sample);
  }
}

export class WateringRig {
  private readonly cooldownUntil = new Map<string, number>();
  private dispensedMl = 0;

  constructor(
    private readonly monitor: MoistureMonitor,
    private readonly cooldownMs = 20 * 60_000,
  ) {}

  start(): void {
    this.monitor.on('dry', async (pot: BonsaiPot, sample: MoistureSample) => {
      const now = Date.now();
      if ((this.cooldownUntil.get(pot.potId) ?? 0) > now) return;
      this.cooldownUntil.set(pot.potId, now + this.cooldownMs);

      const ml = this.doseFor(pot, sample.pct);
      const delivered = await valves.open(pot.potId, ml);
      this.dispensedMl += delivered;
      await journal.append({ potId: pot.potId, ml: delivered, moistureBefore: sample.pct, at: now });
    });
  }

  stop(): void {
    this.monitor.removeAllListeners('dry');
  }

  totalDispensedMl(): number {
    return this.dispensedMl;
  }

  private doseFor(pot: BonsaiPot, pct: number): number {
    const deficit = Math.max(0, DRY_THRESHOLD[pot.soil] + 10 - pct) / 100;
    // Never more than a fifth of the pot volume in one go; roots rot fast in wet akadama.
    return Math.round(Math.min(pot.volumeMl * 0.2, pot.volumeMl * deficit));
  }
}
