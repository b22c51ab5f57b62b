// expect: none
// The callback-based scale read is wrapped in a promise and awaited, so lastWeightKg is only read after the callback has written it.
export interface ScaleReading {
  kg: number;
  stable: boolean;
  at: string;
}

export interface PlatformScale {
  read(cb: (err: Error | null, reading?: ScaleReading) => void): void;
  tare(cb: (err: Error | null) => void): void;
}

export interface WeighInRecord {
  rikishi: string;
  kg: number;
  deltaKg: number | null;
  at: string;
}

function readScale(scale: PlatformScale): Promise<ScaleReading> {
  return new Promise((resolve, reject) => {
    scale.read((err, reading) => {
      if (err) reject(err);
      else if (!reading) reject(new Error('scale returned no reading'));
      else resolve(reading);
    });
  });
}

function tareScale(scale: PlatformScale): Promise<void> {
  return new Promise((resolve, reject) => scale.tare((err) => (err ? reject(err) : resolve())));
}

export class WeighInStation {
  private lastWeightKg = new Map<string, number>();
  private history: WeighInRecord[] = [];

  constructor(private scale: PlatformScale, private maxAttempts = 5) {}

  async weigh(rikishi: string): Promise<WeighInRecord> {
    await tareScale(this.scale);
    let reading: ScaleReading | undefined;
    for (let i = 0; i < this.maxAttempts; i++) {
      const r = await readScale(this.scale);
      if (r.stable) {
        reading = r;
        break;
      }
    }
    if (!reading) throw new Error(`${rikishi} could not be weighed: scale never settled`);

    const previous = this.lastWeightKg.get(rikishi);
    this.lastWeightKg.set(rikishi, reading.kg);
    const record: WeighInRecord = {
      rikishi,
      kg: reading.kg,
      deltaKg: previous === undefined ? null : Number((reading.kg - previous).toFixed(1)),
      at: reading.at,
    };
    this.history.push(record);
    return record;
  }

  heaviest(): WeighInRecord | undefined {
    return [...this.history].sort((a, b) => b.kg - a.kg)[0];
  }

  gainers(thresholdKg: number): string[] {
    return this.history.filter((r) => r.deltaKg !== null && r.deltaKg >= thresholdKg).map((r) => r.rikishi);
  }
}
