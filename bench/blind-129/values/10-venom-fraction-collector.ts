// expect: none
// absorbance is assigned inside the detector's listener, and it is only read after awaiting the promise that the same listener resolves, so the value is always set before use.
import type { EventEmitter } from 'node:events';

export interface UvDetector extends EventEmitter {
  sample(tubeId: string): void;
}

export interface FractionCarousel {
  advance(): Promise<string>;
  divertToWaste(): Promise<void>;
}

export interface FractionRecord {
  tubeId: string;
  absorbance280: number;
  kept: boolean;
}

export class VenomFractionCollector {
  constructor(
    private readonly detector: UvDetector,
    private readonly carousel: FractionCarousel,
    private readonly keepAbove = 0.15,
  ) {}

  private async measure(tubeId: string): Promise<number> {
    let absorbance = Number.NaN;

    await new Promise<void>((resolve, reject) => {
      const onValue = (value: number) => {
        this.detector.off('error', onError);
        absorbance = value;
        resolve();
      };
      const onError = (err: Error) => {
        this.detector.off('absorbance', onValue);
        reject(err);
      };
      this.detector.once('absorbance', onValue);
      this.detector.once('error', onError);
      this.detector.sample(tubeId);
    });

    if (!Number.isFinite(absorbance)) {
      throw new Error(`detector returned no usable absorbance for ${tubeId}`);
    }
    return absorbance;
  }

  async collect(fractions: number): Promise<FractionRecord[]> {
    const records: FractionRecord[] = [];
    for (let i = 0; i < fractions; i++) {
      const tubeId = await this.carousel.advance();
      const absorbance280 = await this.measure(tubeId);
      const kept = absorbance280 >= this.keepAbove;
      if (!kept) await this.carousel.divertToWaste();
      records.push({ tubeId, absorbance280, kept });
    }
    return records;
  }

  summary(records: FractionRecord[]): string {
    const kept = records.filter((r) => r.kept);
    const peak = records.reduce((a, b) => (b.absorbance280 > a.absorbance280 ? b : a), records[0]);
    return `${kept.length}/${records.length} fractions kept; peak A280 ${peak?.absorbance280.toFixed(3) ?? 'n/a'} in ${peak?.tubeId ?? '-'}`;
  }
}
