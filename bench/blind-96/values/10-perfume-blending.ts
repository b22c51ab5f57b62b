// expect: none
// Each async result is awaited where it is used: the stock check inside the if, the comparison with === against the expected accord, and the object passed to the unknown-typed logger, so no pending promise is ever treated as a boolean, compared or logged.
import { EventEmitter } from 'node:events';

export interface Accord {
  name: string;
  oils: Record<string, number>;
}

export interface OilStock {
  has(oil: string, ml: number): Promise<boolean>;
  draw(oil: string, ml: number): Promise<void>;
}

export interface Nose {
  identify(sampleId: string): Promise<string>;
}

export interface Logger {
  info(message: string, meta?: unknown): void;
  warn(message: string, meta?: unknown): void;
}

export class BlendingBench extends EventEmitter {
  private sampleSeq = 0;

  constructor(private readonly stock: OilStock, private readonly nose: Nose, private readonly log: Logger) {
    super();
  }

  async blend(accord: Accord, batchMl: number): Promise<{ sampleId: string; matched: boolean }> {
    for (const [oil, pct] of Object.entries(accord.oils)) {
      const ml = (batchMl * pct) / 100;
      if (!(await this.stock.has(oil, ml))) {
        throw new Error(`not enough ${oil} for ${batchMl} ml of ${accord.name} (need ${ml.toFixed(1)} ml)`);
      }
    }

    for (const [oil, pct] of Object.entries(accord.oils)) {
      await this.stock.draw(oil, (batchMl * pct) / 100);
    }

    const sampleId = `${accord.name.toLowerCase().replace(/\s+/g, '-')}-${++this.sampleSeq}`;
    const identified = await this.nose.identify(sampleId);
    const matched = identified === accord.name;

    const report = { sampleId, accord: accord.name, identified, batchMl };
    if (matched) this.log.info('blend matched its accord', report);
    else this.log.warn('blend drifted from its accord', report);

    this.emit('blended', report);
    return { sampleId, matched };
  }
}
