// expect: none
// zeroOffset is written inside the tare callback, but it is only read after awaiting the promise that that same callback resolves, so the offset is always the fresh one.
import { EventEmitter } from 'node:events';

export interface MilkScale extends EventEmitter {
  tare(cb: (err: Error | null, offsetGrams: number) => void): void;
  readGrams(cb: (err: Error | null, grams: number) => void): void;
}

export interface YieldRecord {
  goatTag: string;
  grams: number;
  offsetGrams: number;
  at: Date;
}

const GRAMS_PER_LITRE = 1032;

export class ParlourStation {
  private offsetGrams = 0;
  private readonly records: YieldRecord[] = [];

  constructor(private readonly scale: MilkScale) {}

  async calibrate(): Promise<number> {
    let zeroOffset = 0;
    await new Promise<void>((resolve, reject) => {
      this.scale.tare((err, offset) => {
        if (err) {
          reject(err);
          return;
        }
        zeroOffset = offset;
        resolve();
      });
    });
    if (Math.abs(zeroOffset) > 500) {
      throw new Error(`scale offset ${zeroOffset}g is out of range; clean the bucket hook`);
    }
    this.offsetGrams = zeroOffset;
    return zeroOffset;
  }

  async weigh(goatTag: string): Promise<YieldRecord> {
    const raw = await new Promise<number>((resolve, reject) => {
      this.scale.readGrams((err, grams) => (err ? reject(err) : resolve(grams)));
    });
    const record: YieldRecord = { goatTag, grams: raw - this.offsetGrams, offsetGrams: this.offsetGrams, at: new Date() };
    this.records.push(record);
    return record;
  }

  litresFor(goatTag: string): number {
    const grams = this.records.filter((r) => r.goatTag === goatTag).reduce((sum, r) => sum + r.grams, 0);
    return Math.round((grams / GRAMS_PER_LITRE) * 100) / 100;
  }
}
